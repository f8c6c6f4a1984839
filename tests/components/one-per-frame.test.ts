// @vitest-environment jsdom
import {afterEach, beforeEach, describe, expect, it, vi} from "vitest";
import {onePerFrame} from "../../src/components/one-per-frame.js";

describe("onePerFrame", () => {
  // Frames are drawn by hand: each call runs the animation-frame callbacks waiting then.
  let frames: FrameRequestCallback[] = [];
  const drawFrame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback(performance.now());
  };
  beforeEach(() => {
    vi.useFakeTimers({toFake: ["setTimeout", "clearTimeout"]});
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    frames = [];
  });

  it("runs each piece in a task of its own, the next only after a frame, in the order queued", () => {
    const ran: string[] = [];
    onePerFrame(() => ran.push("a"));
    onePerFrame(() => ran.push("b"));
    onePerFrame(() => ran.push("c"));
    expect(ran).toEqual([]);
    vi.runAllTimers();
    expect(ran).toEqual(["a"]);
    drawFrame();
    expect(ran).toEqual(["a"]);
    vi.runAllTimers();
    expect(ran).toEqual(["a", "b"]);
    drawFrame();
    vi.runAllTimers();
    expect(ran).toEqual(["a", "b", "c"]);
    // Nothing left: no frame is asked for, and a piece queued now runs in the next task.
    expect(frames).toEqual([]);
    onePerFrame(() => ran.push("d"));
    vi.runAllTimers();
    expect(ran).toEqual(["a", "b", "c", "d"]);
  });

  it("goes on to the next piece after one that throws", () => {
    const ran: string[] = [];
    onePerFrame(() => {
      throw new Error("a chart that failed to draw");
    });
    onePerFrame(() => ran.push("b"));
    expect(() => vi.runAllTimers()).toThrow(/failed to draw/);
    drawFrame();
    vi.runAllTimers();
    expect(ran).toEqual(["b"]);
  });
});
