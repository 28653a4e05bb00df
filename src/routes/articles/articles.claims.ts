import type { z } from "@hono/zod-openapi";
import type { NewClaim } from "../../claims/records";
import { extractClaims } from "../../extract";
import type { Engine } from "../../extract/learned";
import type { ClaimInputSchema } from "../claims/claims.schemas";

type ClaimInput = z.infer<typeof ClaimInputSchema>;

/** A claim the client gave: placed in the body where its text appears there, else in the title. */
export function submittedClaim(body: string, input: ClaimInput, title?: string): NewClaim {
  const start = body.indexOf(input.text);
  const claimant =
    input.claimant === undefined
      ? null
      : typeof input.claimant === "string"
        ? { name: input.claimant, description: null }
        : { name: input.claimant.name, description: input.claimant.description ?? null };
  return {
    text: input.text,
    quote: input.quote ?? null,
    claimant,
    verb: input.verb ?? null,
    span: start >= 0 ? { start, end: start + input.text.length } : null,
    in: start >= 0 ? "body" : title?.includes(input.text) ? "title" : null,
    // A person chose to record it: it is worth checking by their judgement.
    checkworthiness: 1,
    suggestedStatus: null,
    origin: "submitted",
  };
}

/** Same words, whatever the case, spacing or closing punctuation. */
const sameWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[.,;:!?”"’']+$/u, "")
    .trim();

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * The claims to store with a new article: the client's first, then (with
 * `extract`) those found in the text, except where the client already gave the
 * same claim (the same words, or a claim over the same stretch of text) and
 * where the same speaker (or nobody) says the same words again.
 */
export function claimsForArticle(
  body: string,
  given: ClaimInput[],
  extract: boolean,
  title?: string,
  engine?: Engine,
): NewClaim[] {
  const seen = new Set<string>();
  const result: NewClaim[] = [];
  for (const input of given) {
    const claim = submittedClaim(body, input, title);
    if (seen.has(sameWords(claim.text))) continue;
    seen.add(sameWords(claim.text));
    result.push(claim);
  }
  if (!extract) return result;
  const placed = result.flatMap((claim) => (claim.span ? [claim.span] : []));
  // A found claim repeats an earlier found one when the same claimant (or nobody) says the same
  // words: two speakers saying the same words are two claims.
  const said = new Set<string>();
  for (const found of extractClaims(body, {
    ...(title ? { title } : {}),
    ...(engine ? { engine } : {}),
  })) {
    // A claim read in the title has no span: only its words can repeat a client's claim.
    const at = found.span;
    const words = sameWords(found.text);
    const saidBy = `${found.claimant?.name.toLowerCase() ?? ""}\u0000${words}`;
    if (seen.has(words) || said.has(saidBy) || (at && placed.some((span) => overlaps(span, at))))
      continue;
    said.add(saidBy);
    result.push({
      text: found.text,
      quote: found.quote,
      claimant: found.claimant,
      verb: found.verb,
      span: found.span,
      in: found.in,
      checkworthiness: found.checkworthiness,
      suggestedStatus: found.suggested_status,
      origin: "extracted",
    });
  }
  return result;
}
