import { and, eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { runBatch } from "../../db/batch";
import { apiKeys, deskSessions } from "../../db/schema";
import type { AppEnv, Principal } from "../../env";
import { randomSecret, secretsEqual, sha256Hex } from "../../lib/crypto";

/** How long a desk session lives after sign-in, whatever happens in between. */
export const SESSION_TTL_SECONDS = 8 * 60 * 60;
/** The cookie's name; on HTTPS it carries the `__Host-` prefix (Secure, Path=/, no Domain). */
export const SESSION_COOKIE = "ct_desk";
const ADMIN_TOKEN_ID = "admin_token";

export interface DeskSession {
  /** SHA-256 of the cookie's secret: the row's id. */
  id: string;
  principal: Principal;
  csrfToken: string;
  expiresAt: string;
}

type DeskContext = Context<AppEnv>;

const isSecure = (c: DeskContext) => new URL(c.req.url).protocol === "https:";
const prefixOf = (c: DeskContext) => (isSecure(c) ? ("host" as const) : undefined);

/**
 * The key that signs session cookies: DESK_SESSION_SECRET, else one derived from
 * ADMIN_TOKEN (so rotating it ends every session); null when neither is set.
 */
function signingKey(c: DeskContext): string | null {
  if (c.env.DESK_SESSION_SECRET) return c.env.DESK_SESSION_SECRET;
  return c.env.ADMIN_TOKEN ? `claimtrail-desk-session:${c.env.ADMIN_TOKEN}` : null;
}

export function canSignIn(c: DeskContext): boolean {
  return signingKey(c) !== null;
}

const nowSql = sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/**
 * Starts a session for `principal`, who just signed in with `key`: a row in D1 (and the
 * expired rows of everyone go), and the signed cookie holding the session's secret —
 * never the key.
 */
export async function startSession(c: DeskContext, principal: Principal, key: string) {
  const signing = signingKey(c);
  if (!signing) throw new Error("startSession without a signing key");
  const secret = randomSecret(32);
  const expiresAt = new Date(Date.now() + SESSION_TTL_SECONDS * 1000).toISOString();
  const db = c.var.db;
  await runBatch(c.var.session, [
    db.delete(deskSessions).where(sql`${deskSessions.expiresAt} <= ${nowSql}`),
    db.insert(deskSessions).values({
      id: await sha256Hex(secret),
      keyId: principal.keyId,
      keyHash: await sha256Hex(key),
      csrfToken: randomSecret(24),
      expiresAt,
    }),
  ]);
  await setSignedCookie(c, SESSION_COOKIE, secret, signing, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isSecure(c),
    path: "/",
    maxAge: SESSION_TTL_SECONDS,
    prefix: prefixOf(c),
  });
}

/**
 * The live session this request's cookie names, or null: no cookie, a bad signature,
 * expired, signed out, or its key revoked (checked on every request, so revoking a key
 * ends its sessions at once). A dead session's row is deleted on sight.
 */
export async function currentSession(c: DeskContext): Promise<DeskSession | null> {
  const signing = signingKey(c);
  if (!signing) return null;
  const secret = await getSignedCookie(c, signing, SESSION_COOKIE, prefixOf(c));
  if (!secret) return null;
  const id = await sha256Hex(secret);
  const db = c.var.db;
  const [row] = await db
    .select({
      session: deskSessions,
      live: sql<number>`${deskSessions.expiresAt} > ${nowSql}`,
      keyName: apiKeys.name,
      keyRole: apiKeys.role,
    })
    .from(deskSessions)
    .leftJoin(
      apiKeys,
      and(
        eq(apiKeys.id, deskSessions.keyId),
        eq(apiKeys.keyHash, deskSessions.keyHash),
        sql`${apiKeys.revokedAt} IS NULL`,
      ),
    )
    .where(eq(deskSessions.id, id));
  if (!row) return null;
  const { session } = row;
  let principal: Principal | null = null;
  if (session.keyId === ADMIN_TOKEN_ID) {
    const admin = c.env.ADMIN_TOKEN;
    if (admin && (await secretsEqual(session.keyHash, await sha256Hex(admin)))) {
      principal = { keyId: ADMIN_TOKEN_ID, name: "ADMIN_TOKEN", role: "admin" };
    }
  } else if (row.keyName !== null && row.keyRole !== null) {
    principal = { keyId: session.keyId, name: row.keyName, role: row.keyRole };
  }
  if (!principal || row.live !== 1) {
    await db.delete(deskSessions).where(eq(deskSessions.id, id));
    return null;
  }
  return { id, principal, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

/** Sign out: the row goes (the cookie is worthless from now on) and the cookie is cleared. */
export async function endSession(c: DeskContext, session: DeskSession | null): Promise<void> {
  if (session) await c.var.db.delete(deskSessions).where(eq(deskSessions.id, session.id));
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isSecure(c), prefix: prefixOf(c) });
}

/** Whether a form's CSRF token is this session's (compared in constant time). */
export async function csrfTokenMatches(session: DeskSession, token: unknown): Promise<boolean> {
  return typeof token === "string" && token !== "" && secretsEqual(token, session.csrfToken);
}
