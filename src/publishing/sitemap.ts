// The entries of sitemap.xml: every page of the site with the date its content last changed.

export interface SitemapItem {
  url: string | false;
  inputPath: string;
  data: { sitemap?: boolean; updated?: unknown; faq?: { lastUpdated: string } };
}

export interface SitemapEntry {
  loc: string;
  lastmod: string;
}

/** FAQ pages use their "Senast uppdaterad" date; other pages the `updated` of their front matter. */
export function sitemapEntries(items: SitemapItem[], baseUrl: string): SitemapEntry[] {
  const entries = items.flatMap((item): SitemapEntry[] => {
    if (item.url === false || item.data.sitemap === false) return [];
    const updated = item.data.updated;
    // YAML reads an unquoted 2024-12-04 as a Date at midnight UTC.
    const lastmod =
      item.data.faq?.lastUpdated ??
      (updated instanceof Date ? updated.toISOString().slice(0, 10) : updated);
    if (typeof lastmod !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(lastmod)) {
      throw new Error(
        `${item.inputPath} has no date for sitemap.xml: add "updated: YYYY-MM-DD" to its front matter, or "sitemap: false" if it is not a page to list`,
      );
    }
    return [{ loc: `${baseUrl}${item.url}`, lastmod }];
  });
  // Sorted by address, not by Eleventy's file dates, so the file is the same on every checkout.
  return entries.sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}
