import { Script, runInThisContext } from 'node:vm'

/**
 * Wall-clock limits on reading one report. The parse of any text up to the size limit is linear
 * (the parser's super-linear spots are patched, see docs/performance.md), so a template-sized
 * report never comes near these (a 40 KB report takes about 0.15 s); they bound a report of
 * about 1 MB or more, and a shape no one has found yet. The CLI must answer within 3 s: Node's
 * start (0.1 s), these two budgets and the checker's reading (0.2 s at 2 MB) fit in it.
 */
export const LINT_BUDGET_MS = 1400
/**
 * For the second, smaller parse the text-only reading makes to tell the template era: the
 * skeleton of a 2 MB realistic report takes about 0.5 s from a cold start.
 */
export const SKELETON_BUDGET_MS = 900

/** The budgets in force: REPORT_LINT_BUDGET_MS and REPORT_LINT_SKELETON_BUDGET_MS set them (for tests and benchmarks). */
export function budgets(): { lint: number; skeleton: number } {
  return { lint: fromEnv('REPORT_LINT_BUDGET_MS', LINT_BUDGET_MS), skeleton: fromEnv('REPORT_LINT_SKELETON_BUDGET_MS', SKELETON_BUDGET_MS) }
}

function fromEnv(name: string, otherwise: number): number {
  const set = Number(process.env[name])
  return Number.isFinite(set) && set > 0 ? set : otherwise
}

export type Bounded<T> = { done: true; value: T } | { done: false }

// A script run with a timeout is stopped by V8 (TerminateExecution) wherever it is, also deep in a
// dependency's loop: a check between steps could not stop a single step that runs away. The job
// is reached through the real global object, which is also the one under Jest's module sandbox.
const realGlobal = runInThisContext('globalThis') as Record<string, unknown>
const JOB = '__reportLintBoundedJob'
const RUN = new Script(`globalThis.${JOB}()`, { filename: 'report-lint-budget' })

/**
 * Runs `job` and returns its value, or `done: false` when it takes longer than `ms`: it is then
 * stopped where it stands. The job must leave no shared state half-changed (a parse and a lint
 * build new objects only). Errors the job throws pass through.
 */
export function runWithin<T>(ms: number, job: () => T): Bounded<T> {
  const outer = realGlobal[JOB]
  realGlobal[JOB] = job
  try {
    return { done: true, value: RUN.runInThisContext({ timeout: Math.max(1, Math.round(ms)) }) as T }
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { done: false }
    throw error
  } finally {
    realGlobal[JOB] = outer
  }
}
