// The consent record: one first-party cookie holding a small JSON value, read and written as pure
// string functions so they can be tested without a browser (issue 4).

export const consentCookieName = "fk_consent";
/** Raise when the cookie page or the categories change: older records then count as no consent. */
export const consentPolicyVersion = 1;
/** 12 months, in seconds. */
export const consentMaxAge = 365 * 24 * 60 * 60;

export interface Consent {
  analytics: boolean;
  /** The day the choice was made, YYYY-MM-DD. */
  date: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(date: string): boolean {
  return isoDate.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
}

/** The consent in a `document.cookie` string; missing, malformed, tampered or old counts as none. */
export function parseConsent(cookieHeader: string): Consent | null {
  const prefix = `${consentCookieName}=`;
  const pair = cookieHeader
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  if (!pair) return null;
  try {
    const record: unknown = JSON.parse(decodeURIComponent(pair.slice(prefix.length)));
    if (typeof record !== "object" || record === null || Array.isArray(record)) return null;
    const { v, analytics, date, ...rest } = record as Record<string, unknown>;
    if (v !== consentPolicyVersion || typeof analytics !== "boolean") return null;
    if (typeof date !== "string" || !isRealDate(date) || Object.keys(rest).length > 0) return null;
    return { analytics, date };
  } catch {
    return null;
  }
}

/** The string to assign to `document.cookie` to store this consent for 12 months. */
export function serialiseConsent(consent: Consent, secure: boolean): string {
  const value = encodeURIComponent(
    JSON.stringify({ v: consentPolicyVersion, analytics: consent.analytics, date: consent.date }),
  );
  const attributes = [`Max-Age=${consentMaxAge}`, "Path=/", "SameSite=Lax"];
  if (secure) attributes.push("Secure");
  return [`${consentCookieName}=${value}`, ...attributes].join("; ");
}
