// Every component's examples (src/components/<name>/examples.json), rendered through its macro in
// memory by Eleventy with the site's filters and shortcodes, each as a whole Swedish page.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { siteConfigFrom } from "../../src/config/config.ts";
import { filtersPlugin } from "../../src/eleventy/filters.ts";

const componentsDir = "src/components";

export interface RenderedExample {
  component: string;
  example: string;
  /** The macro's output. */
  html: string;
  /** The output in a minimal valid page, as html-validate and axe check it. */
  document: string;
}

interface Example {
  component: string;
  example: string;
  macro: string;
  params: unknown;
}

/** "cookie-banner" → "appCookieBanner", the macro each macro.njk exports. */
export function macroName(component: string): string {
  return `app${component.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase())}`;
}

/** The components that have a macro, each with its examples; a macro without examples fails. */
export function componentExamples(): Example[] {
  return readdirSync(componentsDir)
    .filter((component) => existsSync(path.join(componentsDir, component, "macro.njk")))
    .flatMap((component) => {
      const file = path.join(componentsDir, component, "examples.json");
      if (!existsSync(file)) throw new Error(`${file} is missing: add an example of each use`);
      const examples = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      return Object.entries(examples).map(([example, params]) => ({
        component,
        example,
        macro: macroName(component),
        params,
      }));
    });
}

/** A minimal valid page around a component's HTML. */
export function exampleDocument(title: string, html: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
<main id="innehall" tabindex="-1">
<h1>${title}</h1>
${html}
</main>
</body>
</html>
`;
}

/** The page language the examples are rendered in, and the interface text's folder to read it from. */
export interface ExampleLanguage {
  lang: string;
  textDir: string;
}

/**
 * Renders every example with Eleventy's programmatic API; nothing is written to disk. With
 * `language`, each example is a page in that language, its macro imported with the page's context
 * as the site's templates import them.
 */
export async function renderExamples(language?: ExampleLanguage): Promise<RenderedExample[]> {
  const examples = componentExamples();
  const url = (index: number) => `/exempel/${index}/`;
  // Eleventy needs an input folder; the examples are virtual templates, so an empty one will do.
  const input = mkdtempSync(path.join(tmpdir(), "component-examples-"));
  try {
    const eleventy = new Eleventy(input, path.join(input, "_site"), {
      quietMode: true,
      config(eleventyConfig: UserConfig) {
        eleventyConfig.addPlugin(filtersPlugin, {
          site: siteConfigFrom(),
          ...(language ? { textDir: language.textDir } : {}),
        });
        const context = language ? " with context" : "";
        examples.forEach(({ component, macro, params }, index) => {
          eleventyConfig.addTemplate(
            `exempel-${index}.njk`,
            `{%- from "${componentsDir}/${component}/macro.njk" import ${macro}${context} -%}{{ ${macro}(params) }}`,
            { params, permalink: url(index), ...(language ? { lang: language.lang } : {}) },
          );
        });
      },
    });
    const results = (await eleventy.toJSON()) as unknown as { url: string; content: string }[];
    return examples.map(({ component, example }, index) => {
      const result = results.find((candidate) => candidate.url === url(index));
      if (!result) throw new Error(`Eleventy rendered nothing for ${component}: ${example}`);
      const title = `Exempel: ${component}, ${example}`;
      return {
        component,
        example,
        html: result.content,
        document: exampleDocument(title, result.content),
      };
    });
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}
