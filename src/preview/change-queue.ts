// The preview's change queue: file events from the watcher, taken together in bursts (a save is
// often a write and a rename, or several files) and handed on one batch at a time, so a second
// save during a render waits for it instead of racing it.

export interface ChangeHandler {
  /** Brings the output up to date with the changed files. */
  apply(files: string[]): Promise<void>;
  /** Work left over for when no change waits (other pages); true when it did some. */
  afterwards(): Promise<boolean>;
}

export class ChangeQueue {
  readonly #handler: ChangeHandler;
  readonly #log: (line: string) => void;
  readonly #burstMs: number;
  #pending = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | null = null;
  #closed = false;

  constructor(handler: ChangeHandler, log: (line: string) => void, burstMs = 20) {
    this.#handler = handler;
    this.#log = log;
    this.#burstMs = burstMs;
  }

  /** A file changed: handled with the others that change within the burst. */
  add(file: string): void {
    if (this.#closed) return;
    this.#pending.add(file);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      // A batch being handled may have taken these files already.
      if (this.#pending.size === 0) return;
      this.#log(`Ändrat: ${[...this.#pending].join(", ")}`);
      this.#running ??= this.#run().finally(() => {
        this.#running = null;
      });
    }, this.#burstMs);
  }

  /** Takes no more changes and waits for the batch being handled. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#pending.clear();
    await this.#running;
  }

  async #run(): Promise<void> {
    while (!this.#closed) {
      if (this.#pending.size > 0) {
        const files = [...this.#pending];
        this.#pending = new Set();
        await this.#handler.apply(files);
      } else if (!(await this.#handler.afterwards())) {
        return;
      }
    }
  }
}
