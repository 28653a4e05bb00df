import { checkFetchableUrl } from "./url-guard";

export interface FetchPageOptions {
  /** The fetch to use; tests inject one so no request leaves the machine. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** The URL the page was finally read from, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

/** Why a page could not be fetched, in words a client can act on. */
export class PageFetchError extends Error {
  override readonly name = "PageFetchError";
}

const ACCEPTED_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/**
 * Fetches an article page on a client's behalf, defensively: every URL (the
 * first and each redirect) must pass `checkFetchableUrl`, redirects are followed
 * by hand up to a limit, the whole exchange has a deadline, and reading stops
 * past `maxBytes`. Only HTML and plain text are accepted.
 */
export async function fetchPage(
  input: string,
  options: FetchPageOptions = {},
): Promise<FetchedPage> {
  const {
    fetch: doFetch = fetch,
    timeoutMs = 8000,
    maxBytes = 2 * 1024 * 1024,
    maxRedirects = 5,
  } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = input;
  try {
    for (let hop = 0; ; hop++) {
      const refusal = checkFetchableUrl(url);
      if (refusal)
        throw new PageFetchError(
          `${hop === 0 ? "The URL" : `A redirect to ${url}`} is not fetched: ${refusal}`,
        );
      const response = await doFetch(url, {
        redirect: "manual",
        signal,
        headers: {
          Accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8",
          "User-Agent": "Claimtrail/1.0 (+fact-tracking)",
        },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new PageFetchError(`More than ${maxRedirects} redirects`);
        url = new URL(response.headers.get("location") ?? "", url).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new PageFetchError(`The page answered HTTP ${response.status}`);
      }
      const contentType = response.headers.get("content-type") ?? "text/html";
      if (!ACCEPTED_TYPES.test(contentType)) {
        await response.body?.cancel();
        throw new PageFetchError(`The page is ${contentType.split(";")[0]}, not HTML or text`);
      }
      const declared = Number(response.headers.get("content-length"));
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new PageFetchError(`The page is larger than ${maxBytes} bytes`);
      }
      return { url, contentType, body: decode(await readCapped(response, maxBytes), contentType) };
    }
  } catch (error) {
    if (error instanceof PageFetchError) throw error;
    if (signal.aborted) throw new PageFetchError(`The page did not answer within ${timeoutMs} ms`);
    throw new PageFetchError("The page could not be reached");
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new PageFetchError(`The page is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Decodes with the charset the headers or the page's own <meta> declare, else UTF-8. */
function decode(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const charset =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
