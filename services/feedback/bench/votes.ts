// `npm run bench:feedback [-- --database=postgresql --seconds=10 --connections=50]`: votes per
// second and latency of POST /votes with autocannon, against the receiver started as in
// production (its own process), on a fresh SQLite file or on PostgreSQL (BENCH_DATABASE_URL, else
// FEEDBACK_TEST_DATABASE_URL). A measurement, never a test: it asserts nothing.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { openPostgresStore } from "../src/store/postgres-store.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import { startReceiver } from "../test/process.ts";

const { values } = parseArgs({
  options: {
    database: { type: "string", default: "sqlite" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
  },
});
const origin = "https://faq.example.se";
const work = await mkdtemp(path.join(tmpdir(), "fk-feedback-bench-"));
const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.FEEDBACK_TEST_DATABASE_URL;
const onPostgres = values.database === "postgresql";
if (onPostgres && !postgresUrl) throw new Error("set BENCH_DATABASE_URL to a PostgreSQL database");
const file = path.join(work, "bench.sqlite");
const database: Record<string, string> = onPostgres
  ? { DATABASE_URL: postgresUrl ?? "" }
  : { FEEDBACK_DATABASE: file };
const openStore = () => (onPostgres ? openPostgresStore(postgresUrl ?? "") : openSqliteStore(file));
const before = onPostgres ? (await (await openStore()).votes()).length : 0;

const receiver = await startReceiver({
  ...database,
  FEEDBACK_ORIGINS: origin,
  FEEDBACK_RATE_LIMIT: "100000000",
  FEEDBACK_LOG_LEVEL: "warn",
});
const day = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
const result = await autocannon({
  url: `${receiver.origin}/votes`,
  method: "POST",
  headers: { "content-type": "application/json", origin },
  body: JSON.stringify({
    page: "/support/",
    anchor: "a",
    answer: "nej",
    text: "Svaret saknar ett exempel",
    date: day,
  }),
  connections: Number(values.connections),
  duration: Number(values.seconds),
});
receiver.child.kill("SIGTERM");
await receiver.exited;
const store = await openStore();
const stored = (await store.votes()).length - before;
await store.close();
await rm(work, { recursive: true, force: true });

const answered = result["2xx"];
console.log(
  [
    `database: ${onPostgres ? "PostgreSQL" : "SQLite (embedded)"}, ${values.connections} connections, ${values.seconds} s`,
    `votes/s: ${Math.round(answered / Number(values.seconds))} (mean ${Math.round(result.requests.average)}, min ${result.requests.min} per second)`,
    `latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    `answered 2xx: ${answered}, other: ${result.non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`,
    `stored: ${stored} (${stored >= answered ? "every answered vote" : `${answered - stored} MISSING`})`,
  ].join("\n"),
);
