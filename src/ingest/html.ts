import { decodeHTML, decodeHTMLAttribute } from "entities/decode";

/** What a page says about itself, next to its main text. */
export interface ExtractedPage {
  /** The main article text: paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
}

/** Elements whose content is never article text. */
const DROPPED = new Set(
  (
    "script style noscript template svg canvas iframe object nav aside footer form button select " +
    "figure figcaption dialog menu"
  ).split(" "),
);
/** Class or id words that mark boilerplate blocks: navigation, sharing, promos, captions, related links. */
const BOILERPLATE =
  /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|footer|sidebar|related|recommended|share|sharing|social|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|sponsored|cookie|consent|comments?|caption|credit|byline|tags|read-?more|more-stories|most-popular|trending|paywall|modal|popup)([\s_-]|$)/i;
const HIDDEN_ROLES = /^(navigation|complementary|contentinfo|banner|dialog|alert)$/;
/** Elements after which the text breaks into a new paragraph. */
const BLOCKS = new Set(
  (
    "p div section article main header h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr td th " +
    "dd dt hr address"
  ).split(" "),
);

/** Runs `onEnd` at the element's end tag; false for void elements (<img>, <br>), which have none. */
function atEnd(element: Element, onEnd: () => void): boolean {
  try {
    element.onEndTag(onEnd);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the main article text of an HTML page with the platform's streaming
 * HTMLRewriter: scripts, styles, navigation, asides, figures and captions,
 * footers, forms, hidden and boilerplate-classed blocks are dropped; the text
 * inside `<article>` (else `<main>`, else the whole body) is kept, one paragraph
 * per block. Also reads the title, site name, author, publication time and
 * language from the usual meta tags.
 */
export async function extractMainText(html: string): Promise<ExtractedPage> {
  const scopes = { article: [] as string[], main: [] as string[], body: [] as string[] };
  const meta: Record<string, string> = {};
  let current = "";
  let skipDepth = 0;
  let articleDepth = 0;
  let mainDepth = 0;
  let inTitle = false;
  let documentTitle = "";
  let inH1 = false;
  let h1: string | null = null;
  let language: string | null = null;

  const flush = () => {
    const paragraph = current.replace(/\s+/g, " ").trim();
    current = "";
    if (!paragraph) return;
    scopes.body.push(paragraph);
    if (articleDepth > 0) scopes.article.push(paragraph);
    if (mainDepth > 0) scopes.main.push(paragraph);
  };

  // One handler for every element, so each element registers at most one end-tag
  // callback (registering a second one would replace the first).
  const rewriter = new HTMLRewriter()
    .on("*", {
      element(element) {
        const tag = element.tagName.toLowerCase();
        if (tag === "html") language = element.getAttribute("lang");
        if (tag === "meta") {
          const key = (
            element.getAttribute("property") ??
            element.getAttribute("name") ??
            ""
          ).toLowerCase();
          const content = element.getAttribute("content");
          if (key && content && !(key in meta)) meta[key] = decodeHTMLAttribute(content).trim();
          return;
        }
        if (tag === "br") {
          current += " ";
          return;
        }
        const role = element.getAttribute("role") ?? "";
        const marker = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
        const skip =
          DROPPED.has(tag) ||
          BOILERPLATE.test(marker) ||
          HIDDEN_ROLES.test(role) ||
          element.getAttribute("aria-hidden") === "true" ||
          element.hasAttribute("hidden");
        const block = BLOCKS.has(tag);
        const isArticle = tag === "article";
        const isMain = tag === "main" || role === "main";
        const isTitle = tag === "title";
        const isH1 = tag === "h1" && h1 === null && skipDepth === 0 && !skip;
        if (!(skip || block || isArticle || isMain || isTitle || isH1)) return;
        if (block) flush();
        const registered = atEnd(element, () => {
          if (block) flush();
          if (skip) skipDepth--;
          if (isArticle) articleDepth--;
          if (isMain) mainDepth--;
          if (isTitle) inTitle = false;
          if (isH1) inH1 = false;
        });
        if (!registered) return;
        if (skip) skipDepth++;
        if (isArticle) articleDepth++;
        if (isMain) mainDepth++;
        if (isTitle) inTitle = true;
        if (isH1) {
          inH1 = true;
          h1 = "";
        }
      },
    })
    .onDocument({
      text(chunk) {
        if (inTitle) {
          documentTitle += chunk.text;
          return;
        }
        if (skipDepth > 0) return;
        const text = decodeHTML(chunk.text);
        if (inH1) h1 = (h1 ?? "") + text;
        current += text;
      },
    });

  await rewriter
    .transform(new Response(html, { headers: { "Content-Type": "text/html" } }))
    .arrayBuffer();
  flush();

  const clean = (value: string | null | undefined) => {
    const text = value?.replace(/\s+/g, " ").trim();
    return text ? text : null;
  };
  return {
    text: pickScope(scopes).join("\n\n"),
    title: clean(meta["og:title"]) ?? clean(h1) ?? clean(decodeHTML(documentTitle)),
    outlet: clean(meta["og:site_name"]),
    author: clean(meta.author ?? meta["article:author"]),
    publishedAt: clean(meta["article:published_time"] ?? meta.date ?? meta["publish-date"]),
    language: clean(language),
  };
}

/** The narrowest scope that holds the story: `<article>`, then `<main>`, then the whole body. */
function pickScope(scopes: { article: string[]; main: string[]; body: string[] }): string[] {
  const size = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.length, 0);
  if (size(scopes.article) >= 200) return scopes.article;
  if (size(scopes.main) >= 200) return scopes.main;
  return scopes.body;
}
