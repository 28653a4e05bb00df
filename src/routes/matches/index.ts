import { createRouter } from "../../app";
import { getClaimMatchesHandler, matchClaimsHandler } from "./matches.handlers";
import { getClaimMatches, matchClaims } from "./matches.routes";

export const matchesRouter = createRouter()
  .openapi(matchClaims, matchClaimsHandler)
  .openapi(getClaimMatches, getClaimMatchesHandler);
