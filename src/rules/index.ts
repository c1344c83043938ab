import { answerLength } from './answer-length.js'
import { answerMarkerInText } from './answer-marker-in-text.js'
import { answerMarkerMissing } from './answer-marker-missing.js'
import { answerWrapper } from './answer-wrapper.js'
import { checklistItem } from './checklist-item.js'
import { checklistProgress } from './checklist-progress.js'
import { graderCrash } from './grader-crash.js'
import { groupNumber } from './group-number.js'
import { headingAfterLastAnswer } from './heading-after-last-answer.js'
import { headingInAnswer } from './heading-in-answer.js'
import { htmlImage } from './html-image.js'
import { imageAlt } from './image-alt.js'
import { imageCount } from './image-count.js'
import { imageFormat } from './image-format.js'
import { imageInCode } from './image-in-code.js'
import { imageInComment } from './image-in-comment.js'
import { imageLink } from './image-link.js'
import { imageMissing } from './image-missing.js'
import { imageOutsideRepo } from './image-outside-repo.js'
import { leftoverNote } from './leftover-note.js'
import { linkMissing } from './link-missing.js'
import { leftoverPlaceholder } from './leftover-placeholder.js'
import { noQuestions } from './no-questions.js'
import { promptConstraintMismatch } from './prompt-constraint-mismatch.js'
import { questionDuplicate } from './question-duplicate.js'
import { questionHeading } from './question-heading.js'
import { questionMissing } from './question-missing.js'
import { questionOrder } from './question-order.js'
import { questionUnknown } from './question-unknown.js'
import { remoteImage } from './remote-image.js'
import { studyNumbers } from './study-numbers.js'
import { templateExample } from './template-example.js'
import type { Rule } from './types.js'
import { unanswered } from './unanswered.js'

/** Every rule, in the order their findings are listed when they share a position. */
export const RULES: readonly Rule[] = [
  // The report as a whole, and how the course checker reads it.
  noQuestions,
  graderCrash,
  questionMissing,
  questionDuplicate,
  questionOrder,
  questionUnknown,
  questionHeading,
  answerMarkerMissing,
  answerMarkerInText,
  headingInAnswer,
  headingAfterLastAnswer,
  promptConstraintMismatch,
  // Each question's answer.
  unanswered,
  answerLength,
  imageCount,
  imageMissing,
  imageOutsideRepo,
  imageFormat,
  imageInCode,
  imageInComment,
  imageLink,
  htmlImage,
  remoteImage,
  imageAlt,
  linkMissing,
  // Hygiene.
  leftoverPlaceholder,
  templateExample,
  answerWrapper,
  leftoverNote,
  groupNumber,
  studyNumbers,
  // The project checklist.
  checklistItem,
  checklistProgress
]

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id)
}
