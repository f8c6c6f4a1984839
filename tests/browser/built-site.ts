// The built site (dist/) served on a free port and one Chromium, for the
// tests of one file: `const site = builtSite();` at the top, then
// `site.open(path)` or `site.origin` inside the tests.
import type {Server} from "node:http";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import {serveDist} from "../../scripts/serve-dist.js";
import {launchChromium} from "./chromium.js";
import {openPage, type PageSession} from "./page-session.js";

export interface BuiltSite {
  browser: Browser;
  origin: string;
  open(path: string, options?: Parameters<typeof openPage>[3]): Promise<PageSession>;
}

export function builtSite(dir = "dist"): BuiltSite {
  let server: Server | undefined;
  const site: BuiltSite = {
    browser: undefined as unknown as Browser,
    origin: "",
    open: (path, options) => openPage(site.browser, site.origin, path, options)
  };
  beforeAll(async () => {
    ({server, url: site.origin} = await serveDist(dir));
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
