// Nunjucks filters and shortcodes the templates use, each a few lines.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { site } from "../config/site.ts";
import { linkHtml } from "../content/links.ts";

const months = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];

/** "2024-12-04" → "4 december 2024", as Swedish pages write dates. */
export function swedishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

/** A site path → the absolute URL at the configured base URL, for canonical links and the sitemap. */
export function absoluteUrl(path: string): string {
  return `${site.baseUrl}${path}`;
}

export function filtersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("swedishDate", swedishDate);
  eleventyConfig.addFilter("absoluteUrl", absoluteUrl);
  // A link with the external-link marking when it leaves the agency's sites.
  eleventyConfig.addShortcode("link", linkHtml);
}
