/**
 * The BCP 47 language tags the API takes: a language of 2 or 3 letters, then subtags of 2 to 8
 * letters or digits (script, region, variants), in any case.
 */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * `tag` in the case RFC 5646 (2.1.1) recommends, the form it is stored and shown in: the
 * language and every other subtag in lower case, but a two-letter region in upper case and a
 * four-letter script in title case (until a singleton, after which all is lower case).
 *
 * @example canonicalLanguageTag("EN-us") // "en-US"
 * @example canonicalLanguageTag("SR-latn-rs") // "sr-Latn-RS"
 */
export function canonicalLanguageTag(tag: string): string {
  let extension = false;
  return tag
    .split("-")
    .map((part, i) => {
      const lower = part.toLowerCase();
      if (i === 0 || extension) return lower;
      if (part.length === 1) extension = true;
      if (part.length === 2 && /^[a-z]+$/.test(lower)) return lower.toUpperCase();
      if (part.length === 4 && /^[a-z]+$/.test(lower)) {
        return lower.charAt(0).toUpperCase() + lower.slice(1);
      }
      return lower;
    })
    .join("-");
}

/**
 * A page's own language (`<html lang>`): canonical, with `_` read as `-` (`en_US`, as some
 * pages write it); null when it is no language tag the API takes.
 */
export function pageLanguage(value: string | null): string | null {
  const tag = value?.trim().replaceAll("_", "-");
  return tag && LANGUAGE_TAG.test(tag) ? canonicalLanguageTag(tag) : null;
}
