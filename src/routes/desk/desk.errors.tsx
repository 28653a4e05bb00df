import type { Context } from "hono";
import type { AppEnv } from "../../env";
import type { ApiError } from "../../lib/problem";
import { deskHeaders, MessagePage, newNonce } from "./desk.layout";

const titles: Partial<Record<ApiError["code"], string>> = {
  not_found: "Not found",
  bad_request: "This link is not valid",
  rate_limited: "Too many requests",
  conflict: "Not saved: the claim kept changing",
};

/** An API error as a desk page, with the same status (and Retry-After, for 429). */
export function errorPage(c: Context<AppEnv>, error: ApiError) {
  const nonce = newNonce();
  deskHeaders(c, nonce);
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.html(
    <MessagePage title={titles[error.code] ?? "Something went wrong"} nonce={nonce}>
      <p>
        {error.code === "internal"
          ? `${error.message}; request ${c.get("requestId")}.`
          : error.message}
      </p>
    </MessagePage>,
    error.status,
  );
}
