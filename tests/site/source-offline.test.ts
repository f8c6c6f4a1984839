import {expect, it} from "vitest";
import {formatViolations, scanSourceTree} from "../support/offline-rules.js";

it("src/ uses no CDN import, implicit global or CDN-only FileAttachment method", () => {
  expect(formatViolations(scanSourceTree("src"))).toBe("");
});
