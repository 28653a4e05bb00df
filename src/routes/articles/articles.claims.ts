import type { z } from "@hono/zod-openapi";
import type { NewClaim } from "../../claims/records";
import type { ClaimInputSchema } from "../claims/claims.schemas";

type ClaimInput = z.infer<typeof ClaimInputSchema>;

/** A claim the client gave: placed in the body where its text appears there. */
export function submittedClaim(body: string, input: ClaimInput): NewClaim {
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
    // A person chose to record it: it is worth checking by their judgement.
    checkworthiness: 1,
    suggestedStatus: null,
    origin: "submitted",
  };
}

/**
 * The claims to store with a new article: the client's, then (with `extract`)
 * those found in the text that the client did not already give.
 */
export function claimsForArticle(body: string, given: ClaimInput[], _extract: boolean): NewClaim[] {
  const seen = new Set<string>();
  const result: NewClaim[] = [];
  for (const input of given) {
    const claim = submittedClaim(body, input);
    if (seen.has(claim.text)) continue;
    seen.add(claim.text);
    result.push(claim);
  }
  return result;
}
