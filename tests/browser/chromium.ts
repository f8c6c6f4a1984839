// Finds Debian's Chromium (never a downloaded browser) and launches it headless
// with the flags these offline machines need.
import {execFileSync} from "node:child_process";
import {existsSync} from "node:fs";
import {chromium, type Browser} from "playwright-core";

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export const INSTALL_HINT =
  "No Chromium found. Install Debian's browser with `sudo apt-get install -y chromium`, " +
  "or point CHROMIUM_PATH at a Chromium or Chrome binary. Browser tests never download a browser.";

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  for (const name of CANDIDATES) {
    try {
      const path = execFileSync("sh", ["-c", `command -v ${name}`], {encoding: "utf8"}).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return null;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(INSTALL_HINT);
    throw new Error(INSTALL_HINT);
  }
  return chromium.launch({
    executablePath,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"
    ]
  });
}
