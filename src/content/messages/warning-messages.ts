// The catalogue's messages on warnings: they do not stop publishing.

import { define, type Entry, quote } from "./entry.ts";
import { guideSections } from "./guide.ts";

export const warningMessages = {
  stale: define<{ updated: string; months: number; fromPage: boolean; today: string }>({
    title: "Inaktuell?",
    guide: guideSections.warnings,
    severity: "warning",
    text: ({ updated, months, fromPage, today }) => ({
      message: `Svaret uppdaterades senast ${updated}${fromPage ? ' (sidans datum: frågan har inget eget "updated")' : ""}, för mer än ${months} månader sedan. Läs svaret: stämmer det fortfarande, sätt updated: ${today}; annars skriv om det och sätt dagens datum.`,
      suggestion: `updated: ${today}`,
    }),
  }),
  "long-answer": define<{ words: number; max: number }>({
    title: "Långt svar",
    guide: guideSections.warnings,
    severity: "warning",
    text: ({ words, max }) => ({
      message: `Svaret är mycket långt: ${words} ord, mer än ${max}. Långa svar är svåra att läsa, särskilt i mobilen. Korta svaret, eller dela upp det i flera frågor.`,
    }),
  }),
  "link-texts": define<{ url: string; places: string[] }>({
    title: "Olika länktexter",
    guide: guideSections.warnings,
    severity: "warning",
    text: ({ url, places }) => ({
      message: `Samma sida, ${url}, länkas med olika texter: ${places.join(", ")}. Använd samma länktext för samma sida, så att läsaren förstår att det är samma sida.`,
    }),
  }),
  "not-updated": define<{ base: string; updated?: string; today: string }>({
    title: "Ändrat svar utan nytt datum",
    guide: guideSections.change,
    severity: "warning",
    text: ({ base, updated, today }) => ({
      message: `Svaret har ändrats jämfört med ${base}, men "updated" är ${updated ? `fortfarande ${updated}` : "inte satt"}. Sätt updated: ${today}, så att läsaren ser när svaret senast ändrades. Ändrade du bara stavning eller form, kan du låta datumet vara.`,
      suggestion: `updated: ${today}`,
    }),
  }),
  spelling: define<{ word: string; meant?: string; wordList: string }>({
    title: "Stavning?",
    guide: guideSections.warnings,
    severity: "warning",
    text: ({ word, meant, wordList }) => ({
      message: `Ordet ${quote(word)} finns inte i ordlistan.${meant && meant !== word ? ` Menade du ${quote(meant)}?` : ""} Är ordet rätt stavat (ett namn, ett fackord), lägg till det på en egen rad i ${wordList}, så varnar kontrollen inte igen.`,
      ...(meant && meant !== word ? { suggestion: meant } : {}),
    }),
  }),
} satisfies Record<string, Entry<never>>;
