// The lint's wall-clock budget (src/lint/budget.ts) falls back to the text-only reading when a
// parse takes longer than 1.5 s. Under ts-jest, on a loaded machine, a large test report can take
// that long, and a test would then see the fallback instead of the lint it asserts on. Tests get a
// generous budget unless they set their own; __tests__/budget.test.ts tests the budget itself.
process.env.REPORT_LINT_BUDGET_MS ??= '120000'
process.env.REPORT_LINT_SKELETON_BUDGET_MS ??= '120000'
