// Warnings about an editor's change itself, against the base branch: an answer rewritten while
// its `updated` date stayed the same.

import { problem } from "../content/messages.ts";
import type { FaqPage } from "../content/schema.ts";
import type { ContentChanges } from "./content-changes.ts";
import type { ContentWarning } from "./content-warnings.ts";

/** Questions whose answer changed since `base` while `updated` did not. */
export function notUpdatedWarnings(
  changes: ContentChanges,
  pages: FaqPage[],
  { base, today }: { base: string; today: string },
): ContentWarning[] {
  const fileOf = new Map(
    pages.flatMap((page) =>
      page.sections.flatMap((s) => s.questions.map((q) => [`${page.url}#${q.slug}`, q.file])),
    ),
  );
  return changes.questions.flatMap((change): ContentWarning[] => {
    if (change.kind !== "changed" && change.kind !== "moved") return [];
    if (!change.parts.includes("answer") || change.parts.includes("updated")) return [];
    const file = fileOf.get(change.after.anchor);
    if (!file) return [];
    const { updated } = change.after;
    return [
      {
        kind: "not-updated",
        ...problem("not-updated", {
          file,
          field: "updated",
          base,
          today,
          ...(updated ? { updated } : {}),
        }),
      },
    ];
  });
}
