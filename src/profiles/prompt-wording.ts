import type { Profile } from './profiles.js'

/**
 * A few words each question's prompt has in the course templates, to recognise a prompt whose
 * `### Question N` is lost or written another way before report-lint puts the heading back.
 * Questions 1-19 are the same in every era; from Question 20 on the 27- and 31-question
 * templates ask different things. Matched case-insensitively against the prompt's text.
 */
const FIRST_19: RegExp[] = [
  /group number/,
  /study number/,
  /framework|third[- ]party|open[- ]source|package/,
  /dependenc/,
  /cookiecutter|structure/,
  /code quality|format|typing/,
  /\btests?\b/,
  /coverage/,
  /branch|pull request/,
  /\bdvc\b|version control/,
  /continu\w* integration|\bci\b/,
  /config/,
  /reproduc/,
  /screenshot|experiment tracking/,
  /docker/,
  /debug/,
  /services/,
  /compute engine/,
  /bucket/
]
const REST_27: RegExp[] = [/registry/, /cloud build/, /deploy/, /monitor/, /credits/, /architecture/, /struggle/, /contribution/]
const REST_31: RegExp[] = [
  /registry/,
  /cloud build/,
  /vertex|train\w*[^.?]*cloud/,
  /\bapi\b/,
  /deploy/,
  /load test|unit test/,
  /monitor/,
  /credits/,
  /extra/,
  /architecture/,
  /struggle/,
  /contribution/
]

const insensitive = (patterns: RegExp[]) => patterns.map((p) => new RegExp(p.source, 'i'))
const WORDING: Record<number, RegExp[]> = { 27: insensitive([...FIRST_19, ...REST_27]), 31: insensitive([...FIRST_19, ...REST_31]) }

/**
 * True when `prompt` reads like Question `n`'s prompt in the template of `profile`. False for the
 * `prompts` profile (no template to compare with), for an empty prompt and for numbers the
 * template does not have.
 */
export function promptReadsAs(profile: Profile, n: number, prompt: string): boolean {
  const pattern = profile.checker ? WORDING[profile.checker]?.[n - 1] : undefined
  return !!pattern && prompt.trim() !== '' && pattern.test(prompt)
}
