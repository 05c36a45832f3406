// A content problem an editor must fix, and how it is written on one line.

/** One problem or warning: typed data from the loader to the build, the preview and the reports. */
export interface Problem {
  /** The file, relative to the project root. */
  file: string;
  /** The kind of problem: a key of the message catalogue (src/content/messages.ts). */
  code: string;
  /** The line of the file (1-based), when the problem is on one. */
  line?: number;
  /** The front matter field it is about, as a path: `order`, `sections[1].id`. */
  field?: string;
  /** The Swedish text for an editor: what is wrong, and what to do. */
  message: string;
  /** What to write instead, when it can be computed (a field name, a number, a file name). */
  suggestion?: string;
  /** The anchor of the section of the editors' guide (content/README.md) that explains it. */
  guide: string;
}

/** `file:line: message`, the form editors' terminals and editors turn into a link to the line. */
export function formatProblem({ file, line, message }: Problem): string {
  return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`;
}

/** The file line (1-based) of `field` (`order`, `sections[1].id`) in a file's front matter. */
export function fieldLine(source: string, field: string): number | undefined {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  // A Markdown file's front matter, or a whole YAML file (content/kontakt.yml).
  const fenced = lines[0]?.trim() === "---";
  const end = fenced ? lines.findIndex((text, index) => index > 0 && /^---\s*$/.test(text)) : -1;
  // Where a key's name starts: after the indentation and a list item's "- ".
  const keyIndent = (text: string) => {
    const match = /^( *)(- +)?/.exec(text);
    return (match?.[1]?.length ?? 0) + (match?.[2]?.length ?? 0);
  };
  const dashIndent = (text: string) => /^( *)- /.exec(text)?.[1]?.length;
  const blank = (text: string) => /^\s*(#.*)?$/.test(text);
  let from = fenced ? 1 : 0;
  let to = end === -1 ? lines.length : end;
  let found: number | undefined;
  for (const part of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    const range = lines.slice(from, to);
    if (part[2] !== undefined) {
      const first = range.findIndex((text) => dashIndent(text) !== undefined);
      const indent = dashIndent(range[first] ?? "");
      const items = range.flatMap((text, index) => (dashIndent(text) === indent ? [index] : []));
      const item = items[Number(part[2])];
      if (item === undefined) return found;
      found = from + item + 1;
      to = from + (items[Number(part[2]) + 1] ?? range.length);
      from += item;
      continue;
    }
    const first = range.find((text) => !blank(text));
    if (first === undefined) return found;
    const indent = keyIndent(first);
    const index = range.findIndex(
      (text) => keyIndent(text) === indent && text.slice(indent).replace(/\s*:.*$/, "") === part[1],
    );
    if (index === -1) return found;
    found = from + index + 1;
    const after = range.findIndex(
      (text, i) =>
        i > index &&
        !blank(text) &&
        (/^ *- /.test(text) ? (dashIndent(text) ?? 0) < indent : keyIndent(text) <= indent),
    );
    to = after === -1 ? to : from + after;
    from += index + 1;
  }
  return found;
}

/** Gives the problems about front matter fields the line of their field in `source`. */
export function withFieldLines(problems: Problem[], source: string): Problem[] {
  return problems.map((problem) => {
    if (problem.line !== undefined || problem.field === undefined) return problem;
    const line = fieldLine(source, problem.field);
    return line === undefined ? problem : { ...problem, line };
  });
}

/** Thrown when content is invalid; carries every problem, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    const lines = problems.map(formatProblem);
    super(`Innehållet har ${problems.length} fel; ingenting skrevs:\n${lines.join("\n")}`);
    this.name = "ContentError";
  }
}

/** The edit distance between two words, to suggest the field an editor probably meant. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known name closest to `name`, if it is close enough to be a typo. */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.name : undefined;
}
