import {expect, it} from "vitest";
import {inSentence} from "../../src/lib/format/in-sentence.js";

it("lowers capitalised words and keeps acronyms and words with inner capitals", () => {
  expect(inSentence("Chemoembolization")).toBe("chemoembolization");
  expect(inSentence("Bland embolization")).toBe("bland embolization");
  expect(inSentence("Other NET")).toBe("other NET");
  expect(inSentence("ECOG 0")).toBe("ECOG 0");
  expect(inSentence("pNET, Carcinoid")).toBe("pNET, carcinoid");
  expect(inSentence("≤ 60")).toBe("≤ 60");
  expect(inSentence("")).toBe("");
  // A one-letter group keeps its case: "A" and "a" are two groups.
  expect(inSentence("A")).toBe("A");
  expect(inSentence("a")).toBe("a");
});
