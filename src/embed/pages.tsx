import type { Child } from "hono/jsx";
import { raw } from "hono/utils/html";
import type { presentClaim, presentEvent } from "../claims/records";
import { claimTitle, dateTime } from "../lib/text";
import { jsonForScript } from "./claimreview";

type Claim = ReturnType<typeof presentClaim>;

export interface AlsoChecked {
  claim_id: string;
  status: Claim["status"];
  status_label: string;
  reviewer: { name: string; country: string | null } | null;
}
type ClaimEvent = ReturnType<typeof presentEvent>;
interface ArticleInfo {
  id: string;
  url: string;
  title: string;
  outlet: string | null;
}

export type Theme = "light" | "dark";

/** Styles of the embed pages, shared with the widget's palette (contrast ≥ 4.5:1 in both themes). */
const STYLE = `:root{--bg:#fff;--fg:#1f2328;--mute:#57606a;--line:#d0d7de;--link:#0550ae;color-scheme:light}
:root[data-theme=dark]{--bg:#0d1117;--fg:#e6edf3;--mute:#9da7b3;--line:#30363d;--link:#79c0ff;color-scheme:dark}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,sans-serif}
main{padding:12px 16px;max-width:42em}h1{font-size:1.05em;margin:.2em 0 .4em}h2{font-size:.95em;margin:1em 0 .3em}
a{color:var(--link)}a:focus-visible{outline:2px solid var(--link);outline-offset:2px}
.status{display:inline-block;font-weight:600;border-radius:999px;padding:1px 10px;background:#eaeef2;color:#24292f}
.under_review{background:#fff4d6;color:#6b4300}.confirmed{background:#dafbe1;color:#0f5323}
.disputed{background:#ffe7cc;color:#7a3100}.refuted{background:#ffe0e0;color:#8e1519}
.mute{color:var(--mute)}ol,ul{padding-left:1.2em}li{margin:.3em 0}blockquote{margin:.3em 0;padding-left:.8em;border-left:3px solid var(--line)}`;

/**
 * The CSP source that lets the page's one stylesheet apply and nothing else: its hash, not a
 * nonce, so the same claim gives the same bytes and its strong ETag answers 304 to a revalidation.
 */
export const styleSource: Promise<string> = crypto.subtle
  .digest("SHA-256", new TextEncoder().encode(STYLE))
  .then((digest) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);

function Page(props: {
  title: string;
  theme: Theme;
  oembedUrl: string;
  jsonLd?: unknown;
  children: Child;
}) {
  return (
    <html lang="en" data-theme={props.theme}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link
          rel="alternate"
          type="application/json+oembed"
          href={props.oembedUrl}
          title={props.title}
        />
        <style>{raw(STYLE)}</style>
        {props.jsonLd ? (
          <script type="application/ld+json">{raw(jsonForScript(props.jsonLd))}</script>
        ) : null}
      </head>
      <body>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

function Status({ claim }: { claim: Pick<Claim, "status" | "status_label"> }) {
  return <span class={`status ${claim.status}`}>{claim.status_label}</span>;
}

/**
 * "Also checked: Refuted by AFP Fact Check — the matching claim": the best-scoring rated claim
 * of another article that matches this one (src/matching/summary.ts). An under-review label
 * already names its reviewer ("Under Turkish review"), so only the other statuses add "by …".
 */
function AlsoCheckedLine({ also, href }: { also: AlsoChecked; href: string }) {
  const by = also.reviewer && also.status !== "under_review" ? ` by ${also.reviewer.name}` : "";
  return (
    <span class="also">
      Also checked: <Status claim={also} />
      {by} —{" "}
      <a href={href} target="_blank" rel="noopener">
        the matching claim
      </a>
    </span>
  );
}

function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** The iframe page for one claim: its status, who claims it, where, and its whole trail. */
export function ClaimPage(props: {
  claim: Claim;
  article: ArticleInfo;
  history: ClaimEvent[];
  theme: Theme;
  oembedUrl: string;
  jsonLd: unknown;
  /** The best-scoring rated claim of another article that matches this one (src/matching). */
  alsoChecked: AlsoChecked | null;
  claimPageUrl: (id: string) => string;
}) {
  const { claim, article, alsoChecked } = props;
  return (
    <Page
      title={claimTitle(claim.status_label, claim.text, 80)}
      theme={props.theme}
      oembedUrl={props.oembedUrl}
      jsonLd={props.jsonLd}
    >
      <p>
        <Status claim={claim} />
      </p>
      <h1>“{claim.text}”</h1>
      <p class="mute">
        {claim.claimant ? (
          <>
            {claim.claimant.name}
            {claim.claimant.description ? `, ${claim.claimant.description}` : ""}
            {claim.verb ? ` (${claim.verb})` : ""} —{" "}
          </>
        ) : null}
        <a href={safeHref(article.url)} target="_blank" rel="noopener noreferrer">
          {article.title}
        </a>
        {article.outlet ? `, ${article.outlet}` : ""}
        {claim.in === "title" ? " (in the headline)" : ""}
      </p>
      {alsoChecked ? (
        <p>
          <AlsoCheckedLine also={alsoChecked} href={props.claimPageUrl(alsoChecked.claim_id)} />
        </p>
      ) : null}
      <h2>Status history</h2>
      <ol>
        {props.history.map((event) => (
          <li>
            <time datetime={event.created_at}>{dateTime(event.created_at)}</time>:{" "}
            <Status claim={{ status: event.to_status, status_label: event.status_label }} />
            {event.from_status === null ? " (recorded)" : ""}
            {event.note ? <blockquote>{event.note}</blockquote> : null}
            {event.evidence.length > 0 ? (
              <ul>
                {event.evidence.map((url) => (
                  <li>
                    <a href={safeHref(url)} target="_blank" rel="noopener noreferrer">
                      {url}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </Page>
  );
}

/** The iframe page for an article: each of its claims with its status. */
export function ArticlePage(props: {
  article: ArticleInfo;
  claims: (Claim & { already_checked: AlsoChecked | null })[];
  claimPageUrl: (id: string) => string;
  theme: Theme;
  oembedUrl: string;
}) {
  const { article } = props;
  return (
    <Page title={`Claims in: ${article.title}`} theme={props.theme} oembedUrl={props.oembedUrl}>
      <h1>
        <a href={safeHref(article.url)} target="_blank" rel="noopener noreferrer">
          {article.title}
        </a>
      </h1>
      {article.outlet ? <p class="mute">{article.outlet}</p> : null}
      {props.claims.length === 0 ? <p class="mute">No claims recorded for this article.</p> : null}
      <ul>
        {props.claims.map((claim) => (
          <li>
            <Status claim={claim} />{" "}
            {claim.in === "title" ? <span class="mute">Headline: </span> : null}
            {claim.claimant ? <span class="mute">{claim.claimant.name}: </span> : null}“{claim.text}
            ” —{" "}
            <a href={props.claimPageUrl(claim.id)} target="_blank" rel="noopener">
              history
            </a>
            {claim.already_checked ? (
              <>
                <br />
                <AlsoCheckedLine
                  also={claim.already_checked}
                  href={props.claimPageUrl(claim.already_checked.claim_id)}
                />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}
