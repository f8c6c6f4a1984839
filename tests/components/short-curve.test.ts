import {describe, expect, it} from "vitest";
import {shortCurve} from "../../src/components/short-curve.js";

const TICKS = [0, 12, 24, 36, 48, 60, 72, 84, 96];

describe("shortCurve", () => {
  it("names the shortest curve when it spans fewer than four ticks, with the familiar axis end just past it", () => {
    expect(shortCurve([{label: "Chemoembolization", end: 91.75}, {label: "Bland embolization", end: 11.9}], TICKS)).toEqual({label: "Bland embolization", end: 11.9, ticks: 1, zoomTo: 12});
    expect(shortCurve([{label: "a", end: 90}, {label: "b", end: 12}], TICKS)).toEqual({label: "b", end: 12, ticks: 2, zoomTo: 12});
    expect(shortCurve([{label: "a", end: 90}, {label: "b", end: 30.5}], TICKS)?.zoomTo).toBe(36);
  });

  it("says nothing when every curve spans enough ticks, for a single curve, or when the zoom would not shorten the axis", () => {
    expect(shortCurve([{label: "a", end: 90}, {label: "b", end: 40}], TICKS)).toBeNull();
    expect(shortCurve([{label: "a", end: 11}], TICKS)).toBeNull();
    expect(shortCurve([{label: "a", end: 11}, {label: "b", end: 11.5}], [0, 6, 12])).toBeNull();
  });

  it("asks for more ticks when told to", () => {
    expect(shortCurve([{label: "a", end: 90}, {label: "b", end: 40}], TICKS, 5)?.label).toBe("b");
  });
});
