// The landmark times of the landmark tables, kept in the URL
// (?landmarks=6,12,24,36). Empty means the paper's landmarks; text that is not
// a list of positive months says what is wrong and keeps the last good times.
import * as Inputs from "@observablehq/inputs";
import {parseLandmarks} from "../lib/analysis/parse-landmarks.js";
import {setUrlParam} from "./url-state.js";

export function landmarksInput(): HTMLElement & {value: number[] | null} {
  const fromUrl = parseLandmarks(new URLSearchParams(location.search).get("landmarks") ?? "");
  const text = Inputs.text({label: "Landmarks, months", placeholder: "the paper's", value: fromUrl.times?.join(", ") ?? "", width: 160}) as HTMLElement & {value: string};
  const message = document.createElement("p");
  message.className = "input-error";
  message.setAttribute("role", "status");
  const wrapper = document.createElement("div") as unknown as HTMLElement & {value: number[] | null};
  wrapper.className = "landmarks-input";
  wrapper.append(text, message);
  let times = fromUrl.times;
  Object.defineProperty(wrapper, "value", {get: () => times});
  text.addEventListener("input", (event) => {
    const parsed = parseLandmarks(text.value);
    message.textContent = parsed.error ?? "";
    if (parsed.error !== null) {
      // The page keeps showing the last good landmarks.
      event.stopPropagation();
      return;
    }
    times = parsed.times;
    setUrlParam("landmarks", times?.join(",") ?? "", "");
  });
  return wrapper;
}
