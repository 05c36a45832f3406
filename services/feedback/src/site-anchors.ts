// Which FAQ pages and question anchors exist, read from the built site (FEEDBACK_SITE_DIR): a vote
// for anything else is refused. Each question is an <h3 class="app-accordion__heading" id="…">.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Page path (/teknisk-support/) → the anchors of its questions. */
export type SiteAnchors = Map<string, Set<string>>;

const heading = /<h3 class="app-accordion__heading" id="([^"]+)"/g;

export async function readSiteAnchors(siteDir: string): Promise<SiteAnchors> {
  const anchors: SiteAnchors = new Map();
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || entry.name !== "index.html") continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(siteDir, entry.parentPath).split(path.sep).join("/");
    const found = new Set<string>();
    for (const match of (await readFile(file, "utf8")).matchAll(heading)) {
      if (match[1]) found.add(match[1]);
    }
    if (found.size > 0) anchors.set(relative ? `/${relative}/` : "/", found);
  }
  return anchors;
}
