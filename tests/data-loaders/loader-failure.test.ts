import {mkdtempSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it, vi} from "vitest";
import {loaderFailures, reportLoaderFailure} from "../../data-loaders/loader-failure.js";

const dir = mkdtempSync(join(tmpdir(), "loader-failure-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe("reportLoaderFailure and loaderFailures", () => {
  it("keep each distinct message once, in the order first reported, line breaks and all", () => {
    const file = join(dir, "messages");
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const message = 'patients.csv row 5 (line 6), column ttp_months: "2019-03-14" is not a number from 0 to 1200 (months) (or empty)';
    reportLoaderFailure(message, {LOADER_FAILURES: file});
    reportLoaderFailure("first line\nsecond line", {LOADER_FAILURES: file});
    reportLoaderFailure(message, {LOADER_FAILURES: file});
    expect(stderr).toHaveBeenCalledWith(`${message}\n`);
    stderr.mockRestore();
    expect(loaderFailures(file)).toEqual([message, "first line\nsecond line"]);
  });

  it("write nothing to a file the build did not name, and find none where no loader failed", () => {
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    reportLoaderFailure("no file asked for", {});
    stderr.mockRestore();
    expect(loaderFailures(join(dir, "never-written"))).toEqual([]);
  });
});
