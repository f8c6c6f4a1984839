// Cluster labels turned into dense indices 0..G−1, shared by the
// cluster-robust (sandwich) estimators.
import {checkedSample} from "./check-input.js";

export interface ClusterIndex {
  /** Dense index of each observation's cluster, in order of first appearance. */
  index: Int32Array;
  clusters: number;
}

/** Any finite numbers label the clusters; observations with equal labels share one. */
export function clusterIndex(cluster: ArrayLike<number>, n: number): ClusterIndex {
  const labels = checkedSample(cluster, "cluster", 0);
  if (labels.length !== n) throw new RangeError(`cluster has ${labels.length} values, expected ${n} (one per observation)`);
  const seen = new Map<number, number>();
  const index = new Int32Array(n);
  for (let i = 0; i < n; ++i) {
    let k = seen.get(labels[i]);
    if (k === undefined) seen.set(labels[i], (k = seen.size));
    index[i] = k;
  }
  return {index, clusters: seen.size};
}
