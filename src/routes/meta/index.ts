import { createRouter } from "../../app";
import { ApiError, type ProblemCode, problemTypes } from "../../lib/problem";
import { docsPage } from "./docs";

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

metaRouter.get("/docs", docsPage);
