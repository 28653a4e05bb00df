import { describe, expect, it } from "vitest";
import { ADMIN, call, json, seedArticle, setStatus } from "../helpers";

interface ChangePage {
  data: {
    id: string;
    claim_id: string;
    article_id: string;
    from_status: string | null;
    to_status: string;
    version: number;
  }[];
  next_cursor: string | null;
  resume_cursor: string;
}

async function latestCursor(): Promise<string> {
  let page = await json<ChangePage>(await call("GET", "/v1/changes?limit=100"));
  while (page.next_cursor)
    page = await json<ChangePage>(
      await call("GET", `/v1/changes?limit=100&after=${page.next_cursor}`),
    );
  return page.resume_cursor;
}

describe("GET /v1/changes", () => {
  it("returns every status event in commit order and resumes without gaps or repeats while writes go on", async () => {
    const start = await latestCursor();
    const article = await seedArticle(ADMIN, {
      claims: [{ text: "feed one" }, { text: "feed two" }],
    });
    const ids = article.claims.map((c) => c.id);
    const statuses = ["disputed", "confirmed", "refuted", "disputed"];

    // Read the feed in small pages while status changes keep landing.
    const seen: ChangePage["data"] = [];
    let cursor = start;
    const writer = (async () => {
      for (const status of statuses) {
        for (const id of ids) await setStatus(id, { status });
      }
    })();
    let writing = true;
    writer.then(() => {
      writing = false;
    });
    for (let rounds = 0; rounds < 500 && (writing || cursor); rounds++) {
      const page: ChangePage = await json(await call("GET", `/v1/changes?limit=3&after=${cursor}`));
      seen.push(...page.data);
      cursor = page.resume_cursor;
      if (!writing && page.next_cursor === null) break;
    }
    await writer;
    const final: ChangePage = await json(
      await call("GET", `/v1/changes?limit=100&after=${cursor}`),
    );
    seen.push(...final.data);

    const mine = seen.filter((e) => ids.includes(e.claim_id));
    expect(new Set(mine.map((e) => e.id)).size).toBe(mine.length); // no repeats
    expect(mine).toHaveLength(2 + statuses.length * 2); // creation + every change, no gaps
    for (const id of ids) {
      const trail = mine.filter((e) => e.claim_id === id);
      expect(trail.map((e) => e.version)).toEqual([1, 2, 3, 4, 5]);
      expect(trail.map((e) => e.to_status)).toEqual(["unverified", ...statuses]);
      expect(trail.every((e) => e.article_id === article.id)).toBe(true);
    }
  });

  it("keeps resume_cursor when nothing is new", async () => {
    const cursor = await latestCursor();
    const page = await json<ChangePage>(await call("GET", `/v1/changes?after=${cursor}`));
    expect(page.data).toEqual([]);
    expect(page.resume_cursor).toBe(cursor);
    expect(page.next_cursor).toBeNull();
  });

  it("rejects a malformed cursor with 400", async () => {
    expect((await call("GET", "/v1/changes?after=garbage")).status).toBe(400);
  });
});

describe("GET /feeds/changes.atom", () => {
  it("titles an entry with a long claim cut at a word, with an ellipsis", async () => {
    const text = `Feed ${crypto.randomUUID()} ${"the ministry reported fewer detentions in the provinces ".repeat(3)}`;
    const article = await seedArticle(ADMIN, { claims: [{ text }] });
    await setStatus(article.claims[0]?.id ?? "", { status: "disputed" });
    const feed = await (await call("GET", "/feeds/changes.atom")).text();
    const title = new RegExp(`<title>Disputed: (${text.slice(0, 41)}[^<]*)</title>`).exec(
      feed,
    )?.[1];
    expect(title).toMatch(/[a-z]…$/);
    const kept = title?.slice(0, -1) ?? "";
    expect(kept.length).toBeLessThanOrEqual(140);
    expect(text.startsWith(`${kept} `)).toBe(true);
  });

  it("is a well-formed Atom feed of recent status changes", async () => {
    const article = await seedArticle(ADMIN, {
      claims: [{ text: `Atom <check> & "quotes" ${crypto.randomUUID()}` }],
    });
    const claim = article.claims[0];
    await setStatus(claim?.id ?? "", {
      status: "refuted",
      note: "Control char \u0001 and <b>markup</b>",
      evidence: ["https://data.example.org/x?a=1&b=2"],
    });
    const res = await call("GET", "/feeds/changes.atom");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/atom\+xml/);
    const feed = await res.text();
    expect(feed).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    for (const required of ["<id>", "<title>", "<updated>", '<link rel="self"'])
      expect(feed).toContain(required);
    expect(feed).toContain("Refuted: Atom &lt;check&gt; &amp; &quot;quotes&quot;");
    expect(feed).toContain("&lt;b&gt;markup&lt;/b&gt;");
    expect(feed).not.toContain("\u0001");
    expect(feed).toContain(`/embed/claims/${claim?.id}`);
    // Balanced entries, each with the elements Atom requires.
    const entries = feed.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      for (const element of ["<id>", "<title>", "<updated>", "<author><name>"])
        expect(entry).toContain(element);
    }
    expect(feed.match(/<entry>/g)?.length).toBe(feed.match(/<\/entry>/g)?.length);
  });
});
