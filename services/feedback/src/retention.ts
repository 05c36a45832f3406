// Votes and searches are kept 13 months, then deleted: at start and once a day after.
import type { FastifyBaseLogger } from "fastify";
import { retentionStart, swedishDay } from "./day.ts";
import type { Store } from "./store/store.ts";

export async function deleteExpired(store: Store, months: number, today: string): Promise<number> {
  return store.deleteBefore(retentionStart(today, months));
}

export function keepRetention(store: Store, months: number, log: FastifyBaseLogger): () => void {
  const run = () =>
    deleteExpired(store, months, swedishDay(new Date()))
      .then((deleted) => log.info({ deleted }, "retention"))
      .catch((error: Error) => log.error({ error: error.message }, "retention failed"));
  void run();
  const timer = setInterval(run, 24 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
