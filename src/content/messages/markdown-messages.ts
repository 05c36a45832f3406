// The catalogue's messages on the answer's Markdown: headings, links, images, lists.

import { define, type Entry, listOf, quote, sentence } from "./entry.ts";
import { guideSections } from "./guide.ts";

export const markdownMessages = {
  "html-comment": define({
    title: "HTML-kommentar",
    guide: guideSections.markdown,
    severity: "problem",
    text: () => ({
      message:
        'Svaret innehåller en HTML-kommentar "<!--". Den döljs inte utan skulle synas som text på sidan. Ta bort den: anteckningar till andra redaktörer skriver du i pull requesten.',
    }),
  }),
  "raw-html": define<{ tags: string[]; markdown?: string }>({
    title: "HTML i svaret",
    guide: guideSections.markdown,
    severity: "problem",
    text: ({ tags, markdown }) => ({
      message: sentence(
        `Svaret innehåller HTML (${tags.join(", ")}), som inte visas som formatering utan som text på sidan. Skriv Markdown i stället${markdown ? `: ${markdown.replace(/\n/g, " ⏎ ")}` : ", till exempel **fetstil**, [länktext](https://…) eller en lista med - i början av raden"}`,
      ),
      ...(markdown ? { suggestion: markdown } : {}),
    }),
  }),
  "block-in-paragraph": define<{ written: string }>({
    title: "Block mitt i ett stycke",
    guide: guideSections.markdown,
    severity: "problem",
    text: ({ written }) => ({
      message: `${quote(written)} står inne i ett stycke och visas inte som block. Skriv ${written} ensamt på en rad, med en tom rad före och efter.`,
      suggestion: written,
    }),
  }),
  "unknown-block": define<{ written: string; blocks: string[] }>({
    title: "Okänt block",
    guide: guideSections.markdown,
    severity: "problem",
    text: ({ written, blocks }) => ({
      message: `${quote(written)} är inget block som webbplatsen känner till. Skriv ${listOf(blocks).replace(/ och /, " eller ")} ensamt på en rad, eller ta bort det.`,
      ...(blocks.length === 1 ? { suggestion: blocks[0] } : {}),
    }),
  }),
  image: define<{ src: string }>({
    title: "Bild i svaret",
    guide: guideSections.markdown,
    severity: "problem",
    text: ({ src }) => ({
      message: `Svaret har en bild (${quote(src)}), men sidorna visar inga bilder. Beskriv i ord vad bilden visar, eller länka till en sida som visar den.`,
    }),
  }),
  "http-link": define<{ href: string }>({
    title: "Länk med http://",
    guide: guideSections.links,
    severity: "problem",
    text: ({ href }) => {
      const meant = href.replace(/^http:/i, "https:");
      return {
        message: `Länken ${quote(href)} är inte säker. Länkar till andra webbplatser ska börja med https://: skriv ${quote(meant)} och kontrollera att sidan finns på den adressen.`,
        suggestion: meant,
      };
    },
  }),
  "bad-link": define<{ href: string }>({
    title: "Ofullständig länk",
    guide: guideSections.links,
    severity: "problem",
    text: ({ href }) => {
      const meant = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(href)
        ? `https://${href}`
        : undefined;
      return {
        message: `Länken ${quote(href)} är varken en hel adress eller en sida på webbplatsen. ${meant ? `Skriv hela adressen: ${quote(meant)}` : "Skriv hela adressen med https://"}, eller en sökväg på webbplatsen som /sidan/#fragan.`,
        ...(meant ? { suggestion: meant } : {}),
      };
    },
  }),
  "unsafe-link": define<{ scheme: string }>({
    title: "Otillåten länk",
    guide: guideSections.markdown,
    severity: "problem",
    text: ({ scheme }) => ({
      message: `Länken börjar med ${quote(`${scheme}:`)}, som inte är tillåtet: javascript:-, data:- och vbscript:-länkar kan köra kod hos läsaren och kommer aldrig med på webbplatsen. Länka till en https://-adress eller till en sida på webbplatsen.`,
    }),
  }),
  "heading-too-big": define<{ marks: string; heading: string }>({
    title: "För stor rubrik",
    guide: guideSections.markdown,
    severity: "problem",
    text: ({ marks, heading }) => {
      const meant = `#### ${heading}`;
      return {
        message: `Rubriken är skriven med ${quote(marks)} och blir lika stor som frågorna. Frågan är rubriken ovanför svaret, så rubriker i ett svar skrivs med fyra #: ${meant}.`,
        suggestion: meant,
      };
    },
  }),
  "heading-jump": define<{ marks: string; heading: string; meant: string }>({
    title: "Rubriknivå som hoppas över",
    guide: guideSections.markdown,
    severity: "problem",
    text: ({ marks, heading, meant }) => ({
      message: `Rubriken ${quote(heading)} är skriven med ${quote(marks)} och hoppar över en rubriknivå. Den som använder skärmläsare hittar i svaret genom rubrikernas nivåer, så ingen nivå får saknas: skriv ${meant} ${heading}.`,
      suggestion: `${meant} ${heading}`,
    }),
  }),
  "page-over-budget": define<{ page: string; kb: string; max: number; largest: string[] }>({
    title: "För stor sida",
    guide: guideSections.addQuestion,
    severity: "problem",
    text: ({ page, kb, max, largest }) => ({
      message: `Sidan ${page} är ${kb} kB komprimerad, mer än de ${max} kB en sida får vara för att öppnas snabbt på en långsam mobil. Korta svaren eller flytta frågor till en annan sida. Längst är ${listOf(largest)}.`,
    }),
  }),
  "missing-page": define<{ href: string; meant?: string }>({
    title: "Länk till en sida som inte finns",
    guide: guideSections.change,
    severity: "problem",
    text: ({ href, meant }) => ({
      message: `Länken ${quote(href)} går till en sida som inte finns på webbplatsen.${meant ? ` Menade du ${quote(meant)}?` : ""} Kontrollera adressen: sidornas adresser slutar med "/".`,
      ...(meant ? { suggestion: meant } : {}),
    }),
  }),
  "missing-anchor": define<{ href: string; page: string; anchor: string; nearest: string[] }>({
    title: "Länk till ett ankare som inte finns",
    guide: guideSections.change,
    severity: "problem",
    text: ({ href, page, anchor, nearest }) => ({
      message: `Länken ${quote(href)} går till ankaret "#${anchor}", men på ${page} finns ingen fråga eller sektion med det ankaret. Frågan kan ha bytt namn, flyttats eller tagits bort.${nearest.length > 0 ? ` Närmast finns ${listOf(nearest.map((a) => `#${a}`))}.` : ""} Ankaret är frågefilens namn utan .md.`,
      ...(nearest[0] ? { suggestion: `${href.split("#")[0]}#${nearest[0]}` } : {}),
    }),
  }),
} satisfies Record<string, Entry<never>>;
