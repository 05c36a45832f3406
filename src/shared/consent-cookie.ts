// The consent record and its facts, written once: one first-party cookie holding a small JSON
// value, read and written as pure string functions (issue 4). The browser code stores the choice
// with them (src/consent/) and the build prints the cookie's name and lifetime on /kakor/.

export const consentCookieName = "fk_consent";
/** Raise when the cookie page or the categories change: older records then count as no consent. */
export const consentPolicyVersion = 1;
/**
 * How long the choice is kept: the cookie's Max-Age, in seconds (a year of 365 days). The cookie
 * page (/kakor/) gives it in months, converted by src/eleventy/consent-plugin.ts.
 */
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

/** The string to assign to `document.cookie` to store this consent for its lifetime. */
export function serialiseConsent(consent: Consent, secure: boolean): string {
  const value = encodeURIComponent(
    JSON.stringify({ v: consentPolicyVersion, analytics: consent.analytics, date: consent.date }),
  );
  const attributes = [`Max-Age=${consentMaxAge}`, "Path=/", "SameSite=Lax"];
  if (secure) attributes.push("Secure");
  return [`${consentCookieName}=${value}`, ...attributes].join("; ");
}
