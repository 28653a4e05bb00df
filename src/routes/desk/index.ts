import { Hono } from "hono";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../../env";
import { ApiError } from "../../lib/problem";
import { errorPage } from "./desk.errors";
import { claimPage, decideSuggestion, queuePage, saveStatus } from "./desk.handlers";
import { login, loginPage, logout, refused } from "./desk.login";

/**
 * The desk: HTML pages for fact-checkers, on the same rules as the API. Plain Hono routes,
 * so they stay out of the OpenAPI description (README.md lists them).
 */
export const deskRouter = new Hono<AppEnv>();

// Forms are posted only from the desk's own pages: Origin (or Sec-Fetch-Site) must be
// this origin, before any form is read; each form also carries the session's CSRF token.
deskRouter.use("/desk/*", csrf());

deskRouter.get("/desk", queuePage);
deskRouter.get("/desk/login", loginPage);
deskRouter.post("/desk/login", login);
deskRouter.post("/desk/logout", logout);
deskRouter.get("/desk/claims/:id", claimPage);
deskRouter.post("/desk/claims/:id/status", saveStatus);
deskRouter.post("/desk/suggestions/:id/accept", (c) => decideSuggestion(c, "accept"));
deskRouter.post("/desk/suggestions/:id/reject", (c) => decideSuggestion(c, "reject"));

deskRouter.onError((error, c) => {
  if (error instanceof HTTPException && error.status === 403) {
    return refused(c, "This form was sent from another site; nothing changed.");
  }
  if (error instanceof ApiError) return errorPage(c, error);
  console.error(
    JSON.stringify({
      level: "error",
      request_id: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    }),
  );
  return errorPage(c, new ApiError("internal", "Something failed on our side"));
});
