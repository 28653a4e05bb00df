/** Acronyms: "PAHO" for the Pan American Health Organization, by the article or by initials. */
import { NAME_PARTICLES, ORG_NAME_LINK_ALT } from "../lexicon";
import { isCapToken } from "./tokens";
import type { Entity } from "./types";

const ORG_NAME_LINK_RE = new RegExp(`^(?:${ORG_NAME_LINK_ALT})$`, "u");

export function matchAcronym(entities: readonly Entity[], acr: string): Entity | null {
  const want = acr.toLowerCase();
  for (const raw of entities) {
    if (raw.mergedInto) continue;
    const initials = initialsOf(raw.names[0] ?? raw.label ?? "").toLowerCase();
    if (initials.length >= want.length && initials.startsWith(want)) return raw;
  }
  return null;
}

/** The initials of a name's capitalised words: "PPIC" of "Public Policy Institute of California". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => isCapToken(w))
    .map((w) => w.charAt(0))
    .join("");
}

/** "IMF" of "International Monetary Fund", "PPIC" of "Public Policy Institute of California". */
export function isAcronymOf(acr: string, name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(acr) && initialsOf(name) === acr;
}

/** "International Monetary Fund" of "International Monetary Fund (IMF)"; null if no acronym of it ends the name. */
export function withoutAcronym(name: string): string | null {
  const m = /^(.*\S)\s+\((\p{Lu}{2,6})\)$/u.exec(name.trim());
  return m?.[1] && m[2] && isAcronymOf(m[2], m[1]) ? m[1] : null;
}

/** The capitalised words right before "(ACR)" in the article, when their initials spell it. */
export function acronymDefinition(
  texts: ReadonlyArray<[string, number]>,
  acr: string,
): string | null {
  const want = acr.toLowerCase();
  for (const [text] of texts) {
    for (let at = text.indexOf(`(${acr})`); at !== -1; at = text.indexOf(`(${acr})`, at + 1)) {
      const words = text
        .slice(Math.max(0, at - 120), at)
        .trim()
        .split(/\s+/);
      const name: string[] = [];
      for (let i = words.length - 1; i >= 0; i--) {
        const w = words[i] ?? "";
        if (isCapToken(w) || (NAME_PARTICLES.has(w) && name.length > 0) || ORG_NAME_LINK_RE.test(w))
          name.unshift(w);
        else break;
      }
      while (
        name.length > 0 &&
        (!isCapToken(name[0] ?? "") || /^(?:The|A|An)$/u.test(name[0] ?? ""))
      )
        name.shift();
      const initials = name
        .filter((w) => isCapToken(w))
        .map((w) => w.charAt(0).toLowerCase())
        .join("");
      if (name.length >= 2 && initials === want) return name.join(" ");
    }
  }
  // No "(PAHO)" anywhere: a capitalised name whose initials spell it ("The Pan American
  // Health Organization recommends ...").
  const first = acr.charAt(0);
  for (const [text] of texts) {
    const words = text.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      if (!(words[i] ?? "").startsWith(first)) continue;
      const name: string[] = [];
      let initials = "";
      for (let j = i; j < words.length && initials.length < want.length; j++) {
        const w = (words[j] ?? "").replace(/[,.;:]+$/u, "");
        if (isCapToken(w)) {
          name.push(w);
          initials += w.charAt(0).toLowerCase();
        } else if (name.length > 0 && ORG_NAME_LINK_RE.test(w)) name.push(w);
        else break;
        if ((words[j] ?? "") !== w) break; // punctuation ends the name
      }
      if (initials === want && name.length >= 2) return name.join(" ");
    }
  }
  return null;
}
