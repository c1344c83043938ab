import { answerLength } from './answer-length.js'
import { checklistItem } from './checklist-item.js'
import { checklistProgress } from './checklist-progress.js'
import { imageCount } from './image-count.js'
import { leftoverPlaceholder } from './leftover-placeholder.js'
import { noQuestions } from './no-questions.js'
import type { Rule } from './types.js'
import { unanswered } from './unanswered.js'

/** Every rule, in the order their findings are listed when they share a line. */
export const RULES: readonly Rule[] = [
  noQuestions,
  unanswered,
  answerLength,
  imageCount,
  leftoverPlaceholder,
  checklistItem,
  checklistProgress
]

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id)
}
