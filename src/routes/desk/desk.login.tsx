import type { Context } from "hono";
import type { AppEnv } from "../../env";
import { ApiError } from "../../lib/problem";
import { resolveKey } from "../../middleware/auth";
import { clientIp, enforce } from "../../middleware/rate-limit";
import { DeskPage, deskHeaders, newNonce } from "./desk.layout";
import {
  canSignIn,
  csrfTokenMatches,
  currentSession,
  endSession,
  startSession,
} from "./desk.session";

type DeskContext = Context<AppEnv>;

/** Where to go after signing in: a desk page, never another site. */
export function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/desk(?:[/?]|$)/.test(value) && !/[\\]|\/\//.test(value)
    ? value
    : "/desk";
}

/** The sign-in page, for `/desk` (and its pages) when signed out. */
export function toLogin(c: DeskContext): Response {
  const url = new URL(c.req.url);
  const next = `${url.pathname}${url.search}`;
  const query = next === "/desk" ? "" : `?next=${encodeURIComponent(next)}`;
  return c.redirect(`/desk/login${query}`, 303);
}

function LoginPage(props: {
  nonce: string;
  next: string;
  error: string | null;
  message: string | null;
}) {
  return (
    <DeskPage title="Sign in" nonce={props.nonce}>
      <h1>Sign in to the desk</h1>
      {props.message ? (
        <p class="notice ok" role="status">
          {props.message}
        </p>
      ) : null}
      {props.error ? (
        <div class="notice bad" role="alert">
          <p id="key-error" class="field-error">
            {props.error}
          </p>
        </div>
      ) : null}
      <form method="post" action="/desk/login">
        <input type="hidden" name="next" value={props.next} />
        <label for="key">API key</label>
        <input
          id="key"
          name="key"
          type="password"
          autocomplete="current-password"
          required
          size={40}
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={props.error ? "key-hint key-error" : "key-hint"}
        />
        <p id="key-hint" class="hint">
          Any Claimtrail API key. The desk keeps a session, never the key.
        </p>
        <p>
          <button type="submit">Sign in</button>
        </p>
      </form>
    </DeskPage>
  );
}

function renderLogin(
  c: DeskContext,
  status: 200 | 400 | 401 | 429 | 503,
  options: { next?: string; error?: string; message?: string } = {},
) {
  const nonce = newNonce();
  deskHeaders(c, nonce);
  return c.html(
    <LoginPage
      nonce={nonce}
      next={options.next ?? "/desk"}
      error={options.error ?? null}
      message={options.message ?? null}
    />,
    status,
  );
}

export async function loginPage(c: DeskContext) {
  if (await currentSession(c)) return c.redirect("/desk", 303);
  const signedOut = c.req.query("signed_out") !== undefined;
  return renderLogin(c, 200, {
    next: safeNext(c.req.query("next")),
    message: signedOut ? "You have signed out." : undefined,
  });
}

export async function login(c: DeskContext) {
  const body = await c.req.parseBody();
  const next = safeNext(body.next);
  const key = typeof body.key === "string" ? body.key.trim() : "";
  if (!canSignIn(c)) {
    return renderLogin(c, 503, {
      next,
      error: "The desk cannot sign anyone in: set DESK_SESSION_SECRET or ADMIN_TOKEN.",
    });
  }
  if (key === "") return renderLogin(c, 400, { next, error: "Enter your API key." });
  const principal = await resolveKey(c.var.db, c.env.ADMIN_TOKEN, key);
  if (!principal) {
    try {
      // The API's limit on failed authentications, per address: guessing costs the same here.
      await enforce(
        c.env.AUTH_FAILURE_LIMITER,
        clientIp(c),
        "failed authentications from this address",
      );
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== "rate_limited") throw error;
      const retryAfter = error.headers["Retry-After"] ?? "60";
      c.header("Retry-After", retryAfter);
      return renderLogin(c, 429, {
        next,
        error: `Too many failed sign-ins from this address; try again in ${retryAfter} seconds.`,
      });
    }
    return renderLogin(c, 401, {
      next,
      error: "That key was not accepted: it is unknown or has been revoked.",
    });
  }
  await startSession(c, principal, key);
  return c.redirect(next, 303);
}

export async function logout(c: DeskContext) {
  const session = await currentSession(c);
  if (session) {
    const body = await c.req.parseBody();
    if (!(await csrfTokenMatches(session, body.csrf))) {
      return refused(c, "The sign-out form was not the desk's own; you are still signed in.");
    }
  }
  await endSession(c, session);
  return c.redirect("/desk/login?signed_out=1", 303);
}

/** A form the desk did not make (another site's, or a stale token): 403, nothing done. */
export function refused(c: DeskContext, detail: string) {
  const nonce = newNonce();
  deskHeaders(c, nonce);
  return c.html(
    <DeskPage title="Form refused" nonce={nonce}>
      <h1>Form refused</h1>
      <p>{detail}</p>
      <p>
        <a href="/desk">Back to the queue</a>
      </p>
    </DeskPage>,
    403,
  );
}
