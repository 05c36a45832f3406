// `npm start`: the editors' preview. Builds the site, serves it at http://localhost:8080 (PORT)
// with live reload, and on every save in content/ (CONTENT_DIR) re-renders the page the file
// belongs to. When the build's own TypeScript changes, it exits with `restartCode`, and `npm
// start` (scripts/run-cached.mjs --restart-on-exit=75) runs it again from the new code.
import { buildConfigFrom } from "../src/config/config.ts";
import { type Preview, startPreview } from "../src/preview/preview.ts";

/** The exit code that asks scripts/run-cached.mjs for a restart (EX_TEMPFAIL), as in package.json. */
const restartCode = 75;

const config = buildConfigFrom(process.env);
let preview: Preview | undefined;
let closing = false;
const stop = (code: number) => {
  // A second Ctrl+C, or a close that hangs, ends the process at once.
  if (closing) process.exit(1);
  closing = true;
  setTimeout(() => process.exit(1), 5000).unref();
  void (preview?.close() ?? Promise.resolve()).then(() => process.exit(code));
};

// No top-level await: scripts/run-cached.mjs runs this as a CommonJS bundle.
async function main() {
  preview = await startPreview({
    config,
    port: Number(process.env.PORT ?? 8080),
    onCodeChange: (file) => {
      console.log(`Byggkoden har ändrats (${file}): förhandsvisningen startar om …`);
      stop(restartCode);
    },
  }).catch((error: Error) => {
    // The file watcher would keep the process alive: say what went wrong and stop.
    console.error(error.message);
    process.exit(1);
  });
  console.log(
    `Förhandsvisning: ${preview.url} (sparade ändringar syns direkt; avsluta med Ctrl+C)`,
  );
}

void main();

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(0));
