// The statistics of a page's views, kept by the view's key: a reader who
// switches back and forth between filters and controls gets the numbers of a
// view seen before, or computed ahead (when-idle.ts), without refitting them.
// Bounded, dropping the view least recently asked for.

export function viewCache<T>(limit = 64): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    if (cache.has(key)) {
      const value = cache.get(key)!;
      // Asked for again, the view becomes the newest.
      cache.delete(key);
      cache.set(key, value);
      return value;
    }
    const value = compute();
    if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };
}
