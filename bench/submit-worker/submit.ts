import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { canonicalUrl } from "../../src/claims/canonical-url";
import { insertClaimStatements, presentClaim } from "../../src/claims/records";
import type { claims } from "../../src/db/schema";
import { engineNamed } from "../../src/extract/learned";
import { detectLanguage } from "../../src/ingest/language";
import { pageLanguage } from "../../src/lib/language-tag";
import { rankAlike } from "../../src/matching/alike";
import { matchDocument } from "../../src/matching/document";
import { MATCHES_PER_CLAIM } from "../../src/matching/ingest";
import {
  type CandidateRow,
  INGEST_CANDIDATES,
  MAX_MATCHED_CLAIMS,
} from "../../src/matching/queries";
import { DEFAULT_THRESHOLD } from "../../src/matching/rank";
import { indexStatements, matchStatements } from "../../src/matching/store";
import { suggestionStatements } from "../../src/matching/suggestions";
import { summarise } from "../../src/matching/summary";
import { claimsForArticle } from "../../src/routes/articles/articles.claims";
import { CreateArticleSchema } from "../../src/routes/articles/articles.routes";

const dialect = new SQLiteSyncDialect();
type ClaimRow = typeof claims.$inferSelect;

/** The steps a request may leave out (`?skip=matching,language`), to tell their share. */
export type Step = "language" | "matching";

/** Earlier copies of the article each claim is matched against (as the bench's POST row makes). */
const COPIES = INGEST_CANDIDATES;

/**
 * The CPU work of one POST /v1/articles, without its D1 round trips: the body parsed and
 * validated with the route's schema, the canonical URL, the language told from the text (the
 * bench body names none), extraction, matching's own work (each claim analysed; its candidates
 * re-ranked, here INGEST_CANDIDATES earlier copies of the same claim as the bench's repeated
 * article finds them; the index, match and suggestion statements), the batch's statements
 * rendered to SQL (as runBatch does), and the article with its claims presented as JSON.
 * Returns the number of claims, so the work cannot be skipped.
 */
export function submissionWork(
  raw: string,
  engine: string | undefined,
  skip: ReadonlySet<Step> = new Set(),
): number {
  const input = CreateArticleSchema.parse(JSON.parse(raw));
  canonicalUrl(input.url);
  const body = input.body ?? "";
  const title = input.title ?? "";
  const language = skip.has("language")
    ? null
    : (input.language ?? pageLanguage(null) ?? detectLanguage(body));
  const items = claimsForArticle(
    body,
    input.claims ?? [],
    input.extract,
    title,
    engineNamed(engine),
  );
  const articleId = "art_01jf8x3k9q7c2m4n5p6r7s8t9v";
  const { statements, ids } = insertClaimStatements(articleId, items, "bench");
  const rendered = [...statements];
  const summaries = new Map<string, ReturnType<typeof summarise>>();
  if (!skip.has("matching")) {
    const prepared = items.map((claim, i) => ({
      id: ids[i] as string,
      claim,
      ...matchDocument(claim.text, title, claim.claimant?.name ?? null),
    }));
    const looked = prepared.slice(0, MAX_MATCHED_CLAIMS);
    const df = new Map<string, number>();
    for (const p of prepared) {
      for (const t of [...p.analysis.terms, ...p.document.title.split(" ")]) df.set(t, COPIES);
    }
    const stats = { docs: COPIES * prepared.length, df };
    const found = looked.map((p) => {
      const rows: CandidateRow[] = Array.from({ length: COPIES }, (_, k) => ({
        seq: k + 1,
        claim_id: `clm_copy${k}_${p.id}`,
        article_id: `art_copy${k}`,
        terms: p.document.terms,
        title: p.document.title,
        extra: JSON.stringify(p.document.extra),
        rank: -10,
        status: "unverified",
        reviewer_name: null,
        reviewer_country: null,
      }));
      return rankAlike(p.analysis, rows, stats)
        .filter((m) => m.score >= DEFAULT_THRESHOLD)
        .slice(0, MATCHES_PER_CLAIM)
        .map((m) => ({ ...m, status: "unverified" as const, reviewer: null }));
    });
    const pairs = looked.flatMap((p, i) =>
      (found[i] ?? []).map((m) => ({ claimId: p.id, matchedId: m.id, score: m.score })),
    );
    const suggestions = looked.flatMap((p, i) => {
      const suggestion = p.claim.suggestedStatus;
      if (!suggestion) return [];
      return (found[i] ?? []).map((m) => ({
        claimId: m.id,
        sourceClaimId: p.id,
        articleId,
        suggestion,
        score: m.score,
      }));
    });
    prepared.forEach((p, i) => {
      const matches = found[i] ?? [];
      summaries.set(p.id, summarise(matches.length, matches));
    });
    rendered.push(
      ...indexStatements(prepared.map((p) => ({ claimId: p.id, document: p.document }))),
      ...matchStatements(pairs, MATCHES_PER_CLAIM),
      ...suggestionStatements(suggestions),
    );
  }
  for (const statement of rendered) dialect.sqlToQuery(statement);
  const now = new Date().toISOString();
  const rows = items.map(
    (item, i): ClaimRow => ({
      id: ids[i] as string,
      articleId,
      text: item.text,
      quote: item.quote,
      claimantName: item.claimant?.name ?? null,
      claimantDescription: item.claimant?.description ?? null,
      verb: item.verb,
      spanStart: item.span?.start ?? null,
      spanEnd: item.span?.end ?? null,
      foundIn: item.in,
      checkworthiness: item.checkworthiness,
      suggestedStatus: item.suggestedStatus,
      origin: item.origin,
      status: "unverified",
      reviewerName: null,
      reviewerCountry: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }),
  );
  JSON.stringify({
    ...input,
    language,
    claims: rows.map((row) => ({
      ...presentClaim(row),
      ...(summaries.get(row.id) ?? summarise(0, [])),
    })),
  });
  return rows.length;
}
