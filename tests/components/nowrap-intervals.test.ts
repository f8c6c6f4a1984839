import {expect, it} from "vitest";
import {nowrapIntervals} from "../../src/components/nowrap-intervals.js";

it("keeps each parenthesised range on one line, and leaves other text alone", () => {
  expect(nowrapIntervals("89% (85–94)")).toBe('89% <span class="interval">(85–94)</span>');
  expect(nowrapIntervals("0.59 (95% CI 0.28–1.25)")).toBe('0.59 <span class="interval">(95% CI 0.28–1.25)</span>');
  expect(nowrapIntervals("−2.2 (−5.1 – −0.3) and 3 (1–4)")).toBe('−2.2 <span class="interval">(−5.1 – −0.3)</span> and 3 <span class="interval">(1–4)</span>');
  expect(nowrapIntervals("12 (27%)")).toBe("12 (27%)");
  expect(nowrapIntervals("Tables 1–2 (see text)")).toBe("Tables 1–2 (see text)");
  expect(nowrapIntervals("∞ (2.1–∞)")).toBe('∞ <span class="interval">(2.1–∞)</span>');
});
