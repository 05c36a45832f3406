// PostgreSQL through pg, for more than one receiver behind a load balancer (DATABASE_URL). Each
// vote is one INSERT, committed (synchronous_commit on) before the citizen is answered.
import pg from "pg";
import type { NoResultSearch, Store, Vote } from "./store.ts";

const schema = `
  CREATE TABLE IF NOT EXISTS votes (
    id BIGSERIAL PRIMARY KEY,
    page TEXT NOT NULL,
    anchor TEXT NOT NULL,
    answer TEXT NOT NULL CHECK (answer IN ('ja', 'nej')),
    text TEXT NOT NULL,
    date DATE NOT NULL
  );
  CREATE INDEX IF NOT EXISTS votes_date ON votes (date);
  CREATE TABLE IF NOT EXISTS searches (
    id BIGSERIAL PRIMARY KEY,
    term TEXT NOT NULL,
    date DATE NOT NULL
  );
  CREATE INDEX IF NOT EXISTS searches_date ON searches (date);
`;

// Dates come back as text, YYYY-MM-DD, never as a Date shifted by the time zone.
const day = "to_char(date, 'YYYY-MM-DD') AS date";

export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Several instances may start at once: the lock makes creating the tables happen once.
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock(2323)");
    await client.query(schema);
  } finally {
    await client.query("SELECT pg_advisory_unlock(2323)").catch(() => {});
    client.release();
  }
  return {
    async addVote(vote) {
      await pool.query(
        "INSERT INTO votes (page, anchor, answer, text, date) VALUES ($1, $2, $3, $4, $5)",
        [vote.page, vote.anchor, vote.answer, vote.text, vote.date],
      );
    },
    async addSearch(search) {
      await pool.query("INSERT INTO searches (term, date) VALUES ($1, $2)", [
        search.term,
        search.date,
      ]);
    },
    async votes() {
      const result = await pool.query<Vote>(
        `SELECT page, anchor, answer, text, ${day} FROM votes ORDER BY id`,
      );
      return result.rows;
    },
    async searches(since) {
      const result = await pool.query<NoResultSearch>(
        `SELECT term, ${day} FROM searches WHERE date >= $1 ORDER BY id`,
        [since],
      );
      return result.rows;
    },
    async deleteBefore(before) {
      const votes = await pool.query("DELETE FROM votes WHERE date < $1", [before]);
      const searches = await pool.query("DELETE FROM searches WHERE date < $1", [before]);
      return (votes.rowCount ?? 0) + (searches.rowCount ?? 0);
    },
    async ping() {
      await pool.query("SELECT 1");
    },
    async close() {
      await pool.end();
    },
  };
}
