// What a citizen without JavaScript sees when the form post is refused: a short Swedish page with
// the way back to the question, instead of an error in a language of machines.
import { escapeHtml } from "../../../src/shared/escape-html.ts";

const reasons: Record<string, string> = {
  "personal-data":
    "Ditt svar ser ut att innehålla ett personnummer, en e-postadress eller ett telefonnummer. Vi sparar inte sådana uppgifter. Gå tillbaka och ta bort dem.",
  "text-too-long": "Texten får vara högst 500 tecken. Gå tillbaka och korta den.",
  "rate-limited": "Vi har fått många svar från dig på kort tid. Försök igen om en stund.",
};

export function refusalPage(reason: string, back: string | null): string {
  const text = reasons[reason] ?? "Vi kunde inte ta emot ditt svar.";
  const link = back ? `<p><a href="${escapeHtml(back)}">Tillbaka till frågan</a></p>` : "";
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ditt svar skickades inte – Försäkringskassan</title></head><body><main><h1>Ditt svar skickades inte</h1><p>${escapeHtml(text)}</p>${link}</main></body></html>`;
}
