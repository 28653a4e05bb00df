/**
 * End of article: deferred descriptors ("an Iraqi spy chief" in the lede) take the named source
 * they describe, else the first named source of the same kind introduced after them; a definite
 * role noun the article later names ("the ship's owner" … "its owner, Acme Shipping") is that
 * named source.
 */
import { matchDescriptor } from "./match";
import type { Registry } from "./registry";
import { roleTokensOf } from "./tokens";
import type { Entity } from "./types";

/** A common-noun possessor: "vessel's operator" (not "Indonesia's meteorology agency"). */
const COMMON_POSSESSOR_RE = /^\p{Ll}[\p{L}-]*['’]s?\s/u;

export function finishDeferred(reg: Registry, order: Entity[]): void {
  for (const e of reg.entities) {
    if (e.mergedInto || !e.label) continue;
    // "the ship's owner said" before "its owner, Acme Shipping": a definite role noun that
    // the article later gives a name is that named source.
    // A plural role ("some party strategists", "abortion rights advocates") is a group of
    // people, never the one of them the article names next.
    const definiteRole =
      e.names.length === 0 && (e.kind === "person" || e.kind === "org") && !e.plural;
    if (e.deferred === null && !e.inHeadline && !definiteRole) continue;
    let desc = roleTokensOf(e.label);
    const headTok = e.headNoun ?? desc[desc.length - 1] ?? "";
    // Only the head must fit a definite role: "the vessel's operator" -> "its operator, X".
    if (e.deferred === null && !e.inHeadline && COMMON_POSSESSOR_RE.test(e.label)) desc = [headTok];
    const m = matchDescriptor(
      reg.entities,
      desc,
      headTok,
      e.kind,
      false,
      Number.POSITIVE_INFINITY,
      true,
    );
    if (m && m !== e) {
      reg.merge(e, m);
      continue;
    }
    if (e.deferred === null) continue;
    // Delayed identification: the next named source of that kind.
    for (const c of order) {
      const r = reg.find(c);
      if (r === e || r.firstPos < e.firstPos || r.names.length === 0) continue;
      if (e.deferred === "person" && r.kind !== "person") continue;
      if (e.deferred === "org" && r.kind !== "org" && r.kind !== "unknown") continue;
      reg.merge(e, r);
      break;
    }
  }
}
