// Checks over every page of the real dist/ that need no browser: valid HTML, links, budgets, site
// files. They hold for any content: what they expect is derived from content/ at test time.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { siteConfigFrom, staticPages } from "../../../src/config/config.ts";
import { externalLinkHint, isExternalUrl } from "../../../src/content/links.ts";
import { formatProblem } from "../../../src/content/problems.ts";
import { pageBudgetBytes, pageBudgetProblems } from "../../../src/editorial/page-budget.ts";
import { headerRulesFor, metaContentSecurityPolicyFor } from "../../../src/publishing/headers.ts";
import { renderHeadersFile } from "../../../src/publishing/headers-formats.ts";
import {
  attribute,
  builtPages,
  decodeEntities,
  distDir,
  distFiles,
  fileForPath,
} from "../../support/dist.ts";
import { realFaqPages } from "../../support/real-content.ts";

// The configuration the build of dist/ had: npm test builds and checks in the same environment.
const site = siteConfigFrom(process.env);
const pages = builtPages();
const faqPages = await realFaqPages();
const files = new Set(distFiles());

test("dist/ holds every FAQ page of the content and every other kind of page", () => {
  expect(pages.map((page) => page.urlPath)).toEqual(
    expect.arrayContaining([
      ...staticPages,
      ...faqPages.map((faq) => `/${faq.slug}/`),
      "/404.html",
    ]),
  );
});

test("every page is valid HTML (html-validate, .htmlvalidate.json)", async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(path.join(distDir, page.file));
    for (const message of report.results.flatMap((result) => result.messages)) {
      errors.push(
        `${page.file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
      );
    }
  }
  expect(errors).toEqual([]);
});

test("every internal link, source and anchor leads to something that exists", () => {
  const idsByFile = new Map(
    pages.map((page) => [
      page.file,
      new Set([...page.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])),
    ]),
  );
  const broken: string[] = [];
  for (const page of pages) {
    for (const match of page.html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      let href = decodeEntities(match[1] ?? "");
      if (href.startsWith(`${site.baseUrl}/`)) href = href.slice(site.baseUrl.length);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) continue;
      const [pathPart = "", anchor] = href.split("#", 2);
      const target = pathPart === "" ? page.file : fileForPath(pathPart, files);
      if (!target) broken.push(`${page.urlPath} links to ${href}: no such file in dist/`);
      else if (anchor && !idsByFile.get(target)?.has(decodeURIComponent(anchor))) {
        broken.push(`${page.urlPath} links to ${href}: ${target} has no id "${anchor}"`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test("every link to another website is marked and opens in a new window", () => {
  const unmarked: string[] = [];
  let external = 0;
  for (const page of pages) {
    for (const [, attributes = "", content = ""] of page.html.matchAll(
      /<a\s([^>]*)>([\s\S]*?)<\/a>/g,
    )) {
      const href = decodeEntities(attribute(attributes, "href") ?? "");
      if (!isExternalUrl(href)) continue;
      external++;
      const problems = [
        attribute(attributes, "class")?.split(/\s+/).includes("app-external-link") ? "" : "class",
        attribute(attributes, "target") === "_blank" ? "" : "target",
        attribute(attributes, "rel") === "noopener noreferrer" ? "" : "rel",
        content.includes(`class="app-visually-hidden"`) && content.includes(externalLinkHint)
          ? ""
          : "hint text",
      ].filter(Boolean);
      if (problems.length > 0) unmarked.push(`${page.urlPath} ${href}: ${problems.join(", ")}`);
    }
  }
  expect(external).toBeGreaterThan(0);
  expect(unmarked).toEqual([]);
});

test("no page's HTML and CSS, as the build's brotli files, exceed the budget in DESIGN.md", () => {
  // The build writes file.br beside every text file and nginx sends those (precompress.ts), so
  // the bytes that count are the sizes of those files.
  const brotliSize = (file: string) => statSync(path.join(distDir, `${file}.br`)).size;
  const sizes = pages.map((page) => {
    const css = [...page.html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map(
      (m) => m[1] ?? "",
    );
    const brotli = [page.file, ...css].reduce((sum, file) => sum + brotliSize(file), 0);
    return { page: page.urlPath, html: Buffer.byteLength(page.html), brotli };
  });
  test.info().annotations.push({
    type: "page sizes (HTML bytes; HTML + CSS brotli bytes)",
    description: sizes.map((s) => `${s.page} ${s.html}; ${s.brotli}`).join(" | "),
  });
  // A FAQ page over the budget fails in the editor's words, naming its index.md and longest answers.
  const brotliOf = new Map(sizes.map((size) => [size.page, size.brotli]));
  expect(pageBudgetProblems(faqPages, (page) => brotliOf.get(page.url)).map(formatProblem)).toEqual(
    [],
  );
  expect(sizes.filter((size) => size.brotli > pageBudgetBytes)).toEqual([]);
});

test("every page has its canonical URL, description, Open Graph tags, favicon and footer links", () => {
  for (const page of pages) {
    const url = `${site.baseUrl}${page.urlPath}`;
    expect(page.html, page.file).toContain(`<link rel="canonical" href="${url}">`);
    expect(page.html, page.file).toContain(`<meta property="og:url" content="${url}">`);
    expect(page.html, page.file).toMatch(/<meta name="description" content="[^"]{20,}">/);
    for (const property of ["og:title", "og:description", "og:type", "og:site_name", "og:locale"]) {
      expect(page.html, `${page.file} ${property}`).toMatch(
        new RegExp(`<meta property="${property}" content="[^"]+">`),
      );
    }
    expect(page.html, page.file).toContain('<link rel="icon" href="/favicon.svg"');
    expect(page.html.match(/<h1[\s>]/g), `${page.file}: one h1`).toHaveLength(1);
    expect(page.html, page.file).toMatch(
      /<footer[\s\S]*href="\/tillganglighet\/"[\s\S]*<\/footer>/,
    );
  }
  expect(files.has("favicon.svg")).toBe(true);
});

// Pages with `sitemap: false`: the error page, and the search page, which has no content of its own.
const notInSitemap = ["404.html", "sok/index.html"];

test("sitemap.xml lists every page but the 404 and search pages, with its date, and robots.txt points to it", () => {
  const sitemap = readFileSync(path.join(distDir, "sitemap.xml"), "utf8");
  const entries = [
    ...sitemap.matchAll(/<loc>([^<]+)<\/loc>\s*<lastmod>(\d{4}-\d{2}-\d{2})<\/lastmod>/g),
  ];
  const expected = pages
    .filter((page) => !notInSitemap.includes(page.file))
    .map((p) => `${site.baseUrl}${p.urlPath}`);
  expect(entries.map((entry) => entry[1]).sort()).toEqual(expected.sort());
  for (const faq of faqPages) {
    expect(sitemap).toContain(
      `<loc>${site.baseUrl}/${faq.slug}/</loc>\n    <lastmod>${faq.lastUpdated}</lastmod>`,
    );
  }
  const robots = readFileSync(path.join(distDir, "robots.txt"), "utf8");
  expect(robots).toContain(`Sitemap: ${site.baseUrl}/sitemap.xml`);
});

test("the accessibility statement has the parts DIGG requires", () => {
  const statement = pages.find((page) => page.urlPath === "/tillganglighet/")?.html ?? "";
  for (const part of [
    "Försäkringskassan står bakom",
    "Hur tillgänglig är webbplatsen?",
    "delvis förenlig",
    "Innehåll som inte är tillgängligt",
    "Hur vi testat webbplatsen",
    "i ett annat format",
    "Rapportera brister",
    "Tillsyn",
  ]) {
    expect(statement, part).toContain(part);
  }
  expect(statement).toMatch(
    /<a href="https:\/\/www\.digg\.se\/tdosanmalan" class="app-external-link"/,
  );
  expect(statement).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
});

test("every page carries the Content-Security-Policy for hosts that send no headers", () => {
  for (const page of pages) {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page.html);
    expect(decodeEntities(meta?.[1] ?? ""), page.file).toBe(metaContentSecurityPolicyFor(site));
    // Before any stylesheet or script, or it would not cover them.
    expect(meta?.index ?? Infinity, page.file).toBeLessThan(
      page.html.indexOf('<link rel="stylesheet"'),
    );
  }
});

test("dist/_headers is written from the header rules", () => {
  expect(readFileSync(path.join(distDir, "_headers"), "utf8")).toBe(
    renderHeadersFile(headerRulesFor(site)),
  );
});
