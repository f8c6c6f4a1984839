import {expect, it} from "vitest";
import {kaplanMeier} from "../../src/lib/survival/index.js";
import {publishedReplacer, readPublished, readPublishedPart, type PageStatistics} from "../../src/lib/analysis/published-statistics.js";

const parts = {counts: ["tumor"], test: ["rho"]} as const;
const table: PageStatistics = {
  page: "methods",
  available: true,
  minCell: 10,
  parts: {
    counts: {"tumor=all": {n: 67}, "tumor=carcinoid": {n: 38}, "tumor=noncarcinoid": null},
    test: {"rho=0": {fit: {time: [1, 2], surv: [0.5, 0], lower: [0.2, null]}}, "rho=1": {p: 0.5}}
  }
};

it("assembles a state's parts", () => {
  const {statistics, note} = readPublished<{counts: {n: number}; test: {fit: {time: number[]; surv: number[]; lower: (number | null)[]}}}>(table, parts, {tumor: "carcinoid", rho: 0});
  expect(note).toBeNull();
  expect(statistics?.counts.n).toBe(38);
  expect(statistics?.test.fit).toEqual({time: [1, 2], surv: [0.5, 0], lower: [0.2, null]});
});

it("writes a Kaplan–Meier fit as its counts and reads back the fit, to the last bit", () => {
  const data = {time: [1, 2, 2, 3, 5, 8, 9], event: [1, 0, 1, 1, 0, 1, 0], entry: [0, 0, 1.5, 0.5, 2, 4, 0], weights: [3, 1, 2, 5, 1, 2, 1]};
  const fits = {entry: kaplanMeier(data, {confType: "log-log", confLevel: 0.9}), plain: kaplanMeier({time: data.time, event: data.event})};
  const json = JSON.stringify({page: "survival", available: true, minCell: null, parts: {fits: {"": {fits, label: "arms"}}}}, publishedReplacer);
  expect(json).not.toMatch(/"surv"|"stdErr"|"lower"|"nRisk"/);
  const {statistics} = readPublished<{fits: {fits: typeof fits; label: string}}>(JSON.parse(json), {fits: []}, {});
  expect(statistics?.fits).toStrictEqual({fits, label: "arms"});
  expect(statistics?.fits.fits.entry.surv).toBeInstanceOf(Float64Array);
});

it("says so where MIN_CELL suppressed the state", () => {
  expect(readPublished(table, parts, {tumor: "noncarcinoid", rho: 1})).toEqual({statistics: null, note: "Fewer than 10 patients under these filters: no statistics are published for them (MIN_CELL = 10)."});
});

it("says which typed value could not be enumerated, and which ones were", () => {
  const {statistics, note} = readPublished(table, parts, {tumor: "all", rho: 0.5});
  expect(statistics).toBeNull();
  expect(note).toContain("The G-ρ test's ρ = 0.5 was typed, so it could not be enumerated; the values published are 0, 1.");
});

it("fails naming the page's file, the part and state a table lacks", () => {
  const partial: PageStatistics = {...table, parts: {counts: {}, test: {}}};
  expect(() => readPublished(partial, parts, {tumor: "all", rho: 0})).toThrow("data/page-statistics/methods.json: part counts has no entry for tumor=all; expected every state of tumor");
});

it("keeps Infinity and NaN through JSON, which would make them null", () => {
  const odds = {estimate: Infinity, lower: 0.1, upper: Infinity, p: NaN, low: -Infinity};
  const json = JSON.stringify({page: "safety", available: true, minCell: null, parts: {counts: {"tumor=all": odds}}}, publishedReplacer);
  const {statistics} = readPublished<{counts: typeof odds}>(JSON.parse(json), {counts: ["tumor"]}, {tumor: "all"});
  expect(statistics?.counts).toEqual(odds);
  expect(Number.isNaN(statistics?.counts.p)).toBe(true);
});

it("reads one part alone, as the whole state gives it, and fails naming the page's file where the state is withheld", () => {
  type Result = {counts: {n: number}; test: {p: number}};
  expect(readPublishedPart<Result, "test">(table, parts, {tumor: "noncarcinoid", rho: 1}, "test")).toEqual({p: 0.5});
  expect(readPublishedPart<Result, "counts">(table, parts, {tumor: "carcinoid", rho: 1}, "counts")).toEqual(readPublished<Result>(table, parts, {tumor: "carcinoid", rho: 1}).statistics?.counts);
  expect(() => readPublishedPart<Result, "counts">(table, parts, {tumor: "noncarcinoid", rho: 1}, "counts")).toThrow(
    "data/page-statistics/methods.json: Fewer than 10 patients under these filters: no statistics are published for them (MIN_CELL = 10)."
  );
});
