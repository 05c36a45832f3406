// The weekly external link check's issue, from linkinator results for a fixture tree's links.
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { describe, it } from "node:test";
import { treeWith, writeTree } from "../../scripts/fuzz/content-tree.ts";
import { loadContent } from "../../src/content/load-content.ts";
import {
  externalLinksIssue,
  externalUrls,
  linksIssueMarker,
} from "../../src/editorial/external-links-report.ts";

async function linksOf(changes: Record<string, string | null>) {
  const root = await writeTree(treeWith(changes));
  try {
    const { externalLinks } = await loadContent(root);
    return externalLinks.map((link) => ({ ...link, file: link.file.replace(`${root}/`, "") }));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

describe("externalLinksIssue", () => {
  it("lists each broken external address with its answer, files, lines and texts", async () => {
    const links = await linksOf({
      "p/a/one.md":
        "---\nquestion: Ett?\norder: 10\n---\n\nSe [Testa](https://test.bankid.com/) och\n[Adobe](https://get.adobe.com/se/reader/).\n",
      "p/b/two.md":
        "---\nquestion: Två?\norder: 10\n---\n\n[Testa ditt bank-id](https://test.bankid.com/)\n",
    });
    assert.deepEqual(externalUrls(links), [
      "https://get.adobe.com/se/reader/",
      "https://test.bankid.com/",
    ]);
    const body = externalLinksIssue(
      [
        { url: "https://test.bankid.com/", status: 404, state: "BROKEN", parent: "" },
        { url: "https://get.adobe.com/se/reader/", status: 200, state: "OK" },
        { url: "https://annan.example/", status: 0, state: "BROKEN" },
      ],
      links,
      { date: "2026-11-30", runUrl: "https://github.com/fk/faq/actions/runs/2" },
    );
    assert.equal(
      body,
      [
        linksIssueMarker,
        "Den veckovisa kontrollen 2026-11-30 hittade 1 länk till andra webbplatser som inte fungerar ([körningen](https://github.com/fk/faq/actions/runs/2)). Öppna adressen i en webbläsare: finns sidan på en ny adress, ändra länken; finns den inte längre, ta bort länken eller länka till en annan sida. Den här rutan uppdateras varje vecka och stängs när alla länkar fungerar.",
        "",
        "| Adress | Svar | Länkas från |",
        "|---|---|---|",
        "| https://test.bankid.com/ | 404: sidan finns inte | `p/a/one.md:6` (”Testa”)<br>`p/b/two.md:6` (”Testa ditt bank-id”) |",
        "",
      ].join("\n"),
    );
  });

  it("has no issue body when every external link works", async () => {
    const links = await linksOf({});
    assert.equal(externalLinksIssue([], links, { date: "2026-11-30" }), null);
  });
});
