import {afterEach, describe, expect, it, vi} from "vitest";
import {whenIdle} from "../../src/components/when-idle.js";

/** A stand-in for the browser's idle callbacks: `idle(ms)` runs the one pending callback with `ms` of idle time left. */
function idleCallbacks() {
  let pending: {handle: number; callback: IdleRequestCallback} | null = null;
  let handles = 0;
  const cancelled: number[] = [];
  Object.assign(globalThis, {
    requestIdleCallback: (callback: IdleRequestCallback) => {
      if (pending) throw new Error("two idle callbacks pending at once");
      pending = {handle: ++handles, callback};
      return handles;
    },
    cancelIdleCallback: (handle: number) => {
      cancelled.push(handle);
      if (pending?.handle === handle) pending = null;
    }
  });
  return {
    idle(ms: number) {
      const next = pending;
      if (!next) throw new Error("no idle callback pending");
      pending = null;
      next.callback({timeRemaining: () => ms, didTimeout: false});
    },
    get pending() {
      return pending !== null;
    },
    cancelled
  };
}

/** Jobs that each take `ms` of a clock that stands still but for them. */
function timedJobs(count: number, ms: number, ran: number[]) {
  let now = 0;
  vi.spyOn(performance, "now").mockImplementation(() => now);
  return Array.from({length: count}, (_, i) => () => void (ran.push(i + 1), (now += ms)));
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as {requestIdleCallback?: unknown}).requestIdleCallback;
  delete (globalThis as {cancelIdleCallback?: unknown}).cancelIdleCallback;
});

describe("whenIdle", () => {
  it("runs jobs in order, in slices of about 4 ms of an idle period, and asks for no more once they are done", () => {
    const idle = idleCallbacks();
    const ran: number[] = [];
    whenIdle()(timedJobs(5, 1.5, ran));
    expect(ran).toEqual([]);
    // Started at 0, 1.5 and 3 ms into the slice; a fourth would start at 4.5.
    idle.idle(50);
    expect(ran).toEqual([1, 2, 3]);
    idle.idle(50);
    expect(ran).toEqual([1, 2, 3, 4, 5]);
    expect(idle.pending).toBe(false);
  });

  it("gives each job of its own a slice, however long it takes", () => {
    const idle = idleCallbacks();
    const ran: number[] = [];
    whenIdle()(timedJobs(2, 6, ran));
    idle.idle(50);
    expect(ran).toEqual([1]);
    idle.idle(50);
    expect(ran).toEqual([1, 2]);
  });

  it("starts no job with less than 8 ms of the idle period left", () => {
    const idle = idleCallbacks();
    const ran: number[] = [];
    whenIdle()(timedJobs(2, 6, ran));
    idle.idle(3);
    expect(ran).toEqual([]);
    expect(idle.pending).toBe(true);
    idle.idle(8);
    expect(ran).toEqual([1]);
  });

  it("with `after`, asks for idle time only that many milliseconds later, and not at all once cancelled before", () => {
    vi.useFakeTimers({toFake: ["setTimeout", "clearTimeout"]});
    try {
      const idle = idleCallbacks();
      const ran: number[] = [];
      const cancel = whenIdle()(timedJobs(1, 1, ran), {after: 500});
      vi.advanceTimersByTime(499);
      expect(idle.pending).toBe(false);
      cancel();
      vi.advanceTimersByTime(1);
      expect(idle.pending).toBe(false);
      whenIdle()(timedJobs(1, 1, ran), {after: 500});
      vi.advanceTimersByTime(500);
      idle.idle(50);
      expect(ran).toEqual([1]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("drops the jobs not yet run when cancelled", () => {
    const idle = idleCallbacks();
    const ran: number[] = [];
    const cancel = whenIdle()(timedJobs(3, 3, ran));
    idle.idle(50);
    expect(ran).toEqual([1, 2]);
    cancel();
    expect(idle.pending).toBe(false);
    expect(idle.cancelled).toHaveLength(1);
    cancel();
    expect(idle.cancelled).toHaveLength(1);
    expect(ran).toEqual([1, 2]);
  });

  it("runs no more jobs, then or later, once one took longer than 50 ms", () => {
    const idle = idleCallbacks();
    const ran: number[] = [];
    const ahead = whenIdle();
    const jobs = timedJobs(4, 51, ran);
    ahead(jobs);
    idle.idle(50);
    expect(ran).toEqual([1]);
    expect(idle.pending).toBe(false);
    ahead(jobs.slice(1));
    expect(idle.pending).toBe(false);
    // Another runner has its own measure.
    whenIdle()(jobs.slice(1));
    idle.idle(50);
    expect(ran).toEqual([1, 2]);
  });

  it("does nothing ahead in a browser without idle callbacks", () => {
    let ran = false;
    const cancel = whenIdle()([() => void (ran = true)]);
    cancel();
    expect(ran).toBe(false);
  });
});
