// Loaded only on landing from a search result: marks the words the result matched in the answer
// the URL's #anchor opened, so the citizen sees at once why this answer was found.
import { highlightParam, wordPattern } from "../../search/query/result-link.ts";

/** The opened question and its answer, or every question when the anchor names none. */
function landedScope(): Element | null {
  const id = decodeURIComponent(location.hash.slice(1));
  const $target = id ? document.getElementById(id) : null;
  return $target?.closest(".app-accordion__item") ?? document.querySelector(".app-accordion");
}

function markIn(node: Text, pattern: RegExp): void {
  const text = node.data;
  const parts: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    const $mark = document.createElement("mark");
    $mark.className = "app-highlight";
    $mark.textContent = match[0];
    parts.push(document.createTextNode(text.slice(last, start)), $mark);
    last = start + match[0].length;
  }
  if (parts.length === 0) return;
  parts.push(document.createTextNode(text.slice(last)));
  node.replaceWith(...parts);
}

/** Wraps every whole-word match in `$scope`'s text in <mark>, skipping screen-reader-only hints. */
export function markWords($scope: Element, pattern: RegExp): void {
  const walker = document.createTreeWalker($scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest("[data-pagefind-ignore], mark, svg")
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) markIn(node, pattern);
}

export function highlightFromUrl(): void {
  const words = new URLSearchParams(location.search)
    .getAll(highlightParam)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
  if (words.length === 0) return;
  const pattern = new RegExp(words.map(wordPattern).join("|"), "giu");
  const run = () => {
    const $scope = landedScope();
    if ($scope) markWords($scope, pattern);
  };
  run();
  // Another result of the same search may only change the anchor.
  window.addEventListener("hashchange", run);
}
