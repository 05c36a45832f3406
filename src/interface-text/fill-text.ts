// A text of the interface with its {placeholders} filled: the same in the build and in the browser,
// where scripts fill the texts the page gave them (data-text) with what they found.

/** `template` with each {name} replaced by `values[name]`; a name without a value stays as written. */
export function fillText(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
