// What was last shown for a few views, by the view's key: going back to a view
// seen a moment ago reuses what it showed instead of computing and drawing it
// again. Bounded, the view least recently asked for goes first; unlike
// viewCache, an entry is stored when it is ready (a worker's answer arrives
// later) and the whole store can be dropped when what it holds goes stale.

export interface RecentViews<T> {
  /** The entry for `key`, now the most recently used, or undefined. */
  get(key: string): T | undefined;
  /** Stores `value` for `key` as the most recently used, dropping the least recently used beyond the limit. */
  set(key: string, value: T): void;
  /** The entry whose value passes `match`, or undefined; it does not count as used. */
  find(match: (value: T) => boolean): T | undefined;
  /** Drops every entry. */
  clear(): void;
}

export function recentViews<T>(limit: number): RecentViews<T> {
  if (!(limit >= 1)) throw new Error(`recentViews: the limit must be 1 or more, got ${limit}`);
  const entries = new Map<string, T>();
  return {
    get(key) {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key)!;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
    find(match) {
      for (const value of entries.values()) if (match(value)) return value;
      return undefined;
    },
    clear() {
      entries.clear();
    }
  };
}
