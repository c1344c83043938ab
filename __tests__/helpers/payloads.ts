/**
 * Strings a pull request can carry in a file name, its report text or its configuration, each
 * aimed at one output: workflow commands in the log (`::`, the older `##[` anywhere in a line,
 * line breaks of every kind, `%`-encoded breaks, characters .NET may skip when it searches),
 * and Markdown or HTML in the job summary and the comment. Each is a valid file name on Linux.
 */
export const PAYLOADS = [
  'x\n::error title=Injected::newline',
  'x\r::warning::carriage-return',
  'x\r\n::notice::crlf',
  '##[error]legacy',
  'a ##[add-mask]masked',
  '::add-mask::leading',
  '  ::ERROR::indented',
  '%0A::error::percent',
  '#\u00ad#[error]soft-hyphen',
  '\u200b::error::zero-width',
  '\u2028::error::line-separator',
  '\u0085::error::next-line',
  '\u001b[2K\u001b[1A::error::terminal',
  '<img src=x onerror=alert(1)> @octocat [a](javascript:alert(1)) </details> `tick` |pipe|',
  '<!-- report-lint:sticky-comment --> <details open><summary>x',
  '```\nfenced'
]
