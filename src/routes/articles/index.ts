import { createRouter } from "../../app";
import {
  addClaimHandler,
  createArticleHandler,
  getArticleHandler,
  listArticlesHandler,
} from "./articles.handlers";
import { addClaim, createArticle, getArticle, listArticles } from "./articles.routes";

export const articlesRouter = createRouter()
  .openapi(createArticle, createArticleHandler)
  .openapi(listArticles, listArticlesHandler)
  .openapi(getArticle, getArticleHandler)
  .openapi(addClaim, addClaimHandler);
