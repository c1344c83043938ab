import type { FileResult, Severity } from '../types/results.js'
import { RULES } from '../rules/index.js'
import { ruleMeta } from '../rules/types.js'
import { REPOSITORY_URL, VERSION } from '../version.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

/**
 * SARIF 2.1.0, for code scanning and other SARIF viewers; valid against the OASIS schema (a test
 * checks). Files that could not be read become tool notifications.
 */
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
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: RULES.map((rule) => {
              const meta = ruleMeta(rule)
              return {
                id: rule.id,
                shortDescription: { text: rule.description },
                helpUri: meta.docs,
                defaultConfiguration: { level: LEVEL[rule.severity] }
              }
            })
          }
        },
        results: results.flatMap((file) =>
          file.findings.map((f) => ({
            ruleId: f.ruleId,
            // A finding of no rule (parse-budget: the Markdown was not read) has no index.
            ...ruleIndexOf(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(file.path) },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
                }
              }
            ],
            // The finding's fix as a SARIF fix: one replacement, its region by lines and columns
            // (SARIF's character offsets would have to say how a byte order mark counts).
            ...(f.fix
              ? {
                  fixes: [
                    {
                      description: { text: `report-lint --fix: ${f.ruleId}` },
                      artifactChanges: [
                        {
                          artifactLocation: { uri: artifactUri(file.path) },
                          replacements: [
                            {
                              deletedRegion: { startLine: f.fix.line, startColumn: f.fix.column, endLine: f.fix.endLine, endColumn: f.fix.endColumn },
                              insertedContent: { text: f.fix.text }
                            }
                          ]
                        }
                      ]
                    }
                  ]
                }
              : {})
          }))
        ),
        invocations: [
          {
            executionSuccessful: results.every((r) => r.error === undefined),
            toolExecutionNotifications: results
              .filter((r) => r.error !== undefined)
              .map((r) => ({
                level: 'error',
                message: { text: `${r.path} ${r.error}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.path) } } }]
              }))
          }
        ]
      }
    ]
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/**
 * A file path as the URI reference SARIF requires: `/`-separated and percent-encoded, so a name
 * with a space, `#` or `%` still points at that file; an absolute path becomes a `file:` URI.
 */
export function artifactUri(path: string): string {
  const posix = path.split('\\').join('/')
  const encoded = posix
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
  return posix.startsWith('/') ? `file://${encoded}` : encoded
}

function ruleIndexOf(ruleId: string): { ruleIndex?: number } {
  const index = RULES.findIndex((r) => r.id === ruleId)
  return index < 0 ? {} : { ruleIndex: index }
}
