// Grades a served site with the MDN HTTP Observatory's own retriever, tests and grader, and prints
// the result as JSON. Its scan() takes a bare host name (ports 80 and 443); the test server runs
// on other ports, so this calls the retriever with them and then scores exactly as scan() does.
// Run in its own process with NODE_EXTRA_CA_CERTS naming the test certificate, so that the
// Observatory verifies TLS as it would for a real site:
//   node --import tsx tests/support/observatory-grade.ts <host> <http port> <https port> [path]
import { existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const packageDir = path.dirname(
  createRequire(import.meta.url).resolve("@mdn/mdn-http-observatory/package.json"),
);
// Its postinstall downloads the HSTS preload list, which cannot run offline; an empty list
// means no host counts as preloaded, the strictest reading (DESIGN.md).
const preloadList = path.join(packageDir, "conf", "hsts-preload.json");
if (!existsSync(preloadList)) writeFileSync(preloadList, "{}\n");

const [host = "localhost", httpPort = "80", httpsPort = "443", urlPath = "/"] =
  process.argv.slice(2);
const load = (file: string) => import(path.join(packageDir, "src", file));
const { retrieve } = await load("retriever/retriever.js");
const { ALL_TESTS } = await load("constants.js");
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load("grader/charts.js");
const { getGradeForScore, getScoreDescription, getScoreModifier } = await load("grader/grader.js");

interface Output {
  name: string;
  result: string;
  pass: boolean;
  scoreModifier: number;
  scoreDescription: string;
  constructor: { name: string };
}

const requests = await retrieve(host, { httpPort, httpsPort, path: urlPath });
if (!requests.responses.auto) throw new Error(`the Observatory could not connect to ${host}`);
const results: Output[] = ALL_TESTS.map((test: (r: unknown) => Output) => test(requests));
// The same arithmetic as the Observatory's scan(): bonuses count only once the score is an A.
let withExtraCredit = 100;
let uncurved = 100;
for (const result of results) {
  result.scoreDescription = getScoreDescription(result.result);
  result.scoreModifier = getScoreModifier(result.result);
  withExtraCredit += result.scoreModifier;
  if (result.scoreModifier < 0) uncurved += result.scoreModifier;
}
const final = getGradeForScore(
  uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved,
);
console.log(
  JSON.stringify({
    grade: final.grade,
    score: final.score,
    verified: Boolean(requests.responses.https?.verified),
    tests: results.map((r) => ({
      name: (r.constructor as { name?: string }).name ?? r.name,
      result: r.result,
      pass: r.pass,
      scoreModifier: r.scoreModifier,
    })),
  }),
);
