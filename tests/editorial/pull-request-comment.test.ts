// The pull request's comment from a fixture change: what changed, the problems, the changed
// files' warnings with their suggestion and guide link, and how to see the preview.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { describe, it } from "node:test";
import { treeWith, validTree, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { loadContent } from "../../src/content/load-content.ts";
import { notUpdatedWarnings } from "../../src/editorial/change-warnings.ts";
import { compareContent } from "../../src/editorial/content-changes.ts";
import { commentMarker, pullRequestComment } from "../../src/editorial/pull-request-comment.ts";

async function loaded(files: Record<string, string | null>) {
  const root = await writeTree(files);
  try {
    const content = await loadContent(root, ["/"]);
    const strip = (file: string) => file.replace(`${root}/`, "content/");
    return {
      pages: content.pages.map((page) => ({
        ...page,
        sections: page.sections.map((s) => ({
          ...s,
          questions: s.questions.map((q) => ({ ...q, file: strip(q.file) })),
        })),
      })),
      problems: content.problems.map((p) => ({ ...p, file: strip(p.file) })),
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe("pullRequestComment", () => {
  it("lists the changes, the changed files' warnings with suggestion and guide, and the preview", async () => {
    const before = await loaded(validTree);
    const after = await loaded(
      treeWith({
        "p/b/two.md":
          "---\nquestion: Fråga två?\norder: 10\nupdated: 2024-12-04\n---\n\nEtt nytt svar.\n",
        "p/a/three.md": "---\nquestion: Fråga tre?\norder: 20\n---\n\nSvar tre.\n",
      }),
    );
    const changes = compareContent(before, after);
    const warnings = notUpdatedWarnings(changes, after.pages, {
      base: "origin/main",
      today: "2026-11-29",
    });
    const comment = pullRequestComment({
      base: "origin/main",
      changes,
      problems: [],
      warnings,
      changedFiles: ["content/p/a/three.md", "content/p/b/two.md"],
      runUrl: "https://github.com/fk/faq/actions/runs/1",
      blobUrl: "https://github.com/fk/faq/blob/abc",
    });
    const lines = comment.split("\n");
    assert.equal(lines[0], commentMarker);
    assert.ok(lines.includes("✅ Innehållet har inga fel och kan publiceras."), comment);
    assert.ok(lines.includes("### Tillagda frågor (1)"), comment);
    assert.ok(lines.includes("| Fråga tre? | Frågor om p › A | `/p/#three` |"), comment);
    assert.ok(lines.includes("| Fråga två? | svaret | Frågor om p › B | `/p/#two` |"), comment);
    assert.ok(lines.includes("## Varningar i de ändrade filerna (1)"), comment);
    assert.ok(
      lines.includes(
        '| Ändrat svar utan nytt datum | `content/p/b/two.md` | Svaret har ändrats jämfört med origin/main, men "updated" är fortfarande 2024-12-04. Sätt updated: 2026-11-29, så att läsaren ser när svaret senast ändrades. Ändrade du bara stavning eller form, kan du låta datumet vara. | `updated: 2026-11-29` | [guiden](https://github.com/fk/faq/blob/abc/content/README.md#%C3%A4ndra-flytta-och-ta-bort-en-fr%C3%A5ga) |',
      ),
      comment,
    );
    assert.doesNotMatch(comment, /## Fel som stoppar/);
    assert.match(
      comment,
      /Hämta artefakten `site-preview` från \[byggets sida\]\(https:\/\/github\.com\/fk\/faq\/actions\/runs\/1\)/,
    );
    assert.match(
      comment,
      /SITE_DIR=sökväg\/till\/site-preview node --import tsx scripts\/serve\.ts/,
    );
  });

  it("lists the problems first when there are any, and says nothing is published", async () => {
    const before = await loaded(validTree);
    const after = await loaded(
      treeWith({ "p/a/one.md": "---\nquestion: Fråga ett?\norder: tio\n---\n\nSvar.\n" }),
    );
    const comment = pullRequestComment({
      base: "origin/main",
      changes: compareContent(before, after),
      problems: after.problems,
      warnings: [],
      changedFiles: ["content/p/a/one.md"],
    });
    assert.match(comment, /^❌ Innehållet har 1 fel\. Inget publiceras förrän de är rättade\.$/m);
    assert.match(
      comment,
      /^\| Inte ett heltal \| `content\/p\/a\/one\.md:3` \| Fältet "order" ska vara ett heltal, men här står "tio"\. Skriv 10\. \| `10` \| `content\/README\.md#en-frågas-fil` \|$/m,
    );
    assert.match(comment, /^Inga varningar i de 1 filer som har ändrats sedan `origin\/main`\.$/m);
  });

  it("gives the live preview's address and a link straight to each added or changed question (issue 22)", async () => {
    const before = await loaded(validTree);
    const after = await loaded(
      treeWith({ "p/a/three.md": "---\nquestion: Fråga tre?\norder: 20\n---\n\nSvar tre.\n" }),
    );
    const comment = pullRequestComment({
      base: "origin/main",
      changes: compareContent(before, after),
      problems: [],
      warnings: [],
      changedFiles: ["content/p/a/three.md"],
      preview: { url: "https://fk.github.io/faq/pr-12/" },
    });
    assert.match(comment, /finns på <https:\/\/fk\.github\.io\/faq\/pr-12\/>/);
    assert.match(
      comment,
      /^- \[Fråga tre\?\]\(https:\/\/fk\.github\.io\/faq\/pr-12\/p\/#three\)$/m,
    );
    assert.doesNotMatch(comment, /site-preview/);
  });

  it("says that a fork's pull request gets no live preview, and how to see it instead", async () => {
    const before = await loaded(validTree);
    const comment = pullRequestComment({
      base: "origin/main",
      changes: compareContent(before, before),
      problems: [],
      warnings: [],
      changedFiles: [],
      preview: "fork",
    });
    assert.match(comment, /från en fork får ingen förhandsvisning på webben/);
    assert.match(comment, /Hämta artefakten `site-preview`/);
  });
});
