import { Scalar } from "@scalar/hono-api-reference";
import { createRouter } from "../../app";
import { ApiError, type ProblemCode, problemTypes } from "../../lib/problem";

/** Discovery routes: the API index, the problem type pages and the OpenAPI docs UI. */
export const metaRouter = createRouter();

metaRouter.get("/", (c) =>
  c.json({
    name: "Claimtrail",
    description: "Fact-tracking API: articles in, claims out, and each claim's status trail.",
    openapi: "/openapi.json",
    docs: "/docs",
  }),
);

metaRouter.get("/problems/:code", (c) => {
  const code = c.req.param("code");
  if (!Object.hasOwn(problemTypes, code))
    throw new ApiError("not_found", `No problem type ${code}`);
  const type = problemTypes[code as ProblemCode];
  return c.json({
    type: code,
    title: type.title,
    status: type.status,
    description: type.description,
  });
});

metaRouter.get(
  "/docs",
  async (c, next) => {
    await next();
    // The reference UI is Scalar's script from its CDN (with its fonts); no other origin may run code here.
    c.res.headers.set(
      "Content-Security-Policy",
      "default-src 'self' https://cdn.jsdelivr.net; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; " +
        "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.scalar.com; " +
        "font-src 'self' data: https://fonts.scalar.com https://cdn.jsdelivr.net; img-src 'self' data: https:; " +
        "connect-src 'self' https:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  },
  Scalar({ url: "/openapi.json", pageTitle: "Claimtrail API" }),
);
