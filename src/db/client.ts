import { drizzle } from "drizzle-orm/d1";
import type { Database } from "../env";
import * as schema from "./schema";

const clients = new WeakMap<D1Database, Database>();

/**
 * The drizzle client over a D1 binding, built once per binding object and reused by the
 * requests this isolate serves (building one walks the whole schema each time).
 */
export function database(d1: D1Database): Database {
  let db = clients.get(d1);
  if (!db) {
    db = drizzle(d1, { schema });
    clients.set(d1, db);
  }
  return db;
}
