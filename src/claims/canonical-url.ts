/** Query parameters that only track the visit and never change the article. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|yclid|ocid|cmpid)$/i;

/**
 * The form of an article URL used to recognise the same article: lower-case
 * scheme and host, no default port, no fragment, no tracking parameters, the
 * remaining query parameters sorted, and no trailing slash except on the root.
 *
 * @example canonicalUrl("HTTPS://News.Example.com/a/b/?utm_source=x&id=2#top") // "https://news.example.com/a/b?id=2"
 */
export function canonicalUrl(input: string): string {
  const url = new URL(input);
  url.hash = "";
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, "");
  const kept = [...url.searchParams].filter(([name]) => !TRACKING.test(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, "") || "/";
  return url.href;
}
