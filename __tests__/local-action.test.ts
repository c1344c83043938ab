import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ROOT } from './helpers/run-action.js'
import { tempTree } from './helpers/temp.js'

/** `cp .env.example .env && npm run local-action`, as the README's development section says. */
describe('npm run local-action with .env.example', () => {
  const scratch = tempTree()
  afterAll(() => scratch.cleanup())

  it('runs the action from its TypeScript sources on the failing example and prints its outputs', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8')
    // The same file, with the results written to a scratch folder instead of .cache/.
    const env = scratch.write('.env', example.replace(/^(LOCAL_ACTION_WORKSPACE|RUNNER_TEMP)=.*$/gm, `$1="${scratch.dir}"`))
    const node24 = process.env.REPORT_LINT_NODE24!
    // The npm script, with this .env in place of the developer's own.
    const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['local-action']
    expect(script).toBe('local-action . src/action/main.ts .env')
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'local-action'), ['.', 'src/action/main.ts', env], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${dirname(node24)}:${process.env.PATH}` },
      encoding: 'utf8'
    })
    const outputs = Object.fromEntries([...run.stdout.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)].map((m) => [m[1], m[2]]))
    expect([run.status, outputs]).toEqual([0, { errors: '4', warnings: '4', passed: '27', total: '31', result: 'fail', json: join(scratch.dir, 'report-lint', 'results.json') }])
    expect(run.stdout).toContain('::error::report-lint found errors: 4 errors, 4 warnings (fail-on: error).')
    expect(JSON.parse(readFileSync(outputs.json, 'utf8')).files[0].path).toBe('reports/README.md')
  }, 120000)
})
