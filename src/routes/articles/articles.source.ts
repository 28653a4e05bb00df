import type { z } from "@hono/zod-openapi";
import { fetchPage, PageFetchError } from "../../ingest/fetch-page";
import { type ExtractedPage, extractMainText } from "../../ingest/html";
import { ApiError } from "../../lib/problem";
import type { CreateArticleSchema } from "./articles.routes";

type ArticleInput = z.infer<typeof CreateArticleSchema>;

/** The article text and what the page says about itself. */
export type ArticleSource = Omit<ExtractedPage, "text"> & { body: string };

/**
 * Where a new article's text comes from: the client's `body`, else the main text
 * of its `html`, else the page at `url`, fetched through the guarded fetcher.
 */
export async function resolveArticleSource(
  input: ArticleInput,
  outboundFetch: typeof fetch,
): Promise<ArticleSource> {
  if (input.body !== undefined) {
    return {
      body: input.body,
      title: null,
      outlet: null,
      author: null,
      publishedAt: null,
      language: null,
    };
  }
  let page: ExtractedPage;
  if (input.html !== undefined) {
    page = await extractMainText(input.html);
  } else {
    let fetched: Awaited<ReturnType<typeof fetchPage>>;
    try {
      fetched = await fetchPage(input.url, { fetch: outboundFetch });
    } catch (error) {
      if (error instanceof PageFetchError) {
        throw new ApiError("url_not_fetchable", `Could not read ${input.url}: ${error.message}`, {
          errors: [{ field: "url", pointer: "/url", message: error.message }],
        });
      }
      throw error;
    }
    page = /^text\/plain/i.test(fetched.contentType)
      ? {
          text: fetched.body.trim(),
          title: null,
          outlet: null,
          author: null,
          publishedAt: null,
          language: null,
        }
      : await extractMainText(fetched.body);
  }
  if (page.text.length === 0) {
    throw new ApiError(
      "no_article_text",
      "No article text was found in the page; send the text as `body`",
    );
  }
  const { text, ...about } = page;
  return { body: text.slice(0, 500_000), ...about };
}
