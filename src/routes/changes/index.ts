import { createRouter } from "../../app";
import { changesAtomHandler, listChangesHandler } from "./changes.handlers";
import { changesAtom, listChanges } from "./changes.routes";

export const changesRouter = createRouter()
  .openapi(listChanges, listChangesHandler)
  .openapi(changesAtom, changesAtomHandler);
