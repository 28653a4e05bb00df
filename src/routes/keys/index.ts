import { createRouter } from "../../app";
import { createKeyHandler, listKeysHandler, revokeKeyHandler } from "./keys.handlers";
import { createKey, listKeys, revokeKey } from "./keys.routes";

export const keysRouter = createRouter()
  .openapi(createKey, createKeyHandler)
  .openapi(listKeys, listKeysHandler)
  .openapi(revokeKey, revokeKeyHandler);
