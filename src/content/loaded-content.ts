// What loading the content gives: the whole content, one page folder on its own, and the content
// folder's own files. Its own module, so the loader and the state kept between saves share it.
import type { PageLinks } from "./check-links.ts";
import type { Contact } from "./contact.ts";
import type { EarlierAddresses } from "./earlier-addresses.ts";
import type { ExternalLink } from "./load-section.ts";
import type { Problem } from "./problems.ts";
import type { FaqPage, Synonyms } from "./schema.ts";

export interface LoadedContent {
  pages: FaqPage[];
  /** content/kontakt.yml, or null when there is none (then no contact block is shown). */
  contact: Contact | null;
  problems: Problem[];
  externalLinks: ExternalLink[];
  /** The same links, one list per page folder (kept between saves: see content-state.ts). */
  externalLinksByPage?: readonly ExternalLink[][];
  /** content/sokord.yml, for search. */
  synonyms: Synonyms;
  /** Where earlier addresses lead now (`tidigare`, `borttagna`; issue 21). */
  earlier: Omit<EarlierAddresses, "problems">;
}

/** One page folder as loaded on its own: the preview keeps these and reloads only the one edited. */
export interface LoadedPage {
  page: FaqPage | null;
  links: PageLinks;
  problems: Problem[];
  externalLinks: ExternalLink[];
}

/** What lies directly in the content folder: the page folders, stray files, contact, synonyms. */
export interface ContentRoot {
  folders: string[];
  problems: Problem[];
  contact: Contact | null;
  /** Whether kontakt.yml is missing without problems of its own (then [[kontakt]] is a problem). */
  contactMissing: boolean;
  synonyms: Synonyms;
}
