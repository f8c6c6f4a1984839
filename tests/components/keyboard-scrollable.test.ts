// @vitest-environment jsdom
import {afterEach, describe, expect, it, vi} from "vitest";

// A screen whose width the test sets, read through matchMedia as the browser would.
function fakeScreen(phone: boolean) {
  const listeners: (() => void)[] = [];
  const list = {
    media: "",
    get matches() {
      return state.phone;
    },
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener)
  };
  const state = {phone};
  vi.stubGlobal("matchMedia", (query: string) => ((list.media = query), list));
  return {
    list,
    set(phone: boolean) {
      state.phone = phone;
      for (const listener of listeners) listener();
    }
  };
}

describe("keyboardScrollable", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
    document.body.replaceChildren();
  });

  it("makes a table a tab stop on a phone, where it scrolls sideways, and none on a wider screen, following the screen as it changes", async () => {
    const screen = fakeScreen(true);
    const {keyboardScrollable} = await import("../../src/components/keyboard-scrollable.js");
    const tables = ["stat-table", "landmark-table", "design-table"].map((className) => {
      const table = document.createElement("table");
      table.className = className;
      document.body.append(table);
      return keyboardScrollable(table);
    });
    // The query is style.css's, under which these tables scroll.
    expect(screen.list.media).toBe("(max-width: 640px)");
    expect(tables.map((t) => t.getAttribute("tabindex"))).toEqual(["0", "0", "0"]);
    screen.set(false);
    expect(tables.map((t) => t.getAttribute("tabindex"))).toEqual([null, null, null]);
    screen.set(true);
    expect(tables.map((t) => t.getAttribute("tabindex"))).toEqual(["0", "0", "0"]);
  });

  it("is no tab stop on a wide screen, and leaves the table alone where there are no media queries", async () => {
    fakeScreen(false);
    let {keyboardScrollable} = await import("../../src/components/keyboard-scrollable.js");
    expect(keyboardScrollable(document.createElement("table")).hasAttribute("tabindex")).toBe(false);
    vi.unstubAllGlobals();
    vi.resetModules();
    ({keyboardScrollable} = await import("../../src/components/keyboard-scrollable.js"));
    const table = document.createElement("table");
    expect(keyboardScrollable(table)).toBe(table);
    expect(table.hasAttribute("tabindex")).toBe(false);
  });
});
