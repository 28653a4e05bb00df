import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index";

// Articles written for these tests.
const article = (...paragraphs: string[]) =>
  ["Test headline without attribution", ...paragraphs].join("\n\n");

type Reviewer = { name: string; country: string | null };
/** [needle in a claim's text, the suggestion it gets ("-" for none)]. */
type Row = [string, Reviewer | "disputed" | "-"];

const cases: Array<[string, string[], string, Row[]]> = [
  [
    "a country's review goes to the claims that name it, its people or its capital",
    [
      "Intelligence chief Farid Salem said 12 militants had crossed into Turkey in May.",
      "Salem said the group had also rebuilt its finances in Syria.",
      "He said Ankara had been given a list of names, and that Turkish smugglers had helped them.",
      "Turkey told reporters it was looking into the allegations.",
    ],
    "Turkey told reporters it was looking into the allegations.",
    [
      ["12 militants", { name: "Turkey", country: "TR" }],
      ["Ankara had been given", { name: "Turkey", country: "TR" }],
      ["rebuilt its finances", "-"],
      ["looking into", "-"],
    ],
  ],
  [
    "a bare 'the allegations' are those of the source quoted last before it",
    [
      "Opposition leader Davit Beridze said the ministry had paid 3 million lari to a shell company.",
      "Spain's anti-fraud office said it was investigating the allegations.",
    ],
    "Spain's anti-fraud office said it was investigating the allegations.",
    [
      ["shell company", { name: "Spain's anti-fraud office", country: "ES" }],
      ["investigating", "-"],
    ],
  ],
  [
    "what is reviewed, when named, picks the claims about it",
    [
      "Former inmate Jonas Berg said guards had beaten prisoners at Vale prison in 2023.",
      "Berg also said the food budget had been cut by half.",
      "The justice ministry said it was investigating reports of beatings at the prison.",
    ],
    "The justice ministry said it was investigating reports of beatings at the prison.",
    [
      ["guards had beaten", { name: "justice ministry", country: null }],
      ["food budget", "-"],
    ],
  ],
  [
    "'X's comments' under review are X's claims",
    [
      "Minister Omar Haddad said the border crossing would stay closed until June.",
      "Haddad said 300 trucks were waiting on the other side.",
      "Trade envoy Lise Moreau said the government was studying Haddad's comments.",
      "Moreau said exports had fallen by 8 percent.",
    ],
    "Trade envoy Lise Moreau said the government was studying Haddad's comments.",
    [
      ["stay closed until June", { name: "government", country: null }],
      ["300 trucks", { name: "government", country: null }],
      ["exports had fallen", "-"],
    ],
  ],
  [
    "a review sentence that is no claim is a signal too",
    [
      "Activist Maria Lopes said the mayor had taken $50,000 from a developer.",
      "Prosecutors have opened an investigation into the allegations.",
    ],
    "Prosecutors have opened an investigation into the allegations.",
    [["taken $50,000", { name: "Prosecutors", country: null }]],
  ],
  [
    "a passive review names its reviewer after 'by'",
    [
      "Whistleblower Tom Reed said the company had hidden losses of $200 million from investors.",
      "The allegations are being examined by the Securities Commission.",
    ],
    "The allegations are being examined by the Securities Commission.",
    [["hidden losses", { name: "Securities Commission", country: null }]],
  ],
  [
    "a denial answers the allegations and is not what the police review",
    [
      "A former employee, Rosa Diaz, said the manager had harassed her for two years.",
      "The company denied the claims.",
      "Police said they were looking into the allegations.",
    ],
    "Police said they were looking into the allegations.",
    [["harassed her", { name: "Police", country: null }]],
  ],
  [
    "a review whose subject the article reports itself leaves other claims alone",
    [
      "Governor Ivan Petrov said two civilians were wounded when a drone struck a car near the border.",
      "Romania's defence ministry said it was investigating reports that fragments of a drone had landed on its territory.",
    ],
    "",
    [["two civilians", "-"]],
  ],
  [
    "a denial by the accused suggests disputed, with the denial as the reason",
    [
      "Activist Maria Lopes said Verdant Foods had dumped waste in the river for 10 years.",
      "Verdant Foods denied the accusations.",
    ],
    "Verdant Foods denied the accusations.",
    [["dumped waste", "disputed"]],
  ],
];

describe("suggested statuses go to the claims a signal is about", () => {
  it.each(cases)("%s", (_name, paragraphs, reason, rows) => {
    const body = article(...paragraphs);
    const claims = extractClaims(body);
    for (const [needle, expected] of rows) {
      const claim = claims.find((c) => c.text.includes(needle));
      expect(claim, `a claim with "${needle}" in ${JSON.stringify(claims)}`).toBeDefined();
      const s = claim?.suggested_status ?? null;
      if (expected === "-") {
        expect(s, needle).toBeNull();
        continue;
      }
      expect(s?.status, needle).toBe(expected === "disputed" ? "disputed" : "under_review");
      expect(s?.reviewer, needle).toEqual(expected === "disputed" ? null : expected);
      // The reason is the signal's sentence, as written, at its place in the body.
      expect(s?.reason.text).toBe(reason);
      expect(body.slice(s?.reason.span?.start, s?.reason.span?.end)).toBe(reason);
    }
    for (const c of claims) expect(c).not.toHaveProperty("status"); // a suggestion only
  });

  it("a title claim about the reviewer gets the review too", () => {
    const body = [
      "Major General Karim al-Dulaimi, the head of Iraq's intelligence service, said 14 commanders had crossed into Turkey since March.",
      "Turkish officials told reporters they were looking into the allegations.",
    ].join("\n\n");
    const claims = extractClaims(body, {
      title: "Militant commanders hiding in Turkey, Iraqi spy chief claims",
    });
    const head = claims.find((c) => c.in === "title");
    expect(head?.suggested_status).toMatchObject({
      status: "under_review",
      reviewer: { country: "TR" },
      reason: { text: "Turkish officials told reporters they were looking into the allegations." },
    });
  });
});
