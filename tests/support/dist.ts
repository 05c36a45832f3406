// A built site (the real dist/, or the fixture site), read from disk for checks that need no browser.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The real site, built from content/ by `npm run build`. */
export const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));

export interface BuiltPage {
  /** The file under dist/, with forward slashes. */
  file: string;
  /** The address it is served at: "sida/index.html" → "/sida/". */
  urlPath: string;
  html: string;
}

/** Every file under `siteDir`, relative, sorted. */
export function distFiles(siteDir = distDir): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
}

/** Pages that say `noindex` are not for citizens, as the bench decides (scripts/measure/bench/page-weight.ts). */
const notForCitizens = /<meta name="robots" content="[^"]*noindex/;

/**
 * Every page for citizens: the editors' CMS under admin/ is none (tests/e2e/cms.spec.ts), nor is
 * a renamed page's old address, which only sends the citizen on (tests/e2e/earlier-addresses.spec.ts).
 */
export function builtPages(siteDir = distDir): BuiltPage[] {
  return distFiles(siteDir)
    .filter((file) => file.endsWith(".html") && !file.startsWith("admin/"))
    .map((file) => ({
      file,
      urlPath: `/${file.replace(/(^|\/)index\.html$/, "$1")}`,
      html: readFileSync(path.join(siteDir, file), "utf8"),
    }))
    .filter((page) => !notForCitizens.test(page.html));
}

/** The dist/ file a site path is served from, or null when nothing is there. */
export function fileForPath(urlPath: string, files: Set<string>): string | null {
  const relative = decodeURIComponent(urlPath).replace(/^\//, "");
  const candidate = relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
  return files.has(candidate) ? candidate : null;
}

/** The value of `name` in an attribute string such as ` href="/" class="x"`. */
export function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** Decodes the few entities our templates write inside attribute values. */
export function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
