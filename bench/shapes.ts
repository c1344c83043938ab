/**
 * Adversarial shapes for the parser and the linter, each a function of a size: the three the
 * issue named (nested list markers, an emphasis storm, lazy continuation under a quoted `Answer:`)
 * and the others found since. Used by the benchmarks (timed), by npm run fuzz (work at four sizes)
 * and by __tests__/pathological.test.ts (work at two sizes).
 */
export const ADVERSARIAL: Record<string, (n: number) => string> = {
  'nested list markers': (n) => '- '.repeat(n) + 'x',
  'emphasis storm': (n) => Array.from({ length: n }, (_, i) => '*'.repeat(1 + (i % 49)) + 'a').join(''),
  'lazy continuation under a quoted Answer:': (n) => '> Answer:\n' + 'some words here\n'.repeat(n),
  'nested block quotes': (n) => '> '.repeat(n) + 'x',
  'lazy lines under a nested list': (n) => '> > - - a\n' + 'words\n'.repeat(n),
  'closers without openers': (n) => 'a* '.repeat(n),
  'emphasis nested deep': (n) => '*a '.repeat(n) + ' a*'.repeat(n),
  'strikethrough storm': (n) => Array.from({ length: n }, (_, i) => '~'.repeat(1 + (i % 3)) + 'a').join(''),
  'unclosed code spans': (n) => '\\``'.repeat(n),
  'brackets without openers (no footnote definitions)': (n) => 'a]'.repeat(n),
  'images the checker counts, unclosed': (n) => '!['.repeat(n),
  'many list items': (n) => '- item\n'.repeat(n),
  'many block quotes': (n) => '> quote\n\n'.repeat(n)
}

/**
 * Shapes still super-linear in the parser (micromark's label ends): nested labels are resolved again
 * inside each label around them. The time budget answers them (see docs/performance.md).
 */
export const STILL_SLOW: Record<string, (n: number) => string> = {
  'nested image labels': (n) => '!['.repeat(n) + 'a' + '](b)'.repeat(n),
  'brackets after a footnote definition': (n) => '[^n]: note\n\n' + 'a]'.repeat(n)
}

/** The three shapes of the before-stop check, at the sizes the issue names. */
export const NAMED: [string, string][] = [
  ['nested-list-markers', ADVERSARIAL['nested list markers'](16000)],
  ['emphasis-storm', ADVERSARIAL['emphasis storm'](8000)],
  ['lazy-continuation', ADVERSARIAL['lazy continuation under a quoted Answer:'](32000)]
]
