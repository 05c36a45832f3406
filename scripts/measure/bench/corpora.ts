// Writes the benchmarks' generated corpora with either generator: the project's own
// (generate-corpus.ts, texts and structure derived from the real content) or the shared one the
// issues measure with (`../shared/bench/gen-corpus.mjs`, answers with numbered lists and a link
// each, dates over a year old), so every figure can be given for both.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { type CorpusSummary, generateCorpus } from "./generate-corpus.ts";

export const generators = ["own", "shared"] as const;
export type Generator = (typeof generators)[number];

/** Where the shared generator is looked for, from the project's folder, unless given. */
export const defaultSharedGenerator = "../shared/bench/gen-corpus.mjs";

/** The shared generator writes whole pages of this many questions. */
const sharedQuestionsPerPage = 17;

/** "own,shared" → the generators, in that order; a name it does not know is an error. */
export function parseGenerators(value: string): Generator[] {
  const names = value.split(",").map((name) => name.trim());
  for (const name of names) {
    if (!generators.includes(name as Generator)) {
      throw new Error(
        `--generator=${value}: "${name}" is not a corpus generator; use ${generators.join(", ")} or both, comma-separated`,
      );
    }
  }
  return names as Generator[];
}

/** The generator's name as the reports print it beside a size. */
export function generatorLabel(generator: Generator): string {
  return generator === "own" ? "generate-corpus.ts" : "gen-corpus.mjs";
}

export interface CorpusRequest {
  /** The real content, which the own generator derives its texts from. */
  source?: string;
  /** The shared generator's script (defaultSharedGenerator unless given). */
  sharedGenerator?: string;
}

/**
 * Writes a corpus of `questions` questions into `dir` with `generator`. The shared one is run as
 * its command line, the interface it documents; it writes pages of 17, so its corpus has the
 * questions rounded up to whole pages (10,200 is 600 pages).
 */
export async function writeCorpus(
  generator: Generator,
  dir: string,
  questions: number,
  { source, sharedGenerator = defaultSharedGenerator }: CorpusRequest = {},
): Promise<CorpusSummary> {
  if (generator === "own") return generateCorpus(dir, { questions, source });
  const script = path.resolve(sharedGenerator);
  if (!existsSync(script)) {
    throw new Error(
      `The shared corpus generator ${script} does not exist: pass --shared-generator=<path to gen-corpus.mjs>`,
    );
  }
  const pages = Math.ceil(questions / sharedQuestionsPerPage);
  await promisify(execFile)(process.execPath, [
    script,
    dir,
    String(pages),
    String(sharedQuestionsPerPage),
  ]);
  return { pages, questions: pages * sharedQuestionsPerPage };
}
