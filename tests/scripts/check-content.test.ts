// `npm run check:content` and `npm run report:content` as CI runs them: exit codes and output.
import assert from "node:assert/strict";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { treeWith, validTree, writeTree } from "../support/content-tree.ts";
import { runScript } from "../support/run-script.ts";

describe("npm run check:content", () => {
  it("exits non-zero and prints every problem on its own line", async () => {
    const root = await writeTree(
      treeWith({
        "p/a/one.md": "---\nquestion: Fråga?\norder: tio\n---\n\nSvar.\n",
        "p/b/two.md": "---\nquestion: Två?\norder: 10\nupdated: 2024-02-30\n---\n\n",
      }),
    );
    try {
      const result = await runScript("scripts/check-content.ts", { CONTENT_DIR: root });
      assert.equal(result.code, 1);
      const lines = result.stderr.trim().split("\n");
      assert.deepEqual(lines.slice(1), [
        `${root}/p/a/one.md: front matter "order" must be a whole number (found "tio")`,
        `${root}/p/b/two.md: has an empty answer: write the answer below the front matter`,
        `${root}/p/b/two.md: front matter "updated" must be a real date written YYYY-MM-DD (like 2024-12-04) (found "2024-02-30")`,
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("exits zero on valid content, and report:content writes the warnings as a table", async () => {
    const root = await writeTree(validTree);
    const reportFile = path.join(root, "reports/content-report.md");
    try {
      const check = await runScript("scripts/check-content.ts", { CONTENT_DIR: root });
      assert.equal(check.code, 0, check.stderr);
      assert.match(check.stdout, /is valid: 1 page\(s\), 2 question\(s\)/);

      const report = await runScript("scripts/report-content.ts", {
        CONTENT_DIR: root,
        REPORT_FILE: reportFile,
        TODAY: "2026-01-01",
      });
      assert.equal(report.code, 0, report.stderr);
      assert.match(
        report.stdout,
        /^warning: .*p\/b\/two\.md: front matter "updated" is 2024-12-04/m,
      );
      const table = await readFile(reportFile, "utf8");
      assert.match(table, /^# Innehållsrapport 2026-01-01$/m);
      assert.match(
        table,
        /^\| Inaktuell\? \| .*p\/a\/one\.md \| front matter "updated" \| is 2024-12-04/m,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
