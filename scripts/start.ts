// `npm start`: the editors' preview. Builds the site, serves it at http://localhost:8080 (PORT)
// with live reload, and on every save in content/ (CONTENT_DIR) re-renders the page the file
// belongs to; changes in src/ and _includes/ re-render what they affect.
import { buildConfigFrom } from "../src/config/config.ts";
import { startPreview } from "../src/preview/preview.ts";

const config = buildConfigFrom(process.env);
const preview = await startPreview({ config, port: Number(process.env.PORT ?? 8080) }).catch(
  (error: Error) => {
    // The file watcher would keep the process alive: say what went wrong and stop.
    console.error(error.message);
    process.exit(1);
  },
);
console.log(`Förhandsvisning: ${preview.url} (sparade ändringar syns direkt; avsluta med Ctrl+C)`);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // A second Ctrl+C, or a close that hangs, ends the process at once.
    if (closing) process.exit(1);
    closing = true;
    setTimeout(() => process.exit(1), 5000).unref();
    void preview.close().then(() => process.exit(0));
  });
}
