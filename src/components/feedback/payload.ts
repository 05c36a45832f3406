// What one vote sends to FEEDBACK_URL: the page, the question's anchor, Ja or Nej, the optional
// text and the date. Nothing that identifies the citizen: no time of day, no id, no cookie.

export type FeedbackAnswer = "ja" | "nej";

export interface FeedbackPayload {
  /** The FAQ page's path, e.g. /support/ */
  page: string;
  /** The question's anchor on that page. */
  anchor: string;
  answer: FeedbackAnswer;
  /** What was missing, for a Nej; empty for Ja or when the citizen wrote nothing. */
  text: string;
  /** The citizen's local date, YYYY-MM-DD. */
  date: string;
}

/** A date as YYYY-MM-DD in the browser's time zone (toISOString would give UTC's day). */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function feedbackPayload(
  page: string,
  anchor: string,
  answer: FeedbackAnswer,
  text: string,
  now: Date,
): FeedbackPayload {
  return { page, anchor, answer, text: answer === "nej" ? text.trim() : "", date: localDate(now) };
}
