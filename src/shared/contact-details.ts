// Recognises e-mail addresses and phone numbers in free text, beside personal-number.ts's rule:
// together they are the check the browser and the feedback receiver apply before anything leaves
// the page or is stored (issue 23). Deliberately loose: a mistyped address is still personal data.

// Something@something.tld.
const email = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/gi;
// A digit run that may be grouped with spaces, dashes or parentheses (070-123 45 67,
// 08-123 456 78, +46 (0)70 1234567); isPhone decides whether it is a number one can call.
const phone = /(?<!\d)(?:\+|00)?\d[\d\s\-()]{6,16}\d(?!\d)/g;

function isPhone(match: string): boolean {
  const digits = match.replace(/\D/g, "");
  // A phone number starts with 0 or + in Sweden; dates (2024-12-04) and amounts do not.
  return /^(?:\+|0)/.test(match) && digits.length >= 8 && digits.length <= 15;
}

/** True when `text` holds something shaped like an e-mail address or a phone number. */
export function looksLikeContactDetails(text: string): boolean {
  if (text.match(email)) return true;
  return [...text.matchAll(phone)].some((match) => isPhone(match[0]));
}

/** `text` with every e-mail address and phone number taken out. */
export function hideContactDetails(text: string, replacement = ""): string {
  return text
    .replace(email, replacement)
    .replace(phone, (match) => (isPhone(match) ? replacement : match));
}
