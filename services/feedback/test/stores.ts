// The databases every receiver test runs against: a fresh SQLite file always, and PostgreSQL when
// FEEDBACK_TEST_DATABASE_URL names one (.ci/run starts one). In CI a missing PostgreSQL is an
// error, not a skip: the second database must be tested where it can be.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openPostgresStore } from "../src/store/postgres-store.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import type { Store } from "../src/store/store.ts";

export interface TestDatabase {
  name: string;
  /** A store on an empty database. */
  open(): Promise<Store>;
}

const postgresUrl = process.env.FEEDBACK_TEST_DATABASE_URL;

if (!postgresUrl && process.env.CI === "true") {
  throw new Error(
    "FEEDBACK_TEST_DATABASE_URL is not set in CI: .ci/run starts PostgreSQL and sets it; the receiver's PostgreSQL tests must not be skipped",
  );
}

export const testDatabases: TestDatabase[] = [
  {
    name: "SQLite",
    open: async () =>
      openSqliteStore(path.join(await mkdtemp(path.join(tmpdir(), "fk-feedback-")), "db.sqlite")),
  },
];

if (postgresUrl) {
  testDatabases.push({
    name: "PostgreSQL",
    open: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query("DROP TABLE IF EXISTS votes, searches");
      await client.end();
      return openPostgresStore(postgresUrl);
    },
  });
}
