// The CMS preview's markup of one question: the site's own src/components/accordion/question.njk,
// rendered by the admin page with placeholders and filled here with the question being edited,
// so the preview shows the question exactly as the page will.
import { escapeHtml } from "../shared/escape-html.ts";

/** What the admin page renders question.njk with; Nunjucks' escaping leaves them as they are. */
export const questionPlaceholders = {
  slug: "%%slug%%",
  question: "%%question%%",
  answerHtml: "%%answerHtml%%",
} as const;

export interface PreviewQuestion {
  slug: string;
  question: string;
  /** The answer rendered from Markdown, as the build renders it. */
  answerHtml: string;
}

/** `template` (question.njk with the placeholders) with the question's values, escaped as the site escapes them. */
export function questionPreviewHtml(template: string, question: PreviewQuestion): string {
  const values: Record<string, string> = {
    slug: escapeHtml(question.slug),
    question: escapeHtml(question.question),
    answerHtml: question.answerHtml,
  };
  // One pass, so a value that contains a placeholder's text is left as it is.
  return template.replace(/%%(slug|question|answerHtml)%%/g, (_, key: string) => values[key] ?? "");
}
