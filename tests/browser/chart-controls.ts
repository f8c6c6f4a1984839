// A Kaplan–Meier chart's settings fields (src/components/km-chart-controls.ts)
// are in the chart itself, or, where a page keeps charts across changes, beside
// the chart's place in its card.
import type {Locator} from "playwright-core";

/** The settings fields that act on `chart`: its own, else the nearest ones around it. */
export function chartControls(chart: Locator): Locator {
  return chart.locator("xpath=ancestor-or-self::*[.//*[contains(concat(' ', normalize-space(@class), ' '), ' km-chart-controls ')]][1]").locator(".km-chart-controls").first();
}
