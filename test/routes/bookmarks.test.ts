import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ADMIN, BASE, call, json, seedArticle, snapshot, uniqueUrl } from "../helpers";

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;

function bookmarkOf(response: Response): string {
  const bookmark = response.headers.get("x-d1-bookmark");
  expect(bookmark).toMatch(BOOKMARK);
  return bookmark as string;
}

async function setStatus(id: string, status: string, version: number) {
  return call("POST", `/v1/claims/${id}/status`, {
    key: ADMIN,
    headers: { "If-Match": `"v${version}"` },
    body: { status, note: "bookmark test" },
  });
}

describe("D1 sessions and x-d1-bookmark", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a write's bookmark, sent with a read, reads the write", async () => {
    const article = await seedArticle(ADMIN);
    const id = article.claims[0]?.id as string;
    const before = await call("GET", `/v1/claims/${id}`);
    const readBookmark = bookmarkOf(before);

    const write = await setStatus(id, "refuted", 1);
    expect(write.status).toBe(200);
    const writeBookmark = bookmarkOf(write);
    // Bookmarks of one database sort by time as strings: the cache's freshness test rests on it.
    expect(writeBookmark > readBookmark).toBe(true);

    const after = await call("GET", `/v1/claims/${id}`, {
      headers: { "x-d1-bookmark": writeBookmark },
    });
    expect(after.status).toBe(200);
    expect((await json<{ status: string; version: number }>(after)).status).toBe("refuted");
    expect(bookmarkOf(after) >= writeBookmark).toBe(true);
  });

  it("a cached copy older than the client's bookmark is not served to it (the write's purge missed this location)", async () => {
    const article = await seedArticle(ADMIN);
    const id = article.claims[0]?.id as string;
    const url = `${BASE}/v1/claims/${id}`;
    const first = await call("GET", `/v1/claims/${id}`);
    const oldBookmark = bookmarkOf(first);
    const oldBody = await first.text();

    const write = await setStatus(id, "confirmed", 1);
    const writeBookmark = bookmarkOf(write);
    // What a location the purge did not reach still holds: the copy read before the write.
    await caches.default.put(
      new Request(url),
      new Response(oldBody, {
        headers: {
          "Content-Type": "application/json",
          "Cache-Control": "public, max-age=60",
          "x-d1-bookmark": oldBookmark,
        },
      }),
    );

    const anyone = await call("GET", `/v1/claims/${id}`);
    expect(anyone.headers.get("X-Cache")).toBe("HIT");
    expect((await json<{ status: string }>(anyone)).status).toBe("unverified");
    expect(anyone.headers.get("x-d1-bookmark")).toBe(oldBookmark);

    const writer = await call("GET", `/v1/claims/${id}`, {
      headers: { "x-d1-bookmark": writeBookmark },
    });
    expect(writer.headers.get("X-Cache")).toBe("MISS");
    expect((await json<{ status: string }>(writer)).status).toBe("confirmed");

    // The fresh answer replaced the copy; a reader holding the old bookmark gets it from cache.
    const later = await call("GET", `/v1/claims/${id}`, {
      headers: { "x-d1-bookmark": oldBookmark },
    });
    expect(later.headers.get("X-Cache")).toBe("HIT");
    expect((await json<{ status: string }>(later)).status).toBe("confirmed");
  });

  it("reads start anywhere unless the client sent a bookmark; writes start at the primary", async () => {
    const article = await seedArticle(ADMIN);
    const id = article.claims[0]?.id as string;
    const spy = vi.spyOn(env.DB, "withSession");
    await (await call("GET", `/v1/claims?article_id=${article.id}&n=1`)).arrayBuffer();
    const read = await call("GET", `/v1/articles/${article.id}`);
    const bookmark = bookmarkOf(read);
    await (
      await call("GET", `/v1/claims?article_id=${article.id}&n=2`, {
        headers: { "x-d1-bookmark": bookmark },
      })
    ).arrayBuffer();
    await (await setStatus(id, "disputed", 1)).arrayBuffer();
    expect(spy.mock.calls.map((args) => args[0])).toEqual([
      "first-unconstrained",
      "first-unconstrained",
      bookmark,
      "first-primary",
    ]);
  });

  it("every response that read D1 carries the bookmark, 304s and problems included", async () => {
    const article = await seedArticle(ADMIN);
    const list = await call("GET", `/v1/claims?article_id=${article.id}&limit=5`);
    bookmarkOf(list);
    const etag = list.headers.get("ETag") as string;
    const notModified = await call("GET", `/v1/claims?article_id=${article.id}&limit=5`, {
      headers: { "If-None-Match": etag },
    });
    expect(notModified.status).toBe(304);
    bookmarkOf(notModified);
    const missing = await call("GET", "/v1/articles/art_missing");
    expect(missing.status).toBe(404);
    bookmarkOf(missing);
    const created = await call("POST", "/v1/articles", {
      key: ADMIN,
      body: { url: uniqueUrl(), title: "Bookmarks", body: "The mayor said the bridge is open." },
    });
    expect(created.status).toBe(201);
    bookmarkOf(created);
  });

  it.each([
    ["GET", "/v1/claims"],
    ["GET", "/v1/claims/clm_whatever"],
    ["POST", "/v1/articles"],
  ])("a malformed bookmark on %s %s is a 400 problem and changes nothing", async (method, path) => {
    for (const bad of ["garbage", "first-primary", `${"0".repeat(8)}-${"0".repeat(8)}`, "ZZ"]) {
      const before = await snapshot();
      const res = await call(method, path, {
        key: method === "POST" ? ADMIN : null,
        headers: { "x-d1-bookmark": bad },
        body:
          method === "POST"
            ? { url: uniqueUrl(), title: "No", body: "The minister said no." }
            : undefined,
      });
      expect(res.status).toBe(400);
      expect(res.headers.get("Content-Type")).toContain("application/problem+json");
      const problem = await json<{ type: string; errors: { field: string }[] }>(res);
      expect(problem.type).toMatch(/\/problems\/bad_request$/);
      expect(problem.errors[0]?.field).toBe("x-d1-bookmark");
      expect(await snapshot()).toBe(before);
    }
  });

  it("a malformed bookmark is refused even where the edge cache would answer", async () => {
    const article = await seedArticle(ADMIN);
    const path = `/v1/claims/${article.claims[0]?.id}`;
    await (await call("GET", path)).arrayBuffer();
    expect((await call("GET", path)).headers.get("X-Cache")).toBe("HIT");
    const res = await call("GET", path, { headers: { "x-d1-bookmark": "not-a-bookmark" } });
    expect(res.status).toBe(400);
  });

  it("CORS lets browsers send the header and read it", async () => {
    const preflight = await call("OPTIONS", "/v1/claims/clm_x", {
      headers: {
        Origin: "https://site.example.org",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "x-d1-bookmark",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Headers")?.toLowerCase()).toContain(
      "x-d1-bookmark",
    );
    const article = await seedArticle(ADMIN);
    const res = await call("GET", `/v1/articles/${article.id}`, {
      headers: { Origin: "https://site.example.org" },
    });
    expect(res.headers.get("Access-Control-Expose-Headers")?.toLowerCase()).toContain(
      "x-d1-bookmark",
    );
    bookmarkOf(res);
  });
});
