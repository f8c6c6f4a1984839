export function double(x: number): number { return 2 * x; }
