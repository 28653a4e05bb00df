/** Countries of claimants and descriptions ("Polish football federation" -> PL). */
import { COUNTRY_HINTS, COUNTRY_NAMES } from "../lexicon";
import { fold } from "../text";

/** Country code -> folded country name. */
export const CODE_TO_NAME = new Map<string, string>();
for (const [_name, info] of COUNTRY_NAMES)
  if (!CODE_TO_NAME.has(info.code)) CODE_TO_NAME.set(info.code, fold(info.name));

export function countryOfTokens(ts: Iterable<string>): string | null {
  for (const t of ts) {
    const c = COUNTRY_NAMES.get(t) ?? COUNTRY_HINTS.get(t);
    if (c) return c.code;
  }
  return null;
}

/** Country code for a name or phrase ("Turkey" -> TR, "Polish football federation" -> PL). */
export function countryCodeOf(s: string): string | null {
  const f = fold(s).replace(/'s\b/g, "");
  const whole = COUNTRY_NAMES.get(f) ?? COUNTRY_HINTS.get(f);
  if (whole) return whole.code;
  const ts = f.match(/[a-z.]+/g) ?? [];
  for (let i = 0; i < ts.length; i++) {
    const two = i + 1 < ts.length ? `${ts[i]} ${ts[i + 1]}` : "";
    const c2 = two ? (COUNTRY_NAMES.get(two) ?? COUNTRY_HINTS.get(two)) : undefined;
    if (c2) return c2.code;
    const t = ts[i] ?? "";
    const c = COUNTRY_NAMES.get(t) ?? COUNTRY_HINTS.get(t);
    if (c) return c.code;
  }
  return null;
}
