// @ts-check
// Claimtrail embed widget, served at /widget.js. Plain browser JavaScript, no
// dependencies. Every <div data-claimtrail-claim="ID"> becomes a status badge and
// every <div data-claimtrail-article="ID"> the list of that article's claims.
// Options, as attributes on the div: data-claimtrail-theme="light|dark" (default:
// the reader's colour scheme) and data-claimtrail-refresh="<seconds>" (default 60,
// 0 to never refresh). Text from the API is only ever set as text, never as HTML.
(() => {
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  const api = new URL(script?.src || "/widget.js", location.href).origin;
  const CLAIM = "data-claimtrail-claim";
  const ARTICLE = "data-claimtrail-article";
  const mounted = new WeakSet();
  /**
   * The fields of the API's Claim (GET /v1/claims/{id}) the widget reads.
   * @typedef {{ claim_id: string, status: string, status_label: string,
   *   reviewer: { name: string } | null }} AlsoChecked
   * @typedef {{ id: string, version: number, status: string, status_label: string,
   *   text: string, in: string, span: { start: number } | null,
   *   claimant: { name: string } | null, already_checked: AlsoChecked | null }} Claim
   */
  // The newest D1 bookmark any answer carried: sent back, so no refresh shows an older state
  // than one already shown (bookmarks of one database sort by time as strings).
  let bookmark = "";

  const css = `:host{display:block;font:14px/1.4 system-ui,sans-serif;--bg:#fff;--fg:#1f2328;--mute:#57606a;--line:#d0d7de;--link:#0550ae}
:host([data-claimtrail-theme=dark]){--bg:#0d1117;--fg:#e6edf3;--mute:#9da7b3;--line:#30363d;--link:#79c0ff}
@media (prefers-color-scheme:dark){:host(:not([data-claimtrail-theme=light])){--bg:#0d1117;--fg:#e6edf3;--mute:#9da7b3;--line:#30363d;--link:#79c0ff}}
.box{background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:0;max-width:40em}
ul{list-style:none;margin:0;padding:0}li+li{border-top:1px solid var(--line);margin-top:8px;padding-top:8px}
.status{display:inline-block;font-weight:600;border-radius:999px;padding:1px 10px;background:#eaeef2;color:#24292f}
[data-status=under_review]>.status{background:#fff4d6;color:#6b4300}[data-status=confirmed]>.status{background:#dafbe1;color:#0f5323}
[data-status=disputed]>.status{background:#ffe7cc;color:#7a3100}[data-status=refuted]>.status{background:#ffe0e0;color:#8e1519}
.who{color:var(--mute);margin-left:6px}.also{display:block;margin:4px 0}.text{display:block;margin:4px 0}a{color:var(--link)}a:focus-visible{outline:2px solid var(--link);outline-offset:2px}`;

  /**
   * @param {string} tag
   * @param {string} [className]
   * @param {string} [text]
   */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * At most 140 characters, cut between words, without quote marks of its own
   * (the badge adds them: a quoted claim would otherwise end `had.""`).
   * @param {string} text
   */
  function excerpt(text) {
    const bare = text.trim().replace(/^["“”'‘]+|["“”'’]+$/gu, "");
    if (bare.length <= 140) return bare;
    const cut = bare.slice(0, 140);
    const space = cut.search(/\s\S*$/u);
    const head = space > 80 ? cut.slice(0, space) : cut.slice(0, 139);
    return `${head.replace(/[\s,;:.—–-]+$/u, "")}…`;
  }

  /**
   * One claim as a badge: status label, claimant, an excerpt and a link to its history.
   * @param {Claim} claim
   */
  function badge(claim) {
    const item = el("div", "claim");
    item.dataset.status = String(claim.status);
    const status = el("span", "status", String(claim.status_label));
    item.append(status);
    if (claim.claimant?.name) item.append(el("span", "who", String(claim.claimant.name)));
    item.append(el("span", "text", `“${excerpt(String(claim.text))}”`));
    const link = /** @type {HTMLAnchorElement} */ (el("a", "", "Status history"));
    link.href = `${api}/embed/claims/${encodeURIComponent(claim.id)}`;
    link.target = "_blank";
    link.rel = "noopener";
    link.setAttribute("aria-label", `Status history of the claim: ${excerpt(String(claim.text))}`);
    item.append(link);
    const also = claim.already_checked;
    if (also) item.append(alsoChecked(also));
    return item;
  }

  /**
   * "Also checked: Refuted by AFP Fact Check — the matching claim": the best rated claim of
   * another article that matches this one. An under-review label names its reviewer already.
   * @param {AlsoChecked} also
   */
  function alsoChecked(also) {
    const line = el("span", "also", "Also checked: ");
    line.dataset.status = String(also.status);
    line.append(el("span", "status", String(also.status_label)));
    const by = also.status !== "under_review" ? also.reviewer?.name : undefined;
    if (by) line.append(` by ${String(by)}`);
    line.append(" — ");
    const link = /** @type {HTMLAnchorElement} */ (el("a", "", "the matching claim"));
    link.href = `${api}/embed/claims/${encodeURIComponent(also.claim_id)}`;
    link.target = "_blank";
    link.rel = "noopener";
    link.setAttribute("aria-label", `The matching claim of another article, ${also.status_label}`);
    line.append(link);
    return line;
  }

  /** @param {string} path */
  async function load(path) {
    /** @type {Record<string, string>} */
    const headers = { Accept: "application/json" };
    if (bookmark) headers["X-D1-Bookmark"] = bookmark;
    // Every refresh reads the current state from the API, never from the browser's cache.
    const response = await fetch(api + path, { cache: "no-store", headers });
    const seen = response.headers.get("X-D1-Bookmark");
    if (seen && seen > bookmark) bookmark = seen;
    if (!response.ok) throw new Error(String(response.status));
    return response.json();
  }

  /** @param {HTMLElement} host */
  function mount(host) {
    if (mounted.has(host)) return;
    mounted.add(host);
    const root = host.shadowRoot || host.attachShadow({ mode: "open" });
    const style = el("style", "", css);
    const box = el("section", "box");
    box.setAttribute("aria-live", "polite");
    box.setAttribute("aria-busy", "true");
    box.setAttribute("aria-label", "Fact-check status");
    box.append(el("span", "who", "Loading claim status…"));
    root.replaceChildren(style, box);

    const claimId = host.getAttribute(CLAIM);
    const articleId = host.getAttribute(ARTICLE);
    let shown = "";
    const refresh = async () => {
      try {
        /** @type {Claim[]} */
        let claims;
        if (claimId) claims = [await load(`/v1/claims/${encodeURIComponent(claimId)}`)];
        else {
          const page = await load(
            `/v1/claims?article_id=${encodeURIComponent(articleId || "")}&limit=100`,
          );
          // Reading order: the title's claim, then by place in the body, then the rest.
          const at = (/** @type {Claim} */ c) => (c.in === "title" ? -1 : (c.span?.start ?? 1e12));
          claims = page.data.sort(
            (/** @type {Claim} */ a, /** @type {Claim} */ b) => at(a) - at(b),
          );
        }
        // A matched claim rated elsewhere changes what a badge shows, not the claim's version.
        const key = claims
          .map(
            (c) =>
              `${c.id}:${c.version}:${c.already_checked?.claim_id}:${c.already_checked?.status_label}`,
          )
          .join();
        if (key === shown) return;
        shown = key;
        if (claimId) box.replaceChildren(badge(claims[0]));
        else if (claims.length === 0)
          box.replaceChildren(el("span", "who", "No claims recorded for this article."));
        else {
          const list = el("ul");
          for (const claim of claims) {
            const item = el("li");
            item.append(badge(claim));
            list.append(item);
          }
          box.replaceChildren(list);
        }
      } catch (error) {
        if (shown) return; // keep the last good status on a passing failure
        const missing = error instanceof Error && error.message === "404";
        box.replaceChildren(
          el("span", "who", missing ? "Claim not found." : "Claim status unavailable."),
        );
      } finally {
        box.setAttribute("aria-busy", "false");
      }
    };
    refresh();
    const seconds = Number(host.getAttribute("data-claimtrail-refresh") ?? 60);
    if (seconds > 0) {
      setInterval(
        () => document.visibilityState !== "hidden" && refresh(),
        Math.max(seconds, 2) * 1000,
      );
    }
  }

  function scan() {
    for (const host of document.querySelectorAll(`[${CLAIM}],[${ARTICLE}]`))
      mount(/** @type {HTMLElement} */ (host));
  }

  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
