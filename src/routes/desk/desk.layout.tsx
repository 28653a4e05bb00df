import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { raw } from "hono/utils/html";
import type { ClaimStatus } from "../../claims/status";
import type { AppEnv, Principal } from "../../env";

/**
 * The desk's styles. Status colours are the widget's (src/embed/widget.client.js); every
 * text colour has a contrast of at least 4.5:1 on its background.
 */
const STYLE = `:root{--bg:#fff;--fg:#1f2328;--mute:#57606a;--line:#d0d7de;--link:#0550ae;--panel:#f6f8fa;--focus:#0550ae;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--link)}a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:8px;background:var(--bg);padding:6px 10px;z-index:2}.skip:focus{left:8px}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding:10px 16px;border-bottom:1px solid var(--line);background:var(--panel)}
header.top .brand{font-weight:700;font-size:1.05em;color:var(--fg);text-decoration:none;margin-right:auto}
header.top form{margin:0}.who{color:var(--mute);font-size:.92em}
main{padding:16px;max-width:72em;margin:0 auto}
h1{font-size:1.45em;line-height:1.3;margin:.2em 0 .5em}h2{font-size:1.12em;margin:1.4em 0 .5em}
button,.button{font:inherit;font-weight:600;border-radius:6px;border:1px solid #0550ae;background:#0550ae;color:#fff;padding:7px 14px;cursor:pointer;text-decoration:none;display:inline-block}
button.quiet{background:var(--bg);color:#0550ae}
input,select,textarea{font:inherit;color:var(--fg);background:var(--bg);border:1px solid #6e7781;border-radius:6px;padding:6px 8px;max-width:100%}
textarea{width:100%;min-height:5em}
label{font-weight:600;display:block;margin:.9em 0 .25em}
.hint{color:var(--mute);font-size:.9em;margin:.15em 0 0}
.field-error{color:#a40e26;font-weight:600;margin:.25em 0 0}
[aria-invalid=true]{border-color:#a40e26;border-width:2px}
.status{display:inline-block;font-weight:600;border-radius:999px;padding:1px 10px;background:#eaeef2;color:#24292f;white-space:nowrap}
.status.under_review{background:#fff4d6;color:#6b4300}.status.confirmed{background:#dafbe1;color:#0f5323}
.status.disputed{background:#ffe7cc;color:#7a3100}.status.refuted{background:#ffe0e0;color:#8e1519}
.mute{color:var(--mute)}
.filters{display:flex;flex-wrap:wrap;gap:0 16px;align-items:flex-end;padding:4px 12px 12px;border:1px solid var(--line);border-radius:8px;background:var(--panel)}
.filters div{flex:1 1 12em}.filters input,.filters select{width:100%}.filters button{margin-top:12px}.filters .hint{flex-basis:100%;margin-top:8px}
ol.queue{list-style:none;padding:0;margin:1em 0}
ol.queue li{border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin:0 0 10px}
ol.queue a.claim{font-weight:600;font-size:1.05em;line-height:1.4}
.meta{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center;margin-top:6px;font-size:.92em;color:var(--mute)}
.pages{display:flex;gap:16px;margin:1em 0}
.notice{border:2px solid var(--line);border-radius:8px;padding:10px 14px;margin:1em 0;background:var(--panel)}
.notice h2{margin-top:.2em}.notice.ok{border-color:#1a7f37}.notice.bad{border-color:#a40e26}
.layout{display:grid;gap:0 32px}
@media (min-width:960px){.layout{grid-template-columns:minmax(0,1fr) 24em}.layout .side{grid-column:2;grid-row:1 / span 3}}
.side section{border:1px solid var(--line);border-radius:8px;padding:4px 16px 16px;margin:1em 0;background:var(--panel)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:.5em 0}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.article{white-space:pre-wrap;overflow-wrap:anywhere;border-left:3px solid var(--line);padding:2px 0 2px 14px;max-width:44em}
mark{color:var(--fg);border-radius:3px}mark.this{background:#ffd33d;padding:1px 2px;font-weight:600}mark.other{background:#ddf4ff}
ol.history{padding-left:1.3em}ol.history li{margin:.6em 0}
blockquote{margin:.3em 0;padding-left:.8em;border-left:3px solid var(--line)}
@media (max-width:480px){main{padding:12px}h1{font-size:1.25em}dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:6px}}`;

/** Security headers of every desk page: its own styles only, no script, no framing, no caching. */
export function deskHeaders(c: Context<AppEnv>, nonce: string): void {
  c.header(
    "Content-Security-Policy",
    `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  );
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "same-origin");
}

export const newNonce = () => crypto.randomUUID().replaceAll("-", "");

/** The page shell: a banner with the signed-in key and Sign out, the main landmark, and a skip link. */
export function DeskPage(props: {
  title: string;
  nonce: string;
  signedIn?: { principal: Principal; csrfToken: string } | undefined;
  children: Child;
}) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{`${props.title} · Claimtrail desk`}</title>
        <style nonce={props.nonce}>{raw(STYLE)}</style>
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <a class="brand" href="/desk">
            Claimtrail desk
          </a>
          {props.signedIn ? (
            <>
              <span class="who">
                Signed in as {props.signedIn.principal.name} ({props.signedIn.principal.role})
              </span>
              <form method="post" action="/desk/logout">
                <input type="hidden" name="csrf" value={props.signedIn.csrfToken} />
                <button type="submit" class="quiet">
                  Sign out
                </button>
              </form>
            </>
          ) : null}
        </header>
        <main id="main">{props.children}</main>
      </body>
    </html>
  );
}

export function StatusBadge(props: { status: ClaimStatus; label: string }) {
  return <span class={`status ${props.status}`}>{props.label}</span>;
}

/** Only http(s) links are links: stored text never becomes a `javascript:` URL. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** A page with one message (not found, too many requests, a refused form). */
export function MessagePage(props: {
  title: string;
  nonce: string;
  children: Child;
  signedIn?: { principal: Principal; csrfToken: string } | undefined;
}) {
  return (
    <DeskPage title={props.title} nonce={props.nonce} signedIn={props.signedIn}>
      <h1>{props.title}</h1>
      {props.children}
      <p>
        <a href="/desk">Back to the queue</a>
      </p>
    </DeskPage>
  );
}
