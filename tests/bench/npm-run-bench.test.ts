// Keeps `npm run bench` working: a small run (two small sizes, one run each, no warm-up, queries
// typed fast) must write its reports with every size, step, page and search measured. It asserts
// nothing about speed.
//
// The longest of the unit tests (80–110 s), it is the first file of tests/ in the sorted order the
// test runner takes them in, so it runs beside the others instead of after most of them (the unit
// tests took 3.0 min with it under tests/scripts/measure/bench/).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { BenchReport } from "../../scripts/measure/bench/report.ts";
import { stepsHere } from "../../scripts/measure/bench/step.ts";
import { fixtureContentDir, fixturePagePath } from "../../scripts/measure/fixture-site.ts";
import { staticPages } from "../../src/config/config.ts";
import { loadContent } from "../../src/content/load-content.ts";

const fixture = await loadContent(fixtureContentDir, staticPages);
const fixtureQuestions = fixture.pages.flatMap((p) => p.sections.flatMap((s) => s.questions));

describe("npm run bench, small", () => {
  let out: string;
  let report: BenchReport;
  let run: ReturnType<typeof spawnSync>;

  before(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), "bench-test-"));
    run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/measure/bench/index.ts",
        "--sizes=17,200",
        "--runs=1",
        "--warmup=0",
        // A citizen's pace (200 ms a key) is what the real bench weighs; here only that it works.
        "--key-delay=20",
        `--out=${out}`,
        `--content=${fixtureContentDir}`,
      ],
      { encoding: "utf8" },
    );
    if (run.status === 0) report = JSON.parse(await readFile(path.join(out, "bench.json"), "utf8"));
  });
  after(() => rm(out, { recursive: true, force: true }));

  it("exits without error", () => {
    assert.equal(run.status, 0, `${run.stderr}\n${run.stdout}`);
  });

  it("measures the given content and each requested size, with every step", () => {
    assert.deepEqual(
      report.sizes.map((size) => [size.label, size.questions, size.runs]),
      [
        ["real content", fixtureQuestions.length, 1],
        ["17 questions", 17, 1],
        ["200 questions", 200, 1],
      ],
    );
    const [real, small, large] = report.sizes;
    // A fresh clone's build is measured for the real content and the largest size only.
    for (const size of [real, large]) assert.deepEqual(Object.keys(size?.steps ?? {}), stepsHere());
    assert.deepEqual(
      Object.keys(small?.steps ?? {}),
      stepsHere().filter((step) => step !== "fresh-build"),
    );
    for (const size of report.sizes) {
      for (const figures of Object.values(size.steps)) {
        assert.ok(figures.wallMs.median > 0 && figures.peakRssMb.median > 0);
        assert.ok(figures.cpuMs.median > 0, "CPU time from GNU time");
        assert.ok(figures.processWallMs.median >= figures.wallMs.median);
      }
    }
  });

  it("times a save in the preview on the real content and the largest size, against its budget", () => {
    assert.deepEqual(
      (report.saveToVisible ?? []).map((save) => [save.label, save.times.length]),
      [
        ["real content", 3],
        ["200 questions", 3],
      ],
    );
    for (const save of report.saveToVisible ?? []) assert.ok(save.medianMs > 0);
    assert.ok(report.budgets.some((budget) => budget.what.startsWith("preview: save → visible")));
  });

  it("counts the built files, more for the larger corpus", () => {
    const [, small, large] = report.sizes;
    assert.ok(small && large && small.dist.files > 0 && large.dist.files > small.dist.files);
  });

  it("weighs every page of the real site and both searches", () => {
    const pages = report.pageWeights.map((w) => w.page);
    for (const page of ["/", "/404.html", fixturePagePath]) assert.ok(pages.includes(page), page);
    const faq = report.pageWeights.find((w) => w.page === fixturePagePath);
    assert.ok(faq && faq.html.gzip > 0 && faq.css.gzip > 0 && faq.html.brotli > 0);
    assert.deepEqual(
      report.search.map((s) => s.site),
      ["real content", "200 questions"],
    );
    for (const search of report.search) {
      assert.ok(search.queries.length >= 2, "a word and a sentence");
      for (const query of search.queries) {
        assert.ok(query.results > 0, `${search.site} finds "${query.query}"`);
        assert.ok(query.requests > 0 && query.bytes.brotli > 0);
        assert.ok(
          query.files.some((file) => file.path.endsWith(".pf_fragment")),
          "the fragments of the results shown are weighed",
        );
      }
    }
  });

  it("writes the Markdown report with the chart, a fit and the budgets", async () => {
    const markdown = await readFile(path.join(out, "bench.md"), "utf8");
    const svg = await readFile(path.join(out, "bench.svg"), "utf8");
    assert.match(markdown, /!\[Build time against questions\]\(bench\.svg\)/);
    assert.match(markdown, /ms per question/);
    assert.match(markdown, /key by key at 20 ms a key/, "the pace the queries were typed at");
    assert.match(markdown, /\| warm build of the real site, wall \|/);
    assert.match(markdown, /\| fresh-clone build of the real site \(no \.cache\/\), wall \|/);
    assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal(svg.match(/<circle /g)?.length, 4 * 2, "a point per series and size");
  });
});
