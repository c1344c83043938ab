import { ConfigError, checkProfile, checkWordCount } from '../config/config.js'
import type { WordCountMode } from '../types/results.js'

export interface CliArgs {
  files: string[]
  format: 'text' | 'json' | 'sarif'
  profile: string | null
  wordCount: WordCountMode | null
  config: string | null
  help: boolean
  version: boolean
  listRules: boolean
}

export const DEFAULT_FILES = ['reports/README.md']

export const USAGE = `Usage: report-lint [options] [files or globs...]

Lints DTU 02476 MLOps exam reports (default: reports/README.md).

Options:
  -f, --format <text|json|sarif>  output format (default: text)
  -p, --profile <name|auto>       template era: auto, 2023-01, 2023-2024, 2024-12, 2025, 2026, prompts (default: auto)
  -w, --word-count <grader|rendered>
                                  grader counts as the course checker does (default); rendered counts words a reader sees
  -c, --config <file>             configuration file (default: .report-lint.json when it exists)
      --list-rules                list every rule with its default severity
  -h, --help                      show this help
  -v, --version                   show the version

Exit status: 0 no errors, 1 errors found, 2 usage error or a file that cannot be read.`

const VALUE_OPTIONS: Record<string, keyof CliArgs> = {
  '-f': 'format',
  '--format': 'format',
  '-p': 'profile',
  '--profile': 'profile',
  '-w': 'wordCount',
  '--word-count': 'wordCount',
  '-c': 'config',
  '--config': 'config'
}
const FLAG_OPTIONS: Record<string, keyof CliArgs> = {
  '-h': 'help',
  '--help': 'help',
  '-v': 'version',
  '--version': 'version',
  '--list-rules': 'listRules'
}

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
    listRules: false
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
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null]
    const flag = FLAG_OPTIONS[name]
    if (flag) {
      ;(args[flag] as boolean) = true
      continue
    }
    const key = VALUE_OPTIONS[name]
    if (!key) throw new ConfigError(`unknown option ${name} (see report-lint --help)`)
    const value = inline ?? argv[++i]
    if (value === undefined) throw new ConfigError(`option ${name} needs a value (see report-lint --help)`)
    if (key === 'format') {
      if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new ConfigError(`--format must be "text", "json" or "sarif", not "${value}"`)
      args.format = value
    } else if (key === 'profile') args.profile = checkProfile(value, '--profile')
    else if (key === 'wordCount') args.wordCount = checkWordCount(value, '--word-count')
    else if (key === 'config') args.config = value
  }
  if (!args.files.length) args.files = [...DEFAULT_FILES]
  return args
}
