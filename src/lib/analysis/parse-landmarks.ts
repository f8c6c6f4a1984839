// The reader's landmark times ("6, 12, 24, 36"): months at which the landmark
// table reads each curve. Empty text keeps the paper's landmarks.

export const MAX_LANDMARKS = 12;

export type ParsedLandmarks = {times: number[] | null; error: null} | {times: null; error: string};

/** Distinct positive months in ascending order, separated by commas or spaces; null times for empty text; an error naming the bad entry otherwise. */
export function parseLandmarks(text: string): ParsedLandmarks {
  const parts = text.split(/[\s,;]+/).filter((s) => s !== "");
  if (parts.length === 0) return {times: null, error: null};
  for (const part of parts) {
    const value = Number(part);
    if (!Number.isFinite(value) || value <= 0) return {times: null, error: `"${part.slice(0, 20)}" is not a time in months: landmarks are positive numbers, such as 6, 12, 24, 36`};
  }
  const times = [...new Set(parts.map(Number))].sort((a, b) => a - b);
  if (times.length > MAX_LANDMARKS) return {times: null, error: `${times.length} landmarks: at most ${MAX_LANDMARKS} fit the table`};
  return {times, error: null};
}
