import { ensureNode24 } from '../../scripts/node24.mjs'

/** The end-to-end tests run the bundled action under Node 24, as the runner does. */
export default async function globalSetup() {
  process.env.REPORT_LINT_NODE24 = await ensureNode24()
}
