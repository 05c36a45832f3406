// The one check on free text before it is stored: the browser's own rules, imported from the
// site's src/shared/ (personnummer and samordningsnummer, e-mail, phone number).
import {
  hideContactDetails,
  looksLikeContactDetails,
} from "../../../src/shared/contact-details.ts";
import {
  hidePersonalNumbers,
  looksLikePersonalNumber,
} from "../../../src/shared/personal-number.ts";

export function looksLikePersonalData(text: string): boolean {
  return looksLikePersonalNumber(text) || looksLikeContactDetails(text);
}

export function scrubPersonalData(text: string): string {
  return hideContactDetails(hidePersonalNumbers(text, "")).replace(/\s+/g, " ").trim();
}
