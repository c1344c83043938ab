import { PROFILES, PROMPTS_PROFILE_ID } from '../profiles/profiles.js'
import { RULES } from '../rules/index.js'
import { ruleMeta, type JsonSchema } from '../rules/types.js'
import { docsUrl, rawUrl } from '../version.js'

/** Where the schema is shipped in the repository; `$schema` in a configuration file names it. */
export const CONFIG_SCHEMA_PATH = 'schema/report-lint.schema.json'
export const CONFIG_SCHEMA_URL = rawUrl(CONFIG_SCHEMA_PATH)

export const SEVERITIES = ['error', 'warning', 'info', 'off'] as const
export const WORD_COUNT_MODES = ['grader', 'rendered'] as const

export function profileIds(): string[] {
  return ['auto', ...PROFILES.map((p) => p.id), PROMPTS_PROFILE_ID]
}

/**
 * The JSON Schema of `.report-lint.json`, built from the profiles and the rules' metadata. It is
 * the validator itself (src/config/validate.ts compiles it with Ajv), and the shipped file
 * schema/report-lint.schema.json is this object (a test keeps them equal: `npm run schema`).
 */
export function configSchema(only?: ReadonlySet<string>): JsonSchema {
  const rules: Record<string, JsonSchema> = {}
  for (const rule of RULES) {
    if (only && !only.has(rule.id)) continue
    const meta = ruleMeta(rule)
    rules[rule.id] = {
      description: `${meta.description} Default: ${meta.defaultSeverity}.${meta.fixable ? ' report-lint --fix repairs some of its findings.' : ''} ${meta.docs}`,
      anyOf: [
        { $ref: '#/definitions/severity' },
        { type: 'boolean', description: 'true: on, with the default severity; false: off.' },
        {
          type: 'object',
          properties: { severity: { $ref: '#/definitions/severity' }, ...meta.options },
          additionalProperties: false
        }
      ]
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_URL,
    title: 'report-lint configuration',
    description: `Configuration of report-lint (.report-lint.json). ${docsUrl('README.md', 'configuration')}`,
    type: 'object',
    properties: {
      $schema: { type: 'string', format: 'uri-reference', description: 'This schema, for editors.' },
      profile: {
        description: `Template era whose limits apply: auto (detected), an era, or prompts (each question's own stated limits). ${docsUrl('README.md', 'which-profile')}`,
        enum: profileIds(),
        default: 'auto'
      },
      wordCount: {
        description: 'grader counts words as the course checker does; rendered counts the words a reader sees.',
        enum: [...WORD_COUNT_MODES],
        default: 'grader'
      },
      rules: {
        description: `Rule settings by rule id: a severity, true/false, or an object with severity and the rule's options. ${docsUrl('docs/rules.md')}`,
        type: 'object',
        properties: rules,
        additionalProperties: false
      }
    },
    additionalProperties: false,
    definitions: {
      severity: { enum: [...SEVERITIES], description: 'error, warning, info, or off.' }
    }
  }
}
