// The icons the site inlines are FKUI's own: an upgrade of @fkui/icon-lib-default that changes or
// removes one fails here, naming it.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { iconSvg, newWindowIcon } from "../../src/shared/fkui-icons.ts";

describe("FKUI icons", () => {
  it('"new-window" is the one in @fkui/icon-lib-default\'s sprite sheet', async () => {
    const sheet = await readFile(
      createRequire(import.meta.url).resolve("@fkui/icon-lib-default/dist/f/spritesheet.svg"),
      "utf8",
    );
    const symbol =
      /<symbol id="f-icon-new-window"[^>]*viewBox="([^"]+)"[^>]*>(.*?)<\/symbol>/s.exec(sheet);
    assert.ok(
      symbol,
      "@fkui/icon-lib-default has no f-icon-new-window: change src/shared/fkui-icons.ts",
    );
    assert.deepEqual(newWindowIcon, { viewBox: symbol[1], paths: symbol[2] });
  });

  it("renders an svg hidden from screen readers", () => {
    assert.match(
      iconSvg(newWindowIcon, "app-x"),
      /^<svg class="app-x" aria-hidden="true" focusable="false" viewBox="0 0 512 512" width="16" height="16"><path fill="currentColor"/,
    );
  });
});
