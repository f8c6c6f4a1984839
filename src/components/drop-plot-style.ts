// Plot puts a <style> element in every chart it draws. Inserting one makes the
// browser match the page's style rules anew, and on /progression, where a change
// draws several charts, that cost about as much as laying out a chart's risk
// table (0.75 ms a chart, timed in the page). The site's stylesheet holds the
// same rules once (style.css), so the charts drawn on every change drop theirs.

/** `chart` without the <style> elements Plot put in it. */
export function dropPlotStyle<E extends Element>(chart: E): E {
  for (const style of chart.querySelectorAll("style")) style.remove();
  return chart;
}
