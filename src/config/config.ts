// The site's configuration: one function from the environment to a typed object. Each command
// (build, start, check) calls it once and passes the result on; no module reads process.env when
// it loads, so a test can make a second configuration in memory. Imports nothing local.
import type { PreviewConfig } from "./site-path.ts";

export interface AnalyticsConfig {
  provider: "matomo";
  /** The Matomo base URL, ending in a slash, e.g. https://matomo.example.se/ */
  url: string;
  siteId: string;
}

/** The editors' CMS at /admin/ (Decap CMS, issue 15). */
export interface CmsConfig {
  /** The GitHub repository the CMS opens pull requests in, "owner/name" (CMS_GITHUB_REPO). */
  repo: string;
  /** The branch pull requests go to (CMS_BRANCH, default main). */
  branch: string;
  /** The origin of the OAuth client that signs editors in to GitHub (CMS_AUTH_URL). */
  authUrl: string | null;
  /**
   * A decap-server on the editor's own machine (CMS_LOCAL_BACKEND, like
   * http://localhost:8081/api/v1): only for local use and the tests, never in production.
   */
  localBackend: string | null;
  /** The content folder as a path inside the repository (CMS_CONTENT_PATH, else CONTENT_DIR). */
  contentPath: string;
}

export interface SiteConfig {
  name: string;
  /**
   * The site's language (BCP 47, "sv"): every page's lang, the search index's language (Pagefind)
   * and the CMS's interface. Another language is this and the content in that language.
   */
  lang: string;
  /** The public origin the site is published at, used for canonical URLs and the sitemap. */
  baseUrl: string;
  /** Hosts of the agency itself: links there are not marked as leaving the site. */
  ownHosts: string[];
  /** Pages that are not FAQ pages, so that links to them can be checked. */
  staticPages: string[];
  analytics: AnalyticsConfig | null;
  /**
   * Where each answer's "Fick du svar på din fråga?" is sent (FEEDBACK_URL), or null: then the
   * question is not shown at all. Its origin is added to the CSP's connect-src and form-action.
   */
  feedbackUrl: string | null;
  cms: CmsConfig;
  /**
   * The path the site is published under, "/" when unset (PATH_PREFIX; a pull request's preview
   * lives under /pr-<N>/, issue 22). Set by withPlacement (site-path.ts) for the build commands.
   */
  pathPrefix?: string;
  /** A pull request's preview build (PREVIEW_PR), else unset or null. */
  preview?: PreviewConfig | null;
}

export interface BuildConfig {
  site: SiteConfig;
  /** The content folder (CONTENT_DIR, default content/). */
  contentDir: string;
  /** The folder the site is built into and swapped in for (OUTPUT_DIR, default dist/). */
  outputDir: string;
  /** Today in Sweden as YYYY-MM-DD (TODAY overrides it): no `updated` date may be later. */
  today: string;
  /**
   * A fixed name for the search bundle's folder: the preview's, whose pages are re-rendered one
   * at a time while the index behind them is rebuilt. Unset, it is a hash of what is indexed.
   */
  searchBundleId?: string;
  /**
   * The git ref whose pages and anchors must still lead somewhere (CONTENT_BASE; CI sets it to
   * the pull request's base), or null: then npm run check:content uses the merge base with
   * origin/main when there is one.
   */
  contentBase?: string | null;
}

export type Environment = Record<string, string | undefined>;

/** Hosts of the agency itself: the same for every configuration. */
export const ownHosts = ["forsakringskassan.se"];
/** The site's pages that are not FAQ pages: the same for every configuration. */
export const staticPages = ["/", "/kakor/", "/tillganglighet/", "/sok/"];

export const defaultBaseUrl = "https://faq.forsakringskassan.se";

/** The site's language, the same for every configuration (see SiteConfig.lang). */
export const siteLanguage = "sv";

/** FEEDBACK_URL checked: an absolute http(s) address, or null when unset or empty. */
export function feedbackUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new Error(
      `FEEDBACK_URL is "${value}", which is not an absolute http(s) address: set it to the address that receives the feedback (e.g. https://formular.forsakringskassan.se/faq-feedback), or leave it unset to show no feedback question`,
    );
  }
  return url.href;
}

/** The site as the environment configures it: SITE_URL, MATOMO_URL, MATOMO_SITE_ID, FEEDBACK_URL and CMS_*. */
export function siteConfigFrom(env: Environment = {}): SiteConfig {
  return {
    name: "Försäkringskassan",
    lang: siteLanguage,
    baseUrl: (env.SITE_URL || defaultBaseUrl).replace(/\/$/, ""),
    ownHosts,
    staticPages,
    analytics:
      env.MATOMO_URL && env.MATOMO_SITE_ID
        ? { provider: "matomo", url: env.MATOMO_URL, siteId: env.MATOMO_SITE_ID }
        : null,
    feedbackUrl: feedbackUrlFrom(env.FEEDBACK_URL),
    cms: {
      // GitHub Actions names the repository it builds; elsewhere CMS_GITHUB_REPO must.
      repo: env.CMS_GITHUB_REPO || env.GITHUB_REPOSITORY || "",
      branch: env.CMS_BRANCH || "main",
      authUrl: env.CMS_AUTH_URL ? env.CMS_AUTH_URL.replace(/\/$/, "") : null,
      localBackend: env.CMS_LOCAL_BACKEND || null,
      contentPath: (env.CMS_CONTENT_PATH || env.CONTENT_DIR || "content").replace(/\/$/, ""),
    },
  };
}

/**
 * Today in Sweden (Europe/Stockholm) at `now`, as YYYY-MM-DD: the one "today" of the build, the
 * checks and the reports. "sv-SE" here is a date format (Swedish dates are written YYYY-MM-DD),
 * not the site's language.
 */
export function todayInSweden(now = new Date()): string {
  return now.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
}

/** TODAY when set (it must be YYYY-MM-DD), else the date in Sweden now. */
function todayFrom(env: Environment, now: Date): string {
  if (!env.TODAY) return todayInSweden(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(env.TODAY)) {
    throw new Error(
      `TODAY is "${env.TODAY}": write it as YYYY-MM-DD (like 2024-12-04), or unset it`,
    );
  }
  return env.TODAY;
}

/** A build's configuration: the site, plus CONTENT_DIR, OUTPUT_DIR and TODAY. */
export function buildConfigFrom(env: Environment = {}, now = new Date()): BuildConfig {
  return {
    site: siteConfigFrom(env),
    contentDir: env.CONTENT_DIR || "content",
    outputDir: env.OUTPUT_DIR || "dist",
    today: todayFrom(env, now),
    contentBase: env.CONTENT_BASE || null,
  };
}
