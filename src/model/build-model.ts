import { readAnswer, findAnswerMarker } from './answer.js'
import { outline, plainText, type DocumentOutline } from './blocks.js'
import { readChecklist } from './checklist.js'
import { statedConstraints } from './constraints.js'
import { parseEvents, type MdEvents } from './parse-events.js'
import { findQuestionSections, type QuestionSection } from './questions.js'
import { SourceText } from './source.js'
import type { Prompt, Question, ReportModel } from './types.js'

/**
 * Parses a report once and returns everything the rules read, with source positions. `events`:
 * the parse of `text` when the caller has it (the text-only reading parses a shorter text and
 * moves its events to the offsets of `text`).
 */
export function buildModel(text: string, events: MdEvents = parseEvents(text)): ReportModel {
  const source = new SourceText(text)
  const doc = outline(events, source)
  const sections = findQuestionSections(events, source, doc)
  const questions = sections.map((section) => readQuestion(events, source, doc, section))
  const firstQuestion = sections.length ? sections[0].marker.span.start.offset : text.length
  return {
    source,
    frontMatter: doc.frontMatter ? source.span(doc.frontMatter.start, doc.frontMatter.end) : null,
    headings: doc.headings.map(({ depth, text, kind, span }) => ({ depth, text, kind, span })),
    questions,
    checklist: readChecklist(events, source, doc, firstQuestion)
  }
}

function readQuestion(events: MdEvents, source: SourceText, doc: DocumentOutline, section: QuestionSection): Question {
  const marker = findAnswerMarker(events, source, section)
  const quote = marker ? null : promptQuote(source, doc, section)
  const promptEnd = marker ? marker.start : (quote?.end ?? null)
  const answerStart = marker ? marker.end : (promptEnd ?? section.start)
  const prompt = readPrompt(events, source, section, promptEnd)
  const answer = readAnswer(events, source, doc, section, answerStart, marker, quote?.glued ?? false)
  return {
    number: section.marker.number,
    marker: section.marker,
    prompt,
    answer,
    span: source.span(section.marker.span.start.offset, section.end)
  }
}

/**
 * Without an `Answer:` line, the prompt is the first block quote after the marker, if there is
 * one. Lines at the end of the quote without `>` (lazy continuation: the answer written right
 * under the prompt) are the answer glued to it, not the prompt.
 */
function promptQuote(source: SourceText, doc: DocumentOutline, section: QuestionSection): { end: number; glued: boolean } | null {
  const quote = doc.blocks.find((b) => b.type === 'blockQuote' && b.start >= section.start && b.start < section.end)
  if (!quote) return null
  const first = source.point(quote.start).line
  let line = source.point(Math.max(quote.start, quote.end - 1)).line
  let lazy: number | null = null
  while (line > first && !/^ {0,3}>/.test(source.lineText(line))) lazy = line--
  return lazy === null ? { end: quote.end, glued: false } : { end: source.lineStart(lazy), glued: true }
}

function readPrompt(events: MdEvents, source: SourceText, section: QuestionSection, end: number | null): Prompt {
  if (end === null || end <= section.start) return { span: null, text: '', question: '', stated: {} }
  let lastEvent = section.firstEvent
  while (lastEvent + 1 < section.endEvent && events.start(lastEvent + 1) < end) lastEvent++
  const text = plainText(events, source, section.firstEvent, lastEvent)
  return {
    span: source.trimmed(section.start, end),
    text,
    question: boldQuestion(events, source, section.firstEvent, lastEvent) || firstSentence(text),
    stated: statedConstraints(source, section.start, end)
  }
}

/** The prompt's bold question; the template wraps it over several bold lines of one paragraph. */
function boldQuestion(events: MdEvents, source: SourceText, from: number, to: number): string {
  const parts: string[] = []
  let lastEnd = -1
  for (let i = from; i <= to; i++) {
    if (!events.isEnter(i) || events.type(i) !== 'strong') continue
    if (lastEnd >= 0 && !/^[ \t>]*\n?[ \t>]*$/.test(source.text.slice(lastEnd, events.start(i)))) break
    const token = events.token(i)
    let exit = i
    while (events.token(exit) !== token || events.isEnter(exit)) exit++
    parts.push(plainText(events, source, i, exit))
    lastEnd = events.end(i)
    i = exit
  }
  return parts.join(' ')
}

function firstSentence(text: string): string {
  const m = /^.*?[.?!](?=\s|$)/.exec(text)
  return (m ? m[0] : text).trim()
}
