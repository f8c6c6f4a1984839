// Every page declares a Content-Security-Policy that lets no injected or
// string-compiled script run, the server sends the same policy, and the page
// still works under it: it renders fully, in both themes and after every
// control and a figure's downloads have been used, without a single violation.
// Libraries that probe eval inside a try/catch still raise a violation event,
// so those count too.
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {builtSite} from "./built-site.js";
import {settle} from "./page-session.js";
import {sitePages} from "./site-pages.js";
import {ON_PAGE} from "./on-page.js";

const site = builtSite();

interface Watched {
  page: Page;
  header: string | undefined;
  problems: () => Promise<string[]>;
}

/** Opens path with every CSP violation, CSP console message and page error recorded from the first byte. */
async function openWatched(path: string, colorScheme: "light" | "dark"): Promise<Watched> {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 900}, colorScheme});
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as {cspViolations: string[]}).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`));
  });
  const page = await context.newPage();
  const logged: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => logged.push(`page error: ${error}`));
  const response = await page.goto(site.origin + path, {waitUntil: "networkidle"});
  await settle(page);
  return {
    page,
    header: response?.headers()["content-security-policy"],
    problems: async () => [
      ...(await page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)).map((v) => `violation: ${v}`),
      ...logged,
      ...(await page.locator(".observablehq--error").allTextContents()).map((text) => `error cell: ${text}`)
    ]
  };
}

/** Chooses every option of every radio group and select in the page's own forms, waiting for the page to settle after each. */
async function useEveryControl(page: Page): Promise<number> {
  const forms = page.locator("#observablehq-main form");
  const radios = forms.locator("input[type=radio]");
  for (let i = 0, n = await radios.count(); i < n; ++i) {
    await radios.nth(i).check();
    await settle(page);
  }
  const selects = forms.locator("select");
  let used = await radios.count();
  for (let i = 0, n = await selects.count(); i < n; ++i) {
    const select = selects.nth(i);
    for (const value of await select.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))) {
      await select.selectOption(value);
      await settle(page);
      ++used;
    }
  }
  return used;
}

/** Takes the first figure's downloads, if the page has any: the PNG draws the figure into a data: image, and all three save through blob: URLs. */
async function useDownloads(page: Page): Promise<void> {
  const buttons = page.locator(`.download-buttons${ON_PAGE}`).first().locator("button");
  for (let i = 0, n = await buttons.count(); i < n; ++i) {
    await Promise.all([page.waitForEvent("download"), buttons.nth(i).click()]);
  }
}

describe.each(sitePages)("page $path", ({path}) => {
  it.each(["light", "dark"] as const)("runs under its Content-Security-Policy without a violation in the %s theme, before and after using every control and download", async (colorScheme) => {
    const {page, header, problems} = await openWatched(path, colorScheme);
    const meta = await page.evaluate(() => {
      const element = document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]');
      // The browser applies a meta policy only to what it parses after it.
      const beforeScripts = element !== null && Array.from(document.scripts).every((script) => element.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING);
      return {policy: element?.content ?? null, beforeScripts};
    });
    expect(meta.policy, "the page declares a policy").not.toBeNull();
    expect(meta.beforeScripts, "the policy comes before every script").toBe(true);
    const scriptSrc = meta.policy!.split(/;\s*/).find((directive) => directive.startsWith("script-src "));
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(meta.policy).not.toMatch(/unsafe-eval/);
    expect(header).toBe(`${meta.policy}; frame-ancestors 'none'`);

    expect(await page.locator("#observablehq-main h1").count(), "the page's content is there").toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    expect(await useEveryControl(page), "the page has controls to use").toBeGreaterThan(0);
    await useDownloads(page);
    expect(await problems()).toEqual([]);
    await page.context().close();
  });
});
