/**
 * What the process entry (src/cli.ts) loads once it has set V8's flags: one module, so the bundle
 * loads it as one chunk.
 */
export { parseArgs } from './args.js'
export { configFor, runCliWithWorkers } from './main.js'
export { serveLintJobs } from '../lint/batch.js'
export { progressBar } from '../lint/progress.js'
