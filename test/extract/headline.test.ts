import { describe, expect, it } from "vitest";
import { type ExtractedClaim, extractClaims } from "../../src/extract/index";

// Articles written for these tests; each title is given only as `title` unless the row says so.
const SPY_BODY = [
  "Militant commanders with large reserves of cash are regrouping near the Turkish border, an Iraqi spy chief has warned.",
  "Major General Karim al-Dulaimi, the head of Iraq's intelligence service, said in an interview that 14 commanders had crossed the border since March.",
  '"They move at night and pay smugglers," Gen. Dulaimi said.',
].join("\n\n");
const STRIKE_BODY = [
  "Union leader Pieter Jansen said on Monday that dockworkers would return to work by Friday.",
  "The port operator said it had offered a 6 percent raise.",
].join("\n\n");
const BRIDGE_BODY =
  "Mayor Ana Ruiz said on Tuesday that repairs to the Elm Street bridge would cost $4 million.";
const HOSPITAL_BODY =
  "Health Minister Lena Holm said on Monday that the regional hospital would stay open.";

type Expected = Pick<ExtractedClaim, "text" | "verb" | "quote"> & { claimant: string };

/** The headline claim of a title the body does not repeat: no span, `in: "title"`. */
const titleOnly: Array<[string, string, string, Expected]> = [
  [
    "title case: 'X Says Y' read in lower case, the source as written",
    "Jansen Says Port Strike Will End By Friday",
    STRIKE_BODY,
    {
      text: "Port Strike Will End By Friday",
      claimant: "Pieter Jansen",
      verb: "Says",
      quote: null,
    },
  ],
  [
    "'…, X claims': the source resolves to the person the body names",
    "Militants are regrouping near the border, Iraqi spy chief claims",
    SPY_BODY,
    {
      text: "Militants are regrouping near the border",
      claimant: "Karim al-Dulaimi",
      verb: "claims",
      quote: null,
    },
  ],
  [
    "'…, X says'",
    "Port strike will end by Friday, union leader says",
    STRIKE_BODY,
    {
      text: "Port strike will end by Friday",
      claimant: "Pieter Jansen",
      verb: "says",
      quote: null,
    },
  ],
  [
    "'X says Y'",
    "Mayor says bridge repairs will cost $4 million",
    BRIDGE_BODY,
    {
      text: "bridge repairs will cost $4 million",
      claimant: "Ana Ruiz",
      verb: "says",
      quote: null,
    },
  ],
  [
    "'Name: Y' with a name the body quotes",
    "Jansen: the strike cost the port 40 million euros",
    STRIKE_BODY,
    {
      text: "the strike cost the port 40 million euros",
      claimant: "Pieter Jansen",
      verb: ":",
      quote: null,
    },
  ],
  [
    "'‘…’, says X': a quoted headline keeps the quote",
    "‘We will not close the hospital’, says health minister",
    HOSPITAL_BODY,
    {
      text: "We will not close the hospital",
      claimant: "Lena Holm",
      verb: "says",
      quote: "We will not close the hospital",
    },
  ],
  [
    "a ' | Outlet' suffix is not part of the claim",
    "Port strike will end by Friday, union leader says | Example News",
    STRIKE_BODY,
    {
      text: "Port strike will end by Friday",
      claimant: "Pieter Jansen",
      verb: "says",
      quote: null,
    },
  ],
];

describe("headline claims from the title", () => {
  it.each(titleOnly)("%s", (_name, title, body, expected) => {
    const claims = extractClaims(body, { title });
    const head = claims.filter((c) => c.in === "title");
    expect(head).toHaveLength(1);
    expect(head[0]).toMatchObject({
      text: expected.text,
      span: null,
      in: "title",
      verb: expected.verb,
      quote: expected.quote,
      pattern: "headline",
      claimant: { name: expected.claimant },
    });
    // It comes first, and every other claim is in the body with an exact span.
    expect(claims[0]).toBe(head[0]);
    for (const c of claims.slice(1)) {
      expect(c.in).toBe("body");
      expect(body.slice(c.span?.start, c.span?.end)).toBe(c.text);
    }
  });

  const noClaim: Array<[string, string, string]> = [
    ["a headline that reports nothing", "Harbour reopens after storm", STRIKE_BODY],
    ["a question", "Will the port reopen, union asks?", STRIKE_BODY],
    ["'Topic: …' where the label names nobody in the body", "Brexit: talks resume", STRIKE_BODY],
    ["no title at all", "", STRIKE_BODY],
    // Title case: "Claims" after a preposition is a noun, and no source ends "… Against".
    [
      "'X Defends Himself Against Claims …': the claims are a noun",
      "Jansen Defends Himself Against Claims He Misled The Union",
      STRIKE_BODY,
    ],
  ];
  it.each(noClaim)("no title claim for %s", (_name, title, body) => {
    const claims = extractClaims(body, { title });
    expect(claims.filter((c) => c.in === "title")).toEqual([]);
  });

  it("drops the title's claim when a body claim says it in the same words", () => {
    const body =
      "Union leader Pieter Jansen said the port strike will end by Friday.\n\nTalks went on overnight.";
    const claims = extractClaims(body, {
      title: "Port strike will end by Friday, union leader says",
    });
    expect(
      claims.filter((c) => c.text.toLowerCase() === "the port strike will end by friday"),
    ).toHaveLength(1);
    expect(claims.some((c) => c.in === "title")).toBe(false);
  });
});

/** The body repeats the title as its first line: one claim, with its span in the body. */
const repeated: Array<[string, string]> = [
  ["as written", "Port strike will end by Friday, union leader says"],
  ["in capitals", "PORT STRIKE WILL END BY FRIDAY, UNION LEADER SAYS"],
  ["with a full stop", "Port strike will end by Friday, union leader says."],
  ["after a byline", "By Jo Smith\nPort strike will end by Friday, union leader says"],
];

describe("a body that repeats the title", () => {
  const title = "Port strike will end by Friday, union leader says";
  it.each(repeated)("%s: one headline claim, in the body", (_name, first) => {
    const body = `${first}\n\n${STRIKE_BODY}`;
    const claims = extractClaims(body, { title });
    const heads = claims.filter((c) => c.pattern === "headline");
    expect(heads).toHaveLength(1);
    const [head] = heads;
    expect(head?.in).toBe("body");
    expect(head?.span).not.toBeNull();
    expect(body.slice(head?.span?.start, head?.span?.end)).toBe(head?.text);
    expect(head?.text.toLowerCase()).toBe("port strike will end by friday");
    expect(head?.claimant?.name).toBe("Pieter Jansen");
    expect(claims.every((c) => c.in === "body")).toBe(true);
  });
});
