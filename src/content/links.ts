// How links leaving the site are marked, shared by the Markdown renderer and the templates.
import { ownHosts as agencyHosts } from "../config/config.ts";
import { escapeHtml } from "../shared/escape-html.ts";
import { iconSvg, newWindowIcon } from "../shared/fkui-icons.ts";

export const externalLinkHint = "Länk till annan webbplats, öppnas i nytt fönster.";

function hostOf(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** An absolute http(s) link to a host that is not the agency's own. */
export function isExternalUrl(url: string, ownHosts = agencyHosts): boolean {
  const host = hostOf(url);
  if (!host) return false;
  return !ownHosts.some((own) => host === own || host.endsWith(`.${own}`));
}

/** The domain a citizen recognises: "get.adobe.com" and "www.adobe.com" both read "adobe.com". */
export function displayDomain(url: string): string {
  const host = hostOf(url) ?? "";
  return host.split(".").slice(-2).join(".");
}

/** Attributes an external link carries. */
export const externalLinkAttributes: ReadonlyArray<[string, string]> = [
  ["class", "app-external-link"],
  ["target", "_blank"],
  ["rel", "noopener noreferrer"],
];

/** The hint for screen readers and the icon for everyone else, the same after every external link. */
export const externalLinkDecoration =
  `<span class="app-visually-hidden" data-pagefind-ignore> ${externalLinkHint}</span>` +
  iconSvg(newWindowIcon, "app-external-link__icon");

/**
 * What follows an external link's own text, inside the link: the domain in brackets, as on
 * forsakringskassan.se, then the hint for screen readers and an icon for everyone else.
 */
export function externalLinkSuffix(url: string): string {
  return ` (${escapeHtml(displayDomain(url))})${externalLinkDecoration}`;
}

/** A complete link for templates: external links get their marking, others stay plain. */
export function linkHtml(text: string, url: string): string {
  const href = escapeHtml(url);
  if (!isExternalUrl(url)) return `<a href="${href}">${escapeHtml(text)}</a>`;
  const attributes = externalLinkAttributes.map(([name, value]) => ` ${name}="${value}"`).join("");
  return `<a href="${href}"${attributes}>${escapeHtml(text)}${externalLinkSuffix(url)}</a>`;
}
