// Builds the Pagefind index over the built HTML: the last step of the build.
import { close, createIndex } from "pagefind";

export async function indexForSearch(siteDir: string): Promise<void> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: siteDir });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  await close();
}
