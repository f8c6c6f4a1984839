import {describe, expect, it} from "vitest";
import {recentViews} from "../../src/components/recent-views.js";

describe("recentViews", () => {
  it("returns what was stored for a key and undefined for a key never stored", () => {
    const views = recentViews<number>(3);
    views.set("a", 1);
    views.set("b", 2);
    expect(views.get("a")).toBe(1);
    expect(views.get("b")).toBe(2);
    expect(views.get("c")).toBeUndefined();
  });

  it("drops the view least recently asked for once past the limit, counting a get as a use", () => {
    const views = recentViews<number>(2);
    views.set("a", 1);
    views.set("b", 2);
    expect(views.get("a")).toBe(1);
    views.set("c", 3);
    expect(views.get("b")).toBeUndefined();
    expect(views.get("a")).toBe(1);
    expect(views.get("c")).toBe(3);
  });

  it("replaces a key's value without growing, and keeps it as the newest", () => {
    const views = recentViews<string>(2);
    views.set("a", "old");
    views.set("b", "b");
    views.set("a", "new");
    views.set("c", "c");
    expect(views.get("a")).toBe("new");
    expect(views.get("b")).toBeUndefined();
  });

  it("finds a value by what it holds without making it the newest", () => {
    const views = recentViews<{ids: number[]}>(2);
    views.set("a", {ids: [1, 2]});
    views.set("b", {ids: [3]});
    expect(views.find((v) => v.ids.includes(2))).toEqual({ids: [1, 2]});
    expect(views.find((v) => v.ids.includes(9))).toBeUndefined();
    views.set("c", {ids: [4]});
    expect(views.find((v) => v.ids.includes(1))).toBeUndefined();
  });

  it("forgets everything on clear", () => {
    const views = recentViews<number>(4);
    views.set("a", 1);
    views.set("b", 2);
    views.clear();
    expect(views.get("a")).toBeUndefined();
    expect(views.get("b")).toBeUndefined();
  });

  it("refuses a limit under 1", () => {
    expect(() => recentViews(0)).toThrow("recentViews: the limit must be 1 or more, got 0");
  });
});
