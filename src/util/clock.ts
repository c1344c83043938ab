/**
 * A monotonic clock in milliseconds, for budgets and statistics. Not `performance.now()`: the
 * first use of the global `performance` loads Node's perf_hooks (1 to 2 ms of a one-report run
 * of the CLI, which needs it for nothing else).
 */
export function milliseconds(): number {
  return Number(process.hrtime.bigint()) / 1e6
}
