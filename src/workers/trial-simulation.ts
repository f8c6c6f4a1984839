// Runs a design's simulation off the page's thread, so the page stays
// responsive and can draw a progress bar: receives {input, trials, seed},
// posts {type: "progress", done} as it goes and {type: "result", result} at
// the end, or {type: "error", message}.
import {simulateTrials, type SimulationInput} from "../lib/design/index.js";

interface Request {
  input: SimulationInput;
  trials: number;
  seed: number;
}

const scope = globalThis as unknown as {postMessage(message: unknown): void; addEventListener(type: "message", listener: (event: MessageEvent<Request>) => void): void};

scope.addEventListener("message", ({data: {input, trials, seed}}) => {
  try {
    const result = simulateTrials(input, {trials, seed, progressEvery: Math.max(1, Math.floor(trials / 50)), onProgress: (done) => scope.postMessage({type: "progress", done})});
    scope.postMessage({type: "result", result});
  } catch (error) {
    scope.postMessage({type: "error", message: error instanceof Error ? error.message : String(error)});
  }
});
