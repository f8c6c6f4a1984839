// Work a page may need next, done while the reader reads. Each job runs in a
// task of its own when the browser reports itself idle with time to spare, so
// a click or a frame waits at most for one job. A browser without
// requestIdleCallback (Safari) does nothing ahead, and computes each view when
// it is asked for, as it would without this.

/** Idle time a job may take: about one warm view of statistics, well under a frame. */
const JOB_MS = 8;

/** Runs each job in order, one per idle period with at least JOB_MS left; returns a function that drops the jobs not yet run. */
export function whenIdle(jobs: Iterable<() => void>): () => void {
  if (typeof requestIdleCallback !== "function") return () => {};
  const queue = jobs[Symbol.iterator]();
  let handle: number | undefined;
  const run = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= JOB_MS || deadline.didTimeout) {
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
