import { describe, expect, it } from "vitest";
import { rankAlike } from "../../src/matching/alike";
import { type CandidateRow, toCandidate } from "../../src/matching/queries";
import { rankCandidates } from "../../src/matching/rank";
import { analyse } from "../../src/matching/text";

const texts = [
  "Reservoir levels fell to 31 percent of capacity, the lowest since 1987",
  "Reservoir levels fell to 31 percent of capacity this month",
  "The council will vote on Thursday on limits for garden watering",
  "Household water use rose by 12 percent over the summer",
  "Reservoir levels did not fall to 31 percent, the authority said",
];

function row(text: number, seq: number, rank: number, title = "Reservoirs fall"): CandidateRow {
  const a = analyse(texts[text] as string);
  return {
    seq,
    claim_id: `clm_${seq}`,
    article_id: `art_${seq}`,
    terms: a.terms.join(" "),
    title: analyse(title).terms.join(" "),
    extra: JSON.stringify({ e: a.entities, n: a.negated, c: [] }),
    rank,
    status: "unverified",
    reviewer_name: null,
    reviewer_country: null,
  };
}

const query = analyse("Reservoir levels are down to 31 percent of capacity, lowest since 1987");
const df = new Map<string, number>();
for (const [i, t] of [...new Set(texts.flatMap((x) => analyse(x).terms))].entries())
  df.set(t, 1 + ((i * 37) % 90));
const stats = { docs: 1000, df };

describe("rankAlike", () => {
  it.each([
    [
      "copies of the best candidate, first and second",
      [row(0, 5, -9), row(0, 3, -9), row(0, 8, -9), row(1, 4, -7), row(2, 9, -2)],
    ],
    [
      "copies spread through the list, and a copy of another text at the same rank",
      [row(1, 2, -7), row(0, 6, -9), row(1, 7, -7), row(3, 1, -7), row(0, 11, -9), row(4, 12, -6)],
    ],
    [
      "the same text at different ranks, and under another title",
      [row(0, 1, -9), row(0, 2, -8.5), row(0, 3, -9, "Council votes"), row(0, 4, -8.5)],
    ],
    ["no copies at all", [row(0, 1, -9), row(1, 2, -7), row(2, 3, -3), row(4, 4, -6)]],
    ["one candidate", [row(2, 1, -4)]],
  ])("scores and orders %s exactly as rankCandidates does", (_, rows) => {
    const expected = rankCandidates(query, rows.map(toCandidate), stats);
    expect(rankAlike(query, rows, stats)).toEqual(expected);
    expect(expected.length).toBe(rows.length);
  });
});
