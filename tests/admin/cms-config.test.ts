// The CMS configuration generated from the content contract (issue 15): collections follow the
// content folders, fields follow the zod schema, and the form enforces what it can.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import {
  type CmsField,
  cmsConfigFor,
  pageFieldSpecs,
  pagesCollectionName,
  questionFieldSpecs,
} from "../../src/admin/cms-config.ts";
import { siteConfigFrom, staticPages } from "../../src/config/config.ts";
import { loadContent } from "../../src/content/load-content.ts";
import {
  pageFrontMatterSchema,
  questionFrontMatterSchema,
  slugPattern,
} from "../../src/content/schema.ts";

const site = siteConfigFrom({
  CMS_GITHUB_REPO: "forsakringskassan/fk-faq",
  CONTENT_DIR: "content",
});

async function configFor(contentDir: string, env: Record<string, string> = {}) {
  const { pages, problems } = await loadContent(contentDir, staticPages);
  assert.deepEqual(problems, []);
  const configured = siteConfigFrom({ CMS_GITHUB_REPO: "forsakringskassan/fk-faq", ...env });
  return { pages, config: cmsConfigFor(pages, configured, configured.baseUrl) };
}

type Collection = Record<string, unknown> & { name: string; fields?: CmsField[] };

function fieldNames(fields: CmsField[] | undefined): string[] {
  return (fields ?? []).map((field) => field.name);
}

describe("cmsConfigFor", () => {
  it("has one collection per section folder of every page, writing where the content check reads", async () => {
    const { pages, config } = await configFor(fixtureContentDir, {
      CONTENT_DIR: fixtureContentDir,
    });
    const sections = config.collections.filter((c) => c.name !== pagesCollectionName);
    const expected = pages.flatMap((page) =>
      page.sections.map((section) => `${fixtureContentDir}/${page.slug}/${section.id}`),
    );
    assert.ok(expected.length > 1);
    assert.deepEqual(
      sections.map((collection) => collection.folder),
      expected,
    );
    for (const collection of sections) {
      assert.equal(collection.extension, "md");
      assert.equal(collection.format, "frontmatter");
      assert.equal(collection.create, true);
      assert.equal(collection.delete, false, "a deletion would skip the pull request");
      assert.equal(collection.identifier_field, "question");
    }
  });

  it("shows a section added to content/ after the next build", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "fk-cms-config-"));
    try {
      await cp(fixtureContentDir, root, { recursive: true });
      const [page] = (await loadContent(root, staticPages)).pages;
      assert.ok(page);
      const index = path.join(root, page.slug, "index.md");
      const source = await readFile(index, "utf8");
      await writeFile(
        index,
        source.replace("sections:\n", "sections:\n  - id: ny-sektion\n    title: Ny sektion\n"),
      );
      await mkdir(path.join(root, page.slug, "ny-sektion"));
      await writeFile(
        path.join(root, page.slug, "ny-sektion", "ny-fraga.md"),
        "---\nquestion: En ny fråga?\norder: 10\n---\n\nEtt svar.\n",
      );
      const { config } = await configFor(root, { CMS_CONTENT_PATH: "content" });
      const added = config.collections.find((c) => c.folder === `content/${page.slug}/ny-sektion`);
      assert.ok(added, "a collection for the new section");
      assert.match(String(added.label), /Ny sektion/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("asks for every field of a question the schema has, required as the schema requires, and the answer", async () => {
    const { config } = await configFor(fixtureContentDir);
    const collection = config.collections.find((c) => c.name !== pagesCollectionName) as Collection;
    const fields = collection.fields ?? [];
    assert.deepEqual(fieldNames(fields), [...Object.keys(questionFrontMatterSchema.shape), "body"]);
    const byName = Object.fromEntries(fields.map((field) => [field.name, field]));
    assert.equal(byName.question?.required, true);
    assert.equal(byName.order?.required, true);
    assert.equal(byName.order?.widget, "number");
    assert.equal(byName.order?.value_type, "int");
    assert.equal(byName.updated?.required, false);
    assert.equal(byName.updated?.format, "YYYY-MM-DD");
    assert.equal(byName.body?.widget, "markdown");
  });

  it("asks for every field of a page's index.md, with the section id held to the slug pattern", async () => {
    const { pages, config } = await configFor(fixtureContentDir);
    const collection = config.collections.find(
      (c) => c.name === pagesCollectionName,
    ) as unknown as {
      files: Array<{ name: string; file: string; fields: CmsField[] }>;
    };
    assert.deepEqual(
      collection.files.map((file) => file.file),
      pages.map((page) => `content/${page.slug}/index.md`),
    );
    const fields = collection.files[0]?.fields ?? [];
    assert.deepEqual(fieldNames(fields), [...Object.keys(pageFrontMatterSchema.shape), "body"]);
    const sections = fields.find((field) => field.name === "sections");
    const id = sections?.fields?.find((field) => field.name === "id");
    const [pattern] = id?.pattern ?? [""];
    assert.equal(pattern, slugPattern.source);
    assert.ok(new RegExp(pattern).test("inloggning"));
    assert.ok(!new RegExp(pattern).test("Inloggning och mer"));
    assert.equal(fields.find((field) => field.name === "related")?.required, false);
  });

  it("speaks the configured language: another site.lang is another CMS interface", async () => {
    const { pages } = await loadContent(fixtureContentDir, staticPages);
    const site = siteConfigFrom({ CMS_GITHUB_REPO: "forsakringskassan/fk-faq" });
    assert.equal(cmsConfigFor(pages, { ...site, lang: "en" }, site.baseUrl).locale, "en");
  });

  it("labels every field of the schema in Swedish (add a label in cms-config.ts for a new field)", () => {
    for (const name of Object.keys(questionFrontMatterSchema.shape)) {
      assert.ok(questionFieldSpecs[name], `question field "${name}" has no label`);
    }
    for (const name of Object.keys(pageFrontMatterSchema.shape)) {
      assert.ok(pageFieldSpecs[name], `page field "${name}" has no label`);
    }
  });

  it("makes every save a pull request on GitHub, in Swedish, with file names the contract accepts", async () => {
    const { config } = await configFor(fixtureContentDir, {
      CMS_AUTH_URL: "https://auth.example.se/",
    });
    assert.deepEqual(config.backend, {
      name: "github",
      repo: "forsakringskassan/fk-faq",
      branch: "main",
      base_url: "https://auth.example.se",
      auth_endpoint: "auth",
      commit_messages: (config.backend as { commit_messages: unknown }).commit_messages,
    });
    assert.equal(config.publish_mode, "editorial_workflow");
    assert.equal(config.locale, "sv");
    assert.deepEqual(config.slug, {
      encoding: "ascii",
      clean_accents: true,
      sanitize_replacement: "-",
    });
    assert.equal(config.local_backend, undefined, "no local backend unless configured");
    assert.equal(site.cms.contentPath, "content");
  });

  it("talks to a local decap-server only when CMS_LOCAL_BACKEND names one", async () => {
    const { config } = await configFor(fixtureContentDir, {
      CMS_LOCAL_BACKEND: "http://localhost:8081/api/v1",
    });
    assert.deepEqual(config.local_backend, {
      url: "http://localhost:8081/api/v1",
      allowed_hosts: ["localhost"],
    });
  });
});
