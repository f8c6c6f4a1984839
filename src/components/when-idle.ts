// Work a page may need next, done while the reader reads. Jobs run when the
// browser reports itself idle with time to spare, a few milliseconds' worth per
// idle period, so a click or a frame waits at most for one short slice. A
// browser without requestIdleCallback (Safari) does nothing ahead, and computes
// each view when it is asked for, as it would without this.

/** Idle time left below which no job starts: about one view of statistics, well under a frame. */
const JOB_MS = 8;
/** Time a slice of jobs may take before it gives the thread back; a callback asked for within an idle period runs only in the next one, 50 ms on. */
const SLICE_MS = 4;

/** Runs each job in order, in slices of idle time; returns a function that drops the jobs not yet run. */
export function whenIdle(jobs: Iterable<() => void>): () => void {
  if (typeof requestIdleCallback !== "function") return () => {};
  const queue = jobs[Symbol.iterator]();
  let handle: number | undefined;
  const run = (deadline: IdleDeadline) => {
    const start = performance.now();
    while ((deadline.timeRemaining() >= JOB_MS || deadline.didTimeout) && performance.now() - start < SLICE_MS) {
      const next = queue.next();
      if (next.done) return void (handle = undefined);
      next.value();
    }
    handle = requestIdleCallback(run);
  };
  handle = requestIdleCallback(run);
  return () => {
    if (handle !== undefined) cancelIdleCallback(handle);
    handle = undefined;
  };
}
