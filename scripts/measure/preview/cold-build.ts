// Where a cold `npm run build` spends its time: each part of it in a fresh process, timed by
// /usr/bin/time (wall, user + system CPU including child processes, peak memory), so the fixed
// cost can be split into process start, TypeScript compilation, module loading and each tool.
//
//   npx tsx scripts/measure/preview/cold-build.ts [--runs=3] [--content=content]
//
// The last step is the build in a fresh clone's view of the project (../fresh-checkout.ts: no
// .cache/, as CI's first build of a branch), each run in a new one.
//
// On a busy machine compare the CPU column: wall time there measures the other processes too.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sassLoadPaths } from "../../../src/assets/assets.ts";
import { siteLanguage } from "../../../src/config/config.ts";
import { pagefindIndexOptions } from "../../../src/search/index/search-bundle.ts";
import { option } from "../command-line.ts";
import { freshCheckout } from "../fresh-checkout.ts";
import { timeCommand } from "../timing.ts";

const runs = Number(option("runs", "3"));
const contentDir = option("content", "content");
const work = await mkdtemp(path.join(tmpdir(), "fk-cold-build-"));
const outputDir = path.join(work, "dist");
const env = { ...process.env, CONTENT_DIR: path.resolve(contentDir), OUTPUT_DIR: outputDir };
const node = process.execPath;
const sass = "node_modules/sass-embedded-linux-x64/dart-sass/sass";

const FRESH = "the same in a fresh clone (no .cache/)";
const steps: [string, string[]][] = [
  ["node, empty", [node, "-e", "0"]],
  ["node + tsx, empty", [node, "--import", "tsx", "-e", "0"]],
  ["load @11ty/eleventy (plain node)", [node, "-e", 'import("@11ty/eleventy")']],
  [
    "tsx + load the build's modules",
    [node, "--import", "tsx", "-e", 'import("./src/pipeline/build-site.ts")'],
  ],
  [
    "tsx + load and validate content",
    [
      node,
      "--import",
      "tsx",
      "-e",
      `import("./src/content/load-content.ts").then((m) => m.loadContent(${JSON.stringify(contentDir)}))`,
    ],
  ],
  [
    "Sass (native command)",
    [
      sass,
      "--style=compressed",
      "--no-source-map",
      ...sassLoadPaths.map((dir) => `--load-path=${dir}`),
      "src/styles/main.scss",
    ],
  ],
  [
    "tsx + esbuild, 4 bundles",
    [
      node,
      "--import",
      "tsx",
      "-e",
      'import("./src/assets/assets.ts").then((m) => m.bundleScripts())',
    ],
  ],
  [
    "Pagefind start + close",
    [
      node,
      "-e",
      `import("pagefind").then(async (p) => { await p.createIndex(${JSON.stringify(pagefindIndexOptions(siteLanguage))}); await p.close(); })`,
    ],
  ],
  ["npm run build", ["npm", "run", "build", "--silent"]],
  [
    "scripts/build.ts through tsx (the old npm run build)",
    [node, "--import", "tsx", "scripts/build.ts"],
  ],
  [
    "scripts/build.ts from the cached bundle, without npm",
    [node, "scripts/run-cached.mjs", "scripts/build.ts"],
  ],
  [FRESH, [node, "scripts/run-cached.mjs", "scripts/build.ts"]],
];

/** `command`'s wall and CPU time in seconds and peak memory in MB (../timing.ts), run in `cwd`. */
async function timed(command: string[], cwd?: string) {
  const { wallMs, userMs, sysMs, peakRssMb } = await timeCommand(command, env, cwd);
  return { wall: wallMs / 1000, cpu: (userMs + sysMs) / 1000, mb: peakRssMb };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

console.log(`| step | wall s (median of ${runs}) | CPU s | peak MB |`);
console.log("|---|---|---|---|");
try {
  for (const [name, command] of steps) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const fresh = name === FRESH ? await freshCheckout() : null;
      try {
        results.push(await timed(command, fresh?.dir));
      } finally {
        await fresh?.remove();
      }
    }
    console.log(
      `| ${name} | ${median(results.map((r) => r.wall)).toFixed(2)} | ${median(results.map((r) => r.cpu)).toFixed(2)} | ${Math.round(median(results.map((r) => r.mb)))} |`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
