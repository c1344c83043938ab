import type { Rule } from './types.js'

export const noQuestions: Rule = {
  id: 'no-questions',
  severity: 'error',
  description: 'The file has no questions at all: it is not a report from the course template.',
  check(context) {
    if (context.model.questions.length) return
    const empty = context.model.source.text.trim() === ''
    context.report(
      empty
        ? 'The file is empty. Start from the course template (reports/README.md in the course repository).'
        : 'No questions found. report-lint looks for the template\'s "### Question N" headings; is this the report file?',
      null,
      null
    )
  }
}
