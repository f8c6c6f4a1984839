// Work a page may need next, done while the reader reads. Jobs run when the
// browser reports itself idle with time to spare, a few milliseconds' worth per
// idle period, so a click or a frame waits at most for one job. A browser
// without requestIdleCallback (Safari) does nothing ahead, and computes each
// view when it is asked for, as it would without this.

/** Idle time left below which no job starts: about one view of statistics, well under a frame. */
const JOB_MS = 8;
/** Time a slice of jobs may take before it gives the thread back; a callback asked for within an idle period runs only in the next one, 50 ms on. */
const SLICE_MS = 4;
/** A job this long (a long task, to the browser) would make a click wait as long: data that slow to compute is computed when asked for. */
const LONG_TASK_MS = 50;

/**
 * A runner of jobs in slices of idle time: given jobs, it runs them in order and returns a function that drops those
 * not yet run. Once one job has taken longer than 50 ms (one view of a supplied cohort of thousands of patients took
 * 300 ms), it runs no more jobs, then or later.
 */
export function whenIdle(): (jobs: Iterable<() => void>) => () => void {
  let tooSlow = false;
  return (jobs) => {
    if (typeof requestIdleCallback !== "function" || tooSlow) return () => {};
    const queue = jobs[Symbol.iterator]();
    let handle: number | undefined;
    const run = (deadline: IdleDeadline) => {
      const start = performance.now();
      let now = start;
      while ((deadline.timeRemaining() >= JOB_MS || deadline.didTimeout) && now - start < SLICE_MS) {
        const next = queue.next();
        if (next.done) return void (handle = undefined);
        const jobStart = now;
        next.value();
        now = performance.now();
        if (now - jobStart > LONG_TASK_MS) return void ((tooSlow = true), (handle = undefined));
      }
      handle = requestIdleCallback(run);
    };
    handle = requestIdleCallback(run);
    return () => {
      if (handle !== undefined) cancelIdleCallback(handle);
      handle = undefined;
    };
  };
}
