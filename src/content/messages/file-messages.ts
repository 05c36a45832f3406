// The catalogue's messages on files and folders: names, places, duplicates, orders.

import { capitalize, define, type Entry, listOf, quote } from "./entry.ts";
import { guideSections } from "./guide.ts";

export const fileMessages = {
  "bad-file-name": define<{ name: string; meant?: string }>({
    title: "Filnamn som inte kan bli ett ankare",
    guide: guideSections.layout,
    severity: "problem",
    text: ({ name, meant }) => ({
      message: `Filnamnet ${quote(name)} kan inte bli frågans ankare (länk). Använd bara små bokstäver a–z, siffror och bindestreck, och skriv å, ä och ö som a, a och o${meant ? `: döp om filen till ${quote(meant)}` : ""}.`,
      ...(meant ? { suggestion: meant } : {}),
    }),
  }),
  "bad-folder-name": define<{ name: string; meant?: string }>({
    title: "Mappnamn som inte kan bli en adress",
    guide: guideSections.layout,
    severity: "problem",
    text: ({ name, meant }) => ({
      message: `Mappnamnet ${quote(name)} kan inte bli sidans adress. Använd bara små bokstäver a–z, siffror och bindestreck, och skriv å, ä och ö som a, a och o${meant ? `: döp om mappen till ${quote(meant)}` : ""}.`,
      ...(meant ? { suggestion: meant } : {}),
    }),
  }),
  "file-outside-page": define<{ allowed: string[] }>({
    title: "Fil direkt i content/",
    guide: guideSections.layout,
    severity: "problem",
    text: ({ allowed }) => ({
      message: `Filen ligger direkt i content/ och publiceras inte. Flytta den till en sektions mapp, content/<sida>/<sektion>/. Direkt i content/ ska bara ${listOf(allowed)} ligga.`,
    }),
  }),
  "question-in-page-folder": define<{ sections: string[]; folder: string; name: string }>({
    title: "Fråga utanför en sektion",
    guide: guideSections.layout,
    severity: "problem",
    text: ({ sections, folder, name }) => ({
      message: `Frågan ligger direkt i sidans mapp och publiceras inte. Flytta den till en av sektionernas mappar${sections.length > 0 ? `: ${listOf(sections.map((id) => `${folder}/${id}/`))}` : ""}.`,
      ...(sections.length === 1 ? { suggestion: `${folder}/${sections[0]}/${name}` } : {}),
    }),
  }),
  "stray-file-in-page": define({
    title: "Fil som inte hör hemma i sidans mapp",
    guide: guideSections.layout,
    severity: "problem",
    text: () => ({
      message:
        "Filen är ingen Markdown-fil och publiceras inte. I en sidas mapp ska bara index.md och sektionernas mappar ligga. Ta bort filen.",
    }),
  }),
  "folder-in-section": define<{ section: string }>({
    title: "Mapp i en sektion",
    guide: guideSections.layout,
    severity: "problem",
    text: ({ section }) => ({
      message: `Mappen ligger inne i en sektion och frågorna i den publiceras inte. Flytta frågorna upp till sektionens mapp, ${section}/, och ta bort mappen.`,
    }),
  }),
  "wrong-extension": define<{ meant?: string }>({
    title: "Filändelse som inte är .md",
    guide: guideSections.layout,
    severity: "problem",
    text: ({ meant }) => ({
      message: `Filen publiceras inte: en frågas filnamn ska sluta på ".md" med små bokstäver${meant ? `. Döp om den till ${quote(meant)}` : ""}.`,
      ...(meant ? { suggestion: meant } : {}),
    }),
  }),
  "not-markdown-file": define({
    title: "Fil som inte är Markdown",
    guide: guideSections.layout,
    severity: "problem",
    text: () => ({
      message:
        "Filen är ingen Markdown-fil (.md) och publiceras inte. Frågor är .md-filer. Ta bort filen, eller skriv innehållet som en fråga i en .md-fil.",
    }),
  }),
  "index-missing": define({
    title: "index.md saknas",
    guide: guideSections.addPage,
    severity: "problem",
    text: () => ({
      message:
        "Sidans mapp saknar index.md. Varje sida behöver en index.md med title, description, updated och sections. Skapa den enligt guidens exempel.",
    }),
  }),
  "duplicate-section-id": define<{ id: string }>({
    title: "Sektion som står två gånger",
    guide: guideSections.addSection,
    severity: "problem",
    text: ({ id }) => ({
      message: `Sektionen ${quote(id)} står två gånger i "sections". Ge varje sektion ett eget id, eller ta bort den ena.`,
    }),
  }),
  "section-not-listed": define<{ id: string; indexFile: string }>({
    title: "Sektion som inte står i sections",
    guide: guideSections.addSection,
    severity: "problem",
    text: ({ id, indexFile }) => {
      const entry = `- id: ${id}\n  title: ${capitalize(id.replace(/-/g, " "))}`;
      return {
        message: `Mappen ${quote(id)} står inte i "sections" i ${indexFile}, så frågorna i den publiceras inte. Lägg till sektionen i "sections" där den ska visas (- id: ${id} och title: med sektionens rubrik), eller flytta frågorna till en sektion som finns.`,
        suggestion: entry,
      };
    },
  }),
  "section-without-folder": define<{ id: string; folder: string; meant?: string }>({
    title: "Sektion utan mapp",
    guide: guideSections.addSection,
    severity: "problem",
    text: ({ id, folder, meant }) => ({
      message: `"sections" har sektionen ${quote(id)}, men mappen ${folder}/ finns inte.${meant ? ` Menade du mappen ${quote(meant)}? Skriv då id: ${meant}.` : ""} Skapa mappen och lägg sektionens frågor där, eller ta bort sektionen ur "sections".`,
      ...(meant ? { suggestion: meant } : {}),
    }),
  }),
  "duplicate-order": define<{ order: number; other: string; free: number; last: number }>({
    title: "Samma order två gånger",
    guide: guideSections.addQuestion,
    severity: "problem",
    text: ({ order, other, free, last }) => ({
      message: `Fältet "order" är ${order}, samma som i ${other}. Varje fråga i en sektion behöver ett eget nummer: ${free} är ledigt och placerar frågan direkt efter den andra, ${last} placerar den sist.`,
      suggestion: String(free),
    }),
  }),
  "duplicate-anchor": define<{ slug: string; other: string }>({
    title: "Ankare som redan används",
    guide: guideSections.change,
    severity: "problem",
    text: ({ slug, other }) => ({
      message: `Filnamnet ger ankaret "#${slug}", som redan används av ${other} på samma sida. Varje fråga och sektion på en sida behöver ett eget ankare: döp om en av filerna.`,
    }),
  }),
} satisfies Record<string, Entry<never>>;
