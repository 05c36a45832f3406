// What a build reports to whoever ran it (the terminal, the preview): data, never text to re-parse.
import type { Problem } from "../content/problems.ts";

export type BuildOutcome =
  | { ok: true }
  /** The content is invalid: nothing was built, and the output folder is unchanged. */
  | { ok: false; problems: Problem[] }
  /** Something else failed (a template, Sass, Pagefind): the output folder is unchanged. */
  | { ok: false; error: string };
