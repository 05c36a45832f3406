// What the spelling check reads: the words a reader reads, not addresses, code or numbers; and the
// editors' word list. (The dictionary itself is exercised by tests/scripts/check-content.test.ts.)
import assert from "node:assert/strict";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import { writeTree } from "../../scripts/fuzz/content-tree.ts";
import { readWordList, wordsOfLine } from "../../src/editorial/spelling.ts";

describe("wordsOfLine", () => {
  it("keeps the words and leaves out link targets, code, addresses, numbers, acronyms and single letters", () => {
    assert.deepEqual(
      wordsOfLine(
        "Läs [om e-legitimation](https://www.bankid.com/x) i `kod` på www.exempel.se, mejla a@b.se; PDF 3G version2 Försäkringskassans.",
      ),
      ["Läs", "om", "e-legitimation", "på", "mejla", "Försäkringskassans"],
    );
  });
});

describe("readWordList", () => {
  it("reads one word or name a line, skipping comments and empty lines; none when missing", async () => {
    const root = await writeTree({});
    try {
      const file = path.join(root, "ordlista.txt");
      await writeFile(file, "# Namn\nBankID\n\n  Mina sidor  \n");
      assert.deepEqual(readWordList(file), ["BankID", "Mina sidor"]);
      assert.deepEqual(readWordList(path.join(root, "saknas.txt")), []);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
