// The Decap CMS configuration (/admin/config.yml), generated from the content contract: one
// collection per section folder, the page files, and form fields made from the zod schema.
import { z } from "zod";
import type { SiteConfig } from "../config/config.ts";
import {
  type FaqPage,
  pageFrontMatterSchema,
  questionFrontMatterSchema,
  slugPattern,
} from "../content/schema.ts";

/** What a field of the CMS form looks like, in Decap's configuration format, but its name. */
export type CmsFieldSpec = {
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  [option: string]: unknown;
};

/** One field of the CMS form. */
export type CmsField = CmsFieldSpec & { name: string };

const datePattern: [string, string] = [
  "^\\d{4}-\\d{2}-\\d{2}$",
  "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2024-12-04.",
];

// The pattern without its slashes, for the browser's RegExp: the same rule as the content check.
const slugFieldPattern: [string, string] = [
  slugPattern.source,
  "Bara små bokstäver a–z, siffror och enstaka bindestreck, till exempel inloggning.",
];

const httpsPattern: [string, string] = [
  "^https://\\S+$",
  "Skriv hela adressen, med https:// först.",
];

/** Markdown as the site renders it: no images, no raw HTML, headings inside answers are ####. */
function markdownField(name: string, label: string, hint: string): CmsField {
  return {
    name,
    label,
    widget: "markdown",
    hint,
    modes: ["rich_text", "raw"],
    buttons: ["bold", "italic", "link", "heading-four", "bulleted-list", "numbered-list"],
    editor_components: [],
    sanitize_preview: true,
  };
}

/**
 * The Swedish form field of each front matter field, with the words of content/README.md. A
 * field of the schema with no entry here still gets a plain field named as in the file (see
 * fallbackField), and a unit test asks for an entry.
 */
export const questionFieldSpecs: Record<string, CmsFieldSpec> = {
  question: {
    label: "Fråga",
    widget: "string",
    hint: "Frågan som den visas på sidan, med frågetecken. Filens namn (frågans ankare) görs av frågan när du sparar den första gången.",
  },
  order: {
    label: "Ordning",
    widget: "number",
    value_type: "int",
    step: 10,
    hint: "Ett heltal, unikt i sektionen. Frågorna visas i nummerordning. Använd gärna tiotal (10, 20, 30) så att det går att lägga in en fråga emellan.",
  },
  updated: {
    label: "Uppdaterad",
    widget: "datetime",
    format: "YYYY-MM-DD",
    date_format: "YYYY-MM-DD",
    time_format: false,
    pattern: datePattern,
    hint: "Dagens datum när du ändrar frågan eller svaret (ÅÅÅÅ-MM-DD). Inte ett datum efter i dag.",
  },
  sokord: {
    label: "Sökord",
    widget: "list",
    hint: "Ord som medborgare söker med men som inte står i frågan eller svaret, åtskilda med kommatecken. De visas inte på sidan.",
  },
  tidigare: {
    label: "Tidigare ankare",
    widget: "list",
    hint: "Bara om frågan har bytt filnamn eller flyttats från en annan sida: frågans gamla ankare (gammal-fraga), eller gammal-sida/gammal-fraga, åtskilda med kommatecken. Då öppnar gamla länkar den här frågan.",
  },
};

export const pageFieldSpecs: Record<string, CmsFieldSpec> = {
  title: {
    label: "Rubrik",
    widget: "string",
    hint: "Sidans rubrik (h1) och början på fliken i webbläsaren.",
  },
  description: {
    label: "Beskrivning",
    widget: "text",
    hint: "En eller två meningar som sökmotorer visar under sidans namn.",
  },
  updated: questionFieldSpecs.updated as CmsFieldSpec,
  sections: {
    label: "Sektioner",
    label_singular: "sektion",
    widget: "list",
    hint: "Sektionerna i den ordning de visas. Varje sektion har en mapp med samma namn som dess id; en ny sektion syns i redigeraren efter nästa bygge.",
    fields: [
      {
        name: "id",
        label: "Id (mappens namn)",
        widget: "string",
        pattern: slugFieldPattern,
      },
      { name: "title", label: "Rubrik", widget: "string" },
    ],
  },
  related: {
    label: "Relaterade länkar",
    label_singular: "grupp",
    widget: "list",
    hint: "Länkar i rutan ”Relaterade länkar” bredvid frågorna.",
    fields: [
      { name: "heading", label: "Rubrik", widget: "string" },
      {
        name: "links",
        label: "Länkar",
        label_singular: "länk",
        widget: "list",
        fields: [
          { name: "text", label: "Länktext", widget: "string" },
          { name: "url", label: "Adress", widget: "string", pattern: httpsPattern },
        ],
      },
    ],
  },
  tidigare: {
    label: "Tidigare namn på sidans mapp",
    widget: "list",
    hint: "Bara om sidans mapp har bytt namn: de gamla namnen, åtskilda med kommatecken. Den gamla adressen leder då hit.",
  },
  borttagna: {
    label: "Borttagna frågor",
    widget: "list",
    hint: "Ankarna för frågor som har tagits bort från sidan med flit, åtskilda med kommatecken. Den som följer en gammal länk får veta att frågan inte finns längre och kan söka i stället.",
  },
};

function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** A plain field for a schema field no spec describes, by the kind of value it holds. */
function fallbackField(name: string, schema: z.ZodType): CmsFieldSpec {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodNumber) return { label: name, widget: "number", value_type: "int" };
  if (inner instanceof z.ZodArray) return { label: name, widget: "list" };
  return { label: name, widget: "string" };
}

/** The form fields of a front matter schema, in the schema's order, required as it requires. */
export function fieldsFromSchema(
  schema: z.ZodObject,
  specs: Record<string, CmsFieldSpec>,
): CmsField[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    ...(specs[name] ?? fallbackField(name, field)),
    required: !isOptional(field),
  }));
}

/** The collection name of a section: page and section joined by "__", which no slug contains. */
export function sectionCollectionName(pageSlug: string, sectionId: string): string {
  return `${pageSlug}__${sectionId}`;
}

/** The collection holding every page's index.md. */
export const pagesCollectionName = "sidor";

export interface GeneratedCmsConfig {
  [key: string]: unknown;
  collections: Array<Record<string, unknown> & { name: string }>;
}

/** The whole configuration for the pages that the content check accepted, in the site's language. */
export function cmsConfigFor(
  pages: FaqPage[],
  { cms, lang }: Pick<SiteConfig, "cms" | "lang">,
  /** The site's address: its base URL with the path prefix (a preview's, issue 22). */
  siteUrl: string,
): GeneratedCmsConfig {
  const questionFields = [
    ...fieldsFromSchema(questionFrontMatterSchema, questionFieldSpecs),
    markdownField(
      "body",
      "Svar",
      "Svaret i Markdown. Länkar till andra webbplatser märks automatiskt. Rubriker i ett svar skrivs ####. Bilder och HTML visas inte.",
    ),
  ];
  const pageFields = [
    ...fieldsFromSchema(pageFrontMatterSchema, pageFieldSpecs),
    markdownField("body", "Inledning", "Texten under sidans rubrik, i Markdown."),
  ];
  const sectionCollections = pages.flatMap((page) =>
    page.sections.map((section) => ({
      name: sectionCollectionName(page.slug, section.id),
      label: `${page.title}: ${section.title}`,
      label_singular: "fråga",
      description: `Frågorna i sektionen ”${section.title}” på ${page.url}. En fil per fråga; filens namn blir frågans ankare.`,
      folder: `${cms.contentPath}/${page.slug}/${section.id}`,
      extension: "md",
      format: "frontmatter",
      create: true,
      // Decap deletes a published entry straight on the branch, past the pull request and CI:
      // removing a question is done in a pull request on GitHub instead (content/README.md).
      delete: false,
      identifier_field: "question",
      slug: "{{slug}}",
      summary: "{{order}}. {{question}}",
      // Listed in the order the page shows them.
      sortable_fields: [
        { field: "order", label: "Ordning", default_sort: "asc" },
        { field: "question", label: "Fråga" },
        { field: "updated", label: "Uppdaterad" },
      ],
      fields: questionFields,
    })),
  );
  const pagesCollection = {
    name: pagesCollectionName,
    label: "Sidor",
    label_singular: "sida",
    description: "Varje sidas rubrik, beskrivning, sektioner, relaterade länkar och inledning.",
    extension: "md",
    format: "frontmatter",
    files: pages.map((page) => ({
      name: page.slug,
      label: page.title,
      file: `${cms.contentPath}/${page.slug}/index.md`,
      fields: pageFields,
    })),
  };
  return {
    backend: {
      name: "github",
      repo: cms.repo,
      branch: cms.branch,
      ...(cms.authUrl ? { base_url: cms.authUrl, auth_endpoint: "auth" } : {}),
      commit_messages: {
        create: "Ny fråga: {{slug}} ({{collection}})",
        update: "Ändrad: {{slug}} ({{collection}})",
        delete: "Borttagen: {{slug}} ({{collection}})",
        uploadMedia: "Fil: {{path}}",
        deleteMedia: "Borttagen fil: {{path}}",
      },
    },
    // Every save is a branch and a pull request, so CI checks it before anything is published.
    publish_mode: "editorial_workflow",
    ...(cms.localBackend
      ? {
          local_backend: {
            url: cms.localBackend,
            allowed_hosts: [new URL(cms.localBackend).hostname],
          },
        }
      : {}),
    // Decap names its interface languages as the site does ("sv").
    locale: lang,
    site_url: siteUrl,
    display_url: siteUrl,
    show_preview_links: false,
    // Required by Decap; the FAQ pages show no images, so nothing is ever uploaded there.
    media_folder: `${cms.contentPath}/.media`,
    public_folder: "/media",
    // File names as the content contract wants them: a-z, digits and hyphens, å ä ö as a a o.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [pagesCollection, ...sectionCollections],
  };
}
