// Milliseconds a call takes: one warm-up run, then the median of `runs`.
import {performance} from "node:perf_hooks";

export function medianTime(call: () => void, runs: number): number {
  call();
  const times: number[] = [];
  for (let r = 0; r < runs; ++r) {
    const start = performance.now();
    call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}
