/**
 * Reads a PolNeAR split (brat standoff) from disk: `<dir>/<split>/text/<stem>.txt` and
 * `<dir>/<split>/attributions/<stem>_<annotator>.ann`. The first annotation file of an article
 * (by file name) is its gold, as the product is judged. Nothing of the data is copied anywhere.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Character ranges, end exclusive; discontinuous spans have several. */
export type Ranges = Array<[number, number]>;

export interface GoldAttribution {
  source: Ranges | null;
  sourceText: string;
  cue: Ranges | null;
  cueText: string;
  content: Ranges | null;
}

export interface PolnearArticle {
  stem: string;
  publisher: string;
  text: string;
  title: string;
  attributions: GoldAttribution[];
}

interface Span {
  type: string;
  ranges: Ranges;
  text: string;
}

export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span>();
  const events: Array<Record<string, string>> = [];
  for (const line of ann.split("\n")) {
    if (line.startsWith("T")) {
      const [id, meta, text] = line.split("\t");
      if (!id || !meta) continue;
      const sp = meta.indexOf(" ");
      const type = meta.slice(0, sp);
      const ranges = meta
        .slice(sp + 1)
        .split(";")
        .map((r) => r.split(" ").map(Number) as [number, number]);
      spans.set(id, { type, ranges, text: text ?? "" });
    } else if (line.startsWith("E")) {
      const [, args] = line.split("\t");
      if (!args) continue;
      const roles: Record<string, string> = {};
      for (const a of args.split(" ")) {
        const [role, ref] = a.split(":");
        if (role && ref) roles[role.replace(/\d+$/, "")] = ref;
      }
      events.push(roles);
    }
  }
  const get = (id: string | undefined) => (id ? spans.get(id) : undefined);
  return events.map((e) => {
    const src = get(e.Source);
    const cue = get(e.Cue);
    const content = get(e.Content);
    return {
      source: src?.ranges ?? null,
      sourceText: src?.text ?? "",
      cue: cue?.ranges ?? null,
      cueText: cue?.text ?? "",
      content: content?.ranges ?? null,
    };
  });
}

export function loadSplit(dir: string, split: string): PolnearArticle[] {
  const publishers = new Map<string, string>();
  try {
    const meta = readFileSync(join(dir, "metadata.tsv"), "utf8").split("\n");
    const head = meta[0]?.split("\t") ?? [];
    const fi = head.indexOf("filename");
    const pi = head.indexOf("publisher");
    for (const row of meta.slice(1)) {
      const cols = row.split("\t");
      if (cols[fi]) publishers.set(cols[fi], cols[pi] ?? "");
    }
  } catch {
    // metadata is optional: the publisher then comes from the file name
  }
  const base = join(dir, split);
  const annFiles = readdirSync(join(base, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const firstAnn = new Map<string, string>();
  for (const f of annFiles) {
    const stem = f.replace(/_[^_]+\.ann$/, "");
    if (!firstAnn.has(stem)) firstAnn.set(stem, f);
  }
  const articles: PolnearArticle[] = [];
  for (const f of readdirSync(join(base, "text")).sort()) {
    if (!f.endsWith(".txt")) continue;
    const stem = f.slice(0, -4);
    const ann = firstAnn.get(stem);
    if (!ann) continue;
    const text = readFileSync(join(base, "text", f), "utf8");
    const nl = text.indexOf("\n");
    articles.push({
      stem,
      publisher: publishers.get(stem) ?? stem.split("_")[0] ?? "",
      text,
      title: (nl < 0 ? text : text.slice(0, nl)).trim(),
      attributions: parseAnn(readFileSync(join(base, "attributions", ann), "utf8")),
    });
  }
  return articles;
}
