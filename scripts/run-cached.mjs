// Runs one of the project's TypeScript commands (e.g. scripts/build.ts) from a bundle that
// esbuild compiles once and keeps in .cache/commands/, named by a hash of the project's source,
// instead of compiling every module with tsx on every run: tsx's start and compilation are about
// 0.7 s of CPU of a 2 s cold build. The bundle is CommonJS, run with V8's code cache kept beside
// it (`runWithCodeCache`), so commands have no top-level await. Plain JavaScript, so that Node
// runs it without a loader.
//
//   node scripts/run-cached.mjs scripts/build.ts
//   node scripts/run-cached.mjs --restart-on-exit=75 scripts/start.ts
//
// With --restart-on-exit=<code> the command runs in a child process, started again (from a bundle
// of the code as it is then) each time it exits with that code: the preview asks so when the
// build's own TypeScript changed.
//
// Every package the command uses goes into the bundle, Eleventy too (one file instead of hundreds
// of modules to resolve and load: about 0.2 s of a cold build), each module keeping its own
// address for what it finds beside itself (`keepModuleUrls`). Outside stay the packages that run
// binaries found beside their own files (esbuild, sass-embedded, Pagefind), Eleventy's dev server
// (it serves its client script from its package), and chokidar, which the dev server shares.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
// The caches' helper is plain JavaScript (with its types beside it) so that this file can use it.
import {
  diskCacheModule,
  filesUnder,
  inputsKeySync,
  pruneEntries,
  writeAtomicSync,
} from "../src/cache/disk-cache.mjs";

/** How many bundles of each command are kept: this source's and the one before (a branch switch). */
const keptBundlesPerCommand = 2;

/**
 * Packages find their own files from `import.meta.url` (Eleventy its package.json and its template
 * engines): in the bundle each keeps the address of the file it was written in.
 *
 * esbuild asks this for each of the 600 files of node_modules the bundle holds and waits for each
 * answer: about 0.25 s of CPU in a fresh clone's 1.5 s of bundling, the price of finding the five
 * files that use it (which files can, no file name tells). So each answer is made cheap: the file
 * is read synchronously (fs/promises took four trips through libuv's pool while esbuild waited)
 * and its bytes are handed back, so that esbuild does not read it a second time. Searched as
 * bytes: decoding every file as text only to find it absent in all but five cost more.
 */
const keepModuleUrls = {
  name: "keep-module-urls",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/].*\.m?js$/ }, (args) => {
      const bytes = readFileSync(args.path);
      if (!bytes.includes("import.meta.url")) return { contents: bytes, loader: "js" };
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: bytes.toString("utf8").replaceAll("import.meta.url", url), loader: "js" };
    });
  },
};

const restartOption = /^--restart-on-exit=(\d+)$/.exec(process.argv[2] ?? "");
if (restartOption) {
  // The supervisor: loads nothing of the project, passes signals on, restarts on the code.
  const restartCode = Number(restartOption[1]);
  const args = [process.argv[1], ...process.argv.slice(3)];
  let child;
  let stopping = false;
  const run = () => {
    child = spawn(process.execPath, args, { stdio: "inherit" });
    child.on("exit", (code, signal) => {
      if (code === restartCode && !stopping) run();
      else process.exit(code ?? (signal ? 1 : 0));
    });
  };
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      // Ctrl+C reaches the whole process group; a signal sent to this process alone is passed on.
      child?.kill(signal);
    });
  }
  run();
} else {
  await runCommand();
}

/** Runs the command from its bundle, compiling the bundle first when the source changed. */
async function runCommand() {
  const [entry] = process.argv.splice(2, 1);
  if (!entry?.endsWith(".ts")) {
    console.error(
      "Usage: node scripts/run-cached.mjs [--restart-on-exit=<code>] <command.ts> [arguments]",
    );
    process.exit(2);
  }

  // Every module the bundle could contain, plus what decides how it is compiled: this file too,
  // since how it bundles is part of what it makes.
  const files = [
    entry,
    "scripts/run-cached.mjs",
    diskCacheModule,
    ".eleventy.ts",
    "package-lock.json",
    "tsconfig.json",
    ...filesUnder(["src"], [".ts", ".mjs"]),
  ];
  const name = path.basename(entry, ".ts");
  const key = inputsKeySync({ strings: [process.version], files });
  const commandsDir = path.resolve(".cache/commands");
  // A folder per bundle, so that the bundle and its code cache are kept or pruned together.
  const bundle = path.join(commandsDir, `${name}-${key}`, "command.cjs");

  if (!existsSync(bundle)) {
    const { build } = await import("esbuild");
    await mkdir(path.dirname(bundle), { recursive: true });
    // Written beside and renamed: a command running at the same time never loads half a bundle.
    // (esbuild writes the file itself, so this one rename is not the helper's writeAtomic.)
    const partial = `${bundle}.${process.pid}.tmp`;
    await build({
      entryPoints: [entry],
      outfile: partial,
      bundle: true,
      external: ["@11ty/eleventy-dev-server", "chokidar", "esbuild", "sass-embedded"],
      plugins: [keepModuleUrls],
      platform: "node",
      // CommonJS, which Node can compile from a V8 code cache (below); ES modules it cannot on 20.
      format: "cjs",
      target: `node${process.versions.node.split(".")[0]}`,
      logLevel: "warning",
      // The project's own modules ask for their address; in the bundle it is the bundle's.
      define: { "import.meta.url": "__bundleUrl" },
      banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    });
    await rename(partial, bundle);
    const ofThisCommand = new RegExp(`^${name}-[0-9a-f]{16}$`);
    await pruneEntries(commandsDir, keptBundlesPerCommand, (entry) => ofThisCommand.test(entry));
  }
  // Eleventy registers an ESM resolve hook (on Node 20 a loader thread that every later import asks
  // synchronously) only to reload changed JavaScript config and data files in its own watch mode.
  // These commands have none (Nunjucks templates; the preview renders through its own watcher), so
  // it is switched off, as Eleventy documents for its issue 3371.
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
  runWithCodeCache(bundle);
}

/**
 * Runs a CommonJS bundle with V8's code cache kept beside it: compiling the 4 MB bundle (Eleventy,
 * zod, markdown-it ...) took about 0.15 s of every run, reading the compiled code a few ms. The
 * cache is written when the process exits, so it holds the functions the command used.
 */
function runWithCodeCache(bundle) {
  const cacheFile = `${bundle}.v8-cache`;
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(readFileSync(bundle, "utf8")), {
    filename: bundle,
    cachedData,
    // import() in the bundle (esbuild, sass-embedded) loads as in any module of the project.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) {
    process.once("exit", () => {
      try {
        writeAtomicSync(cacheFile, script.createCachedData());
      } catch {
        // Only a cache: the next run compiles again.
      }
    });
  }
  const module = { exports: {}, filename: bundle, id: bundle };
  script
    .runInThisContext()
    .call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}
