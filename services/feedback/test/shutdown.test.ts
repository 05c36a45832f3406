// No vote answered 2xx is ever lost: the receiver is killed with SIGKILL, and stopped with
// SIGTERM, in the middle of a stream of votes, on every test database; each answered vote must
// then be in the database. Its log lines must hold no citizen's text and no address.
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { openPostgresStore } from "../src/store/postgres-store.ts";
import { openSqliteStore } from "../src/store/sqlite-store.ts";
import type { Store } from "../src/store/store.ts";
import { startReceiver } from "./process.ts";
import { testDatabases } from "./stores.ts";

const origin = "https://faq.example.se";
const day = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/**
 * Posts numbered votes from `clients` loops; once `killAfter` were answered 2xx, calls `kill` and
 * goes on until requests fail. Resolves with the texts of the votes answered 2xx.
 */
async function streamVotes(
  url: string,
  clients: number,
  killAfter: number,
  kill: () => void,
): Promise<Set<string>> {
  const answered = new Set<string>();
  let killed = false;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (;;) {
        const text = `svar nummer ${next++}`;
        const ok = await fetch(`${url}/votes`, {
          method: "POST",
          headers: { "content-type": "application/json", origin },
          body: JSON.stringify({ page: "/support/", anchor: "a", answer: "nej", text, date: day }),
        }).then(
          (response) => response.status === 204,
          () => false,
        );
        if (ok) answered.add(text);
        if (!killed && answered.size >= killAfter) {
          killed = true;
          kill();
        }
        if (!ok && killed) return;
      }
    }),
  );
  return answered;
}

/** The receiver's environment for `name`, on an empty database, and how to read what it stored. */
async function databaseFor(
  name: string,
): Promise<{ env: Record<string, string>; storedTexts: () => Promise<string[]> }> {
  const texts = async (store: Store) => {
    const votes = await store.votes();
    await store.close();
    return votes.map((vote) => vote.text);
  };
  if (name === "SQLite") {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "fk-feedback-kill-")), "db.sqlite");
    return { env: { FEEDBACK_DATABASE: file }, storedTexts: () => texts(openSqliteStore(file)) };
  }
  const url = process.env.FEEDBACK_TEST_DATABASE_URL ?? "";
  // Empties the tables; the receiver then opens its own pool on the same database.
  await (await openEmpty(name)).close();
  return {
    env: { DATABASE_URL: url },
    storedTexts: async () => texts(await openPostgresStore(url)),
  };
}

async function openEmpty(name: string): Promise<Store> {
  const database = testDatabases.find((candidate) => candidate.name === name);
  if (!database) throw new Error(`no test database ${name}`);
  return database.open();
}

for (const database of testDatabases) {
  describe(`stopping the receiver on ${database.name}`, () => {
    for (const signal of ["SIGKILL", "SIGTERM"] as const) {
      it(`loses no vote answered 2xx when it gets ${signal} under load`, async () => {
        const { env, storedTexts } = await databaseFor(database.name);
        const receiver = await startReceiver({
          ...env,
          FEEDBACK_ORIGINS: origin,
          FEEDBACK_RATE_LIMIT: "1000000",
          FEEDBACK_EXPORT_TOKEN: "t",
        });
        const answered = await streamVotes(receiver.origin, 16, 300, () =>
          receiver.child.kill(signal),
        );
        const code = await receiver.exited;
        if (signal === "SIGTERM") assert.equal(code, 0, receiver.output());
        const stored = new Set(await storedTexts());
        const lost = [...answered].filter((text) => !stored.has(text));
        assert.deepEqual(lost, [], `${lost.length} of ${answered.size} answered votes were lost`);
        // Structured logs, and nothing personal in them: no text, no address.
        for (const line of receiver.output().trim().split("\n")) {
          assert.doesNotThrow(() => JSON.parse(line), line);
          assert.doesNotMatch(line, /svar nummer|remoteAddress|"ip"|user-agent/i);
        }
      });
    }
  });
}
