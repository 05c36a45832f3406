// Recognises text that looks like a Swedish personnummer or samordningsnummer, so the feedback
// form can refuse it before it is sent and the report can hide it: feedback must hold no
// personal data. Deliberately loose (no check digit): a mistyped number is still personal data.

// YYMMDD or YYYYMMDD, an optional "-", "+" or space, four digits; not inside a longer number.
const candidate = /(^|\D)((?:19|20)?\d{2})(\d{2})(\d{2})\s?[-+‐‑–]?\s?(\d{4})(?!\d)/g;

function isDate(month: number, day: number): boolean {
  // A samordningsnummer adds 60 to the day.
  const dayOfMonth = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31;
}

/** True when `text` holds something shaped like a personnummer or samordningsnummer. */
export function looksLikePersonalNumber(text: string): boolean {
  for (const match of text.matchAll(candidate)) {
    if (isDate(Number(match[3]), Number(match[4]))) return true;
  }
  return false;
}

/** `text` with every personnummer-like number replaced by `replacement`. */
export function hidePersonalNumbers(
  text: string,
  replacement = "[personnummer borttaget]",
): string {
  return text.replace(candidate, (whole, before: string, _year, month: string, day: string) =>
    isDate(Number(month), Number(day)) ? `${before}${replacement}` : whole,
  );
}
