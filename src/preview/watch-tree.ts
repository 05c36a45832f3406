// Watches folders and files for the preview with one plain watcher per folder: Node 20's recursive
// fs.watch on Linux stops reporting a file once an editor saves it by renaming a new copy over it.
import { type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import path from "node:path";

export interface TreeWatcher {
  close: () => void;
}

function isFolder(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}

/** Calls `onChange` with the path of every file or folder created, changed or removed. */
export function watchTree(targets: string[], onChange: (changed: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();

  const forget = (folder: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === folder || watched.startsWith(`${folder}${path.sep}`)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };

  const watchFolder = (folder: string, only?: string) => {
    const key = only ? path.join(folder, only) : folder;
    if (watchers.has(key)) return;
    const watcher = watch(folder, (_event, name) => {
      if (!name || (only && name.toString() !== only)) return;
      const changed = path.join(folder, name.toString());
      if (!only && isFolder(changed)) watchTreeOf(changed);
      else if (!only && watchers.has(changed)) forget(changed);
      onChange(changed);
    });
    watcher.on("error", () => forget(key));
    watchers.set(key, watcher);
  };

  const watchTreeOf = (folder: string) => {
    watchFolder(folder);
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) watchTreeOf(path.join(folder, entry.name));
    }
  };

  for (const target of targets) {
    if (isFolder(target)) watchTreeOf(target);
    else watchFolder(path.dirname(target), path.basename(target));
  }
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
