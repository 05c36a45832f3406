// Site-wide settings: name, public address, analytics. One place, read by the build and templates.

export interface AnalyticsConfig {
  provider: "matomo";
  /** The Matomo base URL, ending in a slash, e.g. https://matomo.example.se/ */
  url: string;
  siteId: string;
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
}

function analyticsFromEnv(env: NodeJS.ProcessEnv): AnalyticsConfig | null {
  if (!env.MATOMO_URL || !env.MATOMO_SITE_ID) return null;
  return { provider: "matomo", url: env.MATOMO_URL, siteId: env.MATOMO_SITE_ID };
}

export const site: SiteConfig = {
  name: "Försäkringskassan",
  lang: "sv",
  baseUrl: (process.env.SITE_URL ?? "https://faq.forsakringskassan.se").replace(/\/$/, ""),
  ownHosts: ["forsakringskassan.se"],
  staticPages: ["/", "/kakor/", "/tillganglighet/", "/sok/"],
  analytics: analyticsFromEnv(process.env),
};
