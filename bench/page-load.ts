// A cold page load of the built site in headless Chromium: a fresh browser
// context (nothing cached), from navigation until no cell is still loading
// and the page shows its first chart or table.
import type {Browser} from "playwright-core";

export interface PageLoad {
  ms: number;
  /** Script requests the page made. */
  modules: number;
}

/** The load of `path`; throws playwright's TimeoutError after `timeoutMs`. */
export async function coldPageLoad(browser: Browser, url: string, path: string, timeoutMs = 30_000): Promise<PageLoad> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  try {
    const page = await context.newPage();
    let modules = 0;
    page.on("request", (request) => void (request.resourceType() === "script" && ++modules));
    const started = Date.now();
    await page.goto(url + path, {timeout: timeoutMs});
    await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0 && document.querySelector("#observablehq-main svg, #observablehq-main table"), null, {timeout: timeoutMs});
    return {ms: Date.now() - started, modules};
  } finally {
    await context.close();
  }
}
