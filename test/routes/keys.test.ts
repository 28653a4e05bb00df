import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ADMIN, call, createKey, json, snapshot } from "../helpers";

async function sha256(value: string) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

describe("POST /v1/keys", () => {
  it("creates a key, shows the secret once and stores only its SHA-256", async () => {
    const res = await call("POST", "/v1/keys", {
      key: ADMIN,
      body: { name: "scraper", role: "submitter" },
    });
    expect(res.status).toBe(201);
    const body = await json<{
      id: string;
      key: string;
      name: string;
      role: string;
      created_at: string;
    }>(res);
    expect(body).toMatchObject({ name: "scraper", role: "submitter" });
    expect(body.key).toMatch(/^ct_/);
    expect(res.headers.get("Location")).toBe(`/v1/keys/${body.id}`);

    const row = await env.DB.prepare("SELECT * FROM api_keys WHERE id = ?")
      .bind(body.id)
      .first<Record<string, string>>();
    expect(row?.key_hash).toBe(await sha256(body.key));
    expect(Object.values(row ?? {})).not.toContain(body.key);

    // The new key works at once for its role.
    const use = await call("GET", "/v1/articles", { key: body.key });
    expect(use.status).toBe(200);
  });

  it("rejects an unknown role and a missing name with errors naming each field", async () => {
    const before = await snapshot();
    const res = await call("POST", "/v1/keys", { key: ADMIN, body: { role: "superuser" } });
    expect(res.status).toBe(422);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    const problem = await json<{ errors: { field: string }[] }>(res);
    expect(problem.errors.map((e) => e.field).sort()).toEqual(["name", "role"]);
    expect(await snapshot()).toBe(before);
  });
});

describe("GET /v1/keys", () => {
  it("lists keys without secrets or hashes, paginated by cursor", async () => {
    for (let i = 0; i < 3; i++) await createKey("submitter", `pager-${i}`);
    const first = await call("GET", "/v1/keys?limit=2", { key: ADMIN });
    expect(first.status).toBe(200);
    const page = await json<{ data: Record<string, unknown>[]; next_cursor: string | null }>(first);
    expect(page.data).toHaveLength(2);
    for (const key of page.data) {
      expect(key).not.toHaveProperty("key");
      expect(key).not.toHaveProperty("key_hash");
    }
    expect(page.next_cursor).toBeTruthy();
    const second = await json<{ data: { id: string }[] }>(
      await call("GET", `/v1/keys?limit=2&cursor=${page.next_cursor}`, { key: ADMIN }),
    );
    const firstIds = page.data.map((k) => k.id);
    for (const key of second.data) expect(firstIds).not.toContain(key.id);
  });
});

describe("DELETE /v1/keys/{id}", () => {
  it("revokes a key so its very next request is a 401", async () => {
    const created = await createKey("factchecker", "short-lived");
    expect((await call("GET", "/v1/articles", { key: created.key })).status).toBe(200);
    const res = await call("DELETE", `/v1/keys/${created.id}`, { key: ADMIN });
    expect(res.status).toBe(204);
    const after = await call("GET", "/v1/articles", { key: created.key });
    expect(after.status).toBe(401);
    const listed = await json<{ data: { id: string; revoked_at: string | null }[] }>(
      await call("GET", "/v1/keys?limit=100", { key: ADMIN }),
    );
    expect(listed.data.find((k) => k.id === created.id)?.revoked_at).toBeTruthy();
  });

  it("answers 404 for an unknown key and changes nothing", async () => {
    const before = await snapshot();
    const res = await call("DELETE", "/v1/keys/key_doesnotexist", { key: ADMIN });
    expect(res.status).toBe(404);
    expect(await snapshot()).toBe(before);
  });
});
