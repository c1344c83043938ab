/**
 * Counts work, not time: V8's precise block coverage counts how often each block of code ran (also
 * inside the parser, also each turn of a loop), which is the same on any machine and under any
 * load. A test asserts that the count grows in proportion to the input.
 */
import { Session } from 'node:inspector'

let session: Session | null = null

function post<T>(method: string, params?: object): T {
  let result: T | undefined
  let failure: Error | null = null
  // An in-thread session answers synchronously.
  ;(session as Session).post(method, params ?? {}, (error, value) => {
    failure = error
    result = value as T
  })
  if (failure) throw failure
  return result as T
}

interface Coverage {
  result: { functions: { ranges: { count: number }[] }[] }[]
}

/** Runs `job` and returns its value and how many blocks of code ran. */
export function countWork<T>(job: () => T): { value: T; work: number } {
  if (!session) {
    session = new Session()
    session.connect()
    post('Profiler.enable')
    post('Profiler.startPreciseCoverage', { callCount: true, detailed: true })
  }
  post('Profiler.takePreciseCoverage') // resets the counters
  const value = job()
  let work = 0
  for (const script of post<Coverage>('Profiler.takePreciseCoverage').result) {
    for (const fn of script.functions) for (const range of fn.ranges) work += range.count
  }
  return { value, work }
}

/** Ends counting (coverage slows code down). */
export function stopCountingWork(): void {
  if (!session) return
  post('Profiler.stopPreciseCoverage')
  session.disconnect()
  session = null
}
