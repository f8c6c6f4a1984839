import {existsSync} from "node:fs";
import {expect, it} from "vitest";
import {formatViolations, scanDistTree} from "../support/offline-rules.js";

it("the built site loads nothing from another origin and has no dist/_npm", () => {
  expect(existsSync("dist/index.html"), "run the build first: npm run build").toBe(true);
  expect(formatViolations(scanDistTree("dist"))).toBe("");
});
