import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigError, defaultConfig, parseConfig, type Config } from './config.js'

export const DEFAULT_CONFIG_FILE = '.report-lint.json'

/**
 * Reads a configuration file, relative to `cwd`. Without a name, `.report-lint.json` is read
 * when it exists; a file asked for by name must exist. Mistakes are ConfigErrors naming the file.
 */
export function loadConfigFile(path: string | null, cwd: string): Config {
  const file = path ?? DEFAULT_CONFIG_FILE
  let text: string
  try {
    text = readFileSync(resolve(cwd, file), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (path === null && code === 'ENOENT') return defaultConfig()
    throw new ConfigError(`${file}: cannot read the configuration file (${code === 'ENOENT' ? 'not found' : code})`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`)
  }
  return parseConfig(data, file)
}
