// The catalogue's messages on the front matter: reading it, then each field.

import {
  capitalize,
  define,
  describeField,
  describeValue,
  type Entry,
  fieldExamples,
  listOf,
  quote,
} from "./entry.ts";
import { guideSections } from "./guide.ts";

export const frontMatterMessages = {
  "no-front-matter": define({
    title: "Front matter saknas",
    guide: guideSections.layout,
    severity: "problem",
    text: () => ({
      message:
        'Filen saknar front matter. Börja filen med en rad "---", sedan fälten (som question: och order:) en per rad, och sedan en rad "---". Svaret skrivs under den andra raden "---".',
    }),
  }),
  "front-matter-not-closed": define<{ closeBefore?: number }>({
    title: "Front matter slutar aldrig",
    guide: guideSections.layout,
    severity: "problem",
    text: ({ closeBefore }) => ({
      message: `Front matter tar aldrig slut: raden "---" efter det sista fältet saknas. Lägg till en rad "---" efter det sista fältet${closeBefore ? `, före rad ${closeBefore}` : ""}, så att svaret står under den.`,
      ...(closeBefore ? { suggestion: "---" } : {}),
    }),
  }),
  "not-utf8": define({
    title: "Filen är inte UTF-8",
    guide: guideSections.layout,
    severity: "problem",
    text: () => ({
      message:
        "Filen är inte sparad som UTF-8, så å, ä och ö blir fel. Spara filen med teckenkodningen UTF-8 (i de flesta redigerare: Spara som → Kodning → UTF-8).",
    }),
  }),
  "file-too-large": define<{ kb: number; max: number }>({
    title: "För stor fil",
    guide: guideSections.addQuestion,
    severity: "problem",
    text: ({ kb, max }) => ({
      message: `Filen är ${kb} kB, mer än de ${max} kB en innehållsfil får vara. Ett svar är några kB, så kontrollera att inget har klistrats in av misstag, eller dela upp svaret i flera frågor.`,
    }),
  }),
  "yaml-duplicate-field": define<{ name: string }>({
    title: "Fält som står två gånger",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ name }) => ({
      message: `Fältet ${quote(name)} står två gånger i front matter. Behåll bara det ena: ta bort den här raden eller den tidigare.`,
    }),
  }),
  "yaml-unclosed-quote": define<{ lineText?: string }>({
    title: "Citattecken som inte stängs",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ lineText }) => {
      const fixed = lineText && /^[^"]*"[^"]*$/.test(lineText) ? `${lineText.trimEnd()}"` : "";
      return {
        message: `Ett citattecken stängs aldrig i front matter. Avsluta texten med samma citattecken som den börjar med${fixed ? `: ${fixed}` : ""}.`,
        ...(fixed ? { suggestion: fixed } : {}),
      };
    },
  }),
  "yaml-colon-in-text": define<{ lineText?: string }>({
    title: "Kolon i en text",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ lineText }) => {
      const match = lineText ? /^(\s*[\w-]+):\s+(.*\S)\s*$/.exec(lineText) : null;
      const fixed = match ? `${match[1]}: "${match[2]?.replace(/"/g, "'")}"` : "";
      return {
        message: `Front matter går inte att läsa på den här raden. Oftast beror det på att en text innehåller ": ", som i front matter skiljer fältets namn från värdet. Sätt texten inom citattecken${fixed ? `: ${fixed}` : ': question: "Vad gäller: bank-id?"'}. Kontrollera också att listor och fält i listor är indragna med mellanslag som i guiden.`,
        ...(fixed ? { suggestion: fixed } : {}),
      };
    },
  }),
  "yaml-syntax": define<{ detail: string }>({
    title: "Front matter går inte att läsa",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ detail }) => ({
      message: `Front matter går inte att läsa på den här raden. Kontrollera indragen (mellanslag, inte tabbar, som i guidens exempel) och sätt text som innehåller ":" eller "#" inom citattecken. (YAML: ${detail})`,
    }),
  }),
  "yaml-too-deep": define({
    title: "För djupt nästlad front matter",
    guide: guideSections.fields,
    severity: "problem",
    text: () => ({
      message:
        'Front matter har listor eller grupper ("[" eller "{") nästlade alldeles för djupt och går inte att läsa. Skriv fältet som i guidens exempel.',
    }),
  }),
  "markdown-unreadable": define<{ reason: string }>({
    title: "Texten går inte att läsa",
    guide: guideSections.markdown,
    severity: "problem",
    text: ({ reason }) => ({
      message: `Texten efter front matter går inte att göra om till en sida. Ta bort det du klistrade in senast, eller skriv om stycket med vanlig Markdown enligt guiden. (Markdown: ${reason})`,
    }),
  }),
  "front-matter-unreadable": define<{ reason: string }>({
    title: "Front matter går inte att läsa",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ reason }) => ({
      message: `Front matter går inte att läsa. Jämför den med guidens exempel: ett fält per rad, "namn: värde". (YAML: ${reason})`,
    }),
  }),
  "yaml-alias-limit": define({
    title: "Front matter med för många alias",
    guide: guideSections.fields,
    severity: "problem",
    text: () => ({
      message:
        'Front matter använder YAML-alias ("*namn") som växer för mycket. Skriv ut värdena som vanlig text i stället för med "&" och "*".',
    }),
  }),

  // --- Front matter: the fields ---
  "missing-field": define({
    title: "Fält som saknas",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "" }) => {
      const name = field.replace(/^.*[.\]]/, "");
      const example = fieldExamples[name];
      return {
        // No full stop after the example: it would read as part of the value.
        message: `${capitalize(describeField(field))} saknas. Lägg till det${example ? `, till exempel så här: ${example}` : "."}`,
        ...(example && !example.includes("(") ? { suggestion: example } : {}),
      };
    },
  }),
  "unknown-field": define<{ name: string; known: string[]; meant?: string }>({
    title: "Okänt fält",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "", name, known, meant }) =>
      meant
        ? {
            message: `${capitalize(describeField(field))} finns inte. Menade du ${quote(meant)}? Byt namnet till ${meant}.`,
            suggestion: meant,
          }
        : {
            message: `${capitalize(describeField(field))} finns inte och används inte. Ta bort raden med ${quote(name)}. De fält som finns här är ${listOf(known)}.`,
          },
  }),
  "not-fields": define<{ found: unknown; expected: string }>({
    title: "Fält som saknar sina delar",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "", found, expected }) => ({
      message: `${capitalize(field === "" ? "front matter" : describeField(field))} ska vara ${expected}, ett "namn: värde" per rad, men här står ${describeValue(found)}. Skriv fälten som i guidens exempel.`,
    }),
  }),
  "not-a-list": define<{ found: unknown }>({
    title: "Inte en lista",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "", found }) => ({
      message: `${capitalize(describeField(field))} ska vara en lista, men här står ${describeValue(found)}. Skriv varje del på en egen rad som börjar med "- ", indragen under ${quote(field.replace(/^.*[.\]]/, ""))}.`,
    }),
  }),
  "empty-list": define<{ what: string }>({
    title: "Tom lista",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "", what }) => ({
      message: `${capitalize(describeField(field))} är tom. Lägg till minst en ${what}, eller ta bort fältet om det inte behövs.`,
    }),
  }),
  "not-text": define<{ found: unknown }>({
    title: "Inte en text",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "", found }) => ({
      message: `${capitalize(describeField(field))} ska vara en text, men här står ${describeValue(found)}. Skriv en text efter kolonet.`,
    }),
  }),
  "empty-text": define({
    title: "Tom text",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "" }) => ({
      message: `${capitalize(describeField(field))} är tomt. Skriv en text efter kolonet.`,
    }),
  }),
  "not-whole-number": define<{ found: unknown; meant?: number }>({
    title: "Inte ett heltal",
    guide: guideSections.questionFields,
    severity: "problem",
    text: ({ field = "", found, meant }) => ({
      message: `${capitalize(describeField(field))} ska vara ett heltal, men här står ${describeValue(found)}. Skriv ${meant === undefined ? "ett heltal med siffror, till exempel 30" : String(meant)}.`,
      ...(meant === undefined ? {} : { suggestion: String(meant) }),
    }),
  }),
  "not-a-date": define<{ found: unknown; meant?: string }>({
    title: "Fel skrivet datum",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "", found, meant }) => ({
      message: `${capitalize(describeField(field))} ska vara ett datum som finns, skrivet år-månad-dag (ÅÅÅÅ-MM-DD), men här står ${describeValue(found)}. Skriv ${meant ?? "till exempel 2024-12-04"}.`,
      ...(meant ? { suggestion: meant } : {}),
    }),
  }),
  "updated-in-future": define<{ found: string; today: string }>({
    title: "Datum i framtiden",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "updated", found, today }) => ({
      message: `${capitalize(describeField(field))} är ${found}, senare än i dag (${today}, svensk tid). Skriv det datum då texten senast ändrades, till exempel dagens.`,
      suggestion: today,
    }),
  }),
  "bad-slug": define<{ found: unknown; meant?: string }>({
    title: "Otillåtna tecken i ett id",
    guide: guideSections.addSection,
    severity: "problem",
    text: ({ field = "", found, meant }) => ({
      message: `${capitalize(describeField(field))} får bara innehålla små bokstäver a–z, siffror och bindestreck, men här står ${describeValue(found)}.${meant ? ` Skriv ${meant}, och ge sektionens mapp samma namn.` : " Skriv å, ä och ö som a, a och o."}`,
      ...(meant ? { suggestion: meant } : {}),
    }),
  }),
  "not-https": define<{ found: unknown; meant?: string }>({
    title: "Adress utan https://",
    guide: guideSections.links,
    severity: "problem",
    text: ({ field = "", found, meant }) => ({
      message: `${capitalize(describeField(field))} ska vara en hel adress som börjar med https://, men här står ${describeValue(found)}. Skriv ${meant ?? "hela adressen, till exempel https://www.forsakringskassan.se/"}.`,
      ...(meant ? { suggestion: meant } : {}),
    }),
  }),
  "invalid-value": define<{ found: unknown; detail: string }>({
    title: "Värde som inte går att använda",
    guide: guideSections.fields,
    severity: "problem",
    text: ({ field = "", found, detail }) => ({
      message: `${capitalize(describeField(field))} har ett värde som inte går att använda: ${describeValue(found)}. Jämför med guidens exempel. (${detail})`,
    }),
  }),

  "not-phone": define<{ found: unknown }>({
    title: "Fel skrivet telefonnummer",
    guide: guideSections.contact,
    severity: "problem",
    text: ({ field = "", found }) => ({
      message: `${capitalize(describeField(field))} ska vara ett telefonnummer med siffror, mellanslag och "-", men här står ${describeValue(found)}. Skriv till exempel 0771-524 524.`,
    }),
  }),
  "contact-not-yaml": define<{ detail: string }>({
    title: "kontakt.yml går inte att läsa",
    guide: guideSections.contact,
    severity: "problem",
    text: ({ detail }) => ({
      message: `Filen går inte att läsa: den är inte giltig YAML. Jämför den med exemplet i guiden: ett fält per rad, "namn: värde", och text som innehåller ": " inom citattecken. (YAML: ${detail})`,
    }),
  }),
  "contact-missing": define<{ contactFile: string }>({
    title: "[[kontakt]] utan kontaktuppgifter",
    guide: guideSections.contact,
    severity: "problem",
    text: ({ contactFile }) => ({
      message: `Svaret använder [[kontakt]], men ${contactFile} finns inte, så det finns inget att visa. Skapa ${contactFile} enligt guiden, eller ta bort [[kontakt]].`,
    }),
  }),

  "synonyms-not-yaml": define<{ detail: string }>({
    title: "sokord.yml går inte att läsa",
    guide: guideSections.searchWords,
    severity: "problem",
    text: ({ detail }) => ({
      message: `Filen går inte att läsa: den är inte giltig YAML. Skriv ett ord per rad, med webbplatsens ord som en lista: bifoga: [ladda upp, bilaga]. (YAML: ${detail})`,
    }),
  }),
  "synonyms-not-list": define<object>({
    title: "sokord.yml har fel form",
    guide: guideSections.searchWords,
    severity: "problem",
    text: () => ({
      message:
        "Filen ska bestå av rader med besökarens ord, ett kolon och webbplatsens ord som en lista, till exempel bifoga: [ladda upp, bilaga].",
    }),
  }),
  "synonym-empty": define<{ word: string }>({
    title: "Tomt sökord",
    guide: guideSections.searchWords,
    severity: "problem",
    text: ({ word }) => ({
      message: `Raden ${quote(word)} har inget ord före kolonet. Ta bort raden.`,
    }),
  }),
  "synonym-twice": define<{ word: string }>({
    title: "Sökord två gånger",
    guide: guideSections.searchWords,
    severity: "problem",
    text: ({ word }) => ({
      message: `Ordet ${quote(word)} står två gånger (stora och små bokstäver räknas lika). Slå ihop raderna till en.`,
    }),
  }),
  "synonym-no-terms": define<{ word: string }>({
    title: "Sökord utan webbplatsens ord",
    guide: guideSections.searchWords,
    severity: "problem",
    text: ({ word }) => ({
      message: `Ordet ${quote(word)} saknar webbplatsens ord. Skriv dem som en lista efter kolonet, till exempel bifoga: [ladda upp, bilaga].`,
    }),
  }),
} satisfies Record<string, Entry<never>>;
