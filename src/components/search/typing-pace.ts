// How long the results UI waits after a key before searching: a little longer than the citizen's
// own pause between keys, so that the beginnings of a word are not searched one by one. Each search
// downloads the index chunks of its words and the fragments of its best records; typed at 400 ms a
// key with a fixed wait, "mitt bankid fungerar inte" cost 440 kB instead of 140 kB (issue 12).

/** The shortest and the longest wait, in ms: Pagefind's own UI waits 300 ms. */
export const shortestWait = 300;
export const longestWait = 900;
/**
 * The wait before the citizen's pace is known: the first keys are typed while the results UI is
 * still loading, and a slow typist's second key comes much later than the shortest wait (at 700 ms
 * a key, a wait of 600 ms searched "b" and "m" on their own: 60 kB more).
 */
export const firstWait = longestWait;
/** A pause longer than this is the citizen stopping, not their pace between keys. */
const stopped = 1_500;
/** How many of the last pauses between keys make up the pace. */
const remembered = 4;

export class TypingPace {
  private last: number | undefined;
  private readonly pauses: number[] = [];

  /** Notes a key typed at `now` (ms). */
  keyed(now: number): void {
    if (this.last !== undefined && now - this.last < stopped) {
      this.pauses.push(now - this.last);
      if (this.pauses.length > remembered) this.pauses.shift();
    }
    this.last = now;
  }

  /** How long to wait after the last key before searching: half as long again as the usual pause. */
  wait(): number {
    if (this.pauses.length === 0) return firstWait;
    const usual = this.pauses.reduce((a, b) => a + b, 0) / this.pauses.length;
    return Math.round(Math.min(longestWait, Math.max(shortestWait, usual * 1.5)));
  }
}
