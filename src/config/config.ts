// The site's configuration: one function from the environment to a typed object. Each command
// (build, start, check) calls it once and passes the result on; no module reads process.env when
// it loads, so a test can make a second configuration in memory. Imports nothing local.

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
  lang: string;
  /** The public origin the site is published at, used for canonical URLs and the sitemap. */
  baseUrl: string;
  /** Hosts of the agency itself: links there are not marked as leaving the site. */
  ownHosts: string[];
  /** Pages that are not FAQ pages, so that links to them can be checked. */
  staticPages: string[];
  analytics: AnalyticsConfig | null;
  cms: CmsConfig;
}

export interface BuildConfig {
  site: SiteConfig;
  /** The content folder (CONTENT_DIR, default content/). */
  contentDir: string;
  /** The folder the site is built into and swapped in for (OUTPUT_DIR, default dist/). */
  outputDir: string;
}

export type Environment = Record<string, string | undefined>;

/** Hosts of the agency itself: the same for every configuration. */
export const ownHosts = ["forsakringskassan.se"];
/** The site's pages that are not FAQ pages: the same for every configuration. */
export const staticPages = ["/", "/kakor/", "/tillganglighet/", "/sok/"];

export const defaultBaseUrl = "https://faq.forsakringskassan.se";

/** The site as the environment configures it: SITE_URL, MATOMO_URL, MATOMO_SITE_ID and CMS_*. */
export function siteConfigFrom(env: Environment = {}): SiteConfig {
  return {
    name: "Försäkringskassan",
    lang: "sv",
    baseUrl: (env.SITE_URL || defaultBaseUrl).replace(/\/$/, ""),
    ownHosts,
    staticPages,
    analytics:
      env.MATOMO_URL && env.MATOMO_SITE_ID
        ? { provider: "matomo", url: env.MATOMO_URL, siteId: env.MATOMO_SITE_ID }
        : null,
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

/** A build's configuration: the site, plus CONTENT_DIR and OUTPUT_DIR. */
export function buildConfigFrom(env: Environment = {}): BuildConfig {
  return {
    site: siteConfigFrom(env),
    contentDir: env.CONTENT_DIR || "content",
    outputDir: env.OUTPUT_DIR || "dist",
  };
}
