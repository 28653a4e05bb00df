import { createRouter } from "../../app";
import {
  changeClaimStatusHandler,
  getClaimHandler,
  getClaimHistoryHandler,
  listClaimsHandler,
} from "./claims.handlers";
import { changeClaimStatus, getClaim, getClaimHistory, listClaims } from "./claims.routes";

export const claimsRouter = createRouter()
  .openapi(listClaims, listClaimsHandler)
  .openapi(getClaim, getClaimHandler)
  .openapi(getClaimHistory, getClaimHistoryHandler)
  .openapi(changeClaimStatus, changeClaimStatusHandler);
