// The form fields for the settings every Kaplan–Meier chart on a page follows
// (km-chart-settings.ts): the confidence bands, the y scale, the time unit,
// the x-range and the pooled curve. A chart carries its own by default; a page
// that keeps charts across changes (kept-chart-slot.ts) shows one set per
// place instead, outside the kept charts: inserting form fields makes the
// browser's autofill read every field in the document, so a new chart without
// them is drawn and laid out for less. Each set keeps its fields in step with
// the address whichever set, or the chart's zoom button, changed it.
import {BANDS_EVENT, SCALE_EVENT, TIME_EVENT, TIME_UNITS, chartSettings, parseXmax, setChartSetting, xRange, xRangeKey} from "./km-chart-settings.js";
import {Y_SCALES, type YScale} from "./km-y-scale.js";

const SCOPE = "For every chart on this page";
const SCALE_CHOICES: Record<YScale, string> = {survival: "S(t)", incidence: "1 − S(t)", cumhaz: "Cumulative hazard"};

export interface KmChartControlsOptions {
  /** The confidence level of the bands, as the charts print it ("95%"). */
  level: string;
  /** Whether the charts these fields sit beside can draw a pooled curve (more than one group, no delayed entry). */
  canPool: boolean;
  /** True where the fields stand apart from any chart (beside a kept-chart place): they then say that they act on every chart. */
  shared?: boolean;
  /** False when the charts' times are in a unit they do not know (a file's own): no choice of years, and the range in that unit. */
  timeInMonths?: boolean;
}

export interface KmChartControls {
  readonly element: HTMLDivElement;
  /** Offers the pooled curve or not, as the chart now shown allows. */
  update(options: Pick<KmChartControlsOptions, "canPool">): void;
}

const label = (...content: (string | Node)[]) => {
  const element = document.createElement("label");
  element.append(...content);
  return element;
};

const checkbox = (checked: boolean) => {
  const input = document.createElement("input");
  input.type = "checkbox";
  input.checked = checked;
  return input;
};

export function kmChartControls({level, canPool, shared = false, timeInMonths = true}: KmChartControlsOptions): KmChartControls {
  const element = document.createElement("div");
  element.className = "km-chart-controls";
  element.setAttribute("role", "group");
  element.setAttribute("aria-label", SCOPE);
  // One set in each card reads as that card's own; a change shows in every chart on the page.
  if (shared) {
    const scope = document.createElement("span");
    scope.className = "km-chart-controls-scope";
    scope.setAttribute("aria-hidden", "true");
    scope.textContent = `${SCOPE}:`;
    element.append(scope);
  }

  const bands = checkbox(chartSettings().bands);
  // Says why the box cannot be ticked, rather than leaving a greyed box unexplained.
  const noBands = document.createElement("span");
  noBands.textContent = " (none on the cumulative hazard)";
  const scale = document.createElement("select");
  scale.append(...Y_SCALES.map((s) => new Option(SCALE_CHOICES[s], s)));
  const unit = document.createElement("select");
  unit.append(...TIME_UNITS.map((u) => new Option(u === "months" ? "Months" : "Years", u)));
  const xmax = document.createElement("input");
  xmax.type = "number";
  // Half a year is a range; 0 and below are the whole follow-up.
  xmax.min = "0";
  xmax.step = "any";
  xmax.placeholder = "all";
  xmax.style.width = "5em";
  // The x-range is read and typed in the axis's unit; the address keeps it in months.
  const xmaxUnit = document.createElement("span");
  const pooled = checkbox(false);
  const pooledLabel = label(pooled, " Pooled curve");

  // The fields show what the address says; every set on the page reads it again after any change.
  const showScale = () => {
    scale.value = chartSettings().yscale;
    // The cumulative hazard is drawn without a band.
    bands.disabled = scale.value === "cumhaz";
    noBands.hidden = !bands.disabled;
  };
  // A file's own times are never years, whatever the address says.
  const inYears = () => timeInMonths && chartSettings().xunit === "years";
  const showTime = () => {
    const settings = chartSettings();
    unit.value = settings.xunit;
    xmaxUnit.textContent = timeInMonths ? ` ${settings.xunit}` : " in the file's unit";
    const range = xRange(settings, timeInMonths);
    xmax.value = range === null ? "" : String(+(inYears() ? range / 12 : range).toFixed(4));
    pooled.checked = settings.pooled;
  };
  showScale();
  showTime();
  // Each field names its setting: a chart drawn again after a change gives the focus back to the same field (km-chart.ts).
  for (const [key, field] of [["bands", bands], ["yscale", scale], ["xunit", unit], ["xmax", xmax], ["pooled", pooled]] as const) field.dataset.setting = key;

  bands.addEventListener("change", () => setChartSetting("bands", bands.checked ? "1" : "0"));
  scale.addEventListener("change", () => setChartSetting("yscale", scale.value));
  unit.addEventListener("change", () => setChartSetting("xunit", unit.value));
  xmax.addEventListener("change", () => {
    const value = parseXmax(xmax.value);
    // Twelve significant digits: years times 12 gains no binary noise in the address (0.0001 years is 0.0012 months).
    const range = value === null ? null : +(inYears() ? 12 * value : value).toPrecision(12);
    setChartSetting(xRangeKey(timeInMonths), range === null ? "" : String(range));
  });
  pooled.addEventListener("change", () => setChartSetting("pooled", pooled.checked ? "1" : "0"));

  // Fields that have left the page (a chart drawn again takes new ones) stop listening.
  const follow = (type: string, show: () => void) => {
    const listener = () => {
      if (element.isConnected) show();
      else document.removeEventListener(type, listener);
    };
    document.addEventListener(type, listener);
  };
  follow(SCALE_EVENT, showScale);
  follow(BANDS_EVENT, () => (bands.checked = chartSettings().bands));
  follow(TIME_EVENT, showTime);

  const update = ({canPool}: Pick<KmChartControlsOptions, "canPool">) => {
    pooledLabel.hidden = !canPool;
  };
  update({canPool});
  element.append(label(bands, ` ${level} confidence bands`, noBands), label("Y axis ", scale), ...(timeInMonths ? [label("Time in ", unit)] : []), label("Up to ", xmax, xmaxUnit), pooledLabel);
  return {element, update};
}
