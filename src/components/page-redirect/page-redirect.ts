// The redirect page of a renamed FAQ page (issue 21): sends the citizen on at once, keeping the
// #anchor that a meta refresh would drop, or to the new address of a question moved off the page.

interface MovedAnchor {
  anchor: string;
  url: string;
}

export class PageRedirect {
  /** Throws when the root does not name a page of this site to go to. */
  constructor($root: HTMLElement) {
    const target = $root.dataset.target ?? "";
    if (!/^\/[a-z0-9-]+\/$/.test(target)) throw new Error("no target page in data-target");
    const moved = JSON.parse($root.dataset.moved ?? "[]") as MovedAnchor[];
    const anchor = decodeURIComponent(location.hash.slice(1));
    const elsewhere = moved.find((entry) => entry.anchor === anchor)?.url;
    // Replace: Back should not return to an address that only sends the citizen on.
    location.replace(elsewhere ?? `${target}${location.hash}`);
  }
}
