// How often a page's code called one of its functions, read from V8's precise
// coverage: for asserting that work was, or was not, done, where nothing on the
// page shows it. The function is named by its export from the page's bundle
// (scripts/bundle-page-modules.ts), which esbuild re-exports as
// `name:()=>local` from a minified `function local(`.
import type {Page} from "playwright-core";

/** Starts counting the page's calls of its bundle's export `name`; each call of the returned function gives the calls since the last. */
export async function callCounter(page: Page, name: string): Promise<() => Promise<number>> {
  const bundle = (await page.evaluate(`Array.from(document.querySelectorAll("link[rel=modulepreload]"), (link) => link.href).find((href) => href.includes("/_import/pages/"))`)) as string | undefined;
  if (!bundle) throw new Error(`${page.url()} preloads no page bundle`);
  const source = (await page.evaluate(`fetch(${JSON.stringify(bundle)}).then((response) => response.text())`)) as string;
  const local = source.match(new RegExp(`[{,]${name}:\\(\\)=>([\\w$]+)`))?.[1];
  const start = local === undefined ? -1 : source.indexOf(`function ${local}(`);
  if (start < 0) throw new Error(`${bundle} exports no function ${name}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.startPreciseCoverage", {callCount: true, detailed: false});
  // Precise coverage counts from zero at each take: the first take leaves out the calls before the counter started.
  const take = async () => {
    const {result} = await cdp.send("Profiler.takePreciseCoverage");
    const functions = result.find((script) => script.url === bundle)?.functions ?? [];
    return functions.filter((f) => f.ranges[0].startOffset === start).reduce((sum, f) => sum + f.ranges[0].count, 0);
  };
  await take();
  return take;
}
