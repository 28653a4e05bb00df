import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/index";
import { fetchPage } from "../../src/ingest/fetch-page";
import { NEWS_PAGE } from "../fixtures-html";
import { ADMIN, type ArticleJson, call, json, snapshot, uniqueUrl } from "../helpers";

/** A fake web: answers from a table and records every URL asked for. Nothing leaves the test. */
function fakeWeb(pages: Record<string, () => Response>) {
  const requested: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    requested.push(url);
    const page = pages[url];
    return page ? page() : new Response("not found", { status: 404 });
  }) as typeof fetch;
  return { fetcher, requested };
}

function post(app: ReturnType<typeof buildApp>, body: unknown) {
  return app.request(
    "/v1/articles",
    {
      method: "POST",
      headers: { Authorization: `Bearer ${ADMIN}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    },
    env,
  );
}

const html =
  (body: string, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { headers: { "Content-Type": "text/html; charset=utf-8", ...headers } });

describe("POST /v1/articles from html", () => {
  it("stores the page's main text and takes the title, outlet and author from it", async () => {
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("html"),
        html: NEWS_PAGE,
        extract: false,
        claims: [{ text: "€40 million a day" }],
      },
    });
    expect(res.status).toBe(201);
    const article = await json<ArticleJson & Record<string, unknown>>(res);
    expect(article).toMatchObject({
      title: "Port strike ends after nine days of talks",
      outlet: "Harbour Times",
      author: "Mara Lindqvist",
      published_at: "2026-10-02T06:15:00.000Z",
      language: "en-GB",
    });
    expect(article.body).toContain("Union leader Pieter de Vries said");
    expect(article.body).not.toContain("Credit: Port Authority");
    const claim = article.claims[0];
    expect(article.body.slice(claim?.span?.start, claim?.span?.end)).toBe("€40 million a day");
  });

  it("keeps a page's lang in its canonical case, reading en_US as en-US", async () => {
    const languages = [];
    for (const lang of ["EN_us", "pt-br", "english"]) {
      const res = await call("POST", "/v1/articles", {
        key: ADMIN,
        body: {
          url: uniqueUrl("lang"),
          html: `<html lang="${lang}"><head><title>Port strike ends</title></head><body><p>x</p></body></html>`,
          extract: false,
        },
      });
      expect(res.status).toBe(201);
      languages.push((await json<{ language: string | null }>(res)).language);
    }
    // "english" is no language tag: the text (one letter) tells nothing either.
    expect(languages).toEqual(["en-US", "pt-BR", null]);
  });

  it("titles a page that has no title of its own by its first line, cut at a word", async () => {
    const first = `${"The harbour board met again on Tuesday ".repeat(4)}and agreed nothing.`;
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl("untitled"),
        html: `<html><body><p>${first}</p><p>The talks resume next week.</p></body></html>`,
        extract: false,
      },
    });
    expect(res.status).toBe(201);
    const { title } = await json<{ title: string }>(res);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith("…")).toBe(true);
    expect(first.startsWith(title.slice(0, -1))).toBe(true);
    expect(first[title.length - 1]).toBe(" ");
  });

  it("takes a short first line whole as the title", async () => {
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: { url: uniqueUrl("untitled"), html: "said", extract: false },
    });
    expect(res.status).toBe(201);
    expect((await json<{ title: string }>(res)).title).toBe("said");
  });

  it("answers 422 no_article_text for a page without text, storing nothing", async () => {
    const before = await snapshot();
    const res = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: {
        url: uniqueUrl(),
        title: "t",
        html: "<html><body><nav>Menu</nav><script>x()</script></body></html>",
      },
    });
    expect(res.status).toBe(422);
    expect((await json<{ type: string }>(res)).type).toMatch(/no_article_text$/);
    expect(await snapshot()).toBe(before);
  });
});

describe("POST /v1/articles from a URL alone", () => {
  it("fetches the page through the injected fetch and stores its text", async () => {
    const url = uniqueUrl("fetched");
    const web = fakeWeb({ [url]: html(NEWS_PAGE) });
    const res = await post(buildApp({ fetch: web.fetcher }), { url, extract: false });
    expect(res.status).toBe(201);
    const article = await json<ArticleJson & { title: string }>(res);
    expect(article.title).toBe("Port strike ends after nine days of talks");
    expect(article.body).toContain("€40 million a day");
    expect(web.requested).toEqual([url]);
  });

  it("does not fetch again for an article it already has", async () => {
    const url = uniqueUrl("again");
    const web = fakeWeb({ [url]: html(NEWS_PAGE) });
    const app = buildApp({ fetch: web.fetcher });
    expect((await post(app, { url })).status).toBe(201);
    expect((await post(app, { url: `${url}?utm_source=feed` })).status).toBe(200);
    expect(web.requested).toEqual([url]);
  });

  it.each([
    ["a loopback address", "http://127.0.0.1/story", [] as string[]],
    ["the cloud metadata address", "http://169.254.169.254/latest/meta-data/", []],
    ["a private address", "http://10.0.0.7/story", []],
    ["localhost", "http://localhost/story", []],
  ])("refuses %s without fetching it", async (_, url, requested) => {
    const web = fakeWeb({});
    const before = await snapshot();
    const res = await post(buildApp({ fetch: web.fetcher }), { url, title: "x" });
    expect(res.status).toBe(422);
    const problem = await json<{ type: string; errors: { field: string }[] }>(res);
    expect(problem.type).toMatch(/url_not_fetchable$/);
    expect(problem.errors[0]?.field).toBe("url");
    expect(web.requested).toEqual(requested);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a redirect to a private address", async () => {
    const url = uniqueUrl("redirect");
    const web = fakeWeb({
      [url]: () =>
        new Response(null, { status: 302, headers: { Location: "http://192.168.0.1/admin" } }),
    });
    const res = await post(buildApp({ fetch: web.fetcher }), { url });
    expect(res.status).toBe(422);
    expect((await json<{ detail: string }>(res)).detail).toContain("redirect");
    expect(web.requested).toEqual([url]);
  });

  it("follows public redirects", async () => {
    const url = uniqueUrl("moved");
    const target = uniqueUrl("target");
    const web = fakeWeb({
      [url]: () => new Response(null, { status: 301, headers: { Location: target } }),
      [target]: html(NEWS_PAGE),
    });
    const res = await post(buildApp({ fetch: web.fetcher }), { url });
    expect(res.status).toBe(201);
    expect(web.requested).toEqual([url, target]);
  });

  it.each([
    ["an error status", () => new Response("gone", { status: 410 }), "HTTP 410"],
    [
      "a PDF",
      () => new Response("%PDF", { headers: { "Content-Type": "application/pdf" } }),
      "application/pdf",
    ],
    ["a page over the size limit", html("x".repeat(3 * 1024 * 1024)), "larger than"],
  ])("answers 422 for %s", async (_, page, detail) => {
    const url = uniqueUrl();
    const res = await post(buildApp({ fetch: fakeWeb({ [url]: page }).fetcher }), { url });
    expect(res.status).toBe(422);
    expect((await json<{ detail: string }>(res)).detail).toContain(detail);
  });
});

describe("fetchPage", () => {
  it("stops following a redirect loop", async () => {
    const url = "https://loop.example.com/a";
    const web = fakeWeb({
      [url]: () => new Response(null, { status: 302, headers: { Location: url } }),
    });
    await expect(fetchPage(url, { fetch: web.fetcher, maxRedirects: 3 })).rejects.toThrow(
      /More than 3 redirects/,
    );
    expect(web.requested).toHaveLength(4);
  });

  it("gives up after its deadline", async () => {
    const slow = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      })) as typeof fetch;
    await expect(
      fetchPage("https://slow.example.com/", { fetch: slow, timeoutMs: 50 }),
    ).rejects.toThrow(/within 50 ms/);
  });

  it("decodes the charset the page declares", async () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]); // "Café" in ISO-8859-1
    const web = fakeWeb({
      "https://old.example.com/": () =>
        new Response(latin1, { headers: { "Content-Type": "text/html; charset=iso-8859-1" } }),
    });
    const page = await fetchPage("https://old.example.com/", { fetch: web.fetcher });
    expect(page.body).toBe("Café");
  });
});
