import {describe, expect, it} from "vitest";
import {parseLandmarks} from "../../src/lib/analysis/parse-landmarks.js";

describe("parseLandmarks", () => {
  it("reads months separated by commas or spaces, sorted and without repeats", () => {
    expect(parseLandmarks("24, 6 12,,36 6")).toEqual({times: [6, 12, 24, 36], error: null});
    expect(parseLandmarks("1.5;60")).toEqual({times: [1.5, 60], error: null});
  });
  it("keeps the paper's landmarks for empty text", () => {
    expect(parseLandmarks("  ")).toEqual({times: null, error: null});
  });
  it("names the entry that is not a positive time", () => {
    expect(parseLandmarks("6, twelve")).toEqual({times: null, error: '"twelve" is not a time in months: landmarks are positive numbers, such as 6, 12, 24, 36'});
    expect(parseLandmarks("0, 12").error).toMatch(/^"0" is not a time/);
    expect(parseLandmarks("-3").error).toMatch(/^"-3" is not/);
  });
  it("refuses more landmarks than the table holds", () => {
    expect(parseLandmarks(Array.from({length: 13}, (_, i) => i + 1).join(",")).error).toBe("13 landmarks: at most 12 fit the table");
  });
});
