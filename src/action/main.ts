import * as core from '@actions/core'
import { join } from 'node:path'
import { ConfigError, type Config } from '../config/config.js'
import { DEFAULT_CONFIG_FILE, loadConfigFile } from '../config/load-config.js'
import { formatText, totalSummary } from '../format/text.js'
import { lintFile, unreadable } from '../lint/lint-file.js'
import { localRepo } from '../lint/local-repo.js'
import type { FileResult } from '../types/results.js'
import { containedPath, isDirectory, isSymbolicLink, PATH_MAX_BYTES, refusal } from '../util/contained.js'
import { createListedMatcher, findFiles } from '../util/glob.js'
import { plural } from '../util/plural.js'
import { shorten } from '../util/code-span.js'
import { VERSION } from '../version.js'
import { affectedReports, type Target } from './affected.js'
import { planAnnotations, touches, PER_STEP, type Candidate } from './annotations.js'
import { lookUpChanges } from './changed-files.js'
import { readRunEvent, type RunEvent } from './event.js'
import { ApiBudgetSpent, apiOptionsFromEnv, createApi, type Api, type ApiOptions } from './github-api.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { planFixes, patchOf, MAX_SUGGESTIONS, type FilePlan, type PlannedFix } from './fix-plan.js'
import { commentFailure, FORK_NOTE, suggestionFailure } from './messages.js'
import { commentMarkdown, summaryMarkdown, type MarkdownContext } from './report-markdown.js'
import { writeResultsFile } from './results-file.js'
import { annotate, debug, fail, group, info, infoLines } from './runner-output.js'
import { upsertSuggestions } from './review.js'
import { upsertStickyComment } from './sticky-comment.js'

/** What to lint and why. */
interface Plan {
  targets: Target[]
  scope: string
  /** Set when neither the checkout's history nor the API could say what changed: every report is linted, none fails the check. */
  unknownChange: string | null
}

/** Why a file is not read, as the rest of a sentence that begins with its path. */

const FOLDER_LINK =
  'is a symbolic link to a folder; report-lint does not follow links to folders, so no report in it is linted. Commit the folder itself, or set `files` to the folder the link leads to'
const NOT_CHECKED_OUT = "is not in the workspace: did actions/checkout run before report-lint, at the pull request's commit?"

/** The action: lint the reports this run concerns and report on GitHub. Never throws. */
export async function run(): Promise<void> {
  let inputs: ActionInputs
  let config: Config
  let configFile: string
  const event = readRunEvent()
  try {
    inputs = readInputs()
    configFile = inputs.config ?? DEFAULT_CONFIG_FILE
    config = loadConfig(event.workspace, inputs.config)
    if (inputs.profile) config.profile = inputs.profile
    if (inputs.wordCount) config.wordCount = inputs.wordCount
  } catch (error) {
    fail(`report-lint: ${(error as Error).message}`)
    return
  }
  const apiOptions = apiOptionsFromEnv(debug)
  const api = inputs.token ? createApi(inputs.token, apiOptions) : null
  const warnings: string[] = []
  const notes: string[] = []

  const plan = await planTargets(api, event, inputs, configFile, apiOptions)
  const { targets, scope } = plan
  info(`report-lint ${VERSION}: ${event.name || 'local run'}; ${targets.length ? `${plural(targets.length, 'report')} ${scope}:` : `no report ${scope}`}`)
  for (const t of targets) info(`  ${shorten(t.path)}${t.because ? ` (${t.because})` : ''}`)

  const results = targets.map((t) => lintTarget(event.workspace, t.path, config))
  const total = totalSummary(results.filter((r) => r.error === undefined))
  const unreadableCount = results.filter((r) => r.error !== undefined).length
  const findingsFail = inputs.failOn !== 'never' && (total.errors + unreadableCount > 0 || (inputs.failOn === 'warning' && total.warnings > 0))
  // Reports the change may not have touched never fail the check.
  const failed = findingsFail && plan.unknownChange === null
  if (plan.unknownChange !== null) {
    const found = `${plural(total.errors + unreadableCount, 'error')}, ${plural(total.warnings, 'warning')}`
    warnings.push(
      `report-lint could not tell which files this ${changeName(event)} changes: ${plan.unknownChange}. ` +
        `It linted every matching report in the workspace (${found}) and does not fail the check on reports the change may not have touched.`
    )
  }

  const markdown: MarkdownContext = {
    results,
    patterns: inputs.files,
    scope,
    lineLink: event.owner && event.sha ? (path, line) => lineUrl(event, path, line) : null,
    ruleLink: event.actionUrl ? (ruleId) => `${event.actionUrl}/docs/rules.md#${ruleId}` : null,
    notes,
    runUrl: event.runUrl,
    sha: event.sha,
    because: new Map(targets.filter((t) => t.because).map((t) => [t.path, `Linted because ${t.because}.`]))
  }
  if (event.pull && inputs.comment !== 'never') {
    await comment(api, apiOptions, event, inputs, markdown, failed, warnings, notes)
  }
  // Fixes: suggested changes on the pull request's lines, the rest as one patch in the summary.
  const changed = new Map(targets.map((t) => [t.path, t.lines]))
  const plans = planFixes(event.workspace, results, (path) => changed.get(path) ?? null)
  const suggested = await suggest(api, apiOptions, event, inputs, plans, warnings, notes)
  const rest = plans.flatMap((p) => p.fixes).filter((f) => !suggested.has(f))
  markdown.patch = rest.length ? { text: patchOf(plans, (f) => !suggested.has(f)), fixes: rest.length, suggested: suggested.size } : null

  // Every step below works without GitHub's API, so the verdict and the findings always arrive.
  for (const w of warnings) annotate('warning', w)
  if (!targets.length) annotate('notice', `No report ${scope}; nothing to lint (looked for ${inputs.files.join(', ')}).`)
  if (inputs.annotations) annotateFindings(results, targets, failed, warnings.length, !targets.length)
  for (const r of results) {
    // A path no file system allows cannot be shown on a file; it is named (shortened) in the message instead.
    const file = Buffer.byteLength(r.path) <= PATH_MAX_BYTES ? { file: r.path } : {}
    if (r.error !== undefined) annotate('error', `${shorten(r.path)} ${r.error}`, { title: 'report-lint', ...file })
  }
  await writeSummary(markdown)
  logFindings(results)

  core.setOutput('errors', total.errors + unreadableCount)
  core.setOutput('warnings', total.warnings)
  core.setOutput('passed', total.passed)
  core.setOutput('total', total.total)
  core.setOutput('result', failed ? 'fail' : 'pass')
  try {
    core.setOutput('json', writeResultsFile(results))
  } catch (error) {
    annotate('warning', `report-lint could not write its JSON results file: ${(error as Error).message}`)
  }
  info(
    `report-lint: ${plural(results.length, 'report')}; ${plural(total.passed, 'question')} of ${total.total} pass; ` +
      `${plural(total.errors + unreadableCount, 'error')}, ${plural(total.warnings, 'warning')}; result: ${failed ? 'fail' : 'pass'} (fail-on: ${inputs.failOn})`
  )
  if (failed) {
    const what = inputs.failOn === 'warning' ? 'errors or warnings' : 'errors'
    fail(`report-lint found ${what}: ${plural(total.errors + unreadableCount, 'error')}, ${plural(total.warnings, 'warning')} (fail-on: ${inputs.failOn}).`)
  }
}

/**
 * The configuration: the file named by the `config` input, else `.report-lint.json` when it
 * exists. A file outside the workspace, or reached through a link that leads out of it, is
 * refused before it is read.
 */
function loadConfig(workspace: string, input: string | null): Config {
  const file = input ?? DEFAULT_CONFIG_FILE
  const place = containedPath(workspace, file)
  // A missing file is loadConfigFile's to judge (the default file is optional); a broken link is not.
  if (!place.ok && (place.why !== 'missing' || isSymbolicLink(join(workspace, file)))) {
    throw new ConfigError(`${shorten(file)}: the configuration file ${refusal(workspace, file, place)}`)
  }
  return loadConfigFile(input, workspace)
}

async function planTargets(api: Api | null, event: RunEvent, inputs: ActionInputs, configFile: string, options: ApiOptions): Promise<Plan> {
  const all = () => findFiles(event.workspace, inputs.files, true)
  const everything = (unknownChange: string | null): Plan => ({
    targets: all().map((path) => ({ path, lines: null, because: null })),
    scope: 'in the workspace',
    unknownChange
  })
  if (!inputs.onlyChanged) return everything(null)
  const lookup = await lookUpChanges(api, event, options)
  if (lookup.kind === 'none') return everything(null)
  if (lookup.kind === 'unknown') return everything(lookup.why)
  const what = changeName(event)
  debug(`changed files from the ${lookup.list.source}: ${lookup.list.changes.length}`)
  return {
    targets: affectedReports(event.workspace, createListedMatcher(event.workspace, inputs.files), all, lookup.list, configFile, what),
    scope: `affected by this ${what}`,
    unknownChange: null
  }
}

function changeName(event: RunEvent): string {
  return event.pull ? 'pull request' : 'push'
}

/** Lints one report, read only when it really is inside the workspace (no link out of it). */
function lintTarget(workspace: string, path: string, config: Config): FileResult {
  const place = containedPath(workspace, path)
  if (!place.ok) {
    const why = place.why === 'missing' && !isSymbolicLink(join(workspace, path)) ? NOT_CHECKED_OUT : refusal(workspace, path, place)
    return unreadable(path, why, config)
  }
  // A link to a folder the globs reach into (see findFiles): what it leads to is not walked.
  if (isDirectory(place.real)) return unreadable(path, FOLDER_LINK, config)
  return lintFile(place.real, path, config, localRepo(join(workspace, path), workspace))
}

async function comment(
  api: Api | null,
  options: ApiOptions,
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
    annotate('notice', FORK_NOTE)
    return
  }
  if (!api) return
  const hasFindings = markdown.results.length > 0
  try {
    // Once the API's time is spent, the results go out without the comment, with one warning.
    if (api.budget.spent) throw new ApiBudgetSpent(api.budget.totalMs)
    const outcome = await upsertStickyComment(api.client, event, commentMarkdown(markdown), hasFindings && (inputs.comment === 'always' || failed))
    info(outcome.action === 'skipped' ? `PR comment: not written (${outcome.reason})` : `PR comment ${outcome.action}: #${outcome.id}`)
  } catch (error) {
    const message = commentFailure(error, options)
    // The API's time may already have run out while listing the changed files: then that warning says it all.
    const earlier = error instanceof ApiBudgetSpent ? warnings.findIndex((w) => w.includes(error.message)) : -1
    if (earlier >= 0) warnings[earlier] += ' The pull request comment is not written either.'
    else warnings.push(message)
    notes.push(message)
  }
}

/**
 * Posts the fixes on lines the pull request changes as suggested changes in one review; returns
 * those posted. Nothing is posted from a fork (read-only token), without a token, or with the
 * `suggestions` input false; a failure is one warning, and those fixes go into the patch.
 */
async function suggest(
  api: Api | null,
  options: ApiOptions,
  event: RunEvent,
  inputs: ActionInputs,
  plans: FilePlan[],
  warnings: string[],
  notes: string[]
): Promise<Set<PlannedFix>> {
  const all = plans.flatMap((p) => p.fixes)
  const chosen = all.filter((f) => f.inDiff).slice(0, MAX_SUGGESTIONS)
  // As for the comment: a pull_request from a fork gets a read-only token.
  const fork = event.name === 'pull_request' && event.pull !== null && event.pull.headRepo !== '' && event.pull.headRepo !== event.pull.baseRepo
  if (!event.pull || !api || !inputs.suggestions || fork || !chosen.length) return new Set()
  try {
    if (api.budget.spent) throw new ApiBudgetSpent(api.budget.totalMs)
    const outcome = await upsertSuggestions(api.client, event, chosen, all.length - chosen.length)
    if (outcome.action === 'skipped') {
      info(`Suggested changes: not posted (${outcome.reason})`)
      return new Set()
    }
    info(`Suggested changes: ${plural(chosen.length, 'fix', 'fixes')} in review #${outcome.id} (${outcome.action})`)
    return new Set(chosen)
  } catch (error) {
    const message = suggestionFailure(error, options)
    warnings.push(message)
    notes.push(message)
    return new Set()
  }
}

function annotateFindings(results: FileResult[], targets: Target[], failed: boolean, warningsUsed: number, noticeUsed: boolean): void {
  const lines = new Map(targets.map((t) => [t.path, t.lines]))
  const candidates: Candidate[] = results.flatMap((r) =>
    r.findings.map((finding) => ({ path: r.path, finding, inChange: touches(finding, lines.get(r.path) ?? null) }))
  )
  const unreadableCount = results.filter((r) => r.error !== undefined).length
  // setFailed and unreadable files print error annotations of their own; operational warnings are warnings.
  const room = {
    error: PER_STEP - (failed ? 1 : 0) - unreadableCount,
    warning: PER_STEP - warningsUsed,
    notice: PER_STEP - (noticeUsed ? 1 : 0)
  }
  for (const a of planAnnotations(candidates, room)) annotate(a.level, a.message, a.properties)
}

async function writeSummary(markdown: MarkdownContext): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(summaryMarkdown(markdown), true).write({ overwrite: false })
  } catch (error) {
    annotate('warning', `report-lint could not write the job summary: ${(error as Error).message}`)
  }
}

/** The findings in full, in the log: every line made inert, as all of the action's output is. */
function logFindings(results: FileResult[]): void {
  if (!results.length) return
  const shown = results.map((r) => ({ ...r, path: shorten(r.path) }))
  group('All findings', () => infoLines(formatText(shown).replace(/\n$/, '').split('\n')))
}

function lineUrl(event: RunEvent, path: string, line: number): string {
  // encodeURIComponent leaves ( ) ' ! * alone; an unbalanced ) would end the Markdown link early.
  const file = path
    .split('/')
    .map((name) => encodeURIComponent(name).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/')
  return `${event.serverUrl}/${event.owner}/${event.repo}/blob/${event.sha}/${file}#L${line}`
}
