// Writes small content trees to a temporary folder, so each test shows one editor's mistake.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type LoadOptions, loadContent } from "../../src/content/load-content.ts";
import { formatProblem, type Problem } from "../../src/content/problems.ts";

/** A valid page "p" with sections "a" and "b" and one question in each. */
export const validTree: Record<string, string> = {
  "p/index.md": [
    "---",
    "title: Frågor om p",
    "description: Svar om p.",
    "updated: 2024-12-04",
    "sections:",
    "  - id: a",
    "    title: A",
    "  - id: b",
    "    title: B",
    "---",
    "",
    "Inledning.",
    "",
  ].join("\n"),
  "p/a/one.md": "---\nquestion: Fråga ett?\norder: 10\n---\n\nSvar ett, se [två](#two).\n",
  "p/b/two.md": "---\nquestion: Fråga två?\norder: 10\nupdated: 2024-12-04\n---\n\nSvar två.\n",
};

/** A tree: path → text (written as UTF-8) or bytes (written as they are); null leaves it out. */
export type Tree = Record<string, string | Uint8Array | null>;

/** Writes `files` to a new temporary folder. */
export async function writeTree(files: Tree): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "fk-content-"));
  for (const [name, text] of Object.entries(files)) {
    if (text === null) continue;
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

/** The valid tree with `changes` applied: a string replaces or adds a file, null removes it. */
export function treeWith<Value extends string | Uint8Array | null>(
  changes: Record<string, Value>,
): Record<string, string | Value> {
  return { ...validTree, ...changes };
}

/** Loads a tree and returns its problems, file names relative to the tree. */
export async function problemObjectsOf(files: Tree, options: LoadOptions = {}): Promise<Problem[]> {
  const root = await writeTree(files);
  try {
    const { problems } = await loadContent(root, ["/", "/kakor/"], options);
    return problems.map((problem) => ({
      ...problem,
      file: problem.file.replaceAll(`${root}/`, ""),
      message: problem.message.replaceAll(`${root}/`, ""),
    }));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Loads a tree and returns its problems with file names relative to the tree, as one line each. */
export async function problemsOf(files: Tree, options: LoadOptions = {}): Promise<string[]> {
  return (await problemObjectsOf(files, options)).map(formatProblem);
}

/** Each problem's line and suggestion (absent when none), for tests of the advice. */
export async function adviceOf(
  files: Tree,
  options: LoadOptions = {},
): Promise<Array<{ line: string; suggestion?: string }>> {
  return (await problemObjectsOf(files, options)).map((problem) => ({
    line: formatProblem(problem),
    ...(problem.suggestion === undefined ? {} : { suggestion: problem.suggestion }),
  }));
}
