// Opens a page and records everything the browser tests assert on: page
// errors, requests to other origins and 4xx/5xx responses.
import type {Browser, Page, Response} from "playwright-core";
import {KEPT_CHART, SUPERSEDED} from "../../src/components/set-aside.js";

export interface PageSession {
  page: Page;
  response: Response | null;
  pageErrors: string[];
  foreignRequests: string[];
  badResponses: string[];
  consoleErrors: string[];
}

/** A phone's portrait viewport (CSS pixels), for the narrow-layout checks. */
export const PHONE = {width: 390, height: 844};

/** With `initScript`, that script runs in the page before any of the page's own. */
export async function openPage(browser: Browser, origin: string, path: string, options: {colorScheme?: "light" | "dark"; viewport?: {width: number; height: number}; initScript?: string} = {}): Promise<PageSession> {
  const context = await browser.newContext({viewport: options.viewport ?? {width: 1280, height: 900}, colorScheme: options.colorScheme ?? "light"});
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const session: PageSession = {page, response: null, pageErrors: [], foreignRequests: [], badResponses: [], consoleErrors: []};
  page.on("pageerror", (error) => session.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") session.consoleErrors.push(message.text());
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) session.foreignRequests.push(url);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) session.badResponses.push(`${response.status()} ${response.url()}`);
  });
  session.response = await page.goto(origin + path, {waitUntil: "networkidle"});
  await settle(page);
  return session;
}

/** Waits until Framework has no cell still loading. */
export async function settle(page: Page): Promise<void> {
  // The runtime recomputes on the animation frame after an input event: wait for two, so the cells a control invalidated have started.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, {timeout: 30_000});
  await page.waitForLoadState("networkidle");
}

/**
 * Scrolls to each chart a change left to be drawn when it comes near the viewport (kept-chart-slot.ts), as a reader
 * scrolling down the page would, until it is drawn; then back to where the page was. A hidden slot is left as it is.
 */
export async function drawEveryChart(page: Page): Promise<void> {
  const waiting = `.${KEPT_CHART}.${SUPERSEDED}`;
  await page.evaluate(`(async () => {
    const y = scrollY;
    for (const slot of document.querySelectorAll(".chart-slot")) {
      // A slot hidden with its card's content (the τ chart under a grouping of more than two levels) is never near.
      if (!slot.querySelector(${JSON.stringify(waiting)}) || !slot.checkVisibility()) continue;
      slot.scrollIntoView();
      while (slot.querySelector(${JSON.stringify(waiting)})) await new Promise((resolve) => setTimeout(resolve, 16));
    }
    scrollTo(0, y);
  })()`);
}
