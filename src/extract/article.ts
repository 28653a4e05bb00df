/** Text -> Article: the layout, the title, and the names the body's paragraphs mention. */
import { Registry } from "./claimants";
import { cleanTitle, layout } from "./segment";
import type { Article } from "./types";

export function readArticle(body: string, title: string | undefined): Article {
  const lay = layout(body, title);
  const reg = new Registry();
  for (const p of lay.paragraphs) {
    if (p.kind !== "body") continue;
    reg.scanNames(body.slice(p.textStart, p.end), p.textStart);
    if (reg.ledeEnd === Number.POSITIVE_INFINITY) reg.ledeEnd = p.end;
  }
  return { body, lay, reg, title: cleanTitle(title ?? "") };
}
