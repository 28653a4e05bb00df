/** Claimants across the article, once every draft is in: descriptors, headline sources. */
import type { Entity } from "../claimants";
import type { Article, Draft } from "../types";

/**
 * Deferred descriptors are resolved in the order of the body's drafts; a headline source still
 * without a name ("Iraq spy chief") is merged into the source of the earliest attributed body
 * draft, when their kinds agree.
 */
export function settleSources(art: Article, drafts: Draft[]): void {
  const { reg } = art;
  const order: Entity[] = [];
  for (const d of drafts) if (d.entity && !d.headline) order.push(d.entity);
  reg.finish(order);
  // The earliest attributed body draft (the first one among equal starts).
  let firstBody: Draft | undefined;
  for (const d of drafts) {
    if (!d.headline && d.entity && (!firstBody || d.start < firstBody.start)) firstBody = d;
  }
  for (const d of drafts) {
    if (!d.headline || !d.entity || !firstBody?.entity) continue;
    const e = reg.find(d.entity);
    if (e.names.length > 0 || e.kind === "group" || e.kind === "country") continue;
    const f = reg.find(firstBody.entity);
    if ((e.kind === "person" && f.kind !== "person") || (e.kind === "org" && f.kind === "person"))
      continue;
    reg.merge(e, f);
  }
}
