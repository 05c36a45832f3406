// `npx tsx scripts/measure/preview/save-to-visible.ts`: the preview as an editor sees it, saved
// and shown (save-to-visible-run.ts), with each run's parts and the preview's own log printed.
//
//   npx tsx scripts/measure/preview/save-to-visible.ts [--content=content] [--runs=5] [--port=9310]
//     [--cpu-prof=DIR]   (writes the preview's CPU profile into DIR when it stops)
//
// The content folder may be a bench corpus
// (`tsx scripts/measure/bench/generate-corpus.ts /tmp/corpus 10200`).

import { option } from "../command-line.ts";
import { measureSaveToVisible } from "./save-to-visible-run.ts";

const contentSource = option("content", "content");
const runs = Number(option("runs", "5"));
const { medianMs, url, previewLog } = await measureSaveToVisible({
  contentSource,
  runs,
  port: option("port", "9310"),
  profileDir: option("cpu-prof", ""),
  log: (line) => console.log(line),
});
console.log(
  `save → visible, median of ${runs}: ${Math.round(medianMs)} ms (${contentSource}, ${url})`,
);
if (previewLog.length > 0) console.log(`The preview's log:\n  ${previewLog.join("\n  ")}`);
