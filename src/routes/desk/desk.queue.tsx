import type { presentClaim } from "../../claims/records";
import { claimStatuses, statusLabel } from "../../claims/status";
import type { Principal } from "../../env";
import { dateTime } from "../../lib/text";
import { DeskPage, StatusBadge } from "./desk.layout";

type Claim = ReturnType<typeof presentClaim>;

/** The queue's status filter: "open" (the default) is what is still to be checked. */
export const queueStatuses = ["open", "all", ...claimStatuses] as const;
export type QueueStatus = (typeof queueStatuses)[number];
export const queueSorts = ["newest", "worthiness"] as const;
export type QueueSort = (typeof queueSorts)[number];

const statusNames: Record<QueueStatus, string> = {
  open: "To check (unverified or under review)",
  all: "All statuses",
  unverified: statusLabel("unverified", null),
  under_review: statusLabel("under_review", null),
  confirmed: statusLabel("confirmed", null),
  disputed: statusLabel("disputed", null),
  refuted: statusLabel("refuted", null),
};

export interface QueueView {
  q: string;
  status: QueueStatus;
  sort: QueueSort;
  searchError: string | null;
  rows: { claim: Claim; article: { title: string; outlet: string | null } | undefined }[];
  /** Links to the next page (null on the last) and back to the first (null on the first). */
  nextHref: string | null;
  firstHref: string | null;
  /** Claims with an open suggestion (desk.extras.ts); null when not known. */
  openSuggestions: number | null;
}

export function QueuePage(props: {
  view: QueueView;
  nonce: string;
  signedIn: { principal: Principal; csrfToken: string };
}) {
  const { view } = props;
  const searching = view.q !== "" && view.searchError === null;
  return (
    <DeskPage title="Queue" nonce={props.nonce} signedIn={props.signedIn}>
      <h1>Claims to check</h1>
      {view.openSuggestions !== null ? (
        <p>
          {view.openSuggestions === 1
            ? "1 claim has an open suggestion"
            : `${view.openSuggestions} claims have an open suggestion`}
          .
        </p>
      ) : null}
      <search aria-label="Filter claims">
        <form method="get" action="/desk" class="filters">
          <div>
            <label for="q">Search</label>
            <input
              type="search"
              id="q"
              name="q"
              value={view.q}
              aria-invalid={view.searchError ? "true" : undefined}
              aria-describedby={view.searchError ? "q-error" : undefined}
            />
            {view.searchError ? (
              <p id="q-error" class="field-error">
                {view.searchError}
              </p>
            ) : null}
          </div>
          <div>
            <label for="status">Status</label>
            <select id="status" name="status">
              {queueStatuses.map((value) => (
                <option value={value} selected={value === view.status}>
                  {statusNames[value]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="sort">Order</label>
            <select id="sort" name="sort" aria-describedby="sort-hint">
              <option value="newest" selected={view.sort === "newest"}>
                Newest first
              </option>
              <option value="worthiness" selected={view.sort === "worthiness"}>
                Most check-worthy first
              </option>
            </select>
          </div>
          <div>
            <button type="submit">Show claims</button>
          </div>
          <p id="sort-hint" class="hint">
            A search lists the best matches first, whatever the order.
          </p>
        </form>
      </search>
      <p class="mute" role="status">
        {view.rows.length === 0
          ? "No claims match."
          : searching
            ? `Claims matching “${view.q}”, best match first.`
            : view.sort === "worthiness"
              ? "Most check-worthy first."
              : "Newest first."}
      </p>
      <ol class="queue">
        {view.rows.map(({ claim, article }) => (
          <li>
            <a class="claim" href={`/desk/claims/${encodeURIComponent(claim.id)}`}>
              {claim.text}
            </a>
            <div class="meta">
              <StatusBadge status={claim.status} label={claim.status_label} />
              <span>{claim.claimant ? claim.claimant.name : "No claimant"}</span>
              {article ? (
                <span>
                  {article.title}
                  {article.outlet ? `, ${article.outlet}` : ""}
                </span>
              ) : null}
              <span>Check-worthiness {claim.checkworthiness.toFixed(2)}</span>
              <span>
                Added <time datetime={claim.created_at}>{dateTime(claim.created_at)}</time>
              </span>
            </div>
          </li>
        ))}
      </ol>
      {view.nextHref || view.firstHref ? (
        <nav class="pages" aria-label="Pages">
          {view.firstHref ? <a href={view.firstHref}>First page</a> : null}
          {view.nextHref ? <a href={view.nextHref}>Next page</a> : null}
        </nav>
      ) : null}
    </DeskPage>
  );
}
