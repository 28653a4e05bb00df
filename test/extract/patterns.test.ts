import { describe, expect, it } from "vitest";
import { type ExtractedClaim, extractClaims } from "../../src/extract/index";

/** Sentences below are written for these tests; none comes from the fixtures. */
function byText(claims: ExtractedClaim[], needle: string): ExtractedClaim {
  const c = claims.find((x) => x.text.includes(needle));
  if (!c)
    throw new Error(
      `no claim containing "${needle}" in ${JSON.stringify(claims.map((x) => x.text))}`,
    );
  return c;
}

function article(...paragraphs: string[]): string {
  return ["Test headline without attribution", ...paragraphs].join("\n\n");
}

describe("attribution patterns", () => {
  it("X said (that) ...", () => {
    const body = article(
      "Finance Minister Aiko Tanaka said that inflation would fall to 3% by June.",
    );
    const c = byText(extractClaims(body), "inflation");
    expect(c).toMatchObject({
      text: "inflation would fall to 3% by June",
      claimant: { name: "Aiko Tanaka" },
      verb: "said",
      pattern: "said-that",
      quote: null,
    });
  });

  it("X claimed in an interview with Y that ...", () => {
    const body = article(
      "Colonel Marek Novak claimed in an interview with Radio Prague that 40 drones had crossed the border.",
    );
    const c = byText(extractClaims(body), "drones");
    expect(c.text).toBe("40 drones had crossed the border");
    expect(c.claimant?.name).toBe("Marek Novak");
    expect(c.verb).toBe("claimed");
  });

  it("“...,” X said and “...,” said X, with an apposition as description", () => {
    const body = article(
      "“We will rebuild every school,” Governor Luis Ortega said.",
      "“Prices will keep rising until the autumn,” said Ingrid Holm, an economist at Nordea.",
    );
    const claims = extractClaims(body);
    expect(byText(claims, "rebuild")).toMatchObject({
      text: "We will rebuild every school",
      quote: "We will rebuild every school",
      claimant: { name: "Luis Ortega" },
      pattern: "quote-said-x",
    });
    expect(byText(claims, "Prices")).toMatchObject({
      claimant: { name: "Ingrid Holm", description: "an economist at Nordea" },
      verb: "said",
      pattern: "quote-said-x",
    });
  });

  it("According to X, ... and ..., according to X", () => {
    const body = article(
      "According to the Central Bank of Kenya, reserves fell by $400 million in May.",
      "Exports of tea rose 12% last year, according to the Kenya Tea Board.",
    );
    const claims = extractClaims(body);
    expect(byText(claims, "reserves")).toMatchObject({
      text: "reserves fell by $400 million in May",
      claimant: { name: "Central Bank of Kenya" },
      verb: "according to",
      pattern: "according-to",
    });
    expect(byText(claims, "tea")).toMatchObject({
      claimant: { name: "Kenya Tea Board" },
      pattern: "according-to",
    });
  });

  it("X told Y (that) ... with the recipient in the verb", () => {
    const body = article("Mayor Ana Costa told local radio the bridge would reopen on Friday.");
    const c = byText(extractClaims(body), "bridge");
    expect(c).toMatchObject({
      text: "the bridge would reopen on Friday",
      verb: "told local radio",
      pattern: "told",
    });
    expect(c.claimant?.name).toBe("Ana Costa");
  });

  it("He added: “...” and a quote paragraph that continues the speaker", () => {
    const body = article(
      "Union leader Petra Lindgren said the strike would last a week.",
      "She added: “The company cut our wages twice in 2023.”",
      "“We have no other choice.”",
    );
    const claims = extractClaims(body);
    expect(byText(claims, "cut our wages")).toMatchObject({
      claimant: { name: "Petra Lindgren" },
      verb: "added",
      pattern: "colon-quote",
    });
    expect(byText(claims, "no other choice")).toMatchObject({
      claimant: { name: "Petra Lindgren" },
      pattern: "continuation",
      verb: null,
    });
  });

  it("From there, he said, ... and ..., the company said.", () => {
    const body = article(
      "Pilot Omar Haddad said the plane left Beirut at noon.",
      "From there, he said, it flew north for two hours before turning back.",
      "Orion Air will suspend the route from March, the company said.",
    );
    const claims = extractClaims(body);
    expect(byText(claims, "flew north")).toMatchObject({
      text: "it flew north for two hours before turning back",
      claimant: { name: "Omar Haddad" },
      pattern: "parenthetical",
    });
    expect(byText(claims, "suspend")).toMatchObject({
      claimant: { name: "Orion Air" },
      pattern: "content-said-x",
    });
  });

  it("reported positions: warned, denied, believes, accused Y of ...", () => {
    const body = article(
      "The IMF warned that global growth could slow to 2.4% next year.",
      "Meridian Mining denied polluting the river and accused activists of spreading false data.",
      "Professor Lena Brandt believes the vaccine will be approved in 2026.",
    );
    const claims = extractClaims(body);
    expect(byText(claims, "global growth")).toMatchObject({
      verb: "warned",
      claimant: { name: "IMF" },
    });
    expect(byText(claims, "polluting")).toMatchObject({
      text: "polluting the river",
      verb: "denied",
    });
    expect(byText(claims, "activists")).toMatchObject({
      text: "activists of spreading false data",
      verb: "accused",
    });
    expect(byText(claims, "vaccine")).toMatchObject({
      verb: "believes",
      claimant: { name: "Lena Brandt" },
    });
  });

  it("headline “…, X says” resolves to the source named in the body", () => {
    const body = [
      "Drought will halve the maize harvest, farm minister warns",
      "HARARE — Agriculture Minister Anxious Masuka said on Tuesday that the maize harvest would fall by half this year.",
    ].join("\n\n");
    const claims = extractClaims(body);
    const h = byText(claims, "halve");
    expect(h).toMatchObject({
      pattern: "headline",
      verb: "warns",
      text: "Drought will halve the maize harvest",
    });
    expect(h.claimant?.name).toBe("Anxious Masuka");
  });
});

describe("claimant resolution", () => {
  const body = [
    "Border smugglers moved 300 people a week, Lebanese army officer says",
    "A senior Lebanese army officer has said that smugglers moved about 300 people a week across the northern border.",
    "Brigadier General Rami Khoury, head of Lebanon's border regiment, said in an interview with Al Jadeed that the network used 12 safe houses.",
    "Brig. Gen. Khoury said the smugglers charged $2,000 per person.",
    "The general said the army had arrested 45 suspects since January.",
    "Syria did not comment on the allegations.",
    "He said three of the suspects were Syrian officers.",
  ].join("\n\n");
  const claims = extractClaims(body);

  it("gives one canonical name per article, with the description from the apposition", () => {
    for (const needle of [
      "300 people",
      "12 safe houses",
      "$2,000",
      "45 suspects",
      "three of the suspects",
    ]) {
      expect(byText(claims, needle).claimant).toEqual({
        name: "Rami Khoury",
        description: "head of Lebanon's border regiment",
      });
    }
  });

  it("resolves the headline descriptor to the same person", () => {
    expect(claims.find((c) => c.pattern === "headline")?.claimant?.name).toBe("Rami Khoury");
  });

  it("a pronoun skips a country", () => {
    expect(byText(claims, "three of the suspects").claimant?.name).toBe("Rami Khoury");
  });

  it("non-English names and surname-only mentions", () => {
    const b = article(
      "Nguyễn Thị Hoa, a researcher at Hanoi Medical University, said 1,200 patients took part in the trial.",
      "Hoa said the results would be published in March.",
      "Recep Tayyip Erdoğan said Turkey would host the talks. Erdoğan added that 20 countries had accepted.",
    );
    const c = extractClaims(b);
    expect(byText(c, "published in March").claimant?.name).toBe("Nguyễn Thị Hoa");
    expect(byText(c, "20 countries").claimant?.name).toBe("Recep Tayyip Erdoğan");
  });
});

describe("unattributed claims and boilerplate", () => {
  const body = [
    "Storm leaves 200,000 homes without power",
    "By Jane Doe, Reuters",
    "A storm with winds of 140 km/h left 200,000 homes in Brittany without power on Thursday.",
    "Fallen trees block a road near Brest. Photo: AFP",
    "The weather was unpleasant.",
    "Read more: How to prepare for a storm",
  ].join("\n\n");
  const claims = extractClaims(body);

  it("extracts check-worthy statements with a null claimant", () => {
    expect(byText(claims, "200,000 homes in Brittany")).toMatchObject({
      claimant: null,
      pattern: "unattributed",
      verb: null,
    });
  });

  it("never extracts captions, bylines, related links or low-value sentences", () => {
    for (const c of claims) {
      expect(c.text).not.toMatch(/Photo: AFP|Jane Doe|Read more|unpleasant|Fallen trees/);
    }
  });
});

describe("checkworthiness", () => {
  it("is in [0, 1] and ranks concrete facts above opinions and questions", () => {
    const body = article(
      "Minister Karl Berg said unemployment fell to 4.2% in March, the lowest since 2008.",
      "Minister Karl Berg said he was proud of the team.",
      "Minister Karl Berg asked whether the figures could be trusted.",
    );
    const claims = extractClaims(body);
    for (const c of claims) {
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkworthiness).toBeLessThanOrEqual(1);
    }
    expect(byText(claims, "unemployment").checkworthiness).toBeGreaterThan(
      byText(claims, "proud").checkworthiness,
    );
    // A question asked is Berg's claim, but the least worth checking of the three.
    expect(byText(claims, "trusted").claimant?.name).toBe("Karl Berg");
    expect(byText(claims, "trusted").checkworthiness).toBeLessThan(
      byText(claims, "proud").checkworthiness,
    );
  });
});

describe("review signals", () => {
  it("an authority looking into the allegations suggests under_review with its country", () => {
    const body = article(
      "Opposition leader Davit Beridze said the ministry had paid 3 million lari to a shell company.",
      "Spain's anti-fraud office said it was investigating the allegations.",
    );
    const claims = extractClaims(body);
    expect(byText(claims, "shell company").suggested_status).toMatchObject({
      status: "under_review",
      reviewer: { name: "Spain's anti-fraud office", country: "ES" },
    });
    expect(byText(claims, "investigating").suggested_status).toBeNull();
  });

  it("Turkey told X they were looking into the allegations -> Turkish review", () => {
    const body = article(
      "Intelligence chief Farid Salem said 12 militants had crossed into Turkey in May.",
      "Turkey told reporters they were looking into the allegations.",
    );
    const claims = extractClaims(body);
    expect(byText(claims, "12 militants").suggested_status).toMatchObject({
      status: "under_review",
      reviewer: { name: "Turkey", country: "TR" },
    });
  });

  it("a denial by the accused suggests disputed; suggestions never set a status", () => {
    const body = article(
      "Activist Maria Lopes said Verdant Foods had dumped waste in the river for 10 years.",
      "Verdant Foods denied the accusations.",
    );
    const claims = extractClaims(body);
    expect(byText(claims, "dumped waste").suggested_status).toMatchObject({
      status: "disputed",
      reviewer: null,
    });
    for (const c of claims) expect(c).not.toHaveProperty("status");
  });
});

describe("output contract", () => {
  it("returns claims in text order, without duplicate spans, with exact spans", () => {
    const body = article(
      "“The dam is safe,” engineer Ola Nordmann said. “It was inspected in 2022.”",
      "The dam holds 2 billion cubic metres of water, according to the operator.",
    );
    const claims = extractClaims(body);
    const starts = claims.map((c) => c.span?.start ?? -1);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(claims.map((c) => `${c.span?.start}:${c.span?.end}`)).size).toBe(claims.length);
    for (const c of claims) expect(body.slice(c.span?.start, c.span?.end)).toBe(c.text);
  });

  it("handles empty and odd input", () => {
    expect(extractClaims("")).toEqual([]);
    expect(extractClaims("\n\n  \n")).toEqual([]);
    expect(Array.isArray(extractClaims("“Unclosed quote, he said"))).toBe(true);
    expect(Array.isArray(extractClaims("a".repeat(20000)))).toBe(true);
  });
});

describe("claimant resolution on unseen news patterns", () => {
  it("strips gendered and civic titles and post-nominal letters from names", () => {
    const claims = extractClaims(
      article(
        "Assemblywoman Dolores Fenwick said the bridge tolls would rise by 40% next year.",
        "Barrister Omar Sadiq KC told the tribunal that the lease had expired in 2019.",
        "Council member Priya Vance said the depot had been sold for $4 million.",
      ),
    );
    expect(byText(claims, "tolls").claimant?.name).toBe("Dolores Fenwick");
    expect(byText(claims, "lease").claimant?.name).toBe("Omar Sadiq");
    expect(byText(claims, "depot").claimant?.name).toBe("Priya Vance");
  });

  it("links a lede role noun to the person the article later names", () => {
    const claims = extractClaims(
      article(
        "A Riverton county alderwoman has denied taking $20,000 from a waste contractor.",
        "Alderwoman Gina Moretti said she had never met the contractor's owner.",
      ),
    );
    expect(byText(claims, "$20,000").claimant?.name).toBe("Gina Moretti");
  });

  it("keeps an indefinite description after the lede as a source of its own", () => {
    const claims = extractClaims(
      article(
        "The council met on Monday to vote on the new depot.",
        "A lawyer for the contractor said the vote had been rigged.",
        "Mayor Tom Reyes said the depot would open in May.",
      ),
    );
    expect(byText(claims, "rigged").claimant?.name).toBe("lawyer for the contractor");
    expect(byText(claims, "open in May").claimant?.name).toBe("Tom Reyes");
  });

  it("links a definite role noun to a later apposition name", () => {
    const claims = extractClaims(
      article(
        "Fire broke out in the engine room of a cargo ship off Malta on Monday, the vessel's operator said.",
        "The ship was carrying 900 containers of furniture, according to its Genoa-based operator, Linea Tirrena.",
      ),
    );
    expect(byText(claims, "engine room").claimant?.name).toBe("Linea Tirrena");
    expect(byText(claims, "900 containers").claimant?.name).toBe("Linea Tirrena");
  });

  it("takes the name in apposition after 'according to' a description", () => {
    const claims = extractClaims(
      article(
        "River levels rose by two metres in 24 hours, according to figures from the country's flood agency, the NFA.",
      ),
    );
    expect(byText(claims, "River levels").claimant?.name).toBe("NFA");
  });

  it("uses gender cues to pick the antecedent of he/she", () => {
    const claims = extractClaims(
      article(
        "Ms Ilse Brandt said the school had lost 30 teachers since 2021.",
        "Governor Tomas Reyes, who appointed the board, asked her to resign. He said the school's budget had been overspent by $2 million.",
      ),
    );
    expect(byText(claims, "overspent").claimant?.name).toBe("Tomas Reyes");
  });

  it("prefers a parenthetical 'she said' over an earlier clause verb", () => {
    const claims = extractClaims(
      article(
        "Harbour master Anna Kowal rejected that version. Nobody had reported a leak to the harbour office, she said, and the tanker left on schedule.",
      ),
    );
    const c = byText(claims, "reported a leak");
    expect(c.claimant?.name).toBe("Anna Kowal");
    expect(c.verb).toBe("said");
  });

  it("reads 'rejected a bid' as an act, 'rejected claims that' as a report", () => {
    const claims = extractClaims(
      article(
        "Ajax have rejected a €30 million offer from Lyon for defender Sem Jansen, whose contract runs until 2028.",
        "The mayor rejected claims that the tunnel had cost $80 million more than planned.",
      ),
    );
    expect(claims.some((c) => c.text.startsWith("a €30 million offer"))).toBe(false);
    expect(byText(claims, "tunnel").claimant).not.toBeNull();
  });

  it("splits 'said A but cautioned that B' into two claims", () => {
    const claims = extractClaims(
      article(
        "Dr. Lena Ortiz said the vaccine trial was promising but cautioned that it had enrolled only 80 patients.",
      ),
    );
    expect(byText(claims, "80 patients").claimant?.name).toBe("Lena Ortiz");
    expect(byText(claims, "promising").text).not.toContain("80 patients");
  });

  it("attributes Q&A answers to the interviewee", () => {
    const claims = extractClaims(
      article(
        "Marta Lindqvist, who runs the city's water utility, said the reservoir would be full by May.",
        "Q: Why did prices rise?",
        "A: Mostly energy. Our electricity bill doubled between 2021 and 2023.",
      ),
    );
    expect(byText(claims, "electricity bill").claimant?.name).toBe("Marta Lindqvist");
  });

  it("reads no claim from an interviewer's question, and 'I' in an answer is the interviewee", () => {
    const claims = extractClaims(
      article(
        "Marta Lindqvist, who runs the city's water utility, said the reservoir would be full by May.",
        "Q: Does the council think the new meters said enough about the leaks?",
        "A: I think the council has been told that the leaks cost us 12% of the water.",
      ),
    );
    expect(claims.some((c) => c.text.includes("new meters"))).toBe(false);
    expect(byText(claims, "leaks cost us").claimant?.name).toBe("Marta Lindqvist");
  });

  it("attributes a two-sentence quote when the attribution ends with a bare weekday", () => {
    const claims = extractClaims(
      article(
        "Union leader Rosa Pike said the strike would go ahead.",
        "“We are ready. Our members voted 92% in favour of the strike,” Pike said in a radio interview Monday.",
      ),
    );
    const c = byText(claims, "voted 92%");
    expect(c.claimant?.name).toBe("Rosa Pike");
    expect(c.text).not.toContain("Pike said");
    expect(byText(claims, "We are ready").claimant?.name).toBe("Rosa Pike");
  });

  it("does not take a sentence-initial common word for the company", () => {
    const claims = extractClaims(
      article(
        "Net income dropped to $40 million in the third quarter, the company said on Tuesday.",
      ),
    );
    expect(byText(claims, "Net income").claimant?.name).not.toBe("Net");
  });

  it("finds the speaker of a subordinate clause whose apposition closes before the verb", () => {
    const claims = extractClaims(
      article(
        "The row began on Friday when Councillor Inés Baeza Soto, who leads the transport committee, told reporters that bus fares had risen 18% in two years.",
        '"Nobody voted for this," Baeza said.',
      ),
    );
    const fares = byText(claims, "bus fares had risen");
    expect(fares.text).toBe("bus fares had risen 18% in two years");
    expect(fares.claimant?.name).toBe("Inés Baeza Soto");
    expect(byText(claims, "Nobody voted").claimant?.name).toBe("Inés Baeza Soto");
  });

  it("credits a document's maker, and names an organisation by its full name over its acronym", () => {
    const claims = extractClaims(
      article(
        "Wheat yields fell 9% last season, according to a report published on Monday by the Northern Grain Council (NGC).",
        "Fertiliser prices doubled between 2021 and 2023, according to figures from the Statistics Bureau.",
        "The NGC said yields would recover within two seasons.",
      ),
    );
    expect(byText(claims, "Wheat yields").claimant?.name).toBe("Northern Grain Council (NGC)");
    expect(byText(claims, "Fertiliser prices").claimant?.name).toBe("Statistics Bureau");
    expect(byText(claims, "yields would recover").claimant?.name).toBe(
      "Northern Grain Council (NGC)",
    );
  });

  it("resolves an acronym to the name the article defined it with", () => {
    const claims = extractClaims(
      article(
        "The Coastal Fisheries Authority (CFA) has monitored the bay since 1998.",
        "The CFA said cod stocks had shrunk by a third.",
      ),
    );
    expect(byText(claims, "cod stocks").claimant?.name).toBe("Coastal Fisheries Authority (CFA)");
  });

  it("splits 'said A and that B' into two claims, and keeps full stops inside a source's name", () => {
    const claims = extractClaims(
      article(
        "The harbour master, Olu Adeyemi, said two cranes had failed on Monday and that the backlog would clear by Friday.",
        "Freight rates rose 7% in March, according to Dr. Lena Park.",
        "Import prices fell 2%, according to the U.S. Commerce Department.",
        "About 4,000 couriers lost work in 2024, according to Gigwatch.io, a site that tracks platform jobs.",
      ),
    );
    expect(byText(claims, "two cranes").text).toBe("two cranes had failed on Monday");
    const backlog = byText(claims, "backlog");
    expect(backlog.text).toBe("the backlog would clear by Friday");
    expect(backlog.claimant?.name).toBe("Olu Adeyemi");
    expect(byText(claims, "Freight rates").claimant?.name).toBe("Lena Park");
    expect(byText(claims, "Import prices").claimant?.name).toBe("U.S. Commerce Department");
    expect(byText(claims, "couriers").claimant?.name).toBe("Gigwatch.io");
  });

  it("keeps an anonymous source unnamed instead of giving it the next named person", () => {
    const claims = extractClaims(
      article(
        "A senior ministry official, who spoke on condition of anonymity, said the cabinet had approved 3,000 new visas.",
        "Interior Minister Petra Lind later said the scheme would start in July.",
      ),
    );
    expect(byText(claims, "3,000 new visas").claimant?.name).toBe("senior ministry official");
    expect(byText(claims, "start in July").claimant?.name).toBe("Petra Lind");
  });

  it("reads characterisations, asides before 'that', and 'and said' after another verb phrase", () => {
    const claims = extractClaims(
      article(
        'Opposition leader Jonas Berg, a former judge, called the budget "a gift to landlords" and said rents would rise by a tenth.',
        "He claimed, without offering evidence, that two ministers owned rental firms.",
        'Berg later wrote that the plan was "reckless".',
      ),
    );
    const gift = byText(claims, "a gift to landlords");
    expect(gift.claimant?.name).toBe("Jonas Berg");
    expect(gift.verb).toBe("called");
    expect(byText(claims, "rents would rise").claimant?.name).toBe("Jonas Berg");
    const owned = byText(claims, "two ministers owned");
    expect(owned.text).toBe("two ministers owned rental firms");
    expect(owned.claimant?.name).toBe("Jonas Berg");
    expect(byText(claims, "reckless").text).toBe('the plan was "reckless"');
  });

  it("reads a quoted content after 'that', 'with X warning that', and documents that show", () => {
    const claims = extractClaims(
      article(
        'The central bank held rates at 6% on Wednesday, with Governor Lena Okafor warning that inflation remained "stubbornly high".',
        'Its chief economist, Tomás Reyes, told the Daily Ledger that "the worst is behind us," adding that growth would reach 2% next year.',
        "Figures released by the statistics office on Tuesday showed unemployment falling to 5.1%.",
      ),
    );
    expect(byText(claims, "stubbornly high").claimant?.name).toBe("Lena Okafor");
    const worst = byText(claims, "the worst is behind us");
    expect(worst.claimant?.name).toBe("Tomás Reyes");
    expect(worst.text).toBe("the worst is behind us");
    expect(byText(claims, "growth would reach 2%").claimant?.name).toBe("Tomás Reyes");
    expect(byText(claims, "unemployment falling").claimant?.name).toBe("statistics office");
  });

  it("uses given names and appositive subjects to resolve he and she", () => {
    const claims = extractClaims(
      article(
        "Coach Daniel Moreau said the team had trained twice a day for a month.",
        'But the club president, Sofia Lindqvist, took a harder line. "Nobody here is safe," she said.',
        "According to one senior club source, three players have asked to leave.",
      ),
    );
    expect(byText(claims, "Nobody here is safe").claimant?.name).toBe("Sofia Lindqvist");
    expect(byText(claims, "three players").claimant?.name).toBe("one senior club source");
  });

  it("separates the reporter's clause from the report in coordinated and subordinate sentences", () => {
    const claims = extractClaims(
      article(
        "Mayor Ivo Rask closed two bridges on Sunday and said Monday that repairs would take six weeks.",
        "Ferries will run every 20 minutes, and the port authority said 3,000 extra passengers were expected.",
        "Shares fell 8% after a leaked board memo suggested the merger would be delayed until 2027.",
        "A harbour spokeswoman, Mia Holm, disputed that, saying traffic had been normal all week.",
        'The minister insisted the plan was "fully funded" and told Radio North that the cost was £40m.',
      ),
    );
    // The reporter's own clauses are unattributed (kept when check-worthy enough), never the
    // speaker's.
    const own = claims.filter((c) =>
      /closed two bridges|Ferries will run|Shares fell/.test(c.text),
    );
    expect(own.every((c) => c.claimant === null)).toBe(true);
    const repairs = byText(claims, "repairs would take");
    expect(repairs.text).toBe("repairs would take six weeks");
    expect(repairs.claimant?.name).toBe("Ivo Rask");
    expect(byText(claims, "3,000 extra passengers").claimant?.name).toBe("port authority");
    expect(byText(claims, "merger would be delayed").claimant?.name).toBe("leaked board memo");
    expect(claims.some((c) => c.text === "that")).toBe(false);
    expect(byText(claims, "traffic had been normal").claimant?.name).toBe("Mia Holm");
    expect(byText(claims, "the cost was £40m").verb).toBe("told");
  });

  it("keeps an institution's qualifier (National, Federal, Supreme, State) in its name", () => {
    const claims = extractClaims(
      article(
        "The National Weather Service warned that gusts would reach 50 mph on Friday.",
        "Inflation will ease to 2.4% next year, the Federal Reserve said.",
        "About 140 homes had been destroyed, fire officials said.",
      ),
    );
    expect(byText(claims, "gusts would reach").claimant?.name).toBe("National Weather Service");
    expect(byText(claims, "Inflation will ease").claimant?.name).toBe("Federal Reserve");
    expect(byText(claims, "140 homes").claimant?.name).toBe("fire officials");
  });

  it("links 'the food bank' to the named organisation, and a partitive to the named person", () => {
    const claims = extractClaims(
      article(
        "The trial heard that the former treasurer of the Northside Food Bank had written 90 checks to herself.",
        "The food bank, which serves 8,000 families, said in a statement that it had changed its auditors.",
        "The council also approved a new library, which the mayor, Jo Park, said could open by March.",
        "One of the trustees, retired teacher Hugo Brandt, testified that the board never saw the accounts, and he denied signing any check.",
      ),
    );
    expect(byText(claims, "changed its auditors").claimant?.name).toBe("Northside Food Bank");
    expect(byText(claims, "could open by March").claimant?.name).toBe("Jo Park");
    expect(byText(claims, "never saw the accounts").claimant?.name).toBe("Hugo Brandt");
    expect(byText(claims, "signing any check").claimant?.name).toBe("Hugo Brandt");
  });

  it("reads 'wrote on X:' quotes, a new sentence after a closed quote, and 'which it said'", () => {
    const claims = extractClaims(
      article(
        'Lena Vos, a spokeswoman for the Harbour Board, wrote on X: "No ship was turned away on Monday. We ask the press to check its facts." She claimed, without giving evidence, that the video had been edited.',
        "The International Committee of the Red Cross said it had sent 30 tonnes of food to the port, which it said was feeding 9,000 people.",
      ),
    );
    const ship = byText(claims, "No ship was turned away");
    expect(ship.claimant?.name).toBe("Lena Vos");
    expect(ship.pattern).toBe("colon-quote");
    const edited = byText(claims, "the video had been edited");
    expect(edited.text).toBe("the video had been edited");
    expect(edited.claimant?.name).toBe("Lena Vos");
    const fed = byText(claims, "feeding 9,000 people");
    expect(fed.text).toBe("was feeding 9,000 people");
    expect(fed.claimant?.name).toBe("International Committee of the Red Cross");
  });

  it("reads transcripts labelled with a quoted person's name, ', writing that', records that show", () => {
    const claims = extractClaims(
      article(
        'Dr. Maren Holt, who led the survey, said 31% of the wells were dry. "We expected fewer," Holt said.',
        "Why does it matter?",
        "Holt: Groundwater feeds 40% of the region's farms. Without it, harvests fall.",
        'Councillor Ben Ortiz went further on Tuesday, writing that the council "has ignored every warning since 2015."',
        "Council minutes show he voted for the 2019 drilling permits.",
        "The environment secretary, Ada Lune, said the survey was welcome. Asked about funding, the minister said £20m had been set aside.",
      ),
    );
    expect(byText(claims, "Groundwater feeds 40%").claimant?.name).toBe("Maren Holt");
    expect(byText(claims, "ignored every warning").claimant?.name).toBe("Ben Ortiz");
    expect(byText(claims, "voted for the 2019").claimant?.name).toBe("Council minutes");
    expect(byText(claims, "£20m").claimant?.name).toBe("Ada Lune");
  });

  it("reads acronyms that spell words, and acronyms of names written out without parentheses", () => {
    const claims = extractClaims(
      article(
        "The World Health Organization sent 20 experts to the region in March.",
        "Cases of cholera doubled in two weeks, according to WHO.",
        "WHO officials warned that the outbreak could reach the capital by June.",
      ),
    );
    expect(byText(claims, "Cases of cholera").claimant?.name).toBe(
      "World Health Organization (WHO)",
    );
    expect(byText(claims, "reach the capital").claimant?.name).toBe("WHO officials");
  });

  it("does not take an infinitive's 'that' for a report, and skips a relative clause after according to", () => {
    const claims = extractClaims(
      article(
        "Ministers agreed on Monday to scrap the levy that farmers pay on diesel, ending a year of protests.",
        "According to FarmWatch, which represents 9,000 growers, the levy cost farms £80m last year.",
        '"We will not stop here," Irish MEP Aoife Byrne told reporters in Strasbourg.',
      ),
    );
    // The reporter's sentence is kept only if check-worthy enough, and never attributed.
    expect(claims.filter((c) => c.text.includes("scrap the levy")).every((c) => !c.claimant)).toBe(
      true,
    );
    expect(claims.some((c) => c.text.startsWith("farmers pay"))).toBe(false);
    const cost = byText(claims, "the levy cost farms");
    expect(cost.text).toBe("the levy cost farms £80m last year");
    expect(cost.claimant?.name).toBe("FarmWatch");
    expect(byText(claims, "We will not stop").claimant?.name).toBe("Aoife Byrne");
  });

  it("reads nouns after prepositions as nouns, 'posted on Instagram that', and 'Amid claims that'", () => {
    const claims = extractClaims(
      article(
        "Coach Ana Lisboa said the squad had trained twice a day since May.",
        'Asked about reports that the board had approached two replacements, she said: "Nobody has told me anything."',
        'Captain Rui Sousa posted on Instagram that the players "let the fans down".',
        "Amid claims that the vote was rigged, the mayor said 4,000 ballots were recounted.",
      ),
    );
    expect(byText(claims, "Nobody has told me").claimant?.name).toBe("Ana Lisboa");
    expect(claims.some((c) => c.claimant?.name === "Asked about")).toBe(false);
    expect(byText(claims, "let the fans down").claimant?.name).toBe("Rui Sousa");
    expect(byText(claims, "4,000 ballots").claimant?.name).toBe("mayor");
  });

  it("reads no report into a headline whose 'verb' is a noun", () => {
    const claims = extractClaims(
      "Harbo profit beats forecasts as ferry bookings jump\n\nHarbo Lines said on Tuesday that bookings rose 12% in the summer.",
    );
    expect(claims.some((c) => c.pattern === "headline" && c.verb === "forecasts")).toBe(false);
    expect(byText(claims, "bookings rose 12%").claimant?.name).toBe("Harbo Lines");
  });

  it("names the police force, the company and the person behind 'police', 'the company' and 'the Swede'", () => {
    const claims = extractClaims(
      article(
        "Shares of Calder Foods fell 9% on Monday after the snack maker cut its forecast.",
        "Sales fell 4% in the quarter, the company said.",
        "A man has been charged with arson after a fire at a school in Derby, police said.",
        "Derbyshire Police said the man, 41, would appear in court on Tuesday.",
        'Coach Lars Berg said the squad was ready. "We have trained for this," the Swede said.',
        "Another analyst, Mina Sato of Harbour Securities, noted that margins fell to 8%.",
      ),
    );
    expect(byText(claims, "Sales fell 4%").claimant?.name).toBe("Calder Foods");
    expect(byText(claims, "charged with arson").claimant?.name).toBe("Derbyshire Police");
    expect(byText(claims, "We have trained").claimant?.name).toBe("Lars Berg");
    expect(byText(claims, "margins fell").claimant?.name).toBe("Mina Sato");
  });

  it("skips timestamps, photo captions and police appeals, and keeps a dated sentence", () => {
    const claims = extractClaims(
      [
        "Fire closes school",
        "Mar. 3, 2025 Updated 7:02 a.m.",
        "A fire closed Riverside School on Sunday, and 300 pupils were sent home, the council said.",
        "Firefighters outside the school on Sunday, in a photo taken by a parent.",
        "The fire started at 10:42 a.m. on March 2, 2025.",
        "Anyone with information is asked to call 101, quoting incident 4411.",
      ].join("\n\n"),
    );
    expect(claims.some((c) => c.text.includes("Updated"))).toBe(false);
    expect(claims.some((c) => c.text.includes("in a photo"))).toBe(false);
    expect(claims.some((c) => c.text.includes("Anyone with information"))).toBe(false);
    expect(byText(claims, "The fire started").claimant).toBeNull();
  });

  it("strips titles in other languages and finds a Spanish paternal surname", () => {
    const claims = extractClaims(
      article(
        "Congress opened an inquiry into the energy minister, Tomás Ignacio Vargas Pineda, on Monday.",
        "Senadora Ana Lucía Mejía Torres said the contract had been signed in 11 days.",
        "In a post on X, Ministro Vargas denied any wrongdoing. The minister said every rule had been followed.",
        "Cr Jenny Lowe told the meeting that the pool had been closed for 41 days.",
      ),
    );
    expect(byText(claims, "signed in 11 days").claimant?.name).toBe("Ana Lucía Mejía Torres");
    expect(byText(claims, "any wrongdoing").claimant?.name).toBe("Tomás Ignacio Vargas Pineda");
    expect(byText(claims, "every rule").claimant?.name).toBe("Tomás Ignacio Vargas Pineda");
    expect(byText(claims, "closed for 41 days").claimant?.name).toBe("Jenny Lowe");
  });

  it("reads an acronym before a relative clause, 'and her colleagues', and a ruling as a fact", () => {
    const claims = extractClaims(
      article(
        "The National Water Agency (NWA), which manages the dams, said reservoirs were at 34%.",
        "Dr Lina Berg of the Polar Institute and her colleagues report that the ice shelf thinned by 12 metres.",
        "The Supreme Court ruled in 2023 that the 2019 law was unconstitutional.",
      ),
    );
    expect(byText(claims, "reservoirs were at 34%").claimant?.name).toBe(
      "National Water Agency (NWA)",
    );
    expect(byText(claims, "thinned by 12 metres").claimant?.name).toBe("Lina Berg");
    expect(byText(claims, "unconstitutional").claimant).toBeNull();
  });

  it("reads 'quoted X as saying', 'X disagreed: he said', and two reports joined by a semicolon", () => {
    const claims = extractClaims(
      article(
        "State radio quoted Deputy Minister Karim al-Hassan as saying that the border would reopen on Friday.",
        "His colleague Youssef Ben Amar disagreed: he said the crossing needed another week of repairs.",
        "Councillor Ruth Dane said the bridge could reopen in May; Councillor Hugo Marr said repairs would cost $4 million.",
        "Marr denied this on Tuesday, insisting that the budget covered every repair.",
      ),
    );
    expect(byText(claims, "border would reopen").claimant?.name).toBe("Karim al-Hassan");
    expect(byText(claims, "another week of repairs").claimant?.name).toBe("Youssef Ben Amar");
    expect(byText(claims, "reopen in May").claimant?.name).toBe("Ruth Dane");
    expect(byText(claims, "$4 million").claimant?.name).toBe("Hugo Marr");
    expect(claims.some((c) => c.text.startsWith("this"))).toBe(false);
    expect(byText(claims, "budget covered").claimant?.name).toBe("Hugo Marr");
  });

  it("reads a second report after ', while' and ', and' inside one sentence", () => {
    const claims = extractClaims(
      article(
        "Mayor Ines Calder said the tunnel would open in June, while Councillor Tomas Reyes argued it would cost twice the budget.",
        "Most residents said the tram was too slow, and about 4 in 10 residents said fares were too high.",
      ),
    );
    expect(byText(claims, "open in June").claimant?.name).toBe("Ines Calder");
    expect(byText(claims, "open in June").text).not.toContain("Reyes");
    expect(byText(claims, "twice the budget").claimant?.name).toBe("Tomas Reyes");
    expect(byText(claims, "fares were too high").text).not.toContain("tram");
  });

  it("reads party labels, mixed-case acronyms, time phrases and descriptive company subjects", () => {
    const claims = extractClaims(
      article(
        "Dutch machine maker Veldhoven Precisie will cut 900 jobs by 2026, the company said on Monday.",
        "The Greens' Maya Oduya said the party had doubled its vote.",
        "The Maritime Safety Authority (MarSA) confirmed that two crew members were missing.",
        "On Thursday evening the authority said the search would resume at dawn.",
        "Land slid again overnight, but most residents had left, the regent added.",
      ),
    );
    expect(byText(claims, "cut 900 jobs").claimant?.name).toBe("Veldhoven Precisie");
    expect(byText(claims, "doubled its vote").claimant?.name).toBe("Maya Oduya");
    expect(byText(claims, "two crew members").claimant?.name).toBe("Maritime Safety Authority");
    expect(byText(claims, "resume at dawn").claimant?.name).toBe("Maritime Safety Authority");
    expect(byText(claims, "Land slid again").claimant?.name).toBe("regent");
  });

  it("reads honorifics, '-based' names, coordinated names and the company by its corporate name", () => {
    const claims = extractClaims(
      article(
        "Tarumi Motors recalled 12,000 vans on Monday.",
        "The automaker said the faulty brake sensors had been fitted between 2019 and 2023.",
        "Ratu Josefa Vuki told reporters that the sea wall had failed twice this year.",
        "Hon. Mary Wanjiru said the hospital had treated 300 patients.",
        "Economists at London-based Hartley Research estimated that inflation would reach 9%.",
        "Board members Lucía Ortega and Ben Shaw voted no. Ortega said the plan ignored 11 bus routes.",
      ),
    );
    expect(byText(claims, "faulty brake sensors").claimant?.name).toBe("Tarumi Motors");
    expect(byText(claims, "sea wall").claimant?.name).toBe("Josefa Vuki");
    expect(byText(claims, "300 patients").claimant?.name).toBe("Mary Wanjiru");
    expect(byText(claims, "ignored 11 bus routes").claimant?.name).toBe("Lucía Ortega");
  });
});
