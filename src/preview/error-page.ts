// What the preview's error page and warning notice show, as data for their components
// (src/components/preview-error/, preview-notice/): each problem's place, an excerpt of its file
// with the line marked, its suggestion, and the guide's sections the problems link to.
import { readFileSync, statSync } from "node:fs";
import { createMarkdown } from "../content/markdown.ts";
import { type GuideSection, guideTitles, headingAnchor } from "../content/messages.ts";
import type { Problem } from "../content/problems.ts";

/** What the error page needs besides the problems; the defaults read the files from disk. */
export interface ErrorPageOptions {
  /** The editors' guide, whose sections the problems link to. */
  guideFile?: string;
  /** Reads a file's text for the excerpt and the guide; null when it cannot be read. */
  readText?: (file: string) => string | null;
}

export interface ExcerptLine {
  text: string;
  marked: boolean;
}

export interface ProblemView {
  file: string | null;
  line: number | null;
  message: string;
  suggestion: string | null;
  excerpt: { caption: string; lines: ExcerptLine[] } | null;
  guide: { anchor: string; title: string; shown: boolean } | null;
}

export interface GuideSectionView {
  anchor: string;
  /** The heading and the body as HTML, rendered from the guide's Markdown (no raw HTML). */
  title: string;
  html: string;
}

/** The parameters of appPreviewError. */
export interface ErrorPageView {
  guideFile: string;
  problems: ProblemView[];
  sections: GuideSectionView[];
}

function readFromDisk(file: string): string | null {
  try {
    return statSync(file).isFile() ? readFileSync(file, "utf8") : null;
  } catch {
    return null;
  }
}

/** The lines around `line` of `source`, numbered, the line itself marked. */
export function excerptLines(source: string, line: number, context = 2): ExcerptLine[] {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const rows: ExcerptLine[] = [];
  for (let number = first; number <= last; number++) {
    const text = `${String(number).padStart(width)} │ ${lines[number - 1] ?? ""}`;
    rows.push({ text, marked: number === line });
  }
  return rows;
}

const guideMarkdown = createMarkdown();

/**
 * The guide's sections named by `anchors`, rendered from its Markdown; each section's own
 * sub-headings go one level below its heading, which the component renders as an h3.
 */
export function guideSections(guide: string, anchors: string[]): GuideSectionView[] {
  const lines = guide.split(/\r?\n/);
  const headings = lines.flatMap((text, index) => {
    const match = /^(#{1,6})\s+(.*)$/.exec(text);
    return match ? [{ index, level: match[1]?.length ?? 1, text: match[2] ?? "" }] : [];
  });
  return anchors.flatMap((anchor) => {
    const start = headings.find((h) => headingAnchor(h.text.replace(/`/g, "")) === anchor);
    if (!start) return [];
    const end = headings.find((h) => h.index > start.index && h.level <= start.level);
    const body = lines.slice(start.index + 1, end?.index ?? lines.length).join("\n");
    const shift = 3 - start.level;
    const html = guideMarkdown
      .render(body)
      .replace(/<(\/?)h([1-6])>/g, (_, slash: string, level: string) => {
        return `<${slash}h${Math.min(6, Number(level) + shift)}>`;
      });
    return [{ anchor, title: guideMarkdown.renderInline(start.text), html }];
  });
}

/** The error page's data: every problem, and the guide's sections that exist for them. */
export function errorPageView(
  problems: Array<Problem | string>,
  options: ErrorPageOptions = {},
): ErrorPageView {
  const guideFile = options.guideFile ?? "content/README.md";
  const readText = options.readText ?? readFromDisk;
  const anchors = [...new Set(problems.flatMap((p) => (typeof p === "string" ? [] : [p.guide])))];
  const guide = anchors.length > 0 ? readText(guideFile) : null;
  const sections = guide === null ? [] : guideSections(guide, anchors);
  // Only sections the guide really has are linked; the others are named.
  const shown = new Set(sections.map((section) => section.anchor));
  const views = problems.map((problem): ProblemView => {
    if (typeof problem === "string") {
      return {
        file: null,
        line: null,
        message: problem,
        suggestion: null,
        excerpt: null,
        guide: null,
      };
    }
    const source = problem.line === undefined ? null : readText(problem.file);
    const title = guideTitles[problem.guide as GuideSection];
    return {
      ...warningView(problem),
      excerpt:
        source === null || problem.line === undefined
          ? null
          : {
              caption: `Utdrag ur ${problem.file}, rad ${problem.line}`,
              lines: excerptLines(source, problem.line),
            },
      guide: title ? { anchor: problem.guide, title, shown: shown.has(problem.guide) } : null,
    };
  });
  return { guideFile, problems: views, sections };
}

/** A warning as appPreviewNotice shows it. */
export function warningView(warning: Problem) {
  return {
    file: warning.file,
    line: warning.line ?? null,
    message: warning.message,
    suggestion: warning.suggestion ?? null,
  };
}
