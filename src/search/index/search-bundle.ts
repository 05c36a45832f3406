// Names each build's Pagefind bundle by what it indexes, so a page always pairs the Pagefind
// runtime and index of its own build (issue 21): the bundle lives in /pagefind/<id>/, the pages
// name that folder, and a later deploy's bundle sits beside it instead of replacing it.
import { createHash } from "node:crypto";
// Pagefind is pinned to an exact version there (its own package.json is not exported).
import project from "../../../package.json" with { type: "json" };
import { siteLanguage } from "../../config/config.ts";
import type { LoadedContent } from "../../content/load-content.ts";
import type { FaqPage, Synonyms } from "../../content/schema.ts";
import { pageRecordHtml, pageRecordPath } from "./page-record.ts";

/** The folder of the site that holds every search bundle. */
export const searchBundlesFolder = "pagefind";

/** One page's record, as Pagefind reads it from a file. */
export interface SearchRecord {
  file: string;
  html: string;
}

/** What a page needs to search: its bundle's id and the address of that bundle's runtime. */
export interface SearchBundle {
  id: string;
  pagefindSrc: string;
}

/**
 * The options Pagefind indexes with, in the site's language (config.site.lang): part of the
 * bundle's name, since they change its files.
 */
export function pagefindIndexOptions(lang: string) {
  return { forceLanguage: lang };
}

/**
 * Locations per index chunk (Pagefind's default: 20,000). A query downloads the chunk of each of
 * its words; at 10,200 questions a default chunk was 23 kB (brotli) and a two-word query loaded
 * three to five of them, 140–210 kB in all against the 150 kB budget. At 4,000 a chunk is about
 * 6 kB and the list of chunks every query loads grows from 3.8 to 5.1 kB (issue 26). Pagefind
 * reads it from its environment only (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, set by search-index.ts).
 */
export const pagefindIndexChunkSize = 4000;

const recordsOfContent = new WeakMap<LoadedContent, Map<string, SearchRecord[]>>();

/** Each page's record by language and prefix, for the synonyms it was made with. */
const recordOfPage = new WeakMap<
  FaqPage,
  Map<string, { synonyms: Synonyms; record: SearchRecord }>
>();

/** A page's record, made again only for a page read again (the preview re-reads one per save). */
function pageRecord(
  page: FaqPage,
  lang: string,
  synonyms: Synonyms,
  pathPrefix: string,
  key: string,
) {
  let known = recordOfPage.get(page);
  if (!known) {
    known = new Map();
    recordOfPage.set(page, known);
  }
  const made = known.get(key);
  if (made?.synonyms === synonyms) return made.record;
  const record = recordOf(page, lang, synonyms, pathPrefix);
  known.set(key, { synonyms, record });
  return record;
}

function recordOf(page: FaqPage, lang: string, synonyms: Synonyms, pathPrefix: string) {
  return { file: pageRecordPath(page), html: pageRecordHtml(page, lang, synonyms, pathPrefix) };
}

/** Only a page with questions has a record: there is nothing else on it to find. */
const searchable = (page: FaqPage) => page.sections.some((section) => section.questions.length > 0);

/**
 * One page's record, or null for a page without questions: the record `searchRecords` gives for
 * that page, made without being kept, so the build can hand it to Pagefind as soon as the page is
 * loaded and let it go.
 */
export function pageSearchRecord(
  page: FaqPage,
  synonyms: Synonyms,
  lang: string,
  pathPrefix = "/",
): SearchRecord | null {
  return searchable(page) ? recordOf(page, lang, synonyms, pathPrefix) : null;
}

/**
 * The records of every page with questions, in the site's language; made once per loaded content,
 * language and path prefix (pages and index). The prefix goes into each record's url, so results
 * link into a preview (issue 22).
 */
export function searchRecords(
  content: Pick<LoadedContent, "pages" | "synonyms">,
  lang: string = siteLanguage,
  pathPrefix = "/",
): SearchRecord[] {
  let known = recordsOfContent.get(content as LoadedContent);
  if (!known) {
    known = new Map();
    recordsOfContent.set(content as LoadedContent, known);
  }
  const key = `${lang} ${pathPrefix}`;
  const made = known.get(key);
  if (made) return made;
  const records = content.pages
    .filter(searchable)
    .map((page) => pageRecord(page, lang, content.synonyms, pathPrefix, key));
  known.set(key, records);
  return records;
}

/**
 * The bundle's id, made record by record: a hash of Pagefind's version, its options and the
 * records in their order. The same content and Pagefind give the same id (builds stay
 * byte-identical); any change gives a new folder.
 */
export function bundleIdHash(lang: string) {
  const hash = createHash("sha256").update(
    `pagefind ${project.devDependencies.pagefind}\0${JSON.stringify(pagefindIndexOptions(lang))}\0` +
      `${pagefindIndexChunkSize}\0`,
  );
  let id: string | undefined;
  return {
    add(record: SearchRecord): void {
      hash.update(record.file).update("\0").update(record.html).update("\0");
    },
    /** The id of the records added (none may be added after). */
    id(): string {
      id ??= hash.digest("hex").slice(0, 12);
      return id;
    },
  };
}

/** The bundle's id for `records` (see `bundleIdHash`). */
export function searchBundleId(records: readonly SearchRecord[], lang: string): string {
  const hash = bundleIdHash(lang);
  for (const record of records) hash.add(record);
  return hash.id();
}

/** The bundle named `id`. Its pagefindSrc is a site path: the pages' path prefix is added where the pages are written. */
export function searchBundleNamed(id: string): SearchBundle {
  return { id, pagefindSrc: `/${searchBundlesFolder}/${id}/pagefind.js` };
}

/** The bundle of `content`, or the one named `fixedId` (the preview keeps one folder). */
export function searchBundleFor(
  content: Pick<LoadedContent, "pages" | "synonyms">,
  lang: string,
  fixedId?: string,
  pathPrefix = "/",
): SearchBundle {
  return searchBundleNamed(
    fixedId ?? searchBundleId(searchRecords(content, lang, pathPrefix), lang),
  );
}

/** The bundle's folder in the site, relative to the site's root. */
export function searchBundleFolder(bundle: Pick<SearchBundle, "id">): string {
  return `${searchBundlesFolder}/${bundle.id}`;
}
