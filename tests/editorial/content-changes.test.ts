// What a reviewer sees of a content change: the questions added, changed, moved and removed.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { describe, it } from "node:test";
import { treeWith, validTree, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { loadContent } from "../../src/content/load-content.ts";
import {
  type ContentChanges,
  compareContent,
  type QuestionChange,
} from "../../src/editorial/content-changes.ts";
import { changesReport, markdownText } from "../../src/editorial/content-changes-report.ts";

async function load(files: Record<string, string | null>) {
  const root = await writeTree(files);
  try {
    return await loadContent(root, ["/"]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function changesBetween(
  before: Record<string, string | null>,
  after: Record<string, string | null>,
): Promise<ContentChanges> {
  return compareContent(await load(before), await load(after));
}

/** One change in a line: kind, anchor (old → new when it moved) and what else changed. */
function summary(change: QuestionChange): string {
  switch (change.kind) {
    case "added":
      return `added ${change.after.anchor} in ${change.after.sectionId}`;
    case "removed":
      return `removed ${change.before.anchor} from ${change.before.sectionId}`;
    case "changed":
      return `changed ${change.after.anchor}: ${change.parts.join(", ")}`;
    case "moved":
      return `moved ${change.before.anchor} (${change.before.sectionId}) → ${change.after.anchor} (${change.after.sectionId})${change.parts.length ? `: ${change.parts.join(", ")}` : ""}`;
  }
}

const question = (text: string, order: number, answer: string, updated?: string) =>
  ["---", `question: ${text}`, `order: ${order}`, ...(updated ? [`updated: ${updated}`] : [])]
    .concat(["---", "", answer, ""])
    .join("\n");

const three = question("Fråga tre?", 20, "Svar tre.");
const base = treeWith({ "p/b/three.md": three });

describe("compareContent", () => {
  it("finds no change between two copies of the same content", async () => {
    const changes = await changesBetween(base, base);
    assert.deepEqual(changes, { questions: [], places: [], problems: { before: 0, after: 0 } });
  });

  it("finds a question added, with its page, section and anchor", async () => {
    const changes = await changesBetween(base, {
      ...base,
      "p/a/four.md": question("Fråga fyra?", 20, "Svar fyra."),
    });
    assert.deepEqual(changes.questions.map(summary), ["added /p/#four in a"]);
    const [added] = changes.questions;
    assert.equal(added?.kind, "added");
    assert.deepEqual(added.kind === "added" && added.after, {
      slug: "four",
      question: "Fråga fyra?",
      answerHtml: "<p>Svar fyra.</p>\n",
      pageSlug: "p",
      pageTitle: "Frågor om p",
      sectionId: "a",
      sectionTitle: "A",
      anchor: "/p/#four",
    });
  });

  it("finds a question reworded, and says which parts changed", async () => {
    const reworded = question("Fråga ett, med nya ord?", 10, "Svar ett, se [två](#two).");
    const redated = question("Fråga tre?", 20, "Svar tre.", "2025-01-10");
    const newAnswer = question("Fråga tre?", 20, "Ett nytt svar.");
    assert.deepEqual(
      (await changesBetween(base, { ...base, "p/a/one.md": reworded })).questions.map(summary),
      ["changed /p/#one: question"],
    );
    assert.deepEqual(
      (await changesBetween(base, { ...base, "p/b/three.md": redated })).questions.map(summary),
      ["changed /p/#three: updated"],
    );
    assert.deepEqual(
      (await changesBetween(base, { ...base, "p/b/three.md": newAnswer })).questions.map(summary),
      ["changed /p/#three: answer"],
    );
  });

  it("does not count a Markdown change that renders the same answer, nor a new order", async () => {
    const rewrapped = question("Fråga tre?", 5, "Svar\ntre.  ");
    const changes = await changesBetween(
      treeWith({ "p/b/three.md": question("Fråga tre?", 20, "Svar\ntre.") }),
      treeWith({ "p/b/three.md": rewrapped }),
    );
    assert.deepEqual(changes.questions, []);
  });

  it("finds a question moved to another section, and what else changed with it", async () => {
    const moved = await changesBetween(base, {
      ...base,
      "p/b/three.md": null,
      "p/a/three.md": three.replace("order: 20", "order: 30"),
    });
    assert.deepEqual(moved.questions.map(summary), ["moved /p/#three (b) → /p/#three (a)"]);

    const movedAndReworded = await changesBetween(base, {
      ...base,
      "p/b/three.md": null,
      "p/a/three.md": question("Fråga tre, omskriven?", 30, "Svar tre."),
    });
    assert.deepEqual(movedAndReworded.questions.map(summary), [
      "moved /p/#three (b) → /p/#three (a): question",
    ]);
  });

  it("finds a question moved to another page, whose anchor changes", async () => {
    const changes = await changesBetween(base, {
      ...base,
      "p/b/three.md": null,
      "q/index.md": validTree["p/index.md"]?.replace("om p", "om q") ?? "",
      "q/a/three.md": three,
      "q/b/five.md": question("Fråga fem?", 10, "Svar fem."),
    });
    assert.deepEqual(changes.questions.map(summary), [
      "moved /p/#three (b) → /q/#three (a)",
      "added /q/#five in b",
    ]);
    assert.deepEqual(
      changes.places.map((place) => `${place.kind} ${place.url}`),
      ["page-added /q/"],
    );
  });

  it("finds a question removed, and a section removed with its questions", async () => {
    const removed = await changesBetween(base, { ...base, "p/b/three.md": null });
    assert.deepEqual(removed.questions.map(summary), ["removed /p/#three from b"]);

    const sectionGone = await changesBetween(base, {
      ...base,
      "p/index.md": validTree["p/index.md"]?.replace("  - id: b\n    title: B\n", "") ?? "",
      "p/a/one.md": question("Fråga ett?", 10, "Svar ett."),
      "p/b/two.md": null,
      "p/b/three.md": null,
    });
    assert.deepEqual(sectionGone.questions.map(summary), [
      "changed /p/#one: answer",
      "removed /p/#two from b",
      "removed /p/#three from b",
    ]);
    assert.deepEqual(sectionGone.places, [
      {
        kind: "section-removed",
        pageSlug: "p",
        pageTitle: "Frågor om p",
        url: "/p/",
        sectionId: "b",
        sectionTitle: "B",
      },
    ]);
  });

  it("counts the problems of each version, and compares what could be loaded", async () => {
    const changes = await changesBetween(base, {
      ...base,
      "p/b/three.md": "---\nquestion: Fråga tre?\norder: tjugo\n---\n\nSvar tre.\n",
    });
    assert.deepEqual(changes.problems, { before: 0, after: 1 });
    assert.deepEqual(changes.questions.map(summary), ["removed /p/#three from b"]);
  });
});

describe("changesReport", () => {
  it("says that no question changed", async () => {
    const report = changesReport(await changesBetween(base, base), { base: "origin/main" });
    assert.equal(
      report,
      [
        "## Ändringar i innehållet",
        "",
        "Frågorna jämförda med `origin/main`.",
        "",
        "Inga frågor har ändrats.",
        "",
      ].join("\n"),
    );
  });

  it("lists the questions added, changed, moved and removed, each with its page and anchor", async () => {
    const changes = await changesBetween(base, {
      ...base,
      "p/a/one.md": question(
        "Fråga ett, med nya ord?",
        10,
        "Svar ett, se [två](#two).",
        "2025-01-10",
      ),
      "p/b/two.md": null,
      "p/a/two.md": question("Fråga två?", 20, "Svar två.", "2024-12-04"),
      "p/b/three.md": null,
      "p/b/four.md": question("Fråga fyra?", 10, "Svar fyra."),
    });
    assert.equal(
      changesReport(changes, { base: "origin/main" }),
      [
        "## Ändringar i innehållet",
        "",
        "Frågorna jämförda med `origin/main`.",
        "",
        "### Tillagda frågor (1)",
        "",
        "| Fråga | Sida › sektion | Ankare |",
        "|---|---|---|",
        "| Fråga fyra? | Frågor om p › B | `/p/#four` |",
        "",
        "### Ändrade frågor (1)",
        "",
        "| Fråga | Ändrat | Sida › sektion | Ankare |",
        "|---|---|---|---|",
        "| Fråga ett, med nya ord? | frågan, förut ”Fråga ett?”<br>datumet, inget → 2025-01-10 | Frågor om p › A | `/p/#one` |",
        "",
        "### Flyttade frågor (1)",
        "",
        "| Fråga | Från | Till | Ankare | Också ändrat |",
        "|---|---|---|---|---|",
        "| Fråga två? | Frågor om p › B | Frågor om p › A | `/p/#two` | – |",
        "",
        "### Borttagna frågor (1)",
        "",
        "| Fråga | Sida › sektion | Ankare |",
        "|---|---|---|",
        "| Fråga tre? | Frågor om p › B | `/p/#three` |",
        "",
      ].join("\n"),
    );
  });

  it("shows a question's new anchor, a new page, and the problem counts", async () => {
    const changes = await changesBetween(base, {
      ...base,
      "p/b/three.md": null,
      "p/b/two.md": "---\nquestion: Fråga två?\n---\n\nSvar två.\n",
      "q/index.md": validTree["p/index.md"]?.replace("om p", "om q") ?? "",
      "q/a/three.md": question("Fråga tre?", 10, "Ett nytt svar."),
      "q/b/five.md": question("Fråga fem?", 10, "Svar fem."),
    });
    const report = changesReport(changes, { base: "v1" });
    assert.match(
      report,
      /^> \*\*Obs!\*\* Innehållet har 1 fel i den nya versionen\. Frågor i filer med fel saknas/m,
    );
    assert.match(
      report,
      /^\| Fråga tre\? \| Frågor om p › B \| Frågor om q › A \| `\/p\/#three` → `\/q\/#three` \| svaret \|$/m,
    );
    assert.match(report, /^### Sidor och sektioner\n\n- Ny sida: Frågor om q, `\/q\/`\n$/m);
  });

  it("says when the base version has no content folder, so every question is new", async () => {
    const changes = compareContent({ pages: [], problems: [] }, await load(base));
    const report = changesReport(changes, { base: "main", baseHasContent: false });
    assert.match(
      report,
      /^`main` har ingen mapp `content\/`, så alla frågor räknas som tillagda\.$/m,
    );
    assert.match(report, /^### Tillagda frågor \(3\)$/m);
  });
});

describe("markdownText", () => {
  it("shows an editor's text as written, never as Markdown, HTML or a table column", () => {
    assert.equal(
      markdownText("Vad är *BankID* | <b>e-leg</b> & [länk]?"),
      "Vad är \\*BankID\\* \\| \\<b\\>e-leg\\</b\\> \\& \\[länk\\]?",
    );
  });
});
