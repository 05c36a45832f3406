// Firefox ESR from Debian, driven over WebDriver BiDi by puppeteer-core (Playwright cannot drive a
// stock Firefox): the EngineDriver for Gecko.
import puppeteer, { type Browser, type ElementHandle, type KeyInput } from "puppeteer-core";
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

const executablePath = "/usr/bin/firefox-esr";
const keys: Record<Key, KeyInput> = {
  Enter: "Enter",
  Space: " ",
  Tab: "Tab",
  Escape: "Escape",
  ArrowDown: "ArrowDown",
};

async function openFirefox({ javaScript }: { javaScript: boolean }): Promise<EngineDriver> {
  requireInstalled(firefox, [[executablePath, "Firefox ESR"]]);
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    defaultViewport: { width: 1024, height: 768 },
    // BiDi has no command to turn scripts off in Firefox 153, so the no-JavaScript view is a
    // browser started with the preference a citizen would set.
    extraPrefsFirefox: javaScript ? {} : { "javascript.enabled": false },
  });
  const engine = `Firefox ${(await browser.version()).replace(/^firefox\//, "")}`;
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // puppeteer's own limit (30 s) made equal to deadline.ts's, so the failure is the same.
  page.setDefaultTimeout(callLimitMs);

  async function element(target: Target): Promise<ElementHandle<Element>> {
    const handle = await page.evaluateHandle(
      new Function(locateBody) as (argument: unknown) => Element | null,
      locateArgument(target),
    );
    const found = handle.asElement() as ElementHandle<Element> | null;
    if (!found) throw new Error(`${engine}: found no ${describeTarget(target)}`);
    return found;
  }

  // With scripts off, Firefox runs no script in the page's own realm, WebDriver's included; a BiDi
  // sandbox (puppeteer's isolated realm) still runs, and sees the same DOM and styles.
  const frame = page.mainFrame() as unknown as {
    isolatedRealm(): { evaluate: typeof page.evaluate };
  };
  const realm = javaScript ? page : frame.isolatedRealm();

  return {
    engine,
    keysActivate: false,
    javaScript,
    promisesSettle: javaScript,
    async goto(url) {
      await page.goto(url, { waitUntil: "load" });
    },
    run(body, ...args) {
      return realm.evaluate(new Function(body) as (...a: unknown[]) => never, ...args);
    },
    async click(target) {
      await (await element(target)).click();
    },
    async type(target, text) {
      await (await element(target)).type(text);
    },
    async press(key) {
      await page.keyboard.press(keys[key]);
    },
    async cookies() {
      return (await browser.cookies()).map(({ name, value }) => ({ name, value }));
    },
    async clearCookies() {
      await browser.deleteCookie(...(await browser.cookies()));
    },
    close: () => browser.close(),
    kill: () => browser.process()?.kill("SIGKILL"),
  };
}

export const firefox: Engine = {
  name: "Firefox ESR",
  install: "apt-get install -y firefox-esr",
  open: openFirefox,
};
