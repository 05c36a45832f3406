// The receiver's configuration, made once from the environment by main.ts and passed in, so a test
// can make its own in memory.
import path from "node:path";

export interface FeedbackConfig {
  port: number;
  host: string;
  /** The embedded SQLite file, used when databaseUrl is null. */
  databaseFile: string;
  /** PostgreSQL instead of SQLite (DATABASE_URL), for more than one instance. */
  databaseUrl: string | null;
  /** SQLite's synchronous mode: NORMAL (survives a killed process) or FULL (a power cut too). */
  sqliteSync: "NORMAL" | "FULL";
  /** Site origins allowed to post, e.g. https://faq.forsakringskassan.se */
  origins: string[];
  /** The bearer token of GET /export; null: export is switched off. */
  exportToken: string | null;
  /** The built site (dist/): which pages and anchors exist; null accepts any well-formed one. */
  siteDir: string | null;
  /** Posts a client may make a minute before it is answered 429. */
  rateLimit: number;
  /** Fastify's trustProxy: behind a load balancer, the client is in X-Forwarded-For. */
  trustProxy: boolean | string;
  /** Votes and searches older than this many months are deleted. */
  retentionMonths: number;
  logLevel: string;
}

export type Environment = Record<string, string | undefined>;

function number(env: Environment, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} is "${value}": set it to a whole number, or leave it unset`);
  }
  return parsed;
}

function origins(value: string | undefined): string[] {
  const list = (value ?? "http://localhost:8080").split(",").map((origin) => origin.trim());
  for (const origin of list.filter(Boolean)) {
    if (new URL(origin).origin !== origin) {
      throw new Error(
        `FEEDBACK_ORIGINS holds "${origin}": write each site origin as scheme://host[:port], with no path or trailing slash`,
      );
    }
  }
  return list.filter(Boolean);
}

export function feedbackConfigFrom(env: Environment, cwd = process.cwd()): FeedbackConfig {
  const trust = env.FEEDBACK_TRUST_PROXY;
  return {
    port: number(env, "FEEDBACK_PORT", 8787),
    host: env.FEEDBACK_HOST || "127.0.0.1",
    databaseFile: path.resolve(cwd, env.FEEDBACK_DATABASE || ".data/feedback.sqlite"),
    databaseUrl: env.DATABASE_URL || null,
    sqliteSync: env.FEEDBACK_SQLITE_SYNC === "FULL" ? "FULL" : "NORMAL",
    origins: origins(env.FEEDBACK_ORIGINS),
    exportToken: env.FEEDBACK_EXPORT_TOKEN || null,
    siteDir: env.FEEDBACK_SITE_DIR ? path.resolve(cwd, env.FEEDBACK_SITE_DIR) : null,
    rateLimit: number(env, "FEEDBACK_RATE_LIMIT", 30),
    trustProxy: trust === "true" ? true : trust || false,
    retentionMonths: 13,
    logLevel: env.FEEDBACK_LOG_LEVEL || "info",
  };
}
