// PostgreSQL when DATABASE_URL is set, else the embedded SQLite file.
import type { FeedbackConfig } from "../config.ts";
import { openPostgresStore } from "./postgres-store.ts";
import { openSqliteStore } from "./sqlite-store.ts";
import type { Store } from "./store.ts";

export async function openStore(config: FeedbackConfig): Promise<Store> {
  if (config.databaseUrl) return openPostgresStore(config.databaseUrl);
  return openSqliteStore(config.databaseFile, config.sqliteSync);
}
