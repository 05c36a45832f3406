// The time since a moment, as the preview's log lines write it ("182 ms", "2.1 s").
export function elapsed(since: number): string {
  const ms = performance.now() - since;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
