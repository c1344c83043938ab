import { execFileSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { changedLines, type Change } from './changes.js'
import type { RunEvent } from './event.js'

export type GitChanges = { ok: true; changes: Change[]; lines: (path: string) => Set<number> | null } | { ok: false; why: string }

const NO_COMMIT = /^0+$/
const STATUS: Record<string, Change['status']> = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' }

/**
 * The files this run's change touches, from the checkout's own git history, or why the
 * checkout cannot tell. On pull_request, actions/checkout checks out the merge commit GitHub
 * makes (`refs/pull/N/merge`); with `fetch-depth: 2` its first parent, the base branch, is
 * there too, and the change is the difference between them. On push, the commits before and
 * after the push must both be there (`fetch-depth: 0`, or deep enough).
 *
 * Git runs without a pager, external diff or text conversion, reads no pathspec magic, and
 * never touches the network; file names come NUL-separated, so any byte in a name is safe.
 */
export function gitChanges(workspace: string, event: RunEvent): GitChanges {
  const git = (...args: string[]) => runGit(workspace, args)
  let top: string
  try {
    top = git('rev-parse', '--show-toplevel').trim()
  } catch (error) {
    const why = gitError(error)
    return { ok: false, why: /not a git repository/i.test(why) ? 'the workspace is not a git checkout' : `git cannot read the workspace (${why})` }
  }
  if (!sameDirectory(top, workspace)) return { ok: false, why: 'the git checkout is in a folder below the workspace, not the workspace itself' }

  let base: string
  let head: string
  try {
    if (event.pull) {
      const [commit, ...parents] = git('rev-list', '--parents', '-n', '1', 'HEAD').trim().split(/\s+/)
      if (event.runSha && commit !== event.runSha) {
        return {
          ok: false,
          why: `the checkout is not the merge commit GitHub made for the pull request (refs/pull/${event.pull.number}/merge, ${event.runSha.slice(0, 7)}) but ${commit.slice(0, 7)}`
        }
      }
      if (parents.length === 0) {
        return {
          ok: false,
          why: "the checkout has the pull request's merge commit without its parents (actions/checkout fetches one commit unless `fetch-depth: 2` is set)"
        }
      }
      if (parents.length !== 2) {
        return {
          ok: false,
          why: `the checked-out commit ${commit.slice(0, 7)} is not the merge commit GitHub makes for the pull request (refs/pull/${event.pull.number}/merge; on pull_request_target, actions/checkout checks out the base branch)`
        }
      }
      ;[base, head] = [parents[0], commit]
    } else if (event.push && !NO_COMMIT.test(event.push.before) && !NO_COMMIT.test(event.push.after)) {
      ;[base, head] = [event.push.before, event.push.after]
      for (const commit of [base, head]) {
        if (!hasCommit(workspace, commit)) {
          return { ok: false, why: `the checkout does not have commit ${commit.slice(0, 7)} of the push (set \`fetch-depth: 0\` on actions/checkout)` }
        }
      }
    } else {
      return { ok: false, why: 'this event has no change to compare' }
    }
  } catch (error) {
    return { ok: false, why: `git could not read the checkout's history (${gitError(error)})` }
  }

  let raw: string
  try {
    raw = git('diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', '--no-color', base, head)
  } catch (error) {
    return { ok: false, why: `git could not compare the commits (${gitError(error)})` }
  }
  return {
    ok: true,
    changes: parseNameStatus(raw),
    lines: (path) => {
      try {
        return changedLines(git('diff', '-U0', '--no-ext-diff', '--no-textconv', '--no-color', base, head, '--', path))
      } catch {
        return null
      }
    }
  }
}

/** `git diff --name-status -z`: a status, then one name (two for renames and copies), NUL-separated. */
export function parseNameStatus(raw: string): Change[] {
  const fields = raw.split('\0')
  const changes: Change[] = []
  for (let i = 0; i + 1 < fields.length; ) {
    const code = fields[i++]
    const status = STATUS[code[0]] ?? 'changed'
    if (code[0] === 'R' || code[0] === 'C') {
      const previous = fields[i++]
      const path = fields[i++]
      if (path === undefined) break
      changes.push({ path, status, previous })
    } else {
      changes.push({ path: fields[i++], status, previous: null })
    }
  }
  return changes
}

function runGit(workspace: string, args: string[]): string {
  return execFileSync('git', ['-c', `safe.directory=${workspace}`, '-c', 'core.quotepath=off', '--no-pager', ...args], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: 10_000,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_LITERAL_PATHSPECS: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
  })
}

function hasCommit(workspace: string, commit: string): boolean {
  try {
    runGit(workspace, ['cat-file', '-e', `${commit}^{commit}`])
    return true
  } catch {
    return false
  }
}

function sameDirectory(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b)
  } catch {
    return false
  }
}

/** Git's own first line of complaint, or why git did not run. */
function gitError(error: unknown): string {
  const failure = error as { code?: string; stderr?: string; message?: string }
  if (failure.code === 'ENOENT') return 'git is not installed'
  if (failure.code === 'ETIMEDOUT') return 'git took too long'
  const first = (failure.stderr ?? '').split('\n').find((l) => l.trim())
  return (first ?? failure.message ?? String(error)).replace(/^fatal: /, '').trim()
}
