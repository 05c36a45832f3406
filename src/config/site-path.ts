// Where the site is published and whether it is a pull request's preview (issue 22): PATH_PREFIX
// and PREVIEW_PR read and checked, and site paths put under the prefix. Imports nothing local.
// Kept apart from config.ts so that the CMS's bundle, which reads config.ts's host list, keeps its bytes.

/** A pull request's preview build (issue 22): shown as such, never indexed. */
export interface PreviewConfig {
  /** The pull request's number. */
  pr: number;
  /** The pull request's address, or null when unknown. */
  url: string | null;
}

type Environment = Record<string, string | undefined>;

/** PATH_PREFIX checked and normalised to start and end with "/" ("pr-12" → "/pr-12/"). */
export function pathPrefixFrom(value: string | undefined): string {
  if (!value || value === "/") return "/";
  const trimmed = value.replace(/^\/+|\/+$/g, "");
  if (!/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(
      `PATH_PREFIX is "${value}": set it to the path the site is published under, made of letters, digits, ".", "_", "~" and "-" between slashes (like /pr-12/), or leave it unset for "/"`,
    );
  }
  return `/${trimmed}/`;
}

/** PREVIEW_PR (a pull request's number) and PREVIEW_PR_URL, or null when PREVIEW_PR is unset. */
export function previewFrom(env: Environment): PreviewConfig | null {
  if (!env.PREVIEW_PR) return null;
  if (!/^[1-9]\d*$/.test(env.PREVIEW_PR)) {
    throw new Error(
      `PREVIEW_PR is "${env.PREVIEW_PR}": set it to the pull request's number (like 12), or leave it unset for a build that is not a preview`,
    );
  }
  return { pr: Number(env.PREVIEW_PR), url: env.PREVIEW_PR_URL || null };
}

/** A site path ("/kakor/") under the site's path prefix ("/pr-12/kakor/"). */
export function withPathPrefix(pathPrefix: string, sitePath: string): string {
  return sitePath.startsWith("/") && !sitePath.startsWith("//")
    ? `${pathPrefix}${sitePath.slice(1)}`
    : sitePath;
}

/** The absolute address of the site's root, without the final slash: base URL and path prefix. */
export function siteRootUrl(site: { baseUrl: string; pathPrefix?: string }): string {
  return `${site.baseUrl}${pathPrefixOf(site).replace(/\/$/, "")}`;
}

/** The site's path prefix: "/" unless withPlacement set one. */
export function pathPrefixOf(site: { pathPrefix?: string }): string {
  return site.pathPrefix ?? "/";
}

/**
 * `config` with the site's place and kind from PATH_PREFIX and PREVIEW_PR (PREVIEW_PR_URL). Kept
 * out of config.ts's code on purpose: the CMS's minified bundle reads config.ts (the agency's
 * hosts), and esbuild names its variables from that file's text, so any code added there would
 * change /admin/cms-setup.js in every build, prefixed or not.
 */
export function withPlacement<T extends { site: object }>(
  config: T,
  env: Environment,
): T & { site: { pathPrefix: string; preview: PreviewConfig | null } } {
  return {
    ...config,
    site: {
      ...config.site,
      pathPrefix: pathPrefixFrom(env.PATH_PREFIX),
      preview: previewFrom(env),
    },
  };
}
