import { createRouter } from "../../app";
import {
  acceptSuggestionHandler,
  listSuggestionsHandler,
  rejectSuggestionHandler,
} from "./suggestions.handlers";
import { acceptSuggestion, listSuggestions, rejectSuggestion } from "./suggestions.routes";

export const suggestionsRouter = createRouter()
  .openapi(listSuggestions, listSuggestionsHandler)
  .openapi(acceptSuggestion, acceptSuggestionHandler)
  .openapi(rejectSuggestion, rejectSuggestionHandler);
