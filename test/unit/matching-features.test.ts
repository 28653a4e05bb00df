import { describe, expect, it } from "vitest";
import {
  type Candidate,
  type CorpusStats,
  FEATURE_NAMES,
  features,
  prepareQuery,
} from "../../src/matching/features";
import { rankCandidates } from "../../src/matching/rank";
import { analyse } from "../../src/matching/text";

const SIGNED = "— NWS Birmingham (@NWSBirmingham) September 1, 2019";

describe("analyse: what a post's tail says", () => {
  const cases: {
    name: string;
    text: string;
    authors: string[];
    date?: { year: string; month: string };
    media: boolean;
  }[] = [
    {
      name: "signature with a date",
      text: `Alabama will not see impacts from Dorian ${SIGNED}`,
      authors: ["nw", "birmingham"],
      date: { year: "2019", month: "septemb" },
      media: false,
    },
    {
      name: "picture link glued to the text, then a signature",
      text: "Pelosi stammers pic.twitter.com/1OyCyqRTuk — Donald J. Trump (@realDonaldTrump) May 24, 2019",
      authors: ["donald", "j", "trump", "real"],
      date: { year: "2019", month: "mai" },
      media: true,
    },
    {
      name: "signature without a date",
      text: "The river flooded the town — A Reporter (@areporter)",
      authors: ["report", "areport"],
      media: false,
    },
    {
      name: "a handle in the text is a mention, not an author",
      text: "Thanks @CityCouncil for the new bridge https://t.co/abc",
      authors: [],
      media: false,
    },
    {
      name: "a date in the text is not the post's date",
      text: "On September 1, 2019 the river flooded the town",
      authors: [],
      media: false,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const a = analyse(c.text);
      expect(a.authors).toEqual(c.authors);
      expect(a.date).toEqual(c.date);
      expect(a.media).toBe(c.media);
      for (const author of c.authors) expect(a.mentions).toContain(author);
      // The tail's words never become the post's own terms.
      for (const author of c.authors) expect(a.terms).not.toContain(author);
    });
});

function candidate(text: string, title = "", seq = 1): Candidate {
  const a = analyse(text);
  return {
    id: `c${seq}`,
    seq,
    terms: a.terms,
    title: analyse(title).terms,
    entities: a.entities,
    negated: a.negated,
    claimant: [],
    rank: -5,
  };
}

const stats: CorpusStats = { docs: 10_000, df: new Map() };
const feature = (query: string, claim: string, name: (typeof FEATURE_NAMES)[number]) =>
  features(prepareQuery(analyse(query), stats), candidate(claim), -5, -4, 0)[
    FEATURE_NAMES.indexOf(name)
  ];

describe("features of the post's date, pictures, compounds and author", () => {
  const cases: {
    name: string;
    query: string;
    claim: string;
    feature: (typeof FEATURE_NAMES)[number];
    value: number;
  }[] = [
    {
      name: "the claim names the post's year",
      query: `Dorian hits Alabama ${SIGNED}`,
      claim: "Dorian hit Alabama in 2019.",
      feature: "year_match",
      value: 1,
    },
    {
      name: "the claim names the post's month and year",
      query: `Dorian hits Alabama ${SIGNED}`,
      claim: "Dorian hit Alabama in September 2019.",
      feature: "month_year_match",
      value: 1,
    },
    {
      name: "another month of the same year",
      query: `Dorian hits Alabama ${SIGNED}`,
      claim: "Dorian hit Alabama in August 2019.",
      feature: "month_year_match",
      value: 0,
    },
    {
      name: "the claim names only another year",
      query: `Dorian hits Alabama ${SIGNED}`,
      claim: "Dorian hit Alabama in 2016.",
      feature: "year_mismatch",
      value: 1,
    },
    {
      name: "another year the post itself names",
      query: `Dorian was like 2016 ${SIGNED}`,
      claim: "Dorian hit Alabama in 2016.",
      feature: "year_mismatch",
      value: 0,
    },
    {
      name: "no date on the post: no year mismatch",
      query: "Dorian hits Alabama",
      claim: "Dorian hit Alabama in 2016.",
      feature: "year_mismatch",
      value: 0,
    },
    {
      name: "no date on the post: no year match",
      query: "Dorian hits Alabama 2019",
      claim: "Dorian hit Alabama in 2019.",
      feature: "year_match",
      value: 0,
    },
    {
      name: "a picture, a claim about a photograph",
      query: "Rings of the victims pic.twitter.com/9CgOACecb0",
      claim: "A photograph shows rings of victims.",
      feature: "media_with_media",
      value: 1,
    },
    {
      name: "no picture, a claim about a video",
      query: "Rings of the victims",
      claim: "A video shows rings of victims.",
      feature: "media_without_media",
      value: 1,
    },
    {
      name: "no picture, a claim about no picture",
      query: "Rings of the victims",
      claim: "Rings were taken from victims.",
      feature: "media_without_media",
      value: 0,
    },

    {
      name: "the signature's author named in the claim",
      query: `Nobody was hurt ${SIGNED}`,
      claim: "NWS Birmingham said nobody was hurt.",
      feature: "author_coverage",
      value: 1,
    },
    {
      name: "the signature's author not in the claim",
      query: `Nobody was hurt ${SIGNED}`,
      claim: "The mayor said nobody was hurt.",
      feature: "author_coverage",
      value: 0,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      expect(feature(c.query, c.claim, c.feature)).toBe(c.value);
    });

  // Letter trigrams ("#fe", "fer", …, "ry#") of the distinct terms: the cosine of the query's set
  // and the claim's (with its title) counts.
  const trigramCases: {
    name: string;
    query: string;
    claim: string;
    title?: string;
    value: number;
  }[] = [
    { name: "the same word", query: "ferry", claim: "Ferry.", value: 1 },
    { name: "no letters in common", query: "ferry", claim: "Tram.", value: 0 },
    // "ferri" (5 trigrams) against "ferryman" (8): #fe fer err share 3 → 3 / √40.
    { name: "half a compound", query: "ferry", claim: "Ferryman.", value: 3 / Math.sqrt(40) },
    // "ana" and "ruiz": 7 trigrams, all in the claim's 7 + the title's "harbour" 7 → 7 / √98.
    {
      name: "the title's words count too",
      query: "Ana Ruiz",
      claim: "Ana Ruiz.",
      title: "Harbour",
      value: 7 / Math.sqrt(7 * 14),
    },
  ];
  for (const c of trigramCases)
    it(`trigram_cosine: ${c.name}`, () => {
      const q = prepareQuery(analyse(c.query), stats);
      const x = features(q, candidate(c.claim, c.title), -5, -4, 0);
      expect(x[FEATURE_NAMES.indexOf("trigram_cosine")]).toBeCloseTo(c.value, 10);
    });

  it("trigram_cosine: a term's trigrams counted once per claim, remembered per query", () => {
    const q = prepareQuery(analyse("ferry harbour"), stats);
    const once = features(q, candidate("Ferry."), -5, -4, 0);
    const twice = features(q, candidate("Ferry ferry."), -5, -4, 1);
    const index = FEATURE_NAMES.indexOf("trigram_cosine");
    expect(twice[index]).toBe(once[index]);
    // "ferri" 5 trigrams of the query's 5 + 7 ("harbour") → 5 / √(12 · 5).
    expect(once[index]).toBeCloseTo(5 / Math.sqrt(60), 10);
  });

  it("a compound meets its two words only when pairs are joined", () => {
    const claim = "Doral had bed bugs.";
    const plain = feature("Doral bedbugs", claim, "query_coverage") ?? 0;
    const joined = feature("Doral bedbugs", claim, "query_coverage_joined") ?? 0;
    expect(joined).toBeGreaterThan(plain);
    expect(feature("Doral roaches", claim, "query_coverage_joined")).toBeLessThan(joined);
  });
});

describe("ranking with the post's date", () => {
  it("of two claims alike but for their date, the one of the post's month ranks first", () => {
    const query = analyse(`Dorian will not hit Alabama ${SIGNED}`);
    for (const [first, second] of [
      ["September 2019", "March 2016"],
      ["2019", "2016"],
    ])
      for (const order of [0, 1]) {
        const right = candidate(`Dorian was shown hitting Alabama in ${first}.`, "", order + 1);
        const wrong = candidate(`Dorian was shown hitting Alabama in ${second}.`, "", 2 - order);
        const ranked = rankCandidates(query, [wrong, right], stats);
        expect(ranked[0]?.id).toBe(right.id);
        for (const r of ranked) expect(r.score).toBeGreaterThanOrEqual(0);
        for (const r of ranked) expect(r.score).toBeLessThanOrEqual(1);
      }
  });
});
