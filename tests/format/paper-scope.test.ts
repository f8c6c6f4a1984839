import {expect, it} from "vitest";
import {formatPaperScope} from "../../src/lib/format/paper-scope.js";

it("says a quoted figure is the whole cohort's when any filter is on, and nothing otherwise", () => {
  expect(formatPaperScope({})).toBe("");
  expect(formatPaperScope({tumor: "all", hormonal: "all", extrahepatic: "all"})).toBe("");
  expect(formatPaperScope({tumor: "carcinoid"})).toBe(" for the whole cohort");
  expect(formatPaperScope({tumor: "all", hormonal: "inactive"})).toBe(" for the whole cohort");
  expect(formatPaperScope({extrahepatic: "present"})).toBe(" for the whole cohort");
});
