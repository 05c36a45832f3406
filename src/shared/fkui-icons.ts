// FKUI's icons the site shows, from @fkui/icon-lib-default's sprite sheet (dist/f/spritesheet.svg)
// as inline SVG: the CMS preview renders links in the browser, so they cannot be read from
// node_modules there; tests/shared/fkui-icons.test.ts fails when the library's icon changes.

/** The library's "new-window" icon: its viewBox and its paths, as in the sprite sheet. */
export const newWindowIcon = {
  viewBox: "0 0 512 512",
  paths:
    '<path fill="currentColor" d="M455.1 464.4H46.2V55.5h166.6V8.7H-1V512h503.3V298.2h-47.2z"/><path fill="currentColor" d="M460.3 0H317v52.1h105.9L275.3 199.9l37.5 37.1L460.3 89.6v106.2h52.1V0z"/>',
};

/** `<svg class>` holding an icon, hidden from screen readers (the link's words say it). */
export function iconSvg(icon: { viewBox: string; paths: string }, className: string): string {
  return `<svg class="${className}" aria-hidden="true" focusable="false" viewBox="${icon.viewBox}" width="16" height="16">${icon.paths}</svg>`;
}
