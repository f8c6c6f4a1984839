// The statistics of a page's views, kept by the view's key: a reader who
// switches back and forth between filters and controls gets the numbers of a
// view seen before without refitting them. Views computed ahead, which the
// reader may never ask for (when-idle.ts), are kept apart, so they push out no
// view the reader has seen. Each store is bounded, and drops the view least
// recently asked for. A view takes about 22 KB as JSON (67 or 2,010 patients).

export interface ViewCache<T> {
  /** The view asked for: kept, or moved from those computed ahead, or computed now. */
  (key: string, compute: () => T): T;
  /** A view computed ahead of being asked for, unless kept already. */
  ahead(key: string, compute: () => T): T;
}

/** With `aheadLimit` at 64, /progression's 33 views one click away from its three tumour filters stay kept while a reader goes back and forth between them. */
export function viewCache<T>(limit = 64, aheadLimit = 64): ViewCache<T> {
  const seen = new Map<string, T>();
  const computedAhead = new Map<string, T>();
  const keep = (store: Map<string, T>, bound: number, key: string, value: T) => {
    if (store.size >= bound) store.delete(store.keys().next().value!);
    store.set(key, value);
    return value;
  };
  // Asked for again, a view becomes the newest of its store.
  const renewed = (store: Map<string, T>, key: string) => {
    const value = store.get(key)!;
    store.delete(key);
    store.set(key, value);
    return value;
  };
  const asked = (key: string, compute: () => T): T => {
    if (seen.has(key)) return renewed(seen, key);
    if (computedAhead.has(key)) {
      const value = computedAhead.get(key)!;
      computedAhead.delete(key);
      return keep(seen, limit, key, value);
    }
    return keep(seen, limit, key, compute());
  };
  return Object.assign(asked, {
    ahead: (key: string, compute: () => T): T => {
      if (seen.has(key)) return seen.get(key)!;
      if (computedAhead.has(key)) return renewed(computedAhead, key);
      return keep(computedAhead, aheadLimit, key, compute());
    }
  });
}
