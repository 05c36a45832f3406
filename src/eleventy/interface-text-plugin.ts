// The `t` filter: a text of the interface (src/interface-text/) in the page's language, its `lang`
// or else the site's, and dates in words in that language. Components see the page's `lang`
// because templates import them `with context`.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { SiteConfig } from "../config/config.ts";
import {
  fillText,
  type InterfaceText,
  loadInterfaceText,
  textOf,
} from "../interface-text/interface-text.ts";

export interface InterfaceTextOptions {
  site: SiteConfig;
  /** The catalogues' folder: the project's unless a test gives its own. */
  dir?: string;
}

/**
 * One formatter per language: making an Intl.DateTimeFormat costs about 25 µs, and a page of the
 * 10,200-question site writes 17 dates (0.26 s of its build's CPU when each made its own).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `isoDate` (YYYY-MM-DD) written out in words in `lang`: "4 december 2024" in Swedish. */
export function dateInWords(isoDate: string, lang: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** The language of the page being rendered: its own `lang`, else the site's. */
function pageLang(context: { ctx?: { lang?: unknown } } | undefined, site: SiteConfig): string {
  const lang = context?.ctx?.lang;
  return typeof lang === "string" && lang ? lang : site.lang;
}

export function interfaceTextPlugin(
  eleventyConfig: UserConfig,
  { site, dir }: InterfaceTextOptions,
): void {
  const text: InterfaceText = loadInterfaceText(site.lang, dir);
  // A text ({{ "accordion.showAll" | t }}) with its {placeholders} filled, or a group of texts
  // ({{ "search.status" | t | dump }}) for a script to fill in the browser.
  eleventyConfig.addFilter(
    "t",
    function (this: unknown, name: string, values?: Record<string, string | number>) {
      const found = textOf(text, pageLang(this as Parameters<typeof pageLang>[0], site), name);
      return typeof found === "string" ? fillText(found, values) : found;
    },
  );
  // "2024-12-04" → "4 december 2024": a date written out in words, as the page's language writes it.
  eleventyConfig.addFilter("dateInWords", function (this: unknown, isoDate: string) {
    return dateInWords(isoDate, pageLang(this as Parameters<typeof pageLang>[0], site));
  });
}
