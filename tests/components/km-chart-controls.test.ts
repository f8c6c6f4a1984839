// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
import {kmChartControls} from "../../src/components/km-chart-controls.js";
import {BANDS_EVENT, SCALE_EVENT, TIME_EVENT} from "../../src/components/km-chart-settings.js";

const field = (controls: HTMLElement, label: string) => {
  const found = Array.from(controls.querySelectorAll("label")).find((l) => l.textContent?.includes(label));
  if (!found) throw new Error(`no field labelled ${label}`);
  return found.querySelector("input, select") as HTMLInputElement & HTMLSelectElement;
};

const change = (input: HTMLInputElement | HTMLSelectElement, value: string | boolean) => {
  if (typeof value === "boolean") (input as HTMLInputElement).checked = value;
  else input.value = value;
  input.dispatchEvent(new Event("change"));
};

afterEach(() => document.body.replaceChildren());

describe("kmChartControls", () => {
  it("shows the address's settings, with the bands named at the charts' level", () => {
    history.replaceState(null, "", "/progression?yscale=incidence&bands=0&xunit=years&xmax=36&pooled=1");
    const {element} = kmChartControls({level: "90%", canPool: true});
    expect(field(element, "90% confidence bands").checked).toBe(false);
    expect(field(element, "Y axis").value).toBe("incidence");
    expect(field(element, "Time in").value).toBe("years");
    // The address keeps the range in months; the field reads it in the axis's unit.
    expect(field(element, "Up to").value).toBe("3");
    expect(field(element, "Up to").closest("label")!.textContent).toBe("Up to  years");
    expect(field(element, "Pooled curve").checked).toBe(true);
    history.replaceState(null, "", "/progression?yscale=nonsense&xunit=weeks&xmax=-1");
    const fallback = kmChartControls({level: "95%", canPool: true}).element;
    expect([field(fallback, "Y axis").value, field(fallback, "Time in").value, field(fallback, "Up to").value, field(fallback, "bands").checked]).toEqual(["survival", "months", "", true]);
  });

  it("offers no years for times in a file's own unit, and keeps its range apart, as the address holds it", () => {
    history.replaceState(null, "", "/explore?xunit=years&xmax=3&csv_xmax=30");
    const {element} = kmChartControls({level: "95%", canPool: true, timeInMonths: false});
    expect(Array.from(element.querySelectorAll("label"), (l) => l.textContent?.trim())).not.toContain("Time in");
    expect(element.querySelectorAll("select")).toHaveLength(1);
    expect(field(element, "Up to").value).toBe("30");
    expect(field(element, "Up to").closest("label")!.textContent).toBe("Up to  in the file's unit");
    // Its range is its own, apart from the months of the cohort's charts.
    change(field(element, "Up to"), "45");
    expect(new URLSearchParams(location.search).get("csv_xmax")).toBe("45");
    expect(new URLSearchParams(location.search).get("xmax")).toBe("3");
    expect(field(element, "Up to").min).toBe("0");
  });

  it("writes each change to the address and announces it, and every other set on the page follows", () => {
    history.replaceState(null, "", "/progression");
    const [one, two] = [kmChartControls({level: "95%", canPool: true}), kmChartControls({level: "95%", canPool: true})];
    document.body.append(one.element, two.element);
    const heard: string[] = [];
    for (const type of [SCALE_EVENT, BANDS_EVENT, TIME_EVENT]) document.addEventListener(type, () => heard.push(type));
    change(field(one.element, "Y axis"), "cumhaz");
    expect(new URLSearchParams(location.search).get("yscale")).toBe("cumhaz");
    expect(field(two.element, "Y axis").value).toBe("cumhaz");
    // The cumulative hazard is drawn without a band: no set offers one.
    expect([field(one.element, "bands").disabled, field(two.element, "bands").disabled]).toEqual([true, true]);
    const bandsLabel = (controls: HTMLElement) => field(controls, "bands").closest("label")!;
    const shownText = (label: HTMLElement) => Array.from(label.childNodes, (n) => ((n as HTMLElement).hidden ? "" : n.textContent)).join("");
    expect(shownText(bandsLabel(two.element))).toBe(" 95% confidence bands (none on the cumulative hazard)");
    change(field(two.element, "Y axis"), "survival");
    expect(field(one.element, "bands").disabled).toBe(false);
    expect(shownText(bandsLabel(one.element))).toBe(" 95% confidence bands");
    change(field(two.element, "bands"), false);
    expect(field(one.element, "bands").checked).toBe(false);
    change(field(one.element, "Time in"), "years");
    change(field(one.element, "Up to"), "0.0001");
    expect(new URLSearchParams(location.search).get("xmax")).toBe("0.0012");
    change(field(one.element, "Up to"), "2");
    change(field(two.element, "Pooled curve"), true);
    expect([field(two.element, "Time in").value, field(two.element, "Up to").value, field(one.element, "Pooled curve").checked]).toEqual(["years", "2", true]);
    expect(location.search).toBe("?bands=0&xunit=years&xmax=24&pooled=1");
    // A range that is not a positive number is the whole follow-up, in the address and in every set.
    change(field(two.element, "Up to"), "-5");
    expect(new URLSearchParams(location.search).has("xmax")).toBe(false);
    expect([field(one.element, "Up to").value, field(two.element, "Up to").value]).toEqual(["", ""]);
    expect(heard).toEqual([SCALE_EVENT, SCALE_EVENT, BANDS_EVENT, TIME_EVENT, TIME_EVENT, TIME_EVENT, TIME_EVENT, TIME_EVENT]);
  });

  it("says it acts on every chart on the page where it stands apart from any chart, and is a group so named either way", () => {
    history.replaceState(null, "", "/progression");
    const shared = kmChartControls({level: "95%", canPool: true, shared: true}).element;
    const own = kmChartControls({level: "95%", canPool: true}).element;
    expect(shared.textContent).toMatch(/^For every chart on this page:/);
    expect(own.textContent).not.toMatch(/every chart/);
    for (const element of [shared, own]) expect([element.getAttribute("role"), element.getAttribute("aria-label")]).toEqual(["group", "For every chart on this page"]);
  });

  it("offers the pooled curve only where the chart shown can draw one", () => {
    history.replaceState(null, "", "/progression");
    const controls = kmChartControls({level: "95%", canPool: false});
    const pooled = field(controls.element, "Pooled curve").closest("label")!;
    expect(pooled.hidden).toBe(true);
    controls.update({canPool: true});
    expect(pooled.hidden).toBe(false);
  });

  it("stops following once off the page", () => {
    history.replaceState(null, "", "/progression");
    const [kept, dropped] = [kmChartControls({level: "95%", canPool: true}), kmChartControls({level: "95%", canPool: true})];
    document.body.append(kept.element, dropped.element);
    dropped.element.remove();
    change(field(kept.element, "Time in"), "years");
    expect(field(dropped.element, "Time in").value).toBe("months");
    // Back on the page it no longer listens: a chart drawn again takes new fields.
    document.body.append(dropped.element);
    change(field(kept.element, "Time in"), "months");
    change(field(kept.element, "Time in"), "years");
    expect(field(dropped.element, "Time in").value).toBe("months");
  });
});
