import { run } from './action/main.js'
import { fail } from './action/runner-output.js'

run().catch((error: unknown) => {
  // A bug in report-lint, not in the report: say so in one line and fail the step.
  fail(`report-lint: internal error: ${(error as Error).message ?? error}. Please report it, with the run's log.`)
})
