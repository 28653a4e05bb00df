import type { presentClaim, presentEvent } from "../../claims/records";
import { claimStatuses, statusLabel } from "../../claims/status";
import type { Principal } from "../../env";
import { cutAtWord, dateTime } from "../../lib/text";
import { MarkedText } from "./desk.article";
import type { DeskMatch, DeskSuggestion } from "./desk.extras";
import type { FieldErrors, StatusField, StatusFormValues } from "./desk.form";
import { DeskPage, StatusBadge, safeHref } from "./desk.layout";

type Claim = ReturnType<typeof presentClaim>;
type ClaimEvent = ReturnType<typeof presentEvent>;

export interface ClaimView {
  claim: Claim;
  article: { url: string; title: string; body: string; outlet: string | null };
  /** Spans of the article's other claims in the body, marked lightly. */
  otherSpans: { start: number; end: number }[];
  history: ClaimEvent[];
  suggestions: DeskSuggestion[];
  /** null: matching is not wired (desk.extras.ts). */
  matches: DeskMatch[] | null;
  /** Whether the key may change the status (factchecker, admin). */
  canEdit: boolean;
  form: StatusFormValues;
  /** The claim version the form carries: the one the user has seen. */
  formVersion: number;
  errors: FieldErrors | null;
  /** Set when a save was refused because the claim had moved on from the version the form showed. */
  conflict: { seenVersion: number; changes: ClaimEvent[] } | null;
  saved: boolean;
}

const fieldLabels: Record<StatusField, string> = {
  status: "Status",
  reviewer: "Reviewer",
  country: "Country",
  note: "Note",
  evidence: "Evidence",
};

function EventLine({ event }: { event: ClaimEvent }) {
  return (
    <>
      <time datetime={event.created_at}>{dateTime(event.created_at)}</time>{" "}
      <StatusBadge status={event.to_status} label={event.status_label} />{" "}
      {event.from_status === null ? "recorded" : `set by ${event.actor}`}
      {event.reviewer?.country && event.to_status !== "under_review"
        ? ` (reviewer ${event.reviewer.name}, ${event.reviewer.country})`
        : event.reviewer && event.to_status !== "under_review"
          ? ` (reviewer ${event.reviewer.name})`
          : ""}
      {event.note ? <blockquote>{event.note}</blockquote> : null}
      {event.evidence.length > 0 ? (
        <ul>
          {event.evidence.map((url) => (
            <li>
              <a href={safeHref(url)} rel="noopener noreferrer">
                {url}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function FieldError({ field, errors }: { field: StatusField; errors: FieldErrors | null }) {
  const message = errors?.[field];
  return message ? (
    <p id={`${field}-error`} class="field-error">
      {message}
    </p>
  ) : null;
}

/** aria attributes tying a control to its hint and error. */
function described(field: StatusField, errors: FieldErrors | null, hint?: string) {
  const ids = [hint, errors?.[field] ? `${field}-error` : undefined].filter(Boolean).join(" ");
  return {
    "aria-invalid": errors?.[field] ? "true" : undefined,
    "aria-describedby": ids || undefined,
  };
}

/** Accept or reject a later article's suggestion, at the claim version the page shows. */
function DecideForm(props: {
  id: string;
  decision: "accept" | "reject";
  version: number;
  csrfToken: string;
}) {
  return (
    <form
      method="post"
      action={`/desk/suggestions/${encodeURIComponent(props.id)}/${props.decision}`}
    >
      <input type="hidden" name="csrf" value={props.csrfToken} />
      <input type="hidden" name="version" value={String(props.version)} />
      <button type="submit">
        {props.decision === "accept" ? "Accept suggestion" : "Reject suggestion"}
      </button>
    </form>
  );
}

function StatusForm(props: { view: ClaimView; csrfToken: string }) {
  const { claim, form, errors } = props.view;
  return (
    <form method="post" action={`/desk/claims/${encodeURIComponent(claim.id)}/status`} novalidate>
      <input type="hidden" name="csrf" value={props.csrfToken} />
      <input type="hidden" name="version" value={String(props.view.formVersion)} />
      <label for="status">Status</label>
      <select id="status" name="status" {...described("status", errors)}>
        {claimStatuses.map((status) => (
          <option value={status} selected={status === form.status}>
            {statusLabel(status, null)}
          </option>
        ))}
      </select>
      <FieldError field="status" errors={errors} />
      <label for="reviewer">Reviewer</label>
      <input
        id="reviewer"
        name="reviewer"
        value={form.reviewer}
        autocomplete="off"
        {...described("reviewer", errors, "reviewer-hint")}
      />
      <p id="reviewer-hint" class="hint">
        Who reviews the claim; needed for Under review.
      </p>
      <FieldError field="reviewer" errors={errors} />
      <label for="country">Country</label>
      <input
        id="country"
        name="country"
        value={form.country}
        size={4}
        maxlength={2}
        autocomplete="off"
        {...described("country", errors, "country-hint")}
      />
      <p id="country-hint" class="hint">
        The reviewer's country as two letters (TR reads “Under Turkish review”).
      </p>
      <FieldError field="country" errors={errors} />
      <label for="note">Note</label>
      <textarea id="note" name="note" {...described("note", errors)}>
        {form.note}
      </textarea>
      <FieldError field="note" errors={errors} />
      <label for="evidence">Evidence</label>
      <textarea id="evidence" name="evidence" {...described("evidence", errors, "evidence-hint")}>
        {form.evidence}
      </textarea>
      <p id="evidence-hint" class="hint">
        One URL a line.
      </p>
      <FieldError field="evidence" errors={errors} />
      <p>
        <button type="submit">Save status</button>
      </p>
    </form>
  );
}

function Notices({ view }: { view: ClaimView }) {
  if (view.conflict) {
    return (
      <div class="notice bad" role="alert">
        <h2>Not saved: this claim changed since you opened it</h2>
        <p>
          You saw version {view.conflict.seenVersion}; it is now version {view.claim.version},{" "}
          <StatusBadge status={view.claim.status} label={view.claim.status_label} />. What changed
          meanwhile:
        </p>
        <ol>
          {view.conflict.changes.map((event) => (
            <li>
              <EventLine event={event} />
            </li>
          ))}
        </ol>
        <p>Your entries are still in the form; save again to replace the current status.</p>
      </div>
    );
  }
  if (view.errors) {
    return (
      <div class="notice bad" role="alert">
        <h2>Not saved: check the fields below</h2>
        <ul>
          {(Object.keys(view.errors) as StatusField[]).map((field) => (
            <li>
              <a href={`#${field}`}>
                {fieldLabels[field]}: {view.errors?.[field]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (view.saved) {
    return (
      <div class="notice ok" role="status">
        Status saved: <StatusBadge status={view.claim.status} label={view.claim.status_label} />
      </div>
    );
  }
  return null;
}

export function ClaimDeskPage(props: {
  view: ClaimView;
  nonce: string;
  signedIn: { principal: Principal; csrfToken: string };
}) {
  const { view } = props;
  const { claim, article } = view;
  return (
    <DeskPage title={cutAtWord(claim.text, 80)} nonce={props.nonce} signedIn={props.signedIn}>
      <nav aria-label="Breadcrumb">
        <a href="/desk">Queue</a>
      </nav>
      <p>
        <StatusBadge status={claim.status} label={claim.status_label} />
      </p>
      <h1>{claim.text}</h1>
      <dl class="facts">
        <dt>Claimant</dt>
        <dd>
          {claim.claimant
            ? `${claim.claimant.name}${claim.claimant.description ? `, ${claim.claimant.description}` : ""}`
            : "None: the article states it"}
        </dd>
        <dt>Cue</dt>
        <dd>{claim.verb ?? "None"}</dd>
        {claim.quote ? (
          <>
            <dt>Quote</dt>
            <dd>“{claim.quote}”</dd>
          </>
        ) : null}
        <dt>Check-worthiness</dt>
        <dd>{claim.checkworthiness.toFixed(2)}</dd>
        <dt>Article</dt>
        <dd>
          <a href={safeHref(article.url)} rel="noopener noreferrer">
            {article.title}
          </a>
          {article.outlet ? `, ${article.outlet}` : ""}
        </dd>
      </dl>
      <Notices view={view} />
      <div class="layout">
        <div class="side">
          {/* Open suggestions: this article's and later articles' (desk.extras.ts) */}
          {view.suggestions.length > 0 ? (
            <section aria-labelledby="suggestions-heading">
              <h2 id="suggestions-heading">Open suggestions</h2>
              <ul>
                {view.suggestions.map((s, i) => (
                  <li>
                    <StatusBadge status={s.status} label={s.statusLabel} /> from {s.source}
                    {s.reason ? <blockquote>{s.reason}</blockquote> : null}
                    {view.canEdit ? (
                      <a
                        href={`/desk/claims/${encodeURIComponent(claim.id)}?suggestion=${i}#status`}
                      >
                        Put this suggestion in the form
                      </a>
                    ) : null}
                    {view.canEdit && s.id ? (
                      <div class="decide">
                        <DecideForm
                          id={s.id}
                          decision="accept"
                          version={claim.version}
                          csrfToken={props.signedIn.csrfToken}
                        />
                        <DecideForm
                          id={s.id}
                          decision="reject"
                          version={claim.version}
                          csrfToken={props.signedIn.csrfToken}
                        />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="change-heading">
            <h2 id="change-heading">Rate this claim</h2>
            {view.canEdit ? (
              <StatusForm view={view} csrfToken={props.signedIn.csrfToken} />
            ) : (
              <p>
                Your key ({props.signedIn.principal.role}) can read claims; changing a status needs
                a factchecker or admin key.
              </p>
            )}
          </section>
          {/* "Also checked…": the claim's stored matches (desk.extras.ts) */}
          {view.matches !== null ? (
            <section aria-labelledby="matches-heading">
              <h2 id="matches-heading">Also checked…</h2>
              {view.matches.length === 0 ? (
                <p>No other claim asserts the same.</p>
              ) : (
                <ul>
                  {view.matches.map((m) => (
                    <li>
                      <a href={`/desk/claims/${encodeURIComponent(m.claimId)}`}>{m.text}</a>{" "}
                      <StatusBadge status={m.status} label={m.statusLabel} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
        </div>
        <section aria-labelledby="article-heading">
          <h2 id="article-heading">In the article</h2>
          {claim.in === "title" ? (
            <p>
              The claim is in the headline: <mark class="this">{article.title}</mark>
            </p>
          ) : claim.span ? (
            <p>
              <a href="#this-claim">Go to the claim in the text</a>
            </p>
          ) : (
            <p>This claim was given by a client; it is not in the article's text.</p>
          )}
          <div class="article">
            <MarkedText text={article.body} own={claim.span} others={view.otherSpans} />
          </div>
        </section>
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <ol class="history">
            {view.history.map((event) => (
              <li>
                <EventLine event={event} />
              </li>
            ))}
          </ol>
        </section>
      </div>
    </DeskPage>
  );
}
