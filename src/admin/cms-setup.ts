// Starts Decap CMS at /admin/ with a preview that looks like the site: the site's stylesheet and
// the build's own Markdown renderer, so external links are marked and raw HTML is not shown.
import { createMarkdown } from "../content/markdown.ts";
import { questionPreviewHtml } from "./question-preview.ts";

/** Decap's entries are Immutable.js maps; this is the little of them the preview uses. */
interface Entry {
  getIn(path: string[]): unknown;
}

interface PreviewProps {
  entry: Entry;
}

type Element = unknown;
type CreateElement = (
  type: string,
  props: Record<string, unknown> | null,
  ...children: unknown[]
) => Element;

type Phrases = { [key: string]: string | Phrases };

interface Decap {
  getLocale(name: string): Phrases | undefined;
  registerLocale(name: string, phrases: Phrases): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => Element): void;
  init(): void;
}

const md = createMarkdown();

function text(entry: Entry, field: string): string {
  const value = entry.getIn(["data", field]);
  return typeof value === "string" ? value : value == null ? "" : String(value);
}

/** A list field as plain data (Decap holds it as an Immutable.js List). */
function list<Item>(entry: Entry, field: string): Item[] {
  const value = entry.getIn(["data", field]) as { toJS?: () => Item[] } | undefined;
  return value?.toJS?.() ?? [];
}

/**
 * One question as the accordion shows it open: the site's question.njk, which the admin page
 * rendered into `template`, filled with the entry.
 */
function questionPreview(h: CreateElement, template: string) {
  return ({ entry }: PreviewProps) => {
    const slug = entry.getIn(["slug"]);
    const html = questionPreviewHtml(template, {
      slug: typeof slug === "string" ? slug : "",
      question: text(entry, "question"),
      answerHtml: md.render(text(entry, "body")),
    });
    return h(
      "main",
      { className: "app-main" },
      h(
        "div",
        { className: "app-width-container" },
        h("div", { className: "app-accordion", dangerouslySetInnerHTML: { __html: html } }),
      ),
    );
  };
}

/** A page's heading, introduction and section headings. */
function pagePreview(h: CreateElement) {
  return ({ entry }: PreviewProps) =>
    h(
      "main",
      { className: "app-main" },
      h(
        "div",
        { className: "app-width-container" },
        h("h1", null, text(entry, "title")),
        h("div", { dangerouslySetInnerHTML: { __html: md.render(text(entry, "body")) } }),
        ...list<{ id: string; title: string }>(entry, "sections").map((section) =>
          h("h2", { key: section.id, className: "app-accordion__section-heading" }, section.title),
        ),
      ),
    );
}

/** A copy of `phrases` with `value` at `path`. */
function withPhrase(phrases: Phrases, path: string[], value: string): Phrases {
  const [key, ...rest] = path;
  if (key === undefined) return phrases;
  const inner = phrases[key];
  return {
    ...phrases,
    [key]:
      rest.length === 0 ? value : withPhrase(typeof inner === "object" ? inner : {}, rest, value),
  };
}

/** Phrases Decap's locales leave in English, by the site's language, in the guide's words. */
const localeGaps: Record<string, Array<[string[], string]>> = {
  sv: [
    [["editor", "editorWidgets", "markdown", "richText"], "Formaterad text"],
    [["editor", "editorWidgets", "datetime", "setToNow"], "Sätt %{fieldLabel} till i dag"],
  ],
};

function start(): void {
  const { CMS, h } = window as unknown as { CMS?: Decap; h?: CreateElement };
  const script = document.querySelector<HTMLScriptElement>("script[data-site-css]");
  if (!CMS || !h || !script) throw new Error("Decap CMS did not load before cms-setup.js");
  // The site's language (config.site.lang), which config.yml also gives Decap as its locale.
  const lang = script.dataset.lang ?? "";
  const phrases = CMS.getLocale(lang);
  if (phrases) {
    CMS.registerLocale(
      lang,
      (localeGaps[lang] ?? []).reduce(
        (all, [path, value]) => withPhrase(all, path, value),
        phrases,
      ),
    );
  }
  CMS.registerPreviewStyle(script.dataset.siteCss ?? "");
  const questionCollections = JSON.parse(script.dataset.questionCollections ?? "[]") as string[];
  const questionTemplate = script.dataset.questionTemplate ?? "";
  for (const name of questionCollections) {
    CMS.registerPreviewTemplate(name, questionPreview(h, questionTemplate));
  }
  for (const name of JSON.parse(script.dataset.pageFiles ?? "[]") as string[]) {
    CMS.registerPreviewTemplate(name, pagePreview(h));
  }
  CMS.init();
}

start();
