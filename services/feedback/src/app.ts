// The receiver's HTTP interface (Fastify): POST /votes and /searches from the site's origins,
// GET /export and /export/searches behind a token, GET /health and /ready. It stores the fields
// and the day only; no address, header or cookie is read into storage or logs.
import { timingSafeEqual } from "node:crypto";
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyReply, type FastifyRequest, LogController } from "fastify";
import { bodyLimit, registerBodyParsers } from "./body-parsers.ts";
import { clientKeys } from "./client-key.ts";
import type { FeedbackConfig } from "./config.ts";
import { addDays, isRealDay, swedishDay } from "./day.ts";
import { refusalPage } from "./refusal-page.ts";
import type { SiteAnchors } from "./site-anchors.ts";
import type { Store } from "./store/store.ts";
import { type Checked, checkSearch, checkVote } from "./validate.ts";

export interface AppOptions {
  config: FeedbackConfig;
  store: Store;
  /** The site's questions as last read; null accepts any well-formed page and anchor. */
  anchors: () => SiteAnchors | null;
  now?: () => Date;
  /** A pino destination for tests; stdout otherwise. */
  logStream?: { write(line: string): void };
}

const isForm = (request: FastifyRequest) =>
  (request.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");

export async function buildApp(options: AppOptions) {
  const { config } = options;
  const now = options.now ?? (() => new Date());
  let closing = false;
  const app = Fastify({
    bodyLimit,
    trustProxy: config.trustProxy,
    // One line per event we choose to log; the default request lines would carry the address.
    logController: new LogController({ disableRequestLogging: true }),
    logger: {
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      serializers: {
        req: (request: { method: string; routeOptions?: { url?: string } }) => ({
          method: request.method,
          path: request.routeOptions?.url,
        }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
    },
  });
  registerBodyParsers(app);
  await app.register(cors, {
    origin: config.origins,
    methods: ["POST"],
    allowedHeaders: ["Content-Type"],
    maxAge: 86_400,
  });
  const keyOf = clientKeys(now);
  await app.register(rateLimit, {
    global: false,
    keyGenerator: (request) => keyOf(request.ip),
    // No X-RateLimit-* headers: nothing for the citizen's browser to keep or show.
    addHeaders: {},
    addHeadersOnExceeding: {},
  });
  const limited = { rateLimit: { max: config.rateLimit, timeWindow: "1 minute" } };

  /** A refusal: logged with its reason, never the body; a form post gets a page in Swedish. */
  function refuse(request: FastifyRequest, reply: FastifyReply, status: number, reason: string) {
    request.log.info({ route: request.routeOptions.url, status, reason }, "refused");
    if (isForm(request) && request.routeOptions.url === "/votes") {
      const origin = request.headers.origin;
      const body = request.body as Record<string, string> | undefined;
      const back =
        origin && config.origins.includes(origin) && body?.page?.startsWith("/")
          ? `${origin}${body.page}#${body.anchor ?? ""}`
          : null;
      return reply.code(status).type("text/html; charset=utf-8").send(refusalPage(reason, back));
    }
    return reply.code(status).send({ error: reason });
  }

  // Posts come from the site's pages only: a browser always sends Origin with a POST.
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "POST") return;
    const origin = request.headers.origin;
    if (!origin || !config.origins.includes(origin)) return refuse(request, reply, 403, "origin");
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ code: error.code }, "failed");
    const reason =
      status === 429 ? "rate-limited" : status === 413 ? "too-large" : (error.code ?? "error");
    return refuse(request, reply, status, reason);
  });

  async function accept<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    checked: Checked<T>,
    save: (value: T) => Promise<void>,
  ) {
    if (!checked.ok) return refuse(request, reply, checked.status, checked.reason);
    await save(checked.value);
    request.log.debug({ route: request.routeOptions.url }, "stored");
    return undefined;
  }

  app.post("/votes", { config: limited }, async (request, reply) => {
    const form = isForm(request);
    const checked = checkVote(request.body, {
      today: swedishDay(now()),
      anchors: options.anchors(),
      form,
    });
    const refused = await accept(request, reply, checked, (vote) => options.store.addVote(vote));
    if (refused || !checked.ok) return refused;
    // Without JavaScript the browser shows what we answer: send the citizen back to the question.
    if (form)
      return reply.redirect(
        `${request.headers.origin}${checked.value.page}#${checked.value.anchor}`,
        303,
      );
    return reply.code(204).send();
  });

  app.post("/searches", { config: limited }, async (request, reply) => {
    if (isForm(request)) return refuse(request, reply, 415, "form-search");
    const checked = checkSearch(request.body, swedishDay(now()));
    const refused = await accept(request, reply, checked, (search) =>
      options.store.addSearch(search),
    );
    return refused ?? reply.code(204).send();
  });

  function authorised(request: FastifyRequest): boolean {
    if (!config.exportToken) return false;
    const given = Buffer.from(request.headers.authorization ?? "");
    const expected = Buffer.from(`Bearer ${config.exportToken}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  app.get("/export", async (request, reply) => {
    if (!authorised(request)) return reply.code(401).send({ error: "token" });
    return reply.header("Cache-Control", "no-store").send(await options.store.votes());
  });

  app.get<{ Querystring: { since?: string } }>("/export/searches", async (request, reply) => {
    if (!authorised(request)) return reply.code(401).send({ error: "token" });
    const since = request.query.since ?? addDays(swedishDay(now()), -6);
    if (!isRealDay(since)) return reply.code(400).send({ error: "since" });
    return reply.header("Cache-Control", "no-store").send(await options.store.searches(since));
  });

  // Liveness: the process answers. Readiness: it can store, and is not shutting down.
  app.get("/health", async () => ({ status: "ok" }));
  app.get("/ready", async (_request, reply) => {
    if (closing) return reply.code(503).send({ status: "closing" });
    try {
      await options.store.ping();
      return { status: "ready" };
    } catch {
      return reply.code(503).send({ status: "database" });
    }
  });

  app.addHook("preClose", async () => {
    closing = true;
  });
  return app;
}
