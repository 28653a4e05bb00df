/**
 * Pronouns resolve by recency among compatible kinds: "he"/"she" to the most recent person of
 * that gender (the pronoun then marks it), "it" to a thing, "they" to a non-person.
 */
import type { Entity } from "./types";

export function resolvePronoun(entities: readonly Entity[], p: string, pos: number): Entity | null {
  if (p === "he" || p === "him") return gendered(entities, pos, "m");
  if (p === "she" || p === "her") return gendered(entities, pos, "f");
  if (p === "i") return recent(entities, pos, isPersonLike);
  if (p === "it") return recent(entities, pos, isThingLike);
  return recent(entities, pos, isNotPerson) ?? recent(entities, pos, isAnyEntity);
}

/** Most recent person compatible with a gendered pronoun; the pronoun then marks it. */
function gendered(entities: readonly Entity[], pos: number, g: "f" | "m"): Entity | null {
  let best: Entity | null = null;
  for (const raw of entities) {
    if (raw.mergedInto) continue;
    if (raw.lastPos > pos || raw.inHeadline) continue;
    if (!isPersonLike(raw) || (raw.gender !== null && raw.gender !== g)) continue;
    if (!best || raw.lastPos > best.lastPos) best = raw;
  }
  const r = best ?? recent(entities, pos, isPersonLike);
  if (r && r.gender === null && r === best) r.gender = g;
  return r;
}

export function recent(
  entities: readonly Entity[],
  pos: number,
  ok: (e: Entity) => boolean,
): Entity | null {
  let best: Entity | null = null;
  for (const raw of entities) {
    if (raw.mergedInto) continue;
    if (raw.lastPos > pos || raw.inHeadline) continue;
    if (!ok(raw)) continue;
    if (!best || raw.lastPos > best.lastPos) best = raw;
  }
  return best;
}

// Entity kinds accepted by pronoun and document resolution (module-level: no closure per call).
export function isPersonLike(e: Entity): boolean {
  return e.kind === "person" || e.kind === "unknown";
}
function isThingLike(e: Entity): boolean {
  return e.kind === "org" || e.kind === "country" || e.kind === "unknown";
}
export function isNotPerson(e: Entity): boolean {
  return e.kind === "org" || e.kind === "country" || e.kind === "group" || e.kind === "unknown";
}
/** Who may have issued a document: an organisation or country, or a name of unknown kind. */
export function isPublisher(e: Entity): boolean {
  return e.kind === "org" || e.kind === "country" || (e.kind === "unknown" && e.names.length > 0);
}
function isAnyEntity(): boolean {
  return true;
}
