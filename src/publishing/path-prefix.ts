// Puts a page's internal URLs under the site's path prefix (issue 22: a pull request's preview
// lives under /pr-<N>/): every attribute whose value is a site path ("/kakor/", "/assets/…"),
// data attributes included (the search's script addresses, a renamed page's target), and the
// address of a refresh redirect. Absolute, protocol-relative and fragment-only URLs stay as they are.

// An attribute value that starts with one slash: ` href="/kakor/"`, ` data-target='/ny/'`.
const siteAttribute = /(\s[a-zA-Z][\w:.-]*=)(["'])\/(?!\/)/g;
// The redirect page's `<meta http-equiv="refresh" content="0; url=/ny/">`.
const refreshUrl = /(content=(["'])\d+;\s*url=)\/(?!\/)/gi;

/** `html` with every site path in its attributes under `pathPrefix` ("/" leaves it unchanged). */
export function prefixSitePaths(html: string, pathPrefix: string): string {
  if (pathPrefix === "/") return html;
  return html
    .replace(siteAttribute, (_, name: string, quote: string) => `${name}${quote}${pathPrefix}`)
    .replace(refreshUrl, (_, start: string) => `${start}${pathPrefix}`);
}
