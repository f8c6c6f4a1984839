// Cluster ids (patient ids are text) as the numbers the engine's
// cluster-robust estimators take: equal ids get equal numbers.
export function clusterCodes<T>(rows: readonly T[], cluster: (row: T) => string): Int32Array {
  const codes = new Map<string, number>();
  return Int32Array.from(rows, (row) => {
    const id = cluster(row);
    let code = codes.get(id);
    if (code === undefined) codes.set(id, (code = codes.size));
    return code;
  });
}
