/** The `q` quantile of `sorted` (ascending), 0 when it is empty. */
export function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
