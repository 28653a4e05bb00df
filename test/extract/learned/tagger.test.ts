import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { taggedAttributions } from "../../../src/extract/tagger";
import { lowerAt, type TagDoc, tagDoc } from "../../../src/extract/tagger/doc";
import {
  allowed,
  BC,
  BS,
  BT,
  cueFlags,
  DYNAMIC_FEATURES,
  dynamicFeatures,
  IT,
  NUM_LABELS,
  nextState,
  O,
  STATIC_FEATURES,
  STRIDE,
  staticFeatures,
} from "../../../src/extract/tagger/features";
import { compactModel, decodeModel, tag } from "../../../src/extract/tagger/model";
import { attributionsOf, runsOf } from "../../../src/extract/tagger/spans";
import { WEIGHTS } from "../../../src/extract/tagger/weights";

/** Every token's lower-cased text (tagDoc slices them on first use). */
const lowers = (doc: TagDoc) => Array.from({ length: doc.n }, (_, i) => lowerAt(doc, i));
const words = (text: string) => lowers(tagDoc(text));

describe("tagger document: tokens, quotes, sentences", () => {
  const tokens: Array<[string, string[]]> = [
    ["Mr. al-Allaq didn't say.", ["mr", ".", "al-allaq", "didn't", "say", "."]],
    ["U.S. officials, 40% of them", ["u.s.", "officials", ",", "40", "%", "of", "them"]],
    ["Made in the U.S.", ["made", "in", "the", "u.s."]],
    ["“Yes,” he said", ["“", "yes", ",", "”", "he", "said"]],
    ["``Yes,'' he said", ["``", "yes", ",", "''", "he", "said"]],
  ];
  it.each(tokens)("tokens of %s", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  // The scan gives the tokens of this regex, in any script (the weights were trained on them).
  const TOKEN_RE =
    /\p{Lu}(?:\.\p{Lu})+\.(?=[\s,;:)”"’]|$)|[\p{L}\p{M}\p{N}]+(?:['’.\-&][\p{L}\p{M}\p{N}]+)*|``|''|\S/gu;
  const byRegex = (text: string) => [...text.matchAll(TOKEN_RE)].map((m) => `${m.index}:${m[0]}`);
  const byScan = (text: string) => {
    const d = tagDoc(text);
    return Array.from(d.start, (s, i) => `${s}:${text.slice(s, d.end[i])}`);
  };
  const pieces = [
    "U",
    "S",
    ".",
    "a",
    "'",
    "’",
    "`",
    "-",
    "&",
    " ",
    "\n",
    ",",
    "”",
    '"',
    ")",
    "É",
    "é",
    "ß",
    "\u0301",
    "٣",
    "😀",
    "\ud800",
    "\udc00",
    "\u00a0",
    "ǅ",
    "中",
    ":",
    "1",
    "İ",
  ];
  it("tokens are those of the token regex, for any string of tricky characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  const sentences: Array<[string, number]> = [
    ["He left. She stayed.", 2],
    ["Mr. Smith left. Dr. Jones stayed.", 2],
    ['It was "positive and constructive". It gave no details.', 2],
    ["J. R. Smith said so. Then he left.", 2],
    ["One paragraph.\n\nAnother one", 2],
    ["The price rose to 4.5 percent in May.", 1],
  ];
  it.each(sentences)("sentences of %s", (text, n) => {
    expect(tagDoc(text).sentStart.length).toBe(n);
  });

  const quotes: Array<[string, string, boolean]> = [
    ["“It is over,” she said.", "over", true],
    ["“It is over,” she said.", "said", false],
    ['He said "no" twice.', "no", true],
    ["“First part.\n\n“Second part,” he said.", "first", true],
    ["“First part.\n\n“Second part,” he said.", "second", true],
  ];
  it.each(quotes)("in %s, %s is inside a quote: %s", (text, word, inside) => {
    const doc = tagDoc(text);
    const i = lowers(doc).indexOf(word);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(doc.inQuote[i] === 1).toBe(inside);
  });
});

describe("tagger spans: label runs become attributions", () => {
  it("groups B-/I- runs and ties content to its cue and source", () => {
    const text = "Smith said the plan costs too much money.";
    const doc = tagDoc(text);
    // Smith | said | the plan costs too much money | .
    const labels = Uint8Array.from([BS, BC, BT, IT, IT, IT, IT, IT, O]);
    expect(runsOf(labels).map((r) => r.kind)).toEqual(["source", "cue", "content"]);
    const [a] = attributionsOf(doc, labels);
    expect(a && text.slice(...a.content)).toBe("the plan costs too much money");
    expect(a?.cue && text.slice(...a.cue)).toBe("said");
    expect(a?.source && text.slice(...a.source)).toBe("Smith");
  });

  it("drops fragments under three words and cuts content at a sentence end outside quotes", () => {
    const text = "Smith said rates rose again. Prices fell sharply.";
    const doc = tagDoc(text);
    const labels = Uint8Array.from([BS, BC, BT, IT, IT, IT, IT, IT, IT, O]);
    const [a] = attributionsOf(doc, labels);
    expect(a && text.slice(...a.content)).toBe("rates rose again.");
    const short = Uint8Array.from([BS, BC, BT, IT, O, O, O, O, O, O]);
    expect(attributionsOf(doc, short)).toEqual([]);
  });

  it("a quote in the next paragraph takes the cue and source of the one before", () => {
    const text = "“We are ready to go,” Smith said.\n\n“Nobody can stop us now,”";
    const doc = tagDoc(text);
    const labels = new Uint8Array(doc.n);
    const at = (w: string, from = 0) => lowers(doc).indexOf(w, from);
    for (let i = at("“"); i <= at("”"); i++) labels[i] = i === at("“") ? BT : IT;
    labels[at("smith")] = BS;
    labels[at("said")] = BC;
    const second = at("“", at("said"));
    for (let i = second; i < doc.n; i++) labels[i] = i === second ? BT : IT;
    const found = attributionsOf(doc, labels);
    expect(found).toHaveLength(2);
    expect(found[1]?.source && text.slice(...found[1].source)).toBe("Smith");
  });
});

/** Greedy decoding over a dense table of (1 << bits) rows: what tag() computes, read plainly. */
function denseTag(text: string, bits: number, dense: Int8Array, cues: Set<string>): number[] {
  const doc = tagDoc(text);
  const cue = cueFlags(doc, cues);
  const F = staticFeatures(doc, cue);
  const dyn = new Uint32Array(DYNAMIC_FEATURES);
  const mask = (1 << bits) - 1;
  const labels: number[] = [];
  let p1 = O;
  let p2 = O;
  let state = 0;
  for (let i = 0; i < doc.n; i++) {
    if (i > 0 && doc.sent[i] !== doc.sent[i - 1]) state = 0;
    dynamicFeatures(doc, cue, i, p1, p2, state, dyn);
    const rows = [...F.subarray(i * STATIC_FEATURES, (i + 1) * STATIC_FEATURES), ...dyn];
    const score = new Array<number>(NUM_LABELS).fill(0);
    for (const f of rows)
      for (let l = 0; l < NUM_LABELS; l++)
        score[l] = (score[l] ?? 0) + (dense[(f & mask) * STRIDE + l] ?? 0);
    let best = O;
    for (let l = 1; l < NUM_LABELS; l++)
      if ((score[l] ?? 0) > (score[best] ?? 0) && allowed(p1, l)) best = l;
    labels.push(best);
    state = nextState(state, best);
    p2 = p1;
    p1 = best;
  }
  return labels;
}

describe("tagger model", () => {
  it("reads only the non-zero rows of a table and labels as the dense table does", () => {
    const bits = 9;
    const dense = new Int8Array((1 << bits) * STRIDE);
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let r = 0; r < 1 << bits; r++) {
      if (rand() < 0.6) continue;
      for (let l = 0; l < NUM_LABELS; l++) dense[r * STRIDE + l] = Math.round(rand() * 60 - 30);
    }
    const cues = new Set(["said", "told"]);
    const m = compactModel(bits, dense, cues);
    const nonZero = Array.from({ length: 1 << bits }, (_, r) =>
      dense.subarray(r * STRIDE, (r + 1) * STRIDE).some((w) => w !== 0),
    ).filter(Boolean).length;
    expect(m.weights.length).toBe(nonZero * STRIDE);
    const text =
      '“We will not pay,” the minister said on Monday. Officials told reporters that the cost of the plan was "far too high" and the talks would end.';
    expect([...tag(tagDoc(text), m)]).toEqual(denseTag(text, bits, dense, cues));
  });

  it("decodes the committed weights and labels a plain report", () => {
    const m = decodeModel(WEIGHTS);
    expect(m.cues.has("said")).toBe(true);
    expect(m.weights.some((w) => w !== 0)).toBe(true);
    const text = "The senator said the new tax would cost families $2,000 a year.";
    const { found } = taggedAttributions(text);
    const a = found.find((f) => text.slice(...f.content).includes("cost families"));
    expect(a?.source && text.slice(...a.source)).toContain("senator");
    expect(a?.cue && text.slice(...a.cue)).toContain("said");
  });

  it("reads only the sentences it is asked to read", () => {
    const text = "Jones said taxes will rise next year. Smith said spending will fall sharply.";
    const second = text.indexOf("Smith");
    const { found } = taggedAttributions(text, (s) => s >= second);
    expect(found.every((f) => f.content[0] >= second)).toBe(true);
    expect(found.some((f) => text.slice(...f.content).includes("fall sharply"))).toBe(true);
  });
});
