// WebKitGTK's MiniBrowser from Debian, driven by its WebKitWebDriver through selenium-webdriver on
// a private Xvfb display (WebKit is what Safari on iPhone runs): the EngineDriver for WebKit.
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { Builder, Key as SeleniumKey, type WebDriver, type WebElement } from "selenium-webdriver";
import { freePort } from "../../scripts/measure/free-port.ts";
import { callLimitMs } from "./deadline.ts";
import {
  describeTarget,
  type Engine,
  type EngineDriver,
  type Key,
  locateArgument,
  locateBody,
  requireInstalled,
  type Target,
} from "./driver.ts";

const driverPath = "/usr/bin/WebKitWebDriver";
const miniBrowser = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const xvfb = "/usr/bin/Xvfb";
const keys: Record<Key, string> = {
  Enter: SeleniumKey.ENTER,
  Space: SeleniumKey.SPACE,
  Tab: SeleniumKey.TAB,
  Escape: SeleniumKey.ESCAPE,
  ArrowDown: SeleniumKey.ARROW_DOWN,
};

/** Every process this file started and has not ended: stopWebKitService's list. */
const running = new Set<ChildProcess>();

function start(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}

/** Xvfb picks a free display and writes its number to the given descriptor. */
function startXvfb(): { display: Promise<string>; process: ChildProcess } {
  const child = start(
    xvfb,
    ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
    {
      stdio: ["ignore", "ignore", "ignore", "pipe"],
    },
  );
  const display = new Promise<string>((resolve, reject) => {
    child.on("error", reject);
    child.stdio[3]?.once("data", (data: Buffer) => resolve(`:${data.toString().trim()}`));
  });
  return { display, process: child };
}

async function waitForServer(url: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer at ${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Each session has its own Xvfb and WebKitWebDriver, so sessions run side by side and one stuck
 * browser is ended without the others; `processes` gets them as they start, to end them even then.
 */
async function startService(processes: ChildProcess[]): Promise<string> {
  const screen = startXvfb();
  processes.push(screen.process);
  const display = await screen.display;
  const port = await freePort();
  processes.push(
    start(driverPath, [`--port=${port}`, "--host=127.0.0.1"], {
      env: { ...process.env, DISPLAY: display },
      stdio: "ignore",
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForServer(url);
  return url;
}

/** Ends processes and waits until they are gone, so their CPU time is counted as this run's. */
function end(processes: ChildProcess[], signal: NodeJS.Signals): Promise<void> {
  return Promise.all(
    processes.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill(signal);
        }),
    ),
  ).then(() => undefined);
}

/** Ends at once every WebKitWebDriver and Xvfb this file started; the MiniBrowsers end with them. */
export function stopWebKitService(): void {
  for (const child of running) child.kill("SIGKILL");
}

async function openWebKit({ javaScript }: { javaScript: boolean }): Promise<EngineDriver> {
  requireInstalled(webkit, [
    [driverPath, "WebKitWebDriver"],
    [miniBrowser, "WebKitGTK's MiniBrowser"],
    [xvfb, "Xvfb"],
  ]);
  const processes: ChildProcess[] = [];
  const url = await startService(processes).catch((error: unknown) => {
    void end(processes, "SIGKILL");
    throw error;
  });
  // MiniBrowser takes WebKitSettings as options; without page scripts, WebDriver's still run.
  const args = ["--automation", ...(javaScript ? [] : ["--enable-javascript=false"])];
  const driver: WebDriver = await new Builder()
    .usingServer(url)
    .withCapabilities({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: miniBrowser, args },
    })
    .build();
  const engine = `WebKitGTK ${(await driver.getCapabilities()).get("browserVersion")}`;
  await driver.manage().window().setRect({ width: 1024, height: 768 });
  // WebDriver's own limits (30 s for a script, 5 min for a page) made equal to deadline.ts's, so
  // whichever comes first, the failure is the same.
  await driver.manage().setTimeouts({ script: callLimitMs, pageLoad: callLimitMs });

  async function element(target: Target): Promise<WebElement> {
    const found = await driver.executeScript<WebElement | null>(locateBody, locateArgument(target));
    if (!found) throw new Error(`${engine}: found no ${describeTarget(target)}`);
    return found;
  }

  return {
    engine,
    keysActivate: true,
    javaScript,
    promisesSettle: true,
    async goto(address) {
      await driver.get(address);
    },
    run(body, ...args) {
      return driver.executeScript(body, ...args);
    },
    async click(target) {
      await (await element(target)).click();
    },
    async type(target, text) {
      await (await element(target)).sendKeys(text);
    },
    async press(key) {
      await driver.actions().sendKeys(keys[key]).perform();
    },
    async cookies() {
      return (await driver.manage().getCookies()).map(({ name, value }) => ({ name, value }));
    },
    async clearCookies() {
      await driver.manage().deleteAllCookies();
    },
    async close() {
      await driver.quit();
      await end(processes, "SIGTERM");
    },
    // The MiniBrowser is WebKitWebDriver's child on Xvfb's display: ending both ends it.
    kill: () => void end(processes, "SIGKILL"),
  };
}

export const webkit: Engine = {
  name: "WebKitGTK",
  install: "apt-get install -y webkit2gtk-driver xvfb",
  open: openWebKit,
};
