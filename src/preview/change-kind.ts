// What a changed file asks the preview to do, from the least to the most work.
import path from "node:path";
import type { PreviewContent } from "./preview-content.ts";

export type Change = "content" | "template" | "assets" | "code";

/** What a change to `file` asks for (paths outside the content are project paths). */
export function changeKind(file: string, content: Pick<PreviewContent, "contains">): Change {
  if (content.contains(file)) return "content";
  if (file.endsWith(".njk")) return "template";
  const relative = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join("/");
  // Styles and browser code: src/browser/ and the components' scripts are bundled, never run here.
  if (file.endsWith(".scss") || /^src\/(browser|components)\//.test(relative)) return "assets";
  if (relative.startsWith("src/static/")) return "template";
  return "code";
}
