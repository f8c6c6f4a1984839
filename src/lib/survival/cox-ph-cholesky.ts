// Generalized Cholesky (C = F D F', F unit lower triangular) that tolerates
// singular, non-negative definite matrices, as survival's cholesky2, chsolve2
// and chinv2. A pivot below toler * (largest diagonal) marks its column as
// redundant: D is set to 0 there, solves give 0 and the inverse has a zero
// row and column, which is how coxph reports NA for aliased covariates.
// Matrices are dense p x p Float64Arrays, m[i * p + j] = matrix[i][j]; callers
// fill the triangle m[i * p + j] with i <= j.

/** Factors m in place (D on the diagonal, F below it); returns the rank, negated if m is not non-negative definite. */
export function choleskyFactor(m: Float64Array, p: number, toler: number): number {
  let nonneg = 1;
  let eps = 0;
  for (let i = 0; i < p; ++i) {
    if (m[i * p + i] > eps) eps = m[i * p + i];
    for (let j = i + 1; j < p; ++j) m[j * p + i] = m[i * p + j];
  }
  if (eps === 0) return 0;
  eps *= toler;
  let rank = 0;
  for (let i = 0; i < p; ++i) {
    const pivot = m[i * p + i];
    if (!Number.isFinite(pivot) || pivot < eps) {
      m[i * p + i] = 0;
      if (pivot < -8 * eps) nonneg = -1;
    } else {
      ++rank;
      for (let j = i + 1; j < p; ++j) {
        const temp = m[j * p + i] / pivot;
        m[j * p + i] = temp;
        m[j * p + j] -= temp * temp * pivot;
        for (let k = j + 1; k < p; ++k) m[k * p + j] -= temp * m[k * p + i];
      }
    }
  }
  return rank * nonneg;
}

/** Overwrites y with the solution of C b = y, given the factor from choleskyFactor; redundant columns get 0. */
export function choleskySolve(m: Float64Array, p: number, y: Float64Array): void {
  for (let i = 0; i < p; ++i) {
    let temp = y[i];
    for (let j = 0; j < i; ++j) temp -= y[j] * m[i * p + j];
    y[i] = temp;
  }
  for (let i = p - 1; i >= 0; --i) {
    if (m[i * p + i] === 0) y[i] = 0;
    else {
      let temp = y[i] / m[i * p + i];
      for (let j = i + 1; j < p; ++j) temp -= y[j] * m[j * p + i];
      y[i] = temp;
    }
  }
}

/**
 * Turns the factor in the lower triangle into C^-1 in the upper triangle and
 * diagonal (m[i * p + j], i <= j). Reads only the lower triangle and diagonal.
 */
export function choleskyInverse(m: Float64Array, p: number): void {
  for (let i = 0; i < p; ++i) {
    if (m[i * p + i] > 0) {
      m[i * p + i] = 1 / m[i * p + i];
      for (let j = i + 1; j < p; ++j) {
        m[j * p + i] = -m[j * p + i];
        for (let k = 0; k < i; ++k) m[j * p + k] += m[j * p + i] * m[i * p + k];
      }
    }
  }
  for (let i = 0; i < p; ++i) {
    if (m[i * p + i] === 0) {
      for (let j = 0; j < i; ++j) m[j * p + i] = 0;
      for (let j = i; j < p; ++j) m[i * p + j] = 0;
    } else {
      for (let j = i + 1; j < p; ++j) {
        const temp = m[j * p + i] * m[j * p + j];
        m[i * p + j] = temp;
        for (let k = i; k < j; ++k) m[i * p + k] += temp * m[j * p + k];
      }
    }
  }
}
