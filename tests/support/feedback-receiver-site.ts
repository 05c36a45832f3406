// The fixture site built with FEEDBACK_URL pointing at the real feedback receiver
// (services/feedback/, started as `npm run feedback` starts it, on SQLite, reading the built site's
// questions), for the end-to-end test from a click to the editors' report (issue 23).
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fixtureContentDir } from "../../scripts/measure/fixture-site.ts";
import { freePort, type Receiver, startReceiver } from "../../services/feedback/test/process.ts";
import { siteConfigFrom } from "../../src/config/config.ts";
import { headerRulesFor } from "../../src/publishing/headers.ts";
import { startStaticServer } from "../../src/publishing/static-server.ts";

const run = promisify(execFile);
export const exportToken = "e2e-token";

export interface ReceiverSite {
  origin: string;
  receiver: Receiver;
  /** `npm run report:feedback -- --from=<receiver>` on the fixture content. */
  report(): Promise<string>;
  close(): Promise<void>;
}

export async function startReceiverSite(): Promise<ReceiverSite> {
  const work = await mkdtemp(path.join(tmpdir(), "fk-feedback-e2e-"));
  const outputDir = path.join(work, "dist");
  const receiverPort = await freePort();
  const feedbackEnv = { FEEDBACK_URL: `http://127.0.0.1:${receiverPort}/votes` };
  const server = await startStaticServer({
    root: outputDir,
    port: 0,
    rules: headerRulesFor(siteConfigFrom(feedbackEnv)),
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tsx = path.resolve("node_modules/.bin/tsx");
  await run(tsx, ["scripts/build.ts"], {
    env: { ...process.env, ...feedbackEnv, CONTENT_DIR: fixtureContentDir, OUTPUT_DIR: outputDir },
  });
  const receiver = await startReceiver(
    {
      FEEDBACK_DATABASE: path.join(work, "feedback.sqlite"),
      FEEDBACK_ORIGINS: origin,
      FEEDBACK_SITE_DIR: outputDir,
      FEEDBACK_EXPORT_TOKEN: exportToken,
    },
    receiverPort,
  );
  return {
    origin,
    receiver,
    report: async () => {
      const { stdout } = await run(
        tsx,
        ["scripts/report-feedback.ts", `--from=${receiver.origin}`],
        {
          env: {
            ...process.env,
            CONTENT_DIR: fixtureContentDir,
            FEEDBACK_EXPORT_TOKEN: exportToken,
          },
        },
      );
      return stdout;
    },
    close: async () => {
      receiver.child.kill("SIGTERM");
      await receiver.exited;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(work, { recursive: true, force: true });
    },
  };
}
