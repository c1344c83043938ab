import * as core from '@actions/core'
import { ConfigError, checkProfile, checkWordCount } from '../config/config.js'
import type { WordCountMode } from '../types/results.js'

export type FailOn = 'error' | 'warning' | 'never'
export type CommentMode = 'always' | 'on-failure' | 'never'

export interface ActionInputs {
  files: string[]
  profile: string | null
  wordCount: WordCountMode | null
  failOn: FailOn
  comment: CommentMode
  annotations: boolean
  /** On a pull request, post fixes as suggested changes in a review (the rest go into the summary's patch). */
  suggestions: boolean
  /** Lint only the files the change touches (pull_request, push), or every matching file. */
  onlyChanged: boolean
  token: string
  /** Path of the configuration file, relative to the workspace; null for the default (used when it exists). */
  config: string | null
}

export const DEFAULT_FILES = ['**/reports/README.md', '**/report.md']

/** Reads and checks every input; a bad one is a ConfigError naming the input and what it accepts. */
export function readInputs(): ActionInputs {
  const files = core
    .getInput('files')
    .split(/[\n,]/)
    .map((f) => f.trim())
    .filter(Boolean)
  const profile = core.getInput('profile').trim()
  const wordCount = core.getInput('word-count').trim()
  const config = core.getInput('config').trim()
  return {
    files: files.length ? files : DEFAULT_FILES,
    profile: profile ? checkProfile(profile, 'input profile') : null,
    wordCount: wordCount ? checkWordCount(wordCount, 'input word-count') : null,
    failOn: oneOf('fail-on', ['error', 'warning', 'never'], 'error'),
    comment: oneOf('comment', ['always', 'on-failure', 'never'], 'always'),
    annotations: flag('annotations', true),
    suggestions: flag('suggestions', true),
    onlyChanged: flag('only-changed', true),
    token: core.getInput('github-token').trim(),
    config: config || null
  }
}

function flag(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (!value) return fallback
  if (value !== 'true' && value !== 'false') throw new ConfigError(`input ${name} must be true or false, not "${value}"`)
  return value === 'true'
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`)
  }
  return value as T
}
