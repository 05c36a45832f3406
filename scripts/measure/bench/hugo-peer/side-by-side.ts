// The site's cold build beside Hugo + Pagefind on the same content, in one run: for each size,
// `npm run build`'s command (the cached bundle of scripts/build.ts) and Hugo with this folder's
// minimal layout followed by the Pagefind CLI, each timed by /usr/bin/time (wall, user + system
// CPU of the process and its children, peak memory of the largest process).
//
//   npx tsx scripts/measure/bench/hugo-peer/side-by-side.ts [--sizes=17,1000,10200] [--runs=1]
//       [--generator=own,shared] [--shared-generator=../shared/bench/gen-corpus.mjs]
//
// Size 17 is the real content/; other sizes are corpora (17 questions a page) from each generator
// asked for (../corpora.ts: the project's generate-corpus.ts, "own", and the issues' gen-corpus.mjs,
// "shared"), written to a temporary folder. Prints a Markdown table. Needs Debian's hugo.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { option } from "../../command-line.ts";
import { timeCommand } from "../../timing.ts";
import {
  defaultSharedGenerator,
  type Generator,
  generatorLabel,
  parseGenerators,
  writeCorpus,
} from "../corpora.ts";

const hugo = "/usr/bin/hugo";
const peerDir = path.resolve("scripts/measure/bench/hugo-peer");

interface Usage {
  wall: number;
  cpu: number;
  mb: number;
}

/** `command`'s wall and CPU time in seconds and peak memory in MB (../../timing.ts). */
async function timed(command: string[], env: NodeJS.ProcessEnv = process.env): Promise<Usage> {
  const { wallMs, userMs, sysMs, peakRssMb } = await timeCommand(command, env);
  return { wall: wallMs / 1000, cpu: (userMs + sysMs) / 1000, mb: peakRssMb };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medianUsage = (usages: Usage[]): Usage => ({
  wall: median(usages.map((u) => u.wall)),
  cpu: median(usages.map((u) => u.cpu)),
  mb: Math.max(...usages.map((u) => u.mb)),
});
const cell = (u: Usage) =>
  `${u.wall.toFixed(2)} s / ${u.cpu.toFixed(2)} s / ${Math.round(u.mb)} MB`;

if (!existsSync(hugo)) {
  console.error(`${hugo} is missing: apt-get install -y hugo`);
  process.exit(1);
}
const sizes = option("sizes", "17,1000,10200").split(",").map(Number);
const runs = Number(option("runs", "1"));
const generators = parseGenerators(option("generator", "own"));
const sharedGenerator = option("shared-generator", defaultSharedGenerator);
/** The real content once, then each size from each generator. */
const corpora = sizes.flatMap((size): [number, Generator | null][] =>
  size === 17 ? [[size, null]] : generators.map((g) => [size, g]),
);
const work = await mkdtemp(path.join(tmpdir(), "fk-side-by-side-"));
const rows: string[] = [];
try {
  for (const [size, generator] of corpora) {
    let contentDir = path.resolve("content");
    if (generator) {
      contentDir = path.join(work, `corpus-${size}-${generator}`);
      await writeCorpus(generator, contentDir, size, { sharedGenerator });
    }
    const ours: Usage[] = [];
    const peer: Usage[] = [];
    for (let i = 0; i < runs; i++) {
      const outputDir = path.join(work, `site-${size}`);
      ours.push(
        await timed([process.execPath, "scripts/run-cached.mjs", "scripts/build.ts"], {
          ...process.env,
          CONTENT_DIR: contentDir,
          OUTPUT_DIR: outputDir,
        }),
      );
      await rm(outputDir, { recursive: true, force: true });
      const peerOut = path.join(work, `hugo-${size}`);
      const pagefind = path.resolve("node_modules/.bin/pagefind");
      peer.push(
        await timed([
          "sh",
          "-c",
          `"${hugo}" --source "${peerDir}" --contentDir "${contentDir}" --destination "${peerOut}" --quiet && "${pagefind}" --site "${peerOut}" --force-language sv --quiet`,
        ]),
      );
      await rm(peerOut, { recursive: true, force: true });
    }
    const a = medianUsage(ours);
    const b = medianUsage(peer);
    const corpus = generator ? generatorLabel(generator) : "content/";
    rows.push(
      `| ${size.toLocaleString("en")} | ${corpus} | ${cell(a)} | ${cell(b)} | ${(a.wall / b.wall).toFixed(2)}× | ${(a.cpu / b.cpu).toFixed(2)}× |`,
    );
    console.error(`${size} (${corpus}): done`);
    // Each corpus is hundreds of MB with both sites: gone before the next is written.
    if (generator) await rm(contentDir, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
console.log(
  `Wall / CPU (user + system) / peak memory of the largest process, median of ${runs} run(s); load average at the end ${loadavg()[0]?.toFixed(1)}:\n`,
);
console.log(
  "| questions | corpus | this site (`npm run build`'s command) | Hugo + Pagefind CLI | wall ratio | CPU ratio |",
);
console.log("|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
