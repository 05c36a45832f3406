// The catalogue of every content problem and warning: one Swedish text per kind, written for an
// editor (what is wrong, what to do), with the guide's section that explains it and a suggestion.
import type { Problem } from "./problems.ts";

/** The guide's headings (content/README.md) that messages point to, each written once. */
const guideHeadings = {
  layout: "Så är innehållet ordnat",
  addQuestion: "Lägga till en fråga",
  change: "Ändra, flytta och ta bort en fråga",
  addSection: "Lägga till en sektion",
  addPage: "Lägga till en hel sida",
  fields: "Fälten i front matter",
  pageFields: "Sidans index.md",
  questionFields: "En frågas fil",
  markdown: "Markdown i svaren",
  links: "Länkar till andra webbplatser märks automatiskt",
  contact: "Kontaktuppgifter (kontakt.yml)",
  searchWords: "Sökord",
  check: "Förhandsgranska och kontrollera",
  messages: "Felmeddelanden",
  warnings: "Varningar",
} as const;

/**
 * The anchor GitHub gives a heading ("Sidans index.md" → "sidans-indexmd"): links to the guide
 * use it, so one link form works on GitHub and on the preview's error page.
 */
export function headingAnchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

type GuideKey = keyof typeof guideHeadings;

/** A section of the guide, named by its heading's anchor. */
export type GuideSection = string;

/** Sections of content/README.md by their anchors, as GitHub and the preview name them. */
export const guideSections = Object.fromEntries(
  Object.entries(guideHeadings).map(([key, heading]) => [key, headingAnchor(heading)]),
) as Record<GuideKey, GuideSection>;

/** Each section's heading in the guide by its anchor, for the link text. */
export const guideTitles: Record<GuideSection, string> = Object.fromEntries(
  Object.values(guideHeadings).map((heading) => [headingAnchor(heading), heading]),
);

/** The guide's sections that explain `problems`, each once, in order: for the end of a list. */
export function guideReferences(problems: Problem[], guideFile = "content/README.md"): string[] {
  const sections = [...new Set(problems.map((p) => p.guide))];
  return sections.map((section) => {
    const title = guideTitles[section];
    return title ? `${guideLink(section, guideFile)} (${title})` : guideLink(section, guideFile);
  });
}

/** The guide as a path from the project root, with the section's anchor. */
export function guideLink(section: string, guideFile = "content/README.md"): string {
  return `${guideFile}#${section}`;
}

/** Where in a file a message points: the line, and the front matter field if it is about one. */
export interface Place {
  file: string;
  line?: number;
  /** A front matter field as a path: `order`, `sections[1].id`, `related[0].links[0].url`. */
  field?: string;
}

interface Entry<Params> {
  /** A short Swedish name for the kind, for report tables. */
  title: string;
  guide: GuideSection;
  severity: "problem" | "warning";
  text(params: Params & Place): { message: string; suggestion?: string };
}

const define = <Params = object>(entry: Entry<NoInfer<Params>>) => entry;
const quote = (text: string) => `"${text}"`;
const listOf = (items: string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;

const containerNouns: Record<string, string> = {
  tidigare: "värde",
  borttagna: "värde",
  sections: "sektion",
  related: "grupp",
  links: "länk",
};

/** `sections[1].id` as an editor reads it: `fältet "id" i sektion 2 under "sections"`. */
export function describeField(field: string): string {
  const parts = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => ({
    name: m[1] ?? "",
    index: m[2] === undefined ? undefined : Number(m[2]),
  }));
  // Segments from the outside in: a list item ("sektion 2"), a group ("telefon") or the field.
  const segments: Array<{ kind: "item" | "group" | "field"; text: string; list?: string }> = [];
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]?.name ?? "";
    const index = parts[i + 1]?.index;
    if (index !== undefined) {
      segments.push({
        kind: "item",
        text: `${containerNouns[name] ?? "del"} ${index + 1}`,
        list: name,
      });
      i++;
    } else if (name) {
      segments.push({ kind: i === parts.length - 1 ? "field" : "group", text: name });
    }
  }
  const first = segments[0];
  const last = segments.pop();
  if (!first || !last) return "front matter";
  let text = last.kind === "field" ? `fältet ${quote(last.text)}` : last.text;
  for (const segment of [...segments].reverse()) {
    text += segment.kind === "item" ? ` i ${segment.text}` : ` under ${quote(segment.text)}`;
  }
  // A list at the top is named last: "fältet "id" i sektion 2 under "sections"".
  return first.kind === "item" ? `${text} under ${quote(first.list ?? "")}` : text;
}

/** What an entry of `tidigare` or `borttagna` names, in the file it is in. */
function earlierWhat(file: string, field: string): string {
  if (!file.endsWith("index.md"))
    return "ett ankare som frågan hade förut: filnamnet utan .md (gammal-fraga), eller sidans mapp och ankaret (gammal-sida/gammal-fraga) om frågan låg på en annan sida";
  return field.startsWith("borttagna")
    ? "ankaret för en fråga som har tagits bort från sidan: filnamnet utan .md"
    : "ett namn som sidans mapp hade förut";
}

/** Ends `text` with a full stop unless it already ends a sentence. */
const sentence = (text: string) => (/[.?!…]$/.test(text) ? text : `${text}.`);

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A value as the message quotes it: text in quotes, other kinds named. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "ingenting";
  if (typeof value === "string") return quote(value);
  if (Array.isArray(value)) return "en lista";
  if (typeof value === "object") return "en grupp av fält";
  return String(value);
}

const fieldExamples: Record<string, string> = {
  question: "question: Hur loggar jag in på Mina sidor?",
  order: "order: 10",
  updated: "updated: 2024-12-04",
  title: "title: Vanliga frågor och svar om …",
  description: "description: Här hittar du svar på …",
  sections: "sections: (och under den en rad per sektion: - id: … och title: …)",
  id: "id: inloggning",
  heading: "heading: För personlig kontakt",
  links: "links: (och under den en rad per länk: - text: … och url: https://…)",
  text: "text: Kontakta kundcenter",
  url: "url: https://www.forsakringskassan.se/…",
};

export const catalogue = {
  // --- Front matter: reading it ---
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

  // --- Files and folders ---
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
  // --- Earlier addresses: tidigare and borttagna (issue 21) ---
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

  // --- The answer's Markdown ---
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

  // --- The feedback export (npm run report:feedback) ---
  // For the people who run the site, whose guide (deploy/README.md) is in English: these texts
  // stay English, as the command's other output is.
  "feedback-not-json": define<{ detail: string }>({
    title: "Feedback export is not JSON",
    guide: guideSections.messages,
    severity: "problem",
    text: ({ detail }) => ({ message: `is not valid JSON (${detail})` }),
  }),
  "feedback-not-array": define({
    title: "Feedback export is not a list",
    guide: guideSections.messages,
    severity: "problem",
    text: () => ({
      message:
        "must be a JSON array of votes, each { page, anchor, answer, text, date } (see deploy/README.md)",
    }),
  }),
  "feedback-invalid-vote": define<{ vote: number; name: string; detail: string }>({
    title: "Feedback vote that cannot be read",
    guide: guideSections.messages,
    severity: "problem",
    text: ({ vote, name, detail }) => ({
      message: `vote ${vote}, "${name || "the vote"}" ${detail}`,
    }),
  }),

  // --- Warnings: they do not stop publishing ---
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

export type MessageCode = keyof typeof catalogue;
type ParamsOf<Code extends MessageCode> = Parameters<(typeof catalogue)[Code]["text"]>[0];

/** A problem (or warning) of kind `code` at a place, with its Swedish text from the catalogue. */
export function problem<Code extends MessageCode>(code: Code, params: ParamsOf<Code>): Problem {
  const entry = catalogue[code] as Entry<ParamsOf<Code>>;
  const { message, suggestion } = entry.text(params);
  const { file, line, field } = params as Place;
  return {
    file,
    code,
    ...(line === undefined ? {} : { line }),
    ...(field === undefined ? {} : { field }),
    message,
    ...(suggestion === undefined ? {} : { suggestion }),
    guide: entry.guide,
  };
}
