// Filters live in the URL so a view can be shared and restored: read the
// initial value from the query string, write each change back without
// adding history entries.

/** The value of query parameter `key` if it is one of `allowed`, else `fallback`. */
export function urlParam<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const value = new URLSearchParams(location.search).get(key);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Writes `value` to query parameter `key`, dropping it when it equals the default. */
export function setUrlParam(key: string, value: string, defaultValue: string): void {
  const params = new URLSearchParams(location.search);
  if (value === defaultValue) params.delete(key);
  else params.set(key, value);
  const query = params.toString();
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}

/** Keeps an Inputs control and query parameter `key` in step; returns the control. */
export function bindToUrl<E extends HTMLElement & {value: unknown}>(input: E, key: string, defaultValue: string): E {
  input.addEventListener("input", () => setUrlParam(key, input.value as string, defaultValue));
  return input;
}

/** Replaces the whole query string, for pages that keep one specification of their view in it. */
export function replaceQuery(query: string): void {
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}
