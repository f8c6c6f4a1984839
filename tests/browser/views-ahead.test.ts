// /progression computes, while the reader reads, the statistics of the views one
// click away (when-idle.ts), so that picking one shows numbers already
// computed. Idle time is held back here and given on demand, and V8's call
// counts show which changes computed a view.
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {GROUP_BY_KEYS} from "../../src/lib/analysis/group-columns.js";
import {builtSite} from "./built-site.js";
import {callCounter} from "./call-counter.js";
import {formControl} from "./form-control.js";
import {settle} from "./page-session.js";

const site = builtSite();

/** The page's idle callbacks, kept until `__idle()` runs them, and those they ask for, each with 50 ms to spare; it returns how many ran. */
const HELD_IDLE = `(() => {
  const pending = new Map();
  let handles = 0;
  window.requestIdleCallback = (callback) => (pending.set(++handles, callback), handles);
  window.cancelIdleCallback = (handle) => void pending.delete(handle);
  window.__idle = () => {
    let ran = 0;
    for (let next; (next = pending.entries().next().value); ++ran) {
      pending.delete(next[0]);
      next[1]({timeRemaining: () => 50, didTimeout: false});
    }
    return ran;
  };
})()`;

const idle = (page: Page) => page.evaluate("__idle()") as Promise<number>;

async function pick(page: Page, label: string, option: string): Promise<void> {
  const form = formControl(page, label);
  if (label === "Tumour type") await form.getByRole("radio", {name: option, exact: true}).check();
  else if (label === "Endpoint") await form.getByRole("radio", {name: option}).check();
  else await form.locator("select").selectOption({label: option});
  await settle(page);
}

describe("views computed ahead on /progression", () => {
  it("a filter, Compare or endpoint change to a view one click away computes nothing; a view further away is computed when asked", async () => {
    const {page, pageErrors} = await site.open("/progression", {initScript: HELD_IDLE});
    const views = await callCounter(page, "progressionView");
    // No idle time yet: the change computes its view.
    await pick(page, "Tumour type", "Carcinoid");
    expect(await views()).toBe(1);
    // Idle time computes the views one click away from carcinoid by arm, TTP: noncarcinoid, each other grouping and
    // TTTF; the view of all patients was computed at load.
    expect(await idle(page)).toBeGreaterThan(0);
    expect(await views()).toBe(1 + (GROUP_BY_KEYS.length - 1) + 1);
    // Each change below picks a view one click away from the last, computed in the idle time after it.
    for (const [label, option] of [["Tumour type", "Noncarcinoid"], ["Compare", "Hormonal activity"], ["Endpoint", "Time to treatment failure"]]) {
      await idle(page);
      await views();
      await pick(page, label, option);
      expect(await views(), option).toBe(0);
    }
    // A τ typed is not one of the choices ahead.
    await idle(page);
    await views();
    await formControl(page, "τ for restricted means, months").locator("input").fill("24");
    await settle(page);
    expect(await views()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it("computes the views one click away from a view typed (landmarks, τ) only once the typing pauses", async () => {
    const {page, pageErrors} = await site.open("/progression", {initScript: HELD_IDLE});
    const views = await callCounter(page, "progressionView");
    await formControl(page, "Landmarks, months").locator("input").pressSequentially("3, 6", {delay: 50});
    await settle(page);
    expect(await views()).toBeGreaterThan(0);
    // Each keystroke's view asked for idle time after a pause; none has come yet.
    expect(await idle(page)).toBe(0);
    await page.waitForTimeout(600);
    expect(await idle(page)).toBeGreaterThan(0);
    // The views one click away from landmarks at 3 and 6 months alone: the other tumour filters, TTTF, each other grouping.
    expect(await views()).toBe(2 + 1 + (GROUP_BY_KEYS.length - 1));
    expect(pageErrors).toEqual([]);
  });

  it("going back and forth between the tumour filters computes nothing more, on a change or in idle time, once each was seen", async () => {
    const {page, pageErrors} = await site.open("/progression", {initScript: HELD_IDLE});
    const views = await callCounter(page, "progressionView");
    const cycle = async () => {
      for (const tumour of ["Carcinoid", "Noncarcinoid", "All"]) {
        await pick(page, "Tumour type", tumour);
        await idle(page);
      }
    };
    await cycle();
    expect(await views()).toBeGreaterThan(0);
    await cycle();
    await cycle();
    expect(await views()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("a change drops the views left to compute for the view before it", async () => {
    const {page, pageErrors} = await site.open("/progression", {initScript: HELD_IDLE});
    const views = await callCounter(page, "progressionView");
    await pick(page, "Tumour type", "Carcinoid");
    await pick(page, "Compare", "Sex");
    expect(await views()).toBe(2);
    // Only the neighbours of carcinoid by sex are left: all patients and noncarcinoid by sex, carcinoid by each other
    // grouping but the arms (computed already), and by sex under TTTF.
    await idle(page);
    expect(await views()).toBe(2 + (GROUP_BY_KEYS.length - 2) + 1);
    expect(pageErrors).toEqual([]);
  });
});
