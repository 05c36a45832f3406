// The rules a vote and a search must pass before anything is stored: exactly the fields the site
// sends, a real question of the site, no personal data. A refusal names a reason code for the log
// (never the text itself) and the status the client gets.
import { addDays, isRealDay } from "./day.ts";
import { looksLikePersonalData } from "./personal-data.ts";
import type { SiteAnchors } from "./site-anchors.ts";
import type { NoResultSearch, Vote } from "./store/store.ts";

export type Checked<T> = { ok: true; value: T } | { ok: false; status: number; reason: string };

const refuse = (status: number, reason: string) => ({ ok: false, status, reason }) as const;

const voteFields = new Set(["page", "anchor", "answer", "text", "date"]);
const formFields = new Set(["page", "anchor", "answer", "text"]);
// A lone surrogate is text that was not valid Unicode when it was sent.
const brokenText = /\p{Cs}/u;
const maxText = 500;

function strings(body: unknown, allowed: Set<string>): Record<string, string> | string {
  if (!body || typeof body !== "object" || Array.isArray(body)) return "not-an-object";
  const record = body as Record<string, unknown>;
  for (const [name, value] of Object.entries(record)) {
    if (!allowed.has(name)) return "unknown-field";
    if (typeof value !== "string") return "not-text";
    if (brokenText.test(value)) return "invalid-unicode";
  }
  return record as Record<string, string>;
}

export interface VoteContext {
  /** The receiver's day in Sweden: stamps a form post, bounds a JSON vote's date. */
  today: string;
  /** The site's questions; null accepts any well-formed page and anchor. */
  anchors: SiteAnchors | null;
  /** A plain form post (no JavaScript): no date field, the day is stamped here. */
  form: boolean;
}

export function checkVote(body: unknown, context: VoteContext): Checked<Vote> {
  const fields = strings(body, context.form ? formFields : voteFields);
  if (typeof fields === "string") return refuse(400, fields);
  const { page, anchor, answer, text = "" } = fields;
  if (page === undefined || anchor === undefined || answer === undefined) {
    return refuse(400, "missing-field");
  }
  if (answer !== "ja" && answer !== "nej") return refuse(400, "bad-answer");
  if (!/^\/(?:[^\s/#?]+\/)*$/.test(page) || page.length > 200) return refuse(400, "bad-page");
  if (!/^[^\s#"<>]{1,200}$/.test(anchor)) return refuse(400, "bad-anchor");
  if (context.anchors) {
    const known = context.anchors.get(page);
    if (!known) return refuse(422, "unknown-page");
    if (!known.has(anchor)) return refuse(422, "unknown-anchor");
  }
  if ([...text].length > maxText) return refuse(422, "text-too-long");
  if (looksLikePersonalData(text)) return refuse(422, "personal-data");
  let date = context.today;
  if (!context.form) {
    if (fields.date === undefined) return refuse(400, "missing-field");
    // The citizen's local day: a real day, and today give or take one for time zones and midnight.
    const near = [-1, 0, 1].map((days) => addDays(context.today, days));
    if (!isRealDay(fields.date) || !near.includes(fields.date)) return refuse(422, "bad-date");
    date = fields.date;
  }
  // A Ja carries no text: what was missing is asked only after a Nej.
  return {
    ok: true,
    value: { page, anchor, answer, text: answer === "nej" ? text.trim() : "", date },
  };
}

const searchFields = new Set(["term"]);

export function checkSearch(body: unknown, today: string): Checked<NoResultSearch> {
  const fields = strings(body, searchFields);
  if (typeof fields === "string") return refuse(400, fields);
  const term = fields.term?.trim().replace(/\s+/g, " ");
  if (term === undefined) return refuse(400, "missing-field");
  if ([...term].length < 3 || [...term].length > 100) return refuse(422, "bad-term-length");
  // The browser scrubs the term first; what still looks personal is not stored.
  if (looksLikePersonalData(term)) return refuse(422, "personal-data");
  return { ok: true, value: { term: term.toLowerCase(), date: today } };
}
