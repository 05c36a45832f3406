// A content problem an editor must fix, and how it is written on one line.

export interface Problem {
  /** The file, relative to the project root. */
  file: string;
  /** Where in the file: a front matter field, a line, or a link. */
  where?: string;
  message: string;
}

export function formatProblem({ file, where, message }: Problem): string {
  return where ? `${file}: ${where} ${message}` : `${file}: ${message}`;
}

/** Thrown when content is invalid; carries every problem, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    const lines = problems.map(formatProblem);
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was written:\n${lines.join("\n")}`,
    );
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
