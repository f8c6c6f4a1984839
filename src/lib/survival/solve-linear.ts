// Solves A x = b for a small dense system by Gaussian elimination with
// partial pivoting (what R's solve() does through LAPACK dgesv).

export function solveLinear(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const m = a.map((row) => [...row]);
  const x = [...b];
  for (let col = 0; col < n; ++col) {
    let pivot = col;
    for (let r = col + 1; r < n; ++r) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    if (m[pivot][col] === 0) throw new RangeError(`the variance matrix is exactly singular (column ${col})`);
    [m[col], m[pivot]] = [m[pivot], m[col]];
    [x[col], x[pivot]] = [x[pivot], x[col]];
    for (let r = col + 1; r < n; ++r) {
      const f = m[r][col] / m[col][col];
      if (f === 0) continue;
      for (let c = col; c < n; ++c) m[r][c] -= f * m[col][c];
      x[r] -= f * x[col];
    }
  }
  for (let r = n - 1; r >= 0; --r) {
    let s = x[r];
    for (let c = r + 1; c < n; ++c) s -= m[r][c] * x[c];
    x[r] = s / m[r][r];
  }
  return x;
}
