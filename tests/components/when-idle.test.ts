import {afterEach, describe, expect, it} from "vitest";
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
    idle(ms: number, didTimeout = false) {
      const next = pending;
      if (!next) throw new Error("no idle callback pending");
      pending = null;
      next.callback({timeRemaining: () => ms, didTimeout});
    },
    get pending() {
      return pending !== null;
    },
    cancelled
  };
}

afterEach(() => {
  delete (globalThis as {requestIdleCallback?: unknown}).requestIdleCallback;
  delete (globalThis as {cancelIdleCallback?: unknown}).cancelIdleCallback;
});

describe("whenIdle", () => {
  it("runs one job per idle period, in order, and asks for no more once they are done", () => {
    const idle = idleCallbacks();
    const ran: number[] = [];
    whenIdle([1, 2, 3].map((i) => () => void ran.push(i)));
    expect(ran).toEqual([]);
    idle.idle(50);
    expect(ran).toEqual([1]);
    idle.idle(50);
    idle.idle(50);
    expect(ran).toEqual([1, 2, 3]);
    idle.idle(50);
    expect(idle.pending).toBe(false);
  });

  it("waits for a period with time for a job, or one the browser says has waited too long", () => {
    const idle = idleCallbacks();
    const ran: number[] = [];
    whenIdle([1, 2].map((i) => () => void ran.push(i)));
    idle.idle(3);
    expect(ran).toEqual([]);
    expect(idle.pending).toBe(true);
    idle.idle(0, true);
    expect(ran).toEqual([1]);
    idle.idle(8);
    expect(ran).toEqual([1, 2]);
  });

  it("drops the jobs not yet run when cancelled", () => {
    const idle = idleCallbacks();
    const ran: number[] = [];
    const cancel = whenIdle([1, 2, 3].map((i) => () => void ran.push(i)));
    idle.idle(50);
    cancel();
    expect(idle.pending).toBe(false);
    expect(idle.cancelled).toHaveLength(1);
    expect(ran).toEqual([1]);
    cancel();
    expect(idle.cancelled).toHaveLength(1);
  });

  it("does nothing ahead in a browser without idle callbacks", () => {
    let ran = false;
    const cancel = whenIdle([() => void (ran = true)]);
    cancel();
    expect(ran).toBe(false);
  });
});
