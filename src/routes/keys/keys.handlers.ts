import type { RouteHandler } from "@hono/zod-openapi";
import { desc, eq, lt, sql } from "drizzle-orm";
import { apiKeys } from "../../db/schema";
import type { AppEnv } from "../../env";
import { randomSecret, sha256Hex } from "../../lib/crypto";
import { decodeCursor, isIdCursor, paginate } from "../../lib/cursor";
import { newId } from "../../lib/ids";
import { ApiError } from "../../lib/problem";
import { storeCreated } from "../../middleware/idempotency";
import type { createKey, listKeys, revokeKey } from "./keys.routes";

type Key = typeof apiKeys.$inferSelect;

function present(key: Key) {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    prefix: key.prefix,
    created_at: key.createdAt,
    revoked_at: key.revokedAt,
  };
}

export const createKeyHandler: RouteHandler<typeof createKey, AppEnv> = async (c) => {
  const { name, role } = c.req.valid("json");
  const secret = `ct_${randomSecret(32)}`;
  const key: Key = {
    id: newId("key"),
    name,
    role,
    keyHash: await sha256Hex(secret),
    prefix: secret.slice(0, 10),
    createdAt: new Date().toISOString(),
    revokedAt: null,
  };
  const answer = { ...present(key), key: secret };
  // The key and the answer a retry replays (the secret, shown this once) commit together.
  await storeCreated(c, c.var.db.insert(apiKeys).values(key), {
    json: answer,
    location: `/v1/keys/${key.id}`,
    exists: sql`EXISTS (SELECT 1 FROM api_keys WHERE id = ${key.id})`,
  });
  return c.json(answer, 201);
};

export const listKeysHandler: RouteHandler<typeof listKeys, AppEnv> = async (c) => {
  const { cursor, limit } = c.req.valid("query");
  const after = cursor ? decodeCursor(cursor, isIdCursor) : null;
  const rows = await c.var.db
    .select()
    .from(apiKeys)
    .where(after ? lt(apiKeys.id, after.id) : undefined)
    .orderBy(desc(apiKeys.id))
    .limit(limit + 1);
  const { page, next_cursor } = paginate(rows, limit, (row) => ({ id: row.id }));
  return c.json({ data: page.map(present), next_cursor }, 200);
};

export const revokeKeyHandler: RouteHandler<typeof revokeKey, AppEnv> = async (c) => {
  const { id } = c.req.valid("param");
  const revoked = await c.var.db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
    .where(eq(apiKeys.id, id))
    .returning({ id: apiKeys.id });
  if (revoked.length === 0) throw new ApiError("not_found", `No API key ${id}`);
  return c.body(null, 204);
};
