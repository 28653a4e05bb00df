import { createRouter } from "../../app";
import { searchFactChecksHandler } from "./factcheck-tools.handlers";
import { searchFactChecks } from "./factcheck-tools.routes";

/** Interop: Google Fact Check Tools API compatible search. */
export const factCheckToolsRouter = createRouter().openapi(
  searchFactChecks,
  searchFactChecksHandler,
);
