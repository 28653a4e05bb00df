import { and, eq, isNull } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { apiKeys } from "../db/schema";
import type { AppEnv, Principal, Role } from "../env";
import { secretsEqual, sha256Hex } from "../lib/crypto";
import { ApiError } from "../lib/problem";
import { clientIp, enforce } from "./rate-limit";

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const rank: Record<Role, number> = { submitter: 1, factchecker: 2, admin: 3 };
const challenge = { "WWW-Authenticate": 'Bearer realm="claimtrail"' };

/**
 * Resolves `Authorization: Bearer <key>` to `c.var.principal`. No header means an
 * anonymous caller (reads are public); a header that does not name a live key is
 * a 401 on any route, so a typo never silently downgrades a client to anonymous.
 * Keys are looked up by SHA-256, so revocation applies on the very next request.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async function authenticateMiddleware(c, next) {
    const header = c.req.header("authorization");
    if (header === undefined) {
      c.set("principal", null);
      return next();
    }
    const token = bearerToken(c);
    const principal = token ? await resolveKey(c.var.db, c.env.ADMIN_TOKEN, token) : null;
    if (!principal) {
      // Guessing keys costs a client its address's allowance of failures.
      await enforce(
        c.env.AUTH_FAILURE_LIMITER,
        clientIp(c),
        "failed authentications from this address",
      );
      throw token
        ? new ApiError("unauthorized", "Unknown or revoked API key", {
            headers: { "WWW-Authenticate": 'Bearer realm="claimtrail", error="invalid_token"' },
          })
        : new ApiError("unauthorized", "Authorization must be `Bearer <key>`", {
            headers: challenge,
          });
    }
    c.set("principal", principal);
    return next();
  };
}

/** The secret of `Authorization: Bearer <secret>`, if the request sends one in that form. */
export function bearerToken(c: Context<AppEnv>): string | undefined {
  const header = c.req.header("authorization");
  return header === undefined ? undefined : BEARER.exec(header)?.[1];
}

/** The live key (or the bootstrap ADMIN_TOKEN) a secret names, or null. The desk signs in with it too. */
export async function resolveKey(
  db: AppEnv["Variables"]["db"],
  adminToken: string | undefined,
  token: string,
): Promise<Principal | null> {
  if (adminToken && (await secretsEqual(token, adminToken))) {
    return { keyId: "admin_token", name: "ADMIN_TOKEN", role: "admin" };
  }
  const hash = await sha256Hex(token);
  const [key] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, role: apiKeys.role })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return key ? { keyId: key.id, name: key.name, role: key.role } : null;
}

/**
 * Lets the request through only for a key whose role is at least `role`
 * (submitter < factchecker < admin).
 *
 * @example createRoute({ ..., middleware: [requireRole("factchecker")] })
 */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async function requireRoleMiddleware(c, next) {
    const principal = c.get("principal");
    if (!principal) {
      throw new ApiError(
        "unauthorized",
        "This route needs an API key: send `Authorization: Bearer <key>`",
        {
          headers: challenge,
        },
      );
    }
    if (rank[principal.role] < rank[role]) {
      throw new ApiError(
        "forbidden",
        `This route needs the ${role} role; your key has ${principal.role}`,
      );
    }
    await next();
  };
}
