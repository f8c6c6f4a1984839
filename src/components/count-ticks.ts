// Tick values for an axis of counts: whole numbers only. Plot's default ticks
// on a short linear domain (0 to 2 patients) fall at 0.5 steps, which reads as
// half a patient.
import {ticks} from "d3";

export function countTicks(max: number, count = 8): number[] {
  const top = Math.max(1, Math.ceil(max));
  return ticks(0, top, Math.min(top, count)).filter(Number.isInteger);
}
