import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseConfig } from '../src/config/config.js'
import { CONFIG_SCHEMA_PATH, CONFIG_SCHEMA_URL, configSchema } from '../src/config/schema.js'
import { RULES } from '../src/rules/index.js'
import { ruleMeta } from '../src/rules/types.js'
import { REPOSITORY_URL, VERSION } from '../src/version.js'
import { ROOT } from './helpers/run-action.js'

const file = join(ROOT, CONFIG_SCHEMA_PATH)
const generated = `${JSON.stringify(configSchema(), null, 2)}\n`

describe('the configuration schema', () => {
  it('is shipped as schema/report-lint.schema.json, exactly as the rules and profiles define it (npm run package writes it)', () => {
    expect(readFileSync(file, 'utf8')).toBe(generated)
  })

  it('is a valid draft-07 JSON Schema, named by its released address', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'))
    const ajv = new Ajv({ strict: false })
    expect(ajv.validateSchema(schema)).toBe(true)
    expect(schema.$id).toBe(CONFIG_SCHEMA_URL)
    expect(CONFIG_SCHEMA_URL).toBe(`https://raw.githubusercontent.com/report-lint/report-lint/v${VERSION}/schema/report-lint.schema.json`)
  })

  it('has every rule, with its docs link, and every option with its JSON Schema and default', () => {
    const schema = configSchema() as { properties: { rules: { properties: Record<string, { description: string; anyOf: { properties?: Record<string, unknown> }[] }> } } }
    const rules = schema.properties.rules.properties
    expect(Object.keys(rules)).toEqual(RULES.map((r) => r.id))
    for (const rule of RULES) {
      const meta = ruleMeta(rule)
      expect(meta.docs).toBe(`${REPOSITORY_URL}/blob/v${VERSION}/docs/rules.md#${rule.id}`)
      expect(rules[rule.id].description).toContain(meta.docs)
      expect(Object.keys(rules[rule.id].anyOf[2].properties!)).toEqual(['severity', ...Object.keys(rule.options ?? {})])
      for (const [name, option] of Object.entries(meta.options)) {
        // Each option's default passes the configuration's own validation (formats included).
        expect(() => parseConfig({ rules: { [rule.id]: { [name]: option.default } } }, 'c.json')).not.toThrow()
      }
    }
    expect(Object.keys(ruleMeta(RULES.find((r) => r.id === 'study-numbers')!).options)).toEqual(['pattern'])
    expect(Object.keys(ruleMeta(RULES.find((r) => r.id === 'leftover-note')!).options)).toEqual(['notes'])
  })
})
