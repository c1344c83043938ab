/** ESM all the way: ts-jest compiles TypeScript, node_modules load as native ESM. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  globalSetup: '<rootDir>/__tests__/helpers/global-setup.js',
  setupFiles: ['<rootDir>/__tests__/helpers/setup-budget.js'],
  testTimeout: 30000
}
