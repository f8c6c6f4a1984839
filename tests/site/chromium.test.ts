import {afterEach, expect, it} from "vitest";
import {findChromium, INSTALL_HINT, launchChromium} from "../browser/chromium.js";

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

it("fails with install instructions instead of skipping when no browser is found", async () => {
  process.env.CHROMIUM_PATH = "/nonexistent/chromium";
  expect(findChromium()).toBeNull();
  await expect(launchChromium()).rejects.toThrow(INSTALL_HINT);
  expect(INSTALL_HINT).toMatch(/apt-get install -y chromium/);
});
