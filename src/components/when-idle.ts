// Work a page may need next, done while the reader reads. Jobs run when the
// browser reports itself idle, in slices of a few milliseconds, so a click
// waits at most for the job under way: a view of /progression's statistics
// takes 1–2 ms on this project's 2-core machines, but 17–31 ms under
// Chromium's sixfold CPU throttling, as on a slow phone. A browser without
// requestIdleCallback (Safari) does nothing ahead, and computes each view when
// it is asked for, as it would without this.

/** Idle time left below which no job starts, a few views' worth. */
const JOB_MS = 8;
/**
 * Time a slice may run before it gives the thread back. Idle periods last up to 50 ms, but a callback asked for
 * within one runs only in the next, so a slice runs several jobs rather than one per period.
 */
const SLICE_MS = 4;
/** A job this long (a long task, to the browser) would make a click wait as long: data that slow to compute is computed when asked for. */
const LONG_TASK_MS = 50;

/**
 * A runner of jobs in slices of idle time: given jobs, it runs them in order, after `after` ms if given, and returns
 * a function that drops those not yet run. Once one job has taken longer than 50 ms (one view of a supplied cohort of
 * thousands of patients took 300 ms), it runs no more jobs, then or later.
 */
export function whenIdle(): (jobs: Iterable<() => void>, options?: {after?: number}) => () => void {
  let tooSlow = false;
  return (jobs, {after = 0} = {}) => {
    if (typeof requestIdleCallback !== "function" || tooSlow) return () => {};
    const queue = jobs[Symbol.iterator]();
    let handle: number | undefined;
    const run = (deadline: IdleDeadline) => {
      const start = performance.now();
      let now = start;
      while (deadline.timeRemaining() >= JOB_MS && now - start < SLICE_MS) {
        const next = queue.next();
        if (next.done) return void (handle = undefined);
        const jobStart = now;
        next.value();
        now = performance.now();
        if (now - jobStart > LONG_TASK_MS) return void ((tooSlow = true), (handle = undefined));
      }
      handle = requestIdleCallback(run);
    };
    const timer = after > 0 ? setTimeout(() => (handle = requestIdleCallback(run)), after) : ((handle = requestIdleCallback(run)), undefined);
    return () => {
      clearTimeout(timer);
      if (handle !== undefined) cancelIdleCallback(handle);
      handle = undefined;
    };
  };
}
