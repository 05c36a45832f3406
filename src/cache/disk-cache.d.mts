// The types of disk-cache.mjs, the one helper of the build's disk caches.

/** This file's module, declared as an input of every cache. */
export declare const diskCacheModule: string;

/** What an entry is made from: strings (versions, options, bytes) and files (path and bytes). */
export interface DeclaredInputs {
  strings?: ReadonlyArray<string | Uint8Array>;
  files?: readonly string[];
}

/** A 16-hex-digit key naming what an entry was made from; a missing file counts as empty. */
export declare function inputsKey(inputs: DeclaredInputs): Promise<string>;

/** `inputsKey` read synchronously, for a process with nothing else to do meanwhile. */
export declare function inputsKeySync(inputs: DeclaredInputs): string;

/** Every file under `folders` (recursively) whose name ends with one of `extensions`, sorted. */
export declare function filesUnder(
  folders: readonly string[],
  extensions?: readonly string[],
): string[];

/** Writes `file` beside and renames it into place. */
export declare function writeAtomic(file: string, contents: string | Uint8Array): Promise<void>;

/** `writeAtomic` for a process that is exiting. */
export declare function writeAtomicSync(file: string, contents: string | Uint8Array): void;

/** Keeps the `keep` entries of `dir` that `belongs` accepts and were written or used last. */
export declare function pruneEntries(
  dir: string,
  keep: number,
  belongs?: (name: string) => boolean,
): Promise<void>;

/** Marks an entry as used now, so that pruning keeps it. */
export declare function markUsed(entry: string): Promise<void>;
