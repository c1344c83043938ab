/** The package version; a test keeps it equal to package.json's. */
export const VERSION = '1.0.0'

/**
 * The project's one canonical address. package.json's `repository`, `homepage` and `bugs`, the
 * README's links and every docs link report-lint prints are derived from it (a test checks).
 */
export const REPOSITORY_URL = 'https://github.com/report-lint/report-lint'

/** The release tag of this version: its docs, its schema and its `dist/`. */
export const RELEASE_TAG = `v${VERSION}`

/** A file of the repository as released with this version, e.g. `docsUrl('docs/rules.md', 'answer-length')`. */
export function docsUrl(path: string, anchor?: string): string {
  return `${REPOSITORY_URL}/blob/${RELEASE_TAG}/${path}${anchor ? `#${anchor}` : ''}`
}

/** The raw content of a released file, for machines (the configuration schema's `$id`). */
export function rawUrl(path: string): string {
  return `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/${RELEASE_TAG}/${path}`
}
