// The catalogue's messages on earlier addresses: the fields tidigare and borttagna (issue 21).

import {
  capitalize,
  define,
  describeField,
  describeValue,
  type Entry,
  earlierWhat,
  quote,
} from "./entry.ts";
import { guideSections } from "./guide.ts";

export const earlierMessages = {
  "bad-earlier-anchor": define<{ found: unknown; meant?: string }>({
    title: "Tidigare adress som inte kan vara ett ankare",
    guide: guideSections.change,
    severity: "problem",
    text: ({ file, field = "", found, meant }) => ({
      message: `${capitalize(describeField(field))} ska vara ${earlierWhat(file, field)}. Här står ${describeValue(found)}: skriv bara små bokstäver a–z, siffror och bindestreck.${meant ? ` Skriv ${meant}.` : ""}`,
      ...(meant ? { suggestion: meant } : {}),
    }),
  }),
  "earlier-anchor-self": define<{ entry: string }>({
    title: "Tidigare ankare som är frågans eget",
    guide: guideSections.change,
    severity: "problem",
    text: ({ entry }) => ({
      message: `"tidigare" har ${quote(entry)}, som är frågans eget ankare nu. "tidigare" ska bara ha ankare som frågan hade förut: ta bort ${quote(entry)} ur listan.`,
    }),
  }),
  "earlier-anchor-live": define<{ entry: string; url: string; other: string }>({
    title: "Tidigare ankare som en annan fråga har",
    guide: guideSections.change,
    severity: "problem",
    text: ({ entry, url, other }) => ({
      message: `"tidigare" har ${quote(entry)}, men ankaret finns på ${url} och hör till ${other}. En länk dit öppnar den frågan, inte den här. Ta bort ${quote(entry)} ur listan, eller byt namn på den andra frågan om ankaret ska höra till den här.`,
    }),
  }),
  "earlier-anchor-twice": define<{ entry: string; other: string }>({
    title: "Tidigare ankare som två frågor har",
    guide: guideSections.change,
    severity: "problem",
    text: ({ entry, other }) => ({
      message: `"tidigare" har ${quote(entry)}, som också står i "tidigare" i ${other}. Ett gammalt ankare kan bara leda till en fråga: ta bort det ur den ena filen.`,
    }),
  }),
  "earlier-anchor-no-page": define<{ entry: string; page: string }>({
    title: "Tidigare ankare på en sida som inte finns",
    guide: guideSections.change,
    severity: "problem",
    text: ({ entry, page }) => ({
      message: `"tidigare" har ${quote(entry)}, men sidan /${page}/ finns inte och ingen sida har "${page}" i sitt "tidigare", så den gamla länken leder ingenstans. Kontrollera sidans namn, eller lägg till tidigare: [${page}] i index.md för den sida som ersatte den.`,
    }),
  }),
  "earlier-page-self": define<{ name: string }>({
    title: "Sidans eget namn i tidigare",
    guide: guideSections.change,
    severity: "problem",
    text: ({ name }) => ({
      message: `"tidigare" har ${quote(name)}, som är sidans egen mapp. "tidigare" ska bara ha namn som sidans mapp hade förut: ta bort ${quote(name)} ur listan.`,
    }),
  }),
  "earlier-page-live": define<{ name: string; other: string }>({
    title: "Tidigare sida som finns",
    guide: guideSections.change,
    severity: "problem",
    text: ({ name, other }) => ({
      message: `"tidigare" har ${quote(name)}, men sidan /${name}/ finns (${other}). Adressen kan inte både visa den sidan och leda hit. Ta bort ${quote(name)} ur listan, eller ta bort eller byt namn på den andra sidan.`,
    }),
  }),
  "earlier-page-twice": define<{ name: string; other: string }>({
    title: "Tidigare sida som två sidor har",
    guide: guideSections.change,
    severity: "problem",
    text: ({ name, other }) => ({
      message: `"tidigare" har ${quote(name)}, som också står i "tidigare" i ${other}. Den gamla adressen /${name}/ kan bara leda till en sida: ta bort det ur den ena filen.`,
    }),
  }),
  "removed-live": define<{ anchor: string; other: string }>({
    title: "Borttagen fråga som finns",
    guide: guideSections.change,
    severity: "problem",
    text: ({ anchor, other }) => ({
      message: `"borttagna" har ${quote(anchor)}, men ankaret "#${anchor}" finns kvar på sidan (${other}). Ta bort ${quote(anchor)} ur "borttagna".`,
    }),
  }),
  "removed-and-earlier": define<{ anchor: string; other: string }>({
    title: "Borttagen fråga som också står i tidigare",
    guide: guideSections.change,
    severity: "problem",
    text: ({ anchor, other }) => ({
      message: `"borttagna" har ${quote(anchor)}, men ${other} har ankaret i "tidigare", så frågan finns kvar under ett nytt namn. Ta bort ${quote(anchor)} ur "borttagna".`,
    }),
  }),
  "address-gone": define<{ url: string; base: string; add: string; where: string; or?: string }>({
    title: "Adress som försvinner",
    guide: guideSections.change,
    severity: "problem",
    text: ({ url, base, add, where, or }) => ({
      message: `Adressen ${url} fanns i ${base} men finns inte längre, så länkar dit från andra webbplatser, e-post och bokmärken slutar fungera. Lägg till \`${add}\` i ${where}.${or ? ` ${or}` : ""}`,
      suggestion: add,
    }),
  }),

  "empty-answer": define({
    title: "Tomt svar",
    guide: guideSections.addQuestion,
    severity: "problem",
    text: () => ({
      message:
        'Frågan har inget svar. Skriv svaret under front matter, efter den andra raden "---".',
    }),
  }),
} satisfies Record<string, Entry<never>>;
