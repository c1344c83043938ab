import { ConfigError, checkProfile, checkWordCount, profileIds } from '../config/config.js'
import type { WordCountMode } from '../types/results.js'
import { closest, suggest } from '../util/suggest.js'

export const FORMATS = ['text', 'json', 'sarif', 'csv'] as const
export type Format = (typeof FORMATS)[number]

export interface CliArgs {
  files: string[]
  format: Format
  profile: string | null
  wordCount: WordCountMode | null
  config: string | null
  help: boolean
  version: boolean
  listRules: boolean
  configSchema: boolean
  /** Write the fixes into the files (`--fix`). */
  fix: boolean
  /** Print the fixes as a unified diff and change nothing (`--fix-dry-run`, `--diff`). */
  fixDryRun: boolean
}

export const DEFAULT_FILES = ['reports/README.md']

interface OptionSpec {
  short?: string
  long: string
  /** What the value is, for the help; absent for a flag. */
  value?: string
  key: Exclude<keyof CliArgs, 'files'>
  help: string
}

const OPTIONS: OptionSpec[] = [
  { short: 'f', long: 'format', value: FORMATS.join('|'), key: 'format', help: 'output format (default: text); csv: one row per report' },
  {
    short: 'p',
    long: 'profile',
    value: 'name',
    key: 'profile',
    help: `template era: ${profileIds().join(', ')} (default: auto)`
  },
  {
    short: 'w',
    long: 'word-count',
    value: 'grader|rendered',
    key: 'wordCount',
    help: 'grader counts as the course checker does (default); rendered counts words a reader sees'
  },
  { short: 'c', long: 'config', value: 'file', key: 'config', help: 'configuration file (default: .report-lint.json when it exists)' },
  { long: 'fix', key: 'fix', help: 'repair in place what report-lint can repair safely (see docs/rules.md, "Fixes")' },
  { long: 'fix-dry-run', key: 'fixDryRun', help: 'print those repairs as a unified diff (for git apply); change nothing' },
  { long: 'diff', key: 'fixDryRun', help: 'the same as --fix-dry-run' },
  { long: 'list-rules', key: 'listRules', help: 'list every rule with its default severity (text or json)' },
  { long: 'config-schema', key: 'configSchema', help: 'print the JSON Schema of .report-lint.json' },
  { short: 'h', long: 'help', key: 'help', help: 'show this help' },
  { short: 'v', long: 'version', key: 'version', help: 'show the version' }
]

const names = (o: OptionSpec) => [o.short ? `-${o.short}` : null, `--${o.long}`].filter((n): n is string => n !== null)
const ALL_NAMES = OPTIONS.flatMap(names)

function usage(): string {
  const left = OPTIONS.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.long}${o.value ? ` <${o.value}>` : ''}`)
  const width = Math.max(...left.map((l) => l.length))
  return [
    'Usage: report-lint [options] [files or globs...]',
    '',
    'Lints DTU 02476 MLOps exam reports (default: reports/README.md). Quote globs to let',
    "report-lint expand them: 'groups/*/reports/README.md'.",
    '',
    'Options:',
    ...OPTIONS.map((o, i) => `  ${left[i].padEnd(width)}  ${o.help}`),
    '',
    'Short options take their value attached or separate: -fjson, -f json, --format=json.',
    '',
    'Exit status: 0 no errors, 1 errors found, 2 usage error or a file that cannot be read.',
    'With --fix or --diff, the errors that remain after the repairs count.'
  ].join('\n')
}

export const USAGE = usage()

/** Parses the command line; a mistake throws a ConfigError with a one-line message. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    files: [],
    format: 'text',
    profile: null,
    wordCount: null,
    config: null,
    help: false,
    version: false,
    listRules: false,
    configSchema: false,
    fix: false,
    fixDryRun: false
  }
  let onlyFiles = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      args.files.push(arg)
      continue
    }
    if (arg === '--') {
      onlyFiles = true
      continue
    }
    // --name=value, --name value, -xvalue, -x value.
    let name: string
    let inline: string | null = null
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      name = eq < 0 ? arg : arg.slice(0, eq)
      if (eq >= 0) inline = arg.slice(eq + 1)
    } else {
      // `-format` is a long option with one dash, not `-f` with the value `ormat`.
      const long = OPTIONS.find((o) => arg.slice(1).split('=')[0] === o.long)
      if (long) throw new ConfigError(`unknown option ${plain(arg.split('=')[0])} (did you mean "--${long.long}"?) (see report-lint --help)`)
      name = arg.slice(0, 2)
      if (arg.length > 2) inline = arg.slice(2).replace(/^=/, '')
    }
    const spec = OPTIONS.find((o) => names(o).includes(name))
    if (!spec) {
      const hint = name.startsWith('--') ? suggest(name, ALL_NAMES.filter((n) => n.startsWith('--'))) : ''
      throw new ConfigError(`unknown option ${plain(name)}${hint} (see report-lint --help)`)
    }
    if (!spec.value) {
      if (inline !== null) throw new ConfigError(`option ${name} takes no value (see report-lint --help)`)
      ;(args[spec.key] as boolean) = true
      continue
    }
    const value = inline ?? argv[++i]
    if (value === undefined) throw new ConfigError(`option ${name} needs a value (see report-lint --help)`)
    if (spec.key === 'format') args.format = checkFormat(value)
    else if (spec.key === 'profile') args.profile = checkProfile(value, `--profile`)
    else if (spec.key === 'wordCount') args.wordCount = checkWordCount(value, '--word-count')
    else if (spec.key === 'config') args.config = value
  }
  if (args.fix && args.fixDryRun) throw new ConfigError('--fix writes the repairs and --fix-dry-run (--diff) only shows them: give one of them (see report-lint --help)')
  if (args.fixDryRun && args.format !== 'text') throw new ConfigError(`--fix-dry-run (--diff) prints a unified diff, not ${args.format} (see report-lint --help)`)
  if (!args.files.length) args.files = [...DEFAULT_FILES]
  return args
}

function checkFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format
  const near = closest(value, FORMATS)
  throw new ConfigError(`--format must be one of ${FORMATS.join(', ')}, not ${show(value)}${near ? ` (did you mean "${near}"?)` : ''}`)
}

/** A value shown in a message: quoted, control characters visible, cut when long. */
function show(text: string): string {
  const json = JSON.stringify(text)
  return json.length > 60 ? `${json.slice(0, 56)}..."` : json
}

/** An option name as typed, unless it holds anything but letters, digits and dashes. */
function plain(name: string): string {
  return /^-{1,2}[\w-]{0,40}$/.test(name) ? name : show(name)
}
