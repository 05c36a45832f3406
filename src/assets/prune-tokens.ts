// Keeps only the design tokens (CSS custom properties) the stylesheet uses: FKUI's theme mixins
// declare every token of the design system, the site uses a few dozen (issue 27).

/** One custom property declaration found in the compiled CSS: where it starts and ends. */
interface Declaration {
  name: string;
  value: string;
  start: number;
  end: number;
}

/** The index just past a declaration's value: the `;` or `}` ending it outside brackets and quotes. */
function valueEnd(css: string, from: number): number {
  let depth = 0;
  let quote = "";
  for (let index = from; index < css.length; index++) {
    const char = css[index];
    if (quote) {
      if (char === "\\") index++;
      else if (char === quote) quote = "";
    } else if (char === '"' || char === "'") quote = char;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (depth === 0 && (char === ";" || char === "}")) return index;
  }
  return css.length;
}

function declarations(css: string): Declaration[] {
  const found: Declaration[] = [];
  for (const match of css.matchAll(/[{;]\s*(--[\w-]+)\s*:/g)) {
    const start = match.index + 1;
    const end = valueEnd(css, match.index + match[0].length);
    found.push({
      name: match[1] as string,
      value: css.slice(match.index + match[0].length, end),
      start,
      end,
    });
  }
  return found;
}

/** The [start, end) ranges of the `@media` blocks: tokens declared there hold only in that medium. */
function mediaBlocks(css: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (const match of css.matchAll(/@media[^{}]*\{/g)) {
    let depth = 1;
    let index = match.index + match[0].length;
    for (; index < css.length && depth > 0; index++) {
      if (css[index] === "{") depth++;
      else if (css[index] === "}") depth--;
    }
    blocks.push([match.index, index]);
  }
  return blocks;
}

function references(text: string): string[] {
  return [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1] as string);
}

/**
 * `css` without the custom properties that no rule uses, directly or through another token.
 * Throws, naming the token, when a rule uses one that nothing declares, or that only an `@media`
 * block declares (the dark theme's): an upgrade of @fkui/theme-default that renamed or removed a
 * token must fail the build, not ship unset colours.
 */
export function pruneTokens(css: string, source = "the stylesheet"): string {
  const declared = declarations(css);
  const byName = new Map<string, Declaration[]>();
  for (const declaration of declared)
    byName.set(declaration.name, [...(byName.get(declaration.name) ?? []), declaration]);

  // What rules use: every var() outside the custom properties' own values.
  let outside = "";
  let position = 0;
  for (const declaration of declared) {
    outside += css.slice(position, declaration.start);
    position = declaration.end;
  }
  outside += css.slice(position);

  const media = mediaBlocks(css);
  const unconditional = (declaration: Declaration) =>
    !media.some(([start, end]) => declaration.start > start && declaration.start < end);

  const used = new Set<string>();
  const pending = references(outside);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (used.has(name)) continue;
    used.add(name);
    const found = byName.get(name);
    if (!found)
      throw new Error(
        `${source}: var(${name}) is used but no token declares it. If @fkui/theme-default was upgraded, look up the token's new name in its changelog and change it in src/styles/ or src/components/*/_index.scss.`,
      );
    // Declared only for the dark theme (or print): the light theme would show it unset.
    if (!found.some(unconditional))
      throw new Error(
        `${source}: var(${name}) is declared only inside an @media block, so pages outside it get no value. Declare it in the light theme (:root) too, or use a token FKUI's light theme has.`,
      );
    for (const declaration of found) pending.push(...references(declaration.value));
  }

  let pruned = "";
  position = 0;
  for (const declaration of declared) {
    pruned += css.slice(position, declaration.start);
    if (used.has(declaration.name)) {
      // Sass keeps the space after a custom property's colon; CSS ignores it.
      pruned += `${declaration.name}:${declaration.value.trim()}`;
      position = declaration.end;
      continue;
    }
    // Its `;` goes with it; a `}` stays to close the block.
    position = css[declaration.end] === ";" ? declaration.end + 1 : declaration.end;
  }
  pruned += css.slice(position);
  // Blocks left empty (a theme block in a media query whose tokens no rule uses), and `;}`.
  let previous = "";
  while (previous !== pruned) {
    previous = pruned;
    pruned = pruned.replace(/;}/g, "}").replace(/(^|[{}])[^{}@]*\{\s*\}/g, "$1");
    pruned = pruned.replace(/@media[^{}]*\{\s*\}/g, "");
  }
  return pruned;
}
