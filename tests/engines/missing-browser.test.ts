// A browser missing from the machine fails its engine's journeys with the line that installs it,
// and a call that never answers fails naming the engine and the call (issue 28).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { naming, Overrun, within } from "./deadline.ts";
import { type Engine, requireInstalled } from "./driver.ts";

const engine: Engine = {
  name: "Testbrowser",
  install: "apt-get install -y testbrowser",
  open: () => Promise.reject(new Error("not used")),
};

describe("a missing browser", () => {
  it("fails with the program's name, its path and the apt-get line", () => {
    assert.throws(() => requireInstalled(engine, [["/nonexistent/testbrowser", "Testbrowser"]]), {
      message:
        "Testbrowser is missing (/nonexistent/testbrowser): run apt-get install -y testbrowser",
    });
  });

  it("passes when every program is there", () => {
    assert.doesNotThrow(() => requireInstalled(engine, [[process.execPath, "Node"]]));
  });
});

describe("a call that never answers", () => {
  it("fails after its limit, naming the call", async () => {
    const never = new Promise<never>(() => {});
    await assert.rejects(within(20, "WebKitGTK 2.50.6: run(…)", never), (error: unknown) => {
      assert.ok(error instanceof Overrun);
      assert.equal(error.message, "WebKitGTK 2.50.6: run(…) did not answer within 0.02 s");
      return true;
    });
  });

  it("names the engine and version in a journey's error once", () => {
    assert.equal(
      naming("Firefox 153.8.0", new Error("found no button")).message,
      "Firefox 153.8.0: found no button",
    );
    assert.equal(
      naming("Firefox 153.8.0", new Error("Firefox 153.8.0: x")).message,
      "Firefox 153.8.0: x",
    );
  });
});
