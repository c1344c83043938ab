import type { FileResult, Severity } from '../types/results.js'
import { RULES } from '../rules/index.js'
import { VERSION } from '../version.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }
const DOCS = 'docs/rules.md'

/** SARIF 2.1.0, for code scanning and other SARIF viewers. Files that could not be read become tool notifications. */
export function formatSarif(results: FileResult[]): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'report-lint',
            version: VERSION,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: `${DOCS}#${rule.id}`,
              defaultConfiguration: { level: LEVEL[rule.severity] }
            }))
          }
        },
        results: results.flatMap((file) =>
          file.findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: RULES.findIndex((r) => r.id === f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.path.split('\\').join('/') },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
                }
              }
            ]
          }))
        ),
        invocations: [
          {
            executionSuccessful: results.every((r) => r.error === undefined),
            toolExecutionNotifications: results
              .filter((r) => r.error !== undefined)
              .map((r) => ({ level: 'error', message: { text: `${r.path} ${r.error}` }, locations: [{ physicalLocation: { artifactLocation: { uri: r.path } } }] }))
          }
        ]
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}
