import { z } from "@hono/zod-openapi";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Context } from "hono";
import { changeStatus, requestChangeContext } from "../../claims/change-status";
import {
  type ClaimFilters,
  ftsQuery,
  listClaimsByWorthinessQuery,
  listClaimsQuery,
  searchClaimsQuery,
} from "../../claims/queries";
import { claimEtag, presentClaim, presentEvent } from "../../claims/records";
import { acceptSuggestionOf, findSuggestion, rejectSuggestionOf } from "../../claims/suggestions";
import { articles, claimEvents, claims } from "../../db/schema";
import type { AppEnv, Principal } from "../../env";
import { decodeCursor, isIdCursor, isRankCursor, paginate } from "../../lib/cursor";
import { ApiError } from "../../lib/problem";
import { enforce } from "../../middleware/rate-limit";
import { ClaimDeskPage, type ClaimView } from "./desk.claim";
import { matchesOf, openSuggestionCount, openSuggestionsOf } from "./desk.extras";
import { type FieldErrors, formVersion, readStatusForm, toStatusChange } from "./desk.form";
import { deskHeaders, newNonce } from "./desk.layout";
import { refused, toLogin } from "./desk.login";
import { QueuePage, type QueueView, queueSorts, queueStatuses } from "./desk.queue";
import { csrfTokenMatches, currentSession, type DeskSession } from "./desk.session";

type DeskContext = Context<AppEnv>;

const PAGE_SIZE = 25;
const HISTORY_LIMIT = 500;

const QueueQuery = z.object({
  q: z.string().trim().max(500).default(""),
  status: z.enum(queueStatuses).catch("open"),
  sort: z.enum(queueSorts).catch("newest"),
  cursor: z.string().max(512).optional(),
});

const isWorthinessCursor = (value: unknown): value is { w: number; id: string } =>
  isIdCursor(value) && typeof (value as { w?: unknown }).w === "number";

const canEdit = (principal: Principal) => principal.role !== "submitter";
const signedIn = (session: DeskSession) => ({
  principal: session.principal,
  csrfToken: session.csrfToken,
});

export async function queuePage(c: DeskContext) {
  const session = await currentSession(c);
  if (!session) return toLogin(c);
  const parsed = QueueQuery.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError("bad_request", "This queue link is not valid");
  const { q, status, sort, cursor } = parsed.data;
  const db = c.var.db;
  const filters: ClaimFilters = {
    status:
      status === "open" ? ["unverified", "under_review"] : status === "all" ? undefined : status,
  };

  let rows: (typeof claims.$inferSelect)[] = [];
  let next: string | null = null;
  let searchError: string | null = null;
  const match = q ? ftsQuery(q) : null;
  if (q && !match) {
    searchError = "Search for at least one letter or digit";
  } else if (match) {
    // The API's full-text search (GET /v1/claims?q=), best match first.
    const after = cursor ? decodeCursor(cursor, isRankCursor) : undefined;
    const found = await searchClaimsQuery(db, match, filters, { after, limit: PAGE_SIZE + 1 });
    const page = paginate(found, PAGE_SIZE, (row) => ({ rank: row.rank, id: row.id }));
    rows = page.page;
    next = page.next_cursor;
  } else if (sort === "worthiness") {
    const after = cursor ? decodeCursor(cursor, isWorthinessCursor) : undefined;
    const found = await listClaimsByWorthinessQuery(db, filters, { after, limit: PAGE_SIZE + 1 });
    const page = paginate(found, PAGE_SIZE, (row) => ({ w: row.checkworthiness, id: row.id }));
    rows = page.page;
    next = page.next_cursor;
  } else {
    const afterId = cursor ? decodeCursor(cursor, isIdCursor).id : undefined;
    const found = await listClaimsQuery(db, filters, { afterId, limit: PAGE_SIZE + 1 });
    const page = paginate(found, PAGE_SIZE, (row) => ({ id: row.id }));
    rows = page.page;
    next = page.next_cursor;
  }

  const articleIds = [...new Set(rows.map((row) => row.articleId))];
  const titles = articleIds.length
    ? await db
        .select({ id: articles.id, title: articles.title, outlet: articles.outlet })
        .from(articles)
        .where(inArray(articles.id, articleIds))
    : [];
  const byId = new Map(titles.map((a) => [a.id, a]));
  const href = (extra: Record<string, string>) => {
    const params = new URLSearchParams({ ...(q ? { q } : {}), status, sort, ...extra });
    return `/desk?${params}`;
  };
  const view: QueueView = {
    q,
    status,
    sort,
    searchError,
    rows: rows.map((row) => ({ claim: presentClaim(row), article: byId.get(row.articleId) })),
    nextHref: next ? href({ cursor: next }) : null,
    firstHref: cursor ? href({}) : null,
    openSuggestions: await openSuggestionCount(db),
  };
  const nonce = newNonce();
  deskHeaders(c, nonce);
  return c.html(<QueuePage view={view} nonce={nonce} signedIn={signedIn(session)} />, 200);
}

/** Everything the claim page shows, read fresh; `form` and the rest override the defaults. */
async function claimView(
  c: DeskContext,
  session: DeskSession,
  id: string,
  overrides: Partial<ClaimView> = {},
): Promise<ClaimView> {
  const db = c.var.db;
  const [row] = await db
    .select({ claim: claims, article: articles })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(eq(claims.id, id));
  if (!row) throw new ApiError("not_found", `No claim ${id}`);
  const [others, history] = await Promise.all([
    db
      .select({ start: claims.spanStart, end: claims.spanEnd })
      .from(claims)
      .where(
        and(eq(claims.articleId, row.article.id), eq(claims.foundIn, "body"), ne(claims.id, id)),
      ),
    db
      .select()
      .from(claimEvents)
      .where(eq(claimEvents.claimId, id))
      .orderBy(asc(claimEvents.seq))
      .limit(HISTORY_LIMIT),
  ]);
  const claim = presentClaim(row.claim);
  return {
    claim,
    article: row.article,
    otherSpans: others.flatMap((s) =>
      s.start !== null && s.end !== null ? [{ start: s.start, end: s.end }] : [],
    ),
    history: history.map(presentEvent),
    suggestions: await openSuggestionsOf(db, claim),
    matches: await matchesOf(db, claim),
    canEdit: canEdit(session.principal),
    form: {
      status: claim.status,
      reviewer: claim.reviewer?.name ?? "",
      country: claim.reviewer?.country ?? "",
      note: "",
      evidence: "",
    },
    formVersion: claim.version,
    errors: null,
    conflict: null,
    saved: false,
    ...overrides,
  };
}

function renderClaim(
  c: DeskContext,
  session: DeskSession,
  view: ClaimView,
  status: 200 | 412 | 422,
) {
  const nonce = newNonce();
  deskHeaders(c, nonce);
  return c.html(<ClaimDeskPage view={view} nonce={nonce} signedIn={signedIn(session)} />, status);
}

export async function claimPage(c: DeskContext) {
  const session = await currentSession(c);
  if (!session) return toLogin(c);
  const view = await claimView(c, session, c.req.param("id") ?? "", {
    saved: c.req.query("saved") !== undefined,
  });
  // "Put this suggestion in the form": the form starts from it; saving is still the user's act.
  const suggestion = view.suggestions[Number(c.req.query("suggestion") ?? Number.NaN)];
  if (suggestion) {
    view.form = {
      ...view.form,
      status: suggestion.status,
      reviewer: suggestion.reviewer?.name ?? "",
      country: suggestion.reviewer?.country ?? "",
      note: suggestion.reason ? `Suggested by ${suggestion.source}: ${suggestion.reason}` : "",
    };
  }
  return renderClaim(c, session, view, 200);
}

/**
 * What every desk write checks first: a session (else the login page), the session's CSRF
 * token, a factchecker or admin key, the version the form showed, and the key's write limit.
 * A Response when the form is refused; else the session, the form and its version.
 */
async function deskWrite(c: DeskContext, what: string) {
  const session = await currentSession(c);
  if (!session) return toLogin(c);
  const body = await c.req.parseBody();
  if (!(await csrfTokenMatches(session, body.csrf))) {
    return refused(
      c,
      "This form was not the desk's own (or is from an old session); nothing changed.",
    );
  }
  if (!canEdit(session.principal)) {
    return refused(c, `${what} needs a factchecker or admin key; nothing changed.`);
  }
  const version = formVersion(body);
  if (version === null) throw new ApiError("bad_request", "The form has no valid version");
  const { principal } = session;
  if (principal.keyId !== "admin_token") {
    await enforce(c.env.WRITE_LIMITER, principal.keyId, "writes with this API key");
  }
  return { session, body, version };
}

/**
 * The status form's post: the API's rules through the API's own code (`StatusChangeSchema`
 * and `changeStatus`), with the version the form showed as its If-Match. Then back to
 * the claim page (303), or the page again with the field errors (422) or with what
 * changed meanwhile (412); either way nothing is written.
 */
export async function saveStatus(c: DeskContext) {
  const write = await deskWrite(c, "Changing a status");
  if (write instanceof Response) return write;
  const { session, body, version } = write;
  const id = c.req.param("id") ?? "";
  const form = readStatusForm(body);
  const { change, errors } = toStatusChange(form);
  if (!change) {
    const view = await claimView(c, session, id, {
      form,
      errors: errors as FieldErrors,
      formVersion: version,
    });
    return renderClaim(c, session, view, 422);
  }
  try {
    await changeStatus(
      requestChangeContext(c, session.principal.name),
      id,
      change,
      claimEtag(version),
      { present: (row) => row },
    );
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "precondition_failed") throw error;
    const view = await claimView(c, session, id, { form });
    const changes = view.history.filter((event) => event.version > version);
    return renderClaim(c, session, { ...view, conflict: { seenVersion: version, changes } }, 412);
  }
  return c.redirect(`/desk/claims/${encodeURIComponent(id)}?saved=1`, 303);
}

/**
 * Accepting or rejecting a later article's suggestion for a claim: the same decision as
 * POST /v1/suggestions/{id}/accept|reject, the form carrying the claim version the page showed.
 */
export async function decideSuggestion(c: DeskContext, decision: "accept" | "reject") {
  const write = await deskWrite(c, "Deciding a suggestion");
  if (write instanceof Response) return write;
  const { session, version } = write;
  const id = c.req.param("id") ?? "";
  const { suggestion } = await findSuggestion(c.var.db, id);
  const ctx = requestChangeContext(c, session.principal.name);
  // The desk redirects to the claim's page: it shows the decision by reading it again.
  const answerWith = { present: () => undefined };
  if (decision === "accept") await acceptSuggestionOf(ctx, id, claimEtag(version), answerWith);
  else await rejectSuggestionOf(ctx, id, answerWith);
  const claimId = encodeURIComponent(suggestion.claimId);
  return c.redirect(`/desk/claims/${claimId}?suggestion_${decision}ed=1`, 303);
}
