import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { timeCommand } from "../../../scripts/measure/timing.ts";

describe("timeCommand", () => {
  it("reports the command's output, its CPU time and the memory its process held", async () => {
    // 64 MB kept alive while the process spins for about 200 ms.
    const script =
      "const b = Buffer.alloc(64 * 1024 * 1024, 1); const end = Date.now() + 200;" +
      "while (Date.now() < end); console.log('done', b[0]);";
    const time = await timeCommand([process.execPath, "-e", script]);
    assert.equal(time.stdout.trim(), "done 1");
    assert.ok(time.peakRssMb > 64, `peak ${time.peakRssMb} MB`);
    assert.ok(time.userMs + time.sysMs >= 100, `cpu ${time.userMs + time.sysMs} ms`);
    assert.ok(time.wallMs >= 200, `wall ${time.wallMs} ms`);
  });

  it("fails with the command's output when the command fails", async () => {
    await assert.rejects(
      timeCommand([process.execPath, "-e", "console.error('broken'); process.exit(3)"]),
      /broken/,
    );
  });
});
