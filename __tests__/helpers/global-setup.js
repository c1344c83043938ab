import { ensureNode } from '../../scripts/node-binary.mjs'

/** The end-to-end tests run the bundled action under Node 24, as the runner does; the bundled CLI runs under Node 22 and 24. */
export default async function globalSetup() {
  process.env.REPORT_LINT_NODE24 = await ensureNode(24)
  process.env.REPORT_LINT_NODE22 = await ensureNode(22)
}
