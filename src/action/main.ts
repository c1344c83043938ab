import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError, type Config } from '../config/config.js'
import { loadConfigFile } from '../config/load-config.js'
import { formatText, totalSummary } from '../format/text.js'
import { lintFile, unreadable } from '../lint/lint-file.js'
import { localRepo } from '../lint/local-repo.js'
import type { FileResult } from '../types/results.js'
import { createMatcher, findFiles } from '../util/glob.js'
import { plural } from '../util/plural.js'
import { VERSION } from '../version.js'
import { planAnnotations, touches, PER_STEP, type Candidate } from './annotations.js'
import { listChangedFiles, type ChangedFile } from './changed-files.js'
import { readRunEvent, type RunEvent } from './event.js'
import { apiOptionsFromEnv, createClient, describeFailure, type GitHubClient } from './github-api.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { commentFailure, FORK_NOTE } from './messages.js'
import { commentMarkdown, summaryMarkdown, type MarkdownContext } from './report-markdown.js'
import { writeResultsFile } from './results-file.js'
import { upsertStickyComment } from './sticky-comment.js'

/** The action: lint the reports this run concerns and report on GitHub. Never throws. */
export async function run(): Promise<void> {
  let inputs: ActionInputs
  let config: Config
  const event = readRunEvent()
  try {
    inputs = readInputs()
    config = loadConfigFile(inputs.config, event.workspace)
    if (inputs.profile) config.profile = inputs.profile
    if (inputs.wordCount) config.wordCount = inputs.wordCount
  } catch (error) {
    core.setFailed(error instanceof ConfigError ? `report-lint: ${error.message}` : `report-lint: ${(error as Error).message}`)
    return
  }
  const client = inputs.token ? createClient(inputs.token, apiOptionsFromEnv(core.debug)) : null
  const warnings: string[] = []
  const notes: string[] = []

  const { targets, scope } = await chooseTargets(client, event, inputs, warnings)
  core.info(`report-lint ${VERSION}: ${event.name || 'local run'}; ${targets.length ? `${targets.length} report(s) ${scope}: ${targets.map((t) => t.path).join(', ')}` : `no report ${scope}`}`)

  const results = targets.map((t) => lintTarget(event.workspace, t.path, config))
  const total = totalSummary(results.filter((r) => r.error === undefined))
  const unreadable = results.filter((r) => r.error !== undefined).length
  const failed =
    inputs.failOn !== 'never' && (total.errors + unreadable > 0 || (inputs.failOn === 'warning' && total.warnings > 0))

  const markdown: MarkdownContext = {
    results,
    patterns: inputs.files,
    scope,
    lineLink: event.owner && event.sha ? (path, line) => lineUrl(event, path, line) : null,
    ruleLink: event.actionUrl ? (ruleId) => `${event.actionUrl}/docs/rules.md#${ruleId}` : null,
    notes,
    runUrl: event.runUrl,
    sha: event.sha
  }
  if (event.pull && inputs.comment !== 'never') {
    await comment(client, event, inputs, markdown, failed, warnings, notes)
  }

  // Every step below works without GitHub's API, so the verdict and the findings always arrive.
  for (const w of warnings) core.warning(w)
  if (!targets.length) core.notice(`No report ${scope}; nothing to lint (looked for ${inputs.files.join(', ')}).`)
  if (inputs.annotations) annotate(results, targets, failed, warnings.length, !targets.length)
  for (const r of results) if (r.error !== undefined) core.error(`${r.path} ${r.error}`, { title: 'report-lint', file: r.path })
  await writeSummary(markdown)
  logFindings(results)

  core.setOutput('errors', total.errors + unreadable)
  core.setOutput('warnings', total.warnings)
  core.setOutput('passed', total.passed)
  core.setOutput('total', total.total)
  core.setOutput('result', failed ? 'fail' : 'pass')
  try {
    core.setOutput('json', writeResultsFile(results))
  } catch (error) {
    core.warning(`report-lint could not write its JSON results file: ${(error as Error).message}`)
  }
  core.info(
    `report-lint: ${plural(results.length, 'report')}; ${plural(total.passed, 'question')} of ${total.total} pass; ` +
      `${plural(total.errors + unreadable, 'error')}, ${plural(total.warnings, 'warning')}; result: ${failed ? 'fail' : 'pass'} (fail-on: ${inputs.failOn})`
  )
  if (failed) {
    const what = inputs.failOn === 'warning' ? 'errors or warnings' : 'errors'
    core.setFailed(`report-lint found ${what}: ${plural(total.errors + unreadable, 'error')}, ${plural(total.warnings, 'warning')} (fail-on: ${inputs.failOn}).`)
  }
}

async function chooseTargets(
  client: GitHubClient | null,
  event: RunEvent,
  inputs: ActionInputs,
  warnings: string[]
): Promise<{ targets: ChangedFile[]; scope: string }> {
  const matches = createMatcher(inputs.files)
  let changed: ChangedFile[] | null = null
  if (inputs.onlyChanged && (event.pull || event.push)) {
    if (!client) warnings.push('No github-token was given, so report-lint cannot ask GitHub what changed; it lints every matching file instead.')
    else {
      try {
        changed = await listChangedFiles(client, event)
      } catch (error) {
        warnings.push(`report-lint could not list the changed files (${describeFailure(error)}); it lints every matching file in the workspace instead.`)
      }
    }
  }
  if (changed) {
    return { targets: changed.filter((f) => matches(f.path)), scope: event.pull ? 'changed in this pull request' : 'changed by this push' }
  }
  return { targets: findFiles(event.workspace, inputs.files).map((path) => ({ path, lines: null })), scope: 'in the workspace' }
}

function lintTarget(workspace: string, path: string, config: Config): FileResult {
  const absolute = join(workspace, path)
  if (!existsSync(absolute)) {
    return unreadable(path, "is not in the workspace: did actions/checkout run before report-lint, at the pull request's commit?", config)
  }
  return lintFile(absolute, path, config, localRepo(absolute, workspace))
}

async function comment(
  client: GitHubClient | null,
  event: RunEvent,
  inputs: ActionInputs,
  markdown: MarkdownContext,
  failed: boolean,
  warnings: string[],
  notes: string[]
): Promise<void> {
  const fork = event.name === 'pull_request' && event.pull && event.pull.headRepo !== '' && event.pull.headRepo !== event.pull.baseRepo
  if (fork) {
    notes.push(FORK_NOTE)
    core.notice(FORK_NOTE)
    return
  }
  if (!client) return
  const hasFindings = markdown.results.length > 0
  try {
    const outcome = await upsertStickyComment(client, event, commentMarkdown(markdown), hasFindings && (inputs.comment === 'always' || failed))
    core.info(outcome.action === 'skipped' ? `PR comment: not written (${outcome.reason})` : `PR comment ${outcome.action}: #${outcome.id}`)
  } catch (error) {
    const message = commentFailure(error)
    warnings.push(message)
    notes.push(message)
  }
}

function annotate(results: FileResult[], targets: ChangedFile[], failed: boolean, warningsUsed: number, noticeUsed: boolean): void {
  const lines = new Map(targets.map((t) => [t.path, t.lines]))
  const candidates: Candidate[] = results.flatMap((r) =>
    r.findings.map((finding) => ({ path: r.path, finding, inChange: touches(finding, lines.get(r.path) ?? null) }))
  )
  const unreadable = results.filter((r) => r.error !== undefined).length
  // setFailed and unreadable files print error annotations of their own; operational warnings are warnings.
  const room = {
    error: PER_STEP - (failed ? 1 : 0) - unreadable,
    warning: PER_STEP - warningsUsed,
    notice: PER_STEP - (noticeUsed ? 1 : 0)
  }
  for (const a of planAnnotations(candidates, room)) core[a.level](a.message, a.properties)
}

async function writeSummary(markdown: MarkdownContext): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(summaryMarkdown(markdown), true).write({ overwrite: false })
  } catch (error) {
    core.warning(`report-lint could not write the job summary: ${(error as Error).message}`)
  }
}

/** The findings in full, in the log; report text is quoted, so workflow commands in it are switched off. */
function logFindings(results: FileResult[]): void {
  if (!results.length) return
  const token = randomUUID()
  core.startGroup('All findings')
  process.stdout.write(`::stop-commands::${token}\n`)
  process.stdout.write(formatText(results))
  process.stdout.write(`::${token}::\n`)
  core.endGroup()
}

function lineUrl(event: RunEvent, path: string, line: number): string {
  const file = path.split('/').map(encodeURIComponent).join('/')
  return `${event.serverUrl}/${event.owner}/${event.repo}/blob/${event.sha}/${file}#L${line}`
}
