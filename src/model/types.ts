import type { SourceText } from './source.js'

/** 1-based line and column (UTF-16 code units), 0-based offset into the text. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A range of the source; `end` is exclusive. */
export interface Span {
  start: Point
  end: Point
}

export interface Bounds {
  min: number
  max: number
}

export interface Heading {
  depth: number
  text: string
  kind: 'atx' | 'setext'
  span: Span
}

/**
 * How a question was introduced. `heading` is the template's `### Question N`
 * (any depth); `bold` and `text` are what word-processor exports leave behind.
 */
export interface QuestionMarker {
  number: number
  kind: 'heading' | 'bold' | 'text'
  /** Heading depth for `heading`, null otherwise. */
  depth: number | null
  text: string
  span: Span
}

/** Limits a prompt states in its own words ("Answer length: 100-200 words", "Upload 1-2 images"). */
export interface StatedConstraints {
  words?: Bounds & { span: Span; text: string }
  images?: Bounds & { span: Span; text: string }
}

export interface Prompt {
  /** From the end of the question marker to the `Answer:` marker (or the end of the prompt quote). */
  span: Span | null
  text: string
  /** The prompt's bold question, or its first sentence. */
  question: string
  stated: StatedConstraints
}

export interface Image {
  kind: 'inline' | 'reference' | 'html'
  src: string
  alt: string
  span: Span
  /** Where the path itself stands (for a reference image: in its definition). */
  srcSpan: Span
}

/** `![..](..)` written inside code: it does not render, but the course checker counts it. */
export interface CodeImage {
  src: string
  span: Span
  code: 'fenced' | 'indented' | 'inline'
}

/** `![..](..)` inside an HTML comment: nothing renders, but the course checker counts it. */
export interface CommentImage {
  src: string
  span: Span
}

export interface Link {
  text: string
  href: string
  span: Span
  hrefSpan: Span
}

export interface CodeBlock {
  kind: 'fenced' | 'indented' | 'inline'
  span: Span
}

export interface Answer {
  /** From just after `Answer:` to the next question, or heading of depth 1 or 2. */
  span: Span
  /** The answer without surrounding whitespace; null when there is nothing. */
  content: Span | null
  /** The `Answer:` text the answer follows; null when the prompt lost it. */
  marker: Span | null
  /**
   * Without a marker: true when the answer's first lines continue the prompt's block quote
   * without `>` (Markdown's lazy continuation), so it renders inside the prompt.
   */
  glued: boolean
  /** The answer's Markdown as written. */
  raw: string
  /** The text a reader of the rendered answer sees. */
  rendered: string
  images: Image[]
  codeImages: CodeImage[]
  /** Images written inside `<!-- ... -->`. */
  commentImages: CommentImage[]
  /** Links (not images); a link to an image file is a common slip for an image. */
  links: Link[]
  code: CodeBlock[]
  /** Every `--- question N fill here ---` left in the answer. */
  placeholders: Span[]
}

export interface Question {
  number: number
  marker: QuestionMarker
  prompt: Prompt
  answer: Answer
  /** From the marker to the end of the answer. */
  span: Span
}

export interface ChecklistItem {
  checked: boolean
  text: string
  /** Course module tags such as `M5`, from a trailing `(M5)` or `(M2+M6)`. */
  modules: string[]
  section: string
  span: Span
}

export interface ChecklistSection {
  title: string
  /** The section's heading; null for items before the first section heading. */
  span: Span | null
  items: ChecklistItem[]
}

/** A line that looks like a checklist item but is not a valid GFM task item. */
export interface MalformedChecklistLine {
  text: string
  /** The box as written, with its list marker: `* [X ]`, `-[x]`. */
  box: string
  /** What to write instead: one line start, or one for done and one for not done. */
  fixes: string[]
  /**
   * What a reader takes the box to say: `done` for `[✅]`, `[ok]`, `[Y]`, `[X ]`; `open` for
   * `[]`, `[-]`, `[TODO]`, `[no]`; `unclear` for anything else.
   */
  reads: 'done' | 'open' | 'unclear'
  span: Span
}

export interface Checklist {
  heading: Span
  sections: ChecklistSection[]
  malformed: MalformedChecklistLine[]
}

export interface ReportModel {
  source: SourceText
  frontMatter: Span | null
  headings: Heading[]
  /** In document order; a duplicated template yields each number twice. */
  questions: Question[]
  checklist: Checklist | null
}
