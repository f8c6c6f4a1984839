// A reader's own CSV on /explore, loaded through the file input: the numbers
// equal R's on lung, each bad file gets its message word for word, file
// contents are never read as HTML, and nothing is requested after the page
// has loaded, nor any data written into the address.
import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {describe, expect, it} from "vitest";
import {formatLabelledP, formatPValue} from "../../src/lib/format/p-value.js";
import {builtSite} from "./built-site.js";

const site = builtSite(process.env.EXPLORE_DIST ?? "dist");
const lung = readFileSync("tests/fixtures/cli/lung.csv");
const R = JSON.parse(readFileSync("tests/fixtures/cli/lung-reference.json", "utf8"));

async function load(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId("csv-input").setInputFiles({name, mimeType: "text/csv", buffer});
}

/** Waits for the status line to settle on something other than progress, and returns it. */
async function status(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector("[data-testid=csv-status]")?.textContent ?? "";
    return text !== "" && !text.endsWith("…");
  });
  return page.getByTestId("csv-status").innerText();
}

describe("/explore with a reader's own CSV", () => {
  it("equals R on lung, through every analysis, with no request after load and only column names in the address", async () => {
    const {page, pageErrors, foreignRequests, consoleErrors} = await site.open("/explore");
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    expect(await page.getByTestId("privacy").innerText()).toMatch(/never leaves this machine/);
    await load(page, "lung.csv", lung);
    expect(await status(page)).toBe("228 rows analysed.");
    expect(await page.getByTestId("csv-test").innerText()).toBe("No group column chosen: one curve, nothing to compare.");
    await page.locator('[data-testid=csv-mapping] select[data-role="group"]').selectOption("sex");
    await page.waitForFunction((p) => document.querySelector("[data-testid=csv-test]")?.textContent === p, formatLabelledP(R.logrank.p, "log-rank, 1 df"));
    const medians = await page.locator("[data-testid=csv-result] .km-chart").count();
    expect(medians).toBe(1);
    await page.locator('[data-testid=csv-mapping] select[data-role="covariates"]').selectOption(["age", "ph_ecog"]);
    await page.waitForFunction(() => document.querySelector("[data-testid=csv-status]")?.textContent?.startsWith("227 rows analysed, 1 left out"));
    const rows = await page.locator("[data-testid=csv-result] table.stat-table tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    expect(rows.map((r) => r[0])).toEqual(["group 2", "age", "ph_ecog"]);
    expect(rows.map((r) => Number(r[1]))).toEqual([1, 0, 2].map((k) => Number(R.cox.coef[k].toFixed(4))));
    const query = new URL(page.url()).searchParams;
    expect([...query.keys()].sort()).toEqual(["csv_covariates", "csv_event", "csv_group", "csv_time"]);
    expect(Object.fromEntries(query)).toEqual({csv_time: "time", csv_event: "event", csv_group: "sex", csv_covariates: "age,ph_ecog"});
    expect(requests).toEqual([]);
    expect(foreignRequests).toEqual([]);
    // The worker runs under the page's Content-Security-Policy: a violation would be logged here.
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("equals R on colon with three groups, through the file input: log-rank, Benjamini–Hochberg pairwise tests and the Cox model", async () => {
    const C = JSON.parse(readFileSync("tests/fixtures/cli/colon-reference.json", "utf8"));
    const {page, pageErrors} = await site.open("/explore?csv_event=status&csv_group=rx");
    await load(page, "colon.csv", readFileSync("tests/fixtures/cli/colon.csv"));
    expect(await status(page)).toBe(`${C.n.reduce((a: number, b: number) => a + b)} rows analysed.`);
    expect(await page.getByTestId("csv-test").innerText()).toBe(formatLabelledP(C.logrank.p, "log-rank, 2 df"));
    const pairs = await page.locator("[data-testid=csv-result] table.csv-pairwise tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    expect(pairs).toEqual(C.pairs.map(([a, b]: string[], k: number) => [`${a} vs ${b}`, formatPValue(C.pairwise[k]), formatPValue(C.adjusted[k])]));
    // The model leaves out the rows with no nodes count, as R's na.omit.
    await page.locator('[data-testid=csv-mapping] select[data-role="covariates"]').selectOption(["age", "nodes"]);
    await page.waitForFunction((n) => document.querySelector("[data-testid=csv-status]")?.textContent?.startsWith(`${n} rows analysed, `), C.cox.n);
    const coefs = await page.locator("[data-testid=csv-result] table.stat-table:not(.csv-pairwise) tbody tr").evaluateAll((trs) => trs.map((tr) => Number(tr.children[1].textContent)));
    expect(coefs).toEqual(C.cox.coef.map((b: number) => Number(b.toFixed(4))));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  const BAD: [string, string | Buffer, string][] = [
    ["an empty file", "", "bad.csv is empty: expected a header row naming the columns, then one row per patient"],
    ["no header", "5,1\n6,0\n", 'bad.csv line 1: "5", "1" are numbers, expected a header row naming the columns'],
    ["a non-numeric time", "time,event\n5,1\nsoon,0\n", 'bad.csv row 2 (line 3), column "time": "soon", expected a time of 0 or more'],
    ["a negative time", "time,event\n5,1\n-1,0\n", 'bad.csv row 2 (line 3), column "time": "-1", expected a time of 0 or more'],
    ["an event that is not 0/1", "time,event\n5,2\n", 'bad.csv row 1 (line 2), column "event": "2", expected 0 (censored) or 1 (event)'],
    ["entry at or after time", "time,event,entry\n5,1,1\n4,1,4\n", 'bad.csv row 2 (line 3), column "entry": "4", expected an entry time before the time (4) in column "time"'],
    ["non-UTF-8 bytes", Buffer.concat([Buffer.from("time,event\n5,1\n"), Buffer.from([0x36, 0xe9]), Buffer.from(",0\n")]), "bad.csv line 3: byte 0xE9 at column 2 is not UTF-8 (save the file as UTF-8)"],
    ["a ragged row", "time,event\n5,1\n6\n", "bad.csv row 2 (line 3): 1 cells, expected 2 as in the header"]
  ];

  it("names the row, column, value and what was expected for each bad file, word for word", async () => {
    const {page, pageErrors} = await site.open("/explore");
    for (const [, content, message] of BAD) {
      await load(page, "bad.csv", typeof content === "string" ? Buffer.from(content) : content);
      expect(await status(page)).toBe(message);
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("shows file contents as text, never as HTML", async () => {
    const {page, pageErrors} = await site.open("/explore");
    await load(page, "x.csv", Buffer.from('time,event,"<img src=x onerror=""document.title=\'hacked\'"">"\n5,1,a\n6,0,b\n'));
    await status(page);
    expect(await page.locator("[data-testid=own-data] img").count()).toBe(0);
    expect(await page.locator('[data-testid=csv-mapping] select[data-role="group"] option').allInnerTexts()).toContain("<img src=x onerror=\"document.title='hacked'\"> (categorical)");
    expect(await page.title()).not.toBe("hacked");
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
