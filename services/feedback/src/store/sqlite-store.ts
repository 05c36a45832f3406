// The embedded default: one SQLite file through better-sqlite3, no server needed. WAL with
// synchronous=NORMAL: a committed vote survives the process being killed (SIGKILL), since the
// write is in the operating system's hands before the citizen is answered; FULL would also
// survive a power cut at the cost of an fsync per vote (FEEDBACK_SQLITE_SYNC=FULL).
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { NoResultSearch, Store, Vote } from "./store.ts";

const schema = `
  CREATE TABLE IF NOT EXISTS votes (
    id INTEGER PRIMARY KEY,
    page TEXT NOT NULL,
    anchor TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('ja', 'nej')),
    text TEXT NOT NULL,
    date TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS votes_date ON votes (date);
  CREATE TABLE IF NOT EXISTS searches (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL,
    date TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS searches_date ON searches (date);
`;

export function openSqliteStore(file: string, synchronous = "NORMAL"): Store {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${synchronous === "FULL" ? "FULL" : "NORMAL"}`);
  db.pragma("busy_timeout = 5000");
  db.exec(schema);
  const insertVote = db.prepare(
    "INSERT INTO votes (page, anchor, answer, text, date) VALUES (@page, @anchor, @answer, @text, @date)",
  );
  const insertSearch = db.prepare("INSERT INTO searches (term, date) VALUES (@term, @date)");
  const allVotes = db.prepare("SELECT page, anchor, answer, text, date FROM votes ORDER BY id");
  const searchesSince = db.prepare("SELECT term, date FROM searches WHERE date >= ? ORDER BY id");
  const deleteVotes = db.prepare("DELETE FROM votes WHERE date < ?");
  const deleteSearches = db.prepare("DELETE FROM searches WHERE date < ?");
  return {
    async addVote(vote) {
      insertVote.run(vote);
    },
    async addSearch(search) {
      insertSearch.run(search);
    },
    async votes() {
      return allVotes.all() as Vote[];
    },
    async searches(since) {
      return searchesSince.all(since) as NoResultSearch[];
    },
    async deleteBefore(day) {
      return deleteVotes.run(day).changes + deleteSearches.run(day).changes;
    },
    async ping() {
      db.prepare("SELECT 1").get();
    },
    async close() {
      db.close();
    },
  };
}
