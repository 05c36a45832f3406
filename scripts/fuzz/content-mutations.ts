// Mutations of a valid content tree, as careless editors and broken tools make them: the
// arbitraries the content fuzzer (content-fuzz.ts) draws its cases from.
import path from "node:path";
import fc from "fast-check";
import { type Tree, validTree } from "./content-tree.ts";

/** One change to a tree; a case applies a few of them in order. */
type Mutation = (tree: Tree) => Tree;

const files = Object.keys(validTree);
const fileOf = fc.constantFrom(...files);

function textOf(tree: Tree, file: string): Uint8Array {
  const value = tree[file];
  return typeof value === "string" ? Buffer.from(value) : (value ?? new Uint8Array());
}

function spliceBytes(bytes: Uint8Array, at: number, insert: Uint8Array, remove = 0): Uint8Array {
  const position = Math.min(at, bytes.length);
  return Buffer.concat([
    bytes.subarray(0, position),
    insert,
    bytes.subarray(Math.min(bytes.length, position + remove)),
  ]);
}

const truncation = fc.tuple(fileOf, fc.nat()).map(
  ([file, at]): Mutation =>
    (tree) => {
      const bytes = textOf(tree, file);
      return { ...tree, [file]: bytes.subarray(0, at % (bytes.length + 1)) };
    },
);

const randomBytes = fc
  .tuple(fileOf, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 }), fc.nat({ max: 8 }))
  .map(
    ([file, at, bytes, remove]): Mutation =>
      (tree) => {
        const text = textOf(tree, file);
        return { ...tree, [file]: spliceBytes(text, at % (text.length + 1), bytes, remove) };
      },
  );

// Values YAML reads as other types, or not at all: lists, maps, tags, anchors, block scalars.
const yamlValue = fc.oneof(
  fc.constantFrom(
    "",
    "~",
    "null",
    "true",
    "0x1F",
    "1e400",
    "-.inf",
    ".nan",
    "2024-13-45",
    "2024-02-29",
    "[1, 2",
    "{a: 1}",
    "[[[[[[[[[[]]]]]]]]]]",
    "&a x",
    "*a",
    "*nothing",
    "!!binary aGVq",
    "!!js/function 'f() {}'",
    "!custom x",
    "|\n  två\n  rader",
    ">-\n  vikt",
    '"oavslutad',
    "'oavslutad",
    "a: b: c",
    "- en\n- två",
    "\n  - id: a\n    title: A",
    "<script>alert(1)</script>",
    "__proto__",
    "{__proto__: {polluted: 1}}",
    "🙂 å ä ö",
  ),
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.json({ maxDepth: 3 }),
);
const field = fc.constantFrom(
  "title",
  "description",
  "updated",
  "sections",
  "question",
  "order",
  "related",
  "sokord",
  "__proto__",
  "constructor",
  "okänt-fält",
);

const yamlField = fc.tuple(fileOf, field, yamlValue, fc.boolean()).map(
  ([file, name, value, replace]): Mutation =>
    (tree) => {
      const text = Buffer.from(textOf(tree, file)).toString("utf8");
      const row = `${name}: ${value}`;
      const pattern = new RegExp(`^${name}:.*$`, "m");
      const changed =
        replace && pattern.test(text)
          ? text.replace(pattern, () => row)
          : text.replace(/^---\n/, () => `---\n${row}\n`);
      return { ...tree, [file]: changed };
    },
);

// Markdown and HTML an editor might paste; none of it may reach the page as markup.
const markdownPiece = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x]( data:text/html;base64,PHNjcmlwdD4= )",
    "<javascript:alert(1)>",
    "[ref]\n\n[ref]: vbscript:msgbox",
    "![bild](https://example.com/a.png)",
    "<!-- kommentar",
    "<iframe src=https://example.com>",
    "<style>*{}</style>",
    "&lt;script&gt;",
    "&#60;script&#62;",
    "[a](/finns-inte/#ingen)",
    "[a](#two)",
    "[a](http://example.com)",
    '[a](https://example.com/ "titel")',
    "```\nkod\n```",
    "```",
    "> citat",
    "* * *",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "# Rubrik",
    "    indraget",
    "\\",
    "\u0000",
    "\u202e",
    "\uFEFF",
    "\r",
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

const markdown = fc
  .tuple(fileOf, fc.array(markdownPiece, { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(
    ([file, pieces, inline]): Mutation =>
      (tree) => {
        const text = Buffer.from(textOf(tree, file)).toString("utf8");
        return { ...tree, [file]: `${text}\n${pieces.join(inline ? " " : "\n\n")}\n` };
      },
  );

const deepNesting = fc
  .tuple(fileOf, fc.integer({ min: 50, max: 5000 }), fc.constantFrom("> ", "- ", "  - ", "[", "*"))
  .map(
    ([file, depth, unit]): Mutation =>
      (tree) => {
        const text = Buffer.from(textOf(tree, file)).toString("utf8");
        return { ...tree, [file]: `${text}\n${unit.repeat(depth)}djupt\n` };
      },
  );

const deepFolders = fc.tuple(fc.integer({ min: 2, max: 30 }), fc.constantFrom("p", "p/a", "")).map(
  ([depth, under]): Mutation =>
    (tree) => {
      const folder = path.posix.join(under, ...Array.from({ length: depth }, (_, i) => `d${i}`));
      return { ...tree, [`${folder}/djup.md`]: "---\nquestion: Djup?\norder: 1\n---\n\nSvar.\n" };
    },
);

const hugeLine = fc
  .tuple(
    fileOf,
    fc.integer({ min: 10_000, max: 300_000 }),
    fc.constantFrom("a", "å ", "*", "[", "`"),
  )
  .map(
    ([file, length, unit]): Mutation =>
      (tree) => {
        const text = Buffer.from(textOf(tree, file)).toString("utf8");
        const huge = unit.repeat(Math.ceil(length / unit.length));
        return { ...tree, [file]: text.replace("\n---\n", () => `\n---\n${huge}\n`) };
      },
  );

// Names a file system accepts (no "/" or NUL, at most 255 bytes) but the site may not.
const oddName = fc
  .oneof(
    fc.constantFrom(
      "Fråga.md",
      "med mellanslag.md",
      "UPPER.MD",
      "-.md",
      "a--b.md",
      ".dold.md",
      "index.md",
      "README.md",
      "fil.txt",
      "utan-ändelse",
      "..md",
      "🙂.md",
      "a\u0301.md",
      "x".repeat(250),
    ),
    fc.string({ minLength: 1, maxLength: 40 }).map((name) => `${name}.md`),
  )
  .filter((name) => !/[/\0]/.test(name) && Buffer.byteLength(name) <= 255 && !/^\.\.?$/.test(name));

const oddFile = fc
  .tuple(oddName, fc.constantFrom("", "p", "p/a", "p/b", "q", "p/a/under"), fc.boolean())
  .map(
    ([name, folder, asFolder]): Mutation =>
      (tree) => {
        const file = asFolder ? `${name}/a/x.md` : path.posix.join(folder, name);
        return { ...tree, [file]: "---\nquestion: Udda?\norder: 77\n---\n\nSvar.\n" };
      },
  );

const removal = fileOf.map(
  (file): Mutation =>
    (tree) => ({ ...tree, [file]: null }),
);

/** A valid tree with one to four mutations applied. */
export const mutatedTree: fc.Arbitrary<Tree> = fc
  .array(
    fc.oneof(
      truncation,
      randomBytes,
      yamlField,
      // Most Markdown is accepted, so this is what checks that accepted HTML is safe.
      { arbitrary: markdown, weight: 5 },
      deepNesting,
      deepFolders,
      hugeLine,
      oddFile,
      removal,
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((mutations) => mutations.reduce<Tree>((tree, mutate) => mutate(tree), { ...validTree }));
