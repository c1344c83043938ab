import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
export const id = 394;
export const ids = [394];
export const modules = {

/***/ 394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configFor: () => (/* reexport */ configFor),
  parseArgs: () => (/* reexport */ parseArgs),
  progressBar: () => (/* reexport */ progressBar),
  runCliWithWorkers: () => (/* reexport */ runCliWithWorkers),
  serveLintJobs: () => (/* reexport */ serveLintJobs)
});

;// CONCATENATED MODULE: ./src/util/plural.ts
/** `1 word`, `2 words` */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}

;// CONCATENATED MODULE: ./src/profiles/prompt-wording.ts
/**
 * A few words each question's prompt has in the course templates, to recognise a prompt whose
 * `### Question N` is lost or written another way before report-lint puts the heading back.
 * Questions 1-19 are the same in every era; from Question 20 on the 27- and 31-question
 * templates ask different things. Matched case-insensitively against the prompt's text.
 */
const FIRST_19 = [
    /group number/,
    /study number/,
    /framework|third[- ]party|open[- ]source|package/,
    /dependenc/,
    /cookiecutter|structure/,
    /code quality|format|typing/,
    /\btests?\b/,
    /coverage/,
    /branch|pull request/,
    /\bdvc\b|version control/,
    /continu\w* integration|\bci\b/,
    /config/,
    /reproduc/,
    /screenshot|experiment tracking/,
    /docker/,
    /debug/,
    /services/,
    /compute engine/,
    /bucket/
];
const REST_27 = [/registry/, /cloud build/, /deploy/, /monitor/, /credits/, /architecture/, /struggle/, /contribution/];
const REST_31 = [
    /registry/,
    /cloud build/,
    /vertex|train\w*[^.?]*cloud/,
    /\bapi\b/,
    /deploy/,
    /load test|unit test/,
    /monitor/,
    /credits/,
    /extra/,
    /architecture/,
    /struggle/,
    /contribution/
];
const insensitive = (patterns) => patterns.map((p) => new RegExp(p.source, 'i'));
const WORDING = { 27: insensitive([...FIRST_19, ...REST_27]), 31: insensitive([...FIRST_19, ...REST_31]) };
/**
 * True when `prompt` reads like Question `n`'s prompt in the template of `profile`. False for the
 * `prompts` profile (no template to compare with), for an empty prompt and for numbers the
 * template does not have.
 */
function promptReadsAs(profile, n, prompt) {
    const pattern = profile.checker ? WORDING[profile.checker]?.[n - 1] : undefined;
    return !!pattern && prompt.trim() !== '' && pattern.test(prompt);
}

;// CONCATENATED MODULE: ./src/util/line-ending.ts
/**
 * The line ending a text mostly uses (`\r\n`, `\n` or `\r`; `\n` when it has none), so that what
 * report-lint writes into it (a fix) matches the lines around it.
 */
function lineEnding(text) {
    let crlf = 0;
    let lf = 0;
    let cr = 0;
    for (let i = text.indexOf('\r') < 0 ? text.length : 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13) {
            if (text.charCodeAt(i + 1) === 10) {
                crlf++;
                i++;
            }
            else
                cr++;
        }
        else if (c === 10)
            lf++;
    }
    if (crlf === 0 && cr === 0)
        return '\n';
    return crlf >= lf && crlf >= cr ? '\r\n' : lf >= cr ? '\n' : '\r';
}
/** `text` with each `\n` written as `eol`. */
function withLineEnding(text, eol) {
    return eol === '\n' ? text : text.replace(/\n/g, eol);
}
/** The start of the line after the one holding `at` (the text's length after the last line). */
function nextLineStart(text, at) {
    // Character by character: indexOf('\r') would scan to the end of a text without one, per line.
    for (let i = at; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            return i + 1;
        if (c === 13)
            return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return text.length;
}
/** The start of the line holding `offset`. */
function lineStartAt(text, offset) {
    let i = offset;
    while (i > 0) {
        const c = text.charCodeAt(i - 1);
        if (c === 10 || c === 13)
            break;
        i--;
    }
    return i;
}

;// CONCATENATED MODULE: ./src/util/partition-point.ts
/**
 * The index of the first item of `items` for which `before` is false, where `before` holds for a
 * leading run of the items and for none after it (a sorted list, asked "is it before x?"): a
 * binary search. `items.length` when it holds for all.
 */
function partitionPoint(items, before) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(items[mid]))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/rules/checker-words.ts
/** ` With 26 answers instead of 27 it stops with an error.` when the checker raises, else nothing. */
function crashNote(checker) {
    if (!checker?.run.error)
        return '';
    const { run } = checker;
    return ` With ${run.answers.length} answers instead of ${run.expected} it stops with an error.`;
}
/** The span of the run of `#` characters starting at `offset`. */
function hashesAt(model, offset) {
    let end = offset;
    while (model.source.text[end] === '#')
        end++;
    return model.source.span(offset, end);
}
/** The question whose stretch of the report holds `offset`, if any. */
function questionAround(model, offset) {
    return model.questions[questionIndexAt(model, offset)] ?? null;
}
/** The index of the question whose stretch holds `offset`, or -1: a binary search (questions are in document order). */
function questionIndexAt(model, offset) {
    const qs = model.questions;
    let lo = 0;
    let hi = qs.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (qs[mid].span.start.offset > offset)
            hi = mid - 1;
        else if (qs[mid].span.end.offset <= offset)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/version.ts
/** The package version; a test keeps it equal to package.json's. */
const VERSION = '1.0.0';
/**
 * The project's one canonical address. package.json's `repository`, `homepage` and `bugs`, the
 * README's links and every docs link report-lint prints are derived from it (a test checks).
 */
const REPOSITORY_URL = 'https://github.com/report-lint/report-lint';
/** The release tag of this version: its docs, its schema and its `dist/`. */
const RELEASE_TAG = `v${VERSION}`;
/** A file of the repository as released with this version, e.g. `docsUrl('docs/rules.md', 'answer-length')`. */
function docsUrl(path, anchor) {
    return `${REPOSITORY_URL}/blob/${RELEASE_TAG}/${path}${anchor ? `#${anchor}` : ''}`;
}
/** The raw content of a released file, for machines (the configuration schema's `$id`). */
function rawUrl(path) {
    return `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/${RELEASE_TAG}/${path}`;
}

;// CONCATENATED MODULE: ./src/rules/types.ts

/** The reference to a finding of `ruleId` whose span starts at `span`. */
function refAt(ruleId, span) {
    return { ruleId, line: span?.start.line ?? 1, column: span?.start.column ?? 1 };
}
/**
 * The JSON Schema of each option type. Values come from a pull request's configuration file, so
 * each is bounded; a `regex` is a pattern for a linear-time engine (RE2 syntax; the configuration
 * validator checks it, `format: regex` tells editors what it is).
 */
const OPTION_TYPE_SCHEMAS = {
    string: { type: 'string', maxLength: 1000 },
    'string[]': { type: 'array', items: { type: 'string', minLength: 1, maxLength: 200 }, maxItems: 200 },
    number: { type: 'number' },
    regex: { type: 'string', format: 'regex', maxLength: 1000 }
};
/** The JSON Schema of one rule option's value, with its description and default. */
function optionSchema(option) {
    return { description: option.description, ...OPTION_TYPE_SCHEMAS[option.type], default: option.default };
}
function ruleMeta(rule) {
    const options = {};
    for (const [name, option] of Object.entries(rule.options ?? {}))
        options[name] = optionSchema(option);
    return {
        id: rule.id,
        defaultSeverity: rule.severity,
        description: rule.description,
        docs: docsUrl('docs/rules.md', rule.id),
        fixable: rule.fixable === true,
        options
    };
}

;// CONCATENATED MODULE: ./src/rules/cascade.ts





const cuts = new WeakMap();
const indexes = new WeakMap();
/** The place in the checker's list of the cut answer of each piece, by the piece's start: one pass, not one search per question. */
function answerIndex(checker) {
    let map = indexes.get(checker);
    if (!map) {
        map = new Map();
        checker.run.answers.forEach((a, i) => {
            if (a.from === 'piece' && !map.has(a.pieceStart))
                map.set(a.pieceStart, i);
        });
        indexes.set(checker, map);
    }
    return map;
}
/** The cut inside a question's answer (not the last answer: heading-after-last-answer has that); null when there is none. */
function answerCut(context, question) {
    const checker = context.checker;
    if (!checker)
        return null;
    let memo = cuts.get(checker);
    if (!memo)
        cuts.set(checker, (memo = new Map()));
    if (!memo.has(question))
        memo.set(question, findCut(context.model, checker, question));
    return memo.get(question) ?? null;
}
function findCut(model, checker, q) {
    const marker = q.answer.marker;
    if (!marker)
        return null;
    const piece = checker.pieceAt.get(marker.end.offset);
    const pieces = checker.run.pieces;
    if (!piece || piece === pieces[pieces.length - 1] || piece.cut === null)
        return null;
    // The checker cuts inside the answer when the cut comes before the answer ends (at the next
    // question, or a `##` section heading such as the template's `## Coding environment`).
    const end = Math.min(q.answer.span.end.offset, piece.end);
    if (piece.cut >= end || !q.answer.content || piece.cut < q.answer.content.start.offset)
        return null;
    const index = answerIndex(checker).get(piece.start) ?? -1;
    if (index < 0)
        return null;
    const edits = cutEdits(model, marker.end.offset, end);
    const vetted = checker.vet(edits);
    const after = vetted.after[0];
    const now = checker.verdicts[0];
    const sameList = after !== undefined && after.error === now?.error && after.pass.length === now.pass.length;
    const answer = checker.run.answers[index];
    const span = hashesAt(model, piece.cut);
    return {
        question: q,
        position: index + 1,
        span,
        inCode: q.answer.code.some((c) => c.span.start.offset <= piece.cut && piece.cut < c.span.end.offset),
        edits,
        counted: { words: answer.words, images: answer.images },
        whole: sameList ? after.counts[index] : null,
        passNow: within(checker, q.number, { words: answer.words, images: answer.images }),
        passAfter: sameList ? within(checker, q.number, after.counts[index]) : null,
        passNowUnder: checker.verdicts.map((v) => v.pass[index] ?? null),
        harmless: vetted.harmless,
        ref: refAt('heading-in-answer', span)
    };
}
/** Counts against the question's own limits: where answers are shifted, that is what holds once the shift is fixed. */
function within(checker, question, counts) {
    const table = checker.tables[0];
    if (!table || !counts)
        return null;
    const l = table.limits.get(question);
    const inside = (n, b) => !b || (n >= b.min && n <= b.max);
    return inside(counts.words, l?.words) && inside(counts.images, l?.images);
}
/**
 * Headings of depth `minRun` or more as bold text, and any other run of `minRun` or more `#` as
 * one `#`, in [start, end): within an answer `##` must go too (the checker cuts at a `##` before
 * the next question's `###`); after the last `Answer:` only `###` counts.
 */
function cutEdits(model, start, end, minRun = 2) {
    const text = model.source.text;
    const edits = [];
    const covered = [];
    // Headings are in document order: start at the first one at or after `start`.
    const headings = model.headings;
    for (let k = firstFrom(headings, start); k < headings.length && headings[k].span.start.offset < end; k++) {
        const h = headings[k];
        const from = h.span.start.offset;
        const to = h.span.end.offset;
        if (to > end || h.kind !== 'atx' || h.depth < minRun)
            continue;
        const title = h.text.replace(/^\*\*(.*)\*\*:?$/, '$1').trim();
        edits.push({ start: from, end: to, text: title ? `**${title}**` : '' });
        covered.push([from, to]);
    }
    const slice = text.slice(start, end);
    let c = 0;
    for (const m of slice.matchAll(minRun === 2 ? /#{2,}/g : /#{3,}/g)) {
        const at = start + (m.index ?? 0);
        while (c < covered.length && covered[c][1] <= at)
            c++;
        if (c < covered.length && at >= covered[c][0])
            continue;
        edits.push({ start: at, end: at + m[0].length, text: '#' });
    }
    return edits;
}
/**
 * The finding that already states a question's length, image or unanswered verdict, so those
 * rules fold theirs into it: a prompt without `Answer:` (the checker reads no answer for it), or,
 * for the checker's counts, a `###` that cuts the answer and fails it.
 */
function countsCause(context, q, checkerCounts) {
    if (!q.answer.marker)
        return context.checker ? refAt('answer-marker-missing', q.marker.span) : null;
    if (!checkerCounts)
        return null;
    const cut = answerCut(context, q);
    return cut && cut.passNow === false ? cut.ref : null;
}
function duplicates(model) {
    const firstSeen = new Map();
    const repeats = [];
    for (const q of model.questions) {
        if (firstSeen.has(q.number))
            repeats.push(q);
        else
            firstSeen.set(q.number, q);
    }
    let lowest = Infinity;
    for (const q of repeats)
        lowest = Math.min(lowest, q.number);
    const copy = repeats.length >= Math.max(3, firstSeen.size / 2) && repeats.length > 0 && repeats[0].number === lowest;
    return { copyStart: copy ? repeats[0] : null, repeats, firstSeen };
}
/** The question-duplicate finding that covers a repeated question; null when it is not a repeat. */
function duplicateRef(model, q) {
    const d = duplicates(model);
    if (!d.repeats.includes(q))
        return null;
    return refAt('question-duplicate', (d.copyStart ?? q).marker.span);
}
/** Where question-missing reports Question `n`: at the next question's heading, else the one before. */
function missingSpan(model, n) {
    const after = model.questions.find((q) => q.number > n);
    if (after)
        return after.marker.span;
    let before;
    for (const q of model.questions)
        if (q.number < n)
            before = q;
    return before ? before.span : null;
}
const lost = new WeakMap();
/**
 * The lost headings, by the offset of their `Answer:`: a stray `Answer:` on a template answer
 * line, between two questions whose numbers leave a gap, for which putting `### Question N`
 * back above its prompt is harmless to the checker.
 */
function lostHeadings(context) {
    const checker = context.checker;
    if (!checker)
        return new Map();
    const known = lost.get(checker);
    if (known)
        return known;
    const found = new Map();
    lost.set(checker, found);
    const { model } = context;
    const { source } = model;
    const present = new Set(model.questions.map((q) => q.number));
    const markers = new Set(model.questions.map((q) => q.answer.marker?.end.offset));
    const taken = new Set();
    const eol = lineEnding(source.text);
    // Stray template answer lines per question they stand in, to tell a certain number from a guess.
    const strays = new Map();
    const where = new Map();
    for (const piece of checker.run.pieces) {
        if (!piece.afterAnswer || markers.has(piece.start))
            continue;
        const at = piece.start - 'Answer:'.length;
        const point = source.point(at);
        if (!/^ {0,3}(?:>[ \t]*)*(?:\*\*)?$/.test(source.lineText(point.line).slice(0, point.column - 1)))
            continue;
        // The question it follows: the one it stands in, or, after a `##` section heading that
        // ended that question (`## Coding environment` above a lost `### Question 4`), the last one before it.
        const index = questionIndexAt(model, at) >= 0 ? questionIndexAt(model, at) : questionBefore(model, at);
        if (index < 0)
            continue;
        strays.set(index, (strays.get(index) ?? 0) + 1);
        const here = model.questions[index];
        const next = model.questions[index + 1];
        let n = here.number + 1;
        while (n < (next ? next.number : here.number + 2) && (present.has(n) || taken.has(n)))
            n++;
        if ((next ? n >= next.number : n !== here.number + 1) || (context.profile && n > context.profile.questionCount))
            continue;
        let line = point.line;
        while (line > 1 && /^ {0,3}>/.test(source.lineText(line - 1)) && source.lineStart(line - 1) > here.marker.span.end.offset)
            line--;
        const promptStart = source.lineStart(line);
        const edit = { start: promptStart, end: promptStart, text: `### Question ${n}${eol}${eol}` };
        if (!checker.vet([edit]).harmless)
            continue;
        const span = missingSpan(model, n);
        taken.add(n);
        // The prompt as a reader sees it: the quote's lines without `>` and emphasis.
        const prompt = source.text.slice(promptStart, at).replace(/^[ \t]*>[ \t]?/gm, '').replace(/[*_`]/g, '');
        const heading = { number: n, answerAt: at, promptStart, ref: refAt('question-missing', span), fix: null };
        if (context.profile && promptReadsAs(context.profile, n, prompt))
            heading.fix = edit;
        found.set(at, heading);
        where.set(heading, index);
    }
    // The number is certain only where a gap between two questions has as many missing numbers as stray answer lines.
    for (const [heading, index] of where) {
        const here = model.questions[index];
        const next = model.questions[index + 1];
        const gap = next ? next.number - here.number - 1 : 1;
        if (gap !== strays.get(index))
            heading.fix = null;
    }
    return found;
}
/** The index of the last question that starts before `offset`, or -1. */
function questionBefore(model, offset) {
    return firstFrom(model.questions, offset) - 1;
}
/** The index of the first of `items` (in document order) that starts at or after `offset`: a binary search. */
function firstFrom(items, offset) {
    return partitionPoint(items, (item) => item.span.start.offset < offset);
}
/** True when the course checker runs through and passes every answer, under every checker staff may run. */
function checkerPassesAll(context) {
    const checker = context.checker;
    return !!checker && !checker.run.error && checker.verdicts.length > 0 && checker.verdicts.every((v) => v.pass.every((p) => p === true));
}
/** The finding that explains why the checker stops with an error: the first structural cause found, in order of how often it is the one. */
function crashCause(context) {
    const { model, profile, checker } = context;
    if (!checker?.run.error)
        return null;
    const lostOnes = [...lostHeadings(context).values()];
    if (lostOnes.length)
        return lostOnes[0].ref;
    if (profile?.source === 'checker') {
        const present = new Set(model.questions.map((q) => q.number));
        for (let n = 1; n <= profile.questionCount; n++)
            if (!present.has(n) && model.questions.length)
                return refAt('question-missing', missingSpan(model, n));
    }
    const d = duplicates(model);
    if (d.repeats.length)
        return refAt('question-duplicate', (d.copyStart ?? d.repeats[0]).marker.span);
    const markerless = model.questions.find((q) => !q.answer.marker);
    if (markerless)
        return refAt('answer-marker-missing', markerless.marker.span);
    const demoted = model.questions.find((q) => !(q.marker.kind === 'heading' && (q.marker.depth ?? 0) >= 3));
    if (demoted)
        return refAt('question-heading', demoted.marker.span);
    const markers = new Set(model.questions.map((q) => q.answer.marker?.end.offset));
    const stray = checker.run.pieces.find((p) => p.afterAnswer && !markers.has(p.start));
    if (stray)
        return refAt('answer-marker-in-text', model.source.span(stray.start - 'Answer:'.length, stray.start));
    const last = checker.run.pieces[checker.run.pieces.length - 1];
    if (last?.afterAnswer && last.firstH3 !== null)
        return refAt('heading-after-last-answer', hashesAt(model, last.firstH3));
    if (profile) {
        const unknown = model.questions.find((q) => q.number < 1 || q.number > profile.questionCount);
        if (unknown)
            return refAt('question-unknown', unknown.marker.span);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/rules/describe.ts
function range(b) {
    return b.min === b.max ? `${b.min}` : `${b.min}-${b.max}`;
}
function countedBy(mode) {
    return mode === 'grader' ? 'grader count, as `report.py check` counts' : 'rendered count: what a reader sees';
}

;// CONCATENATED MODULE: ./src/rules/answer-length.ts



const answerLength = {
    id: 'answer-length',
    severity: 'error',
    description: 'An answer has fewer or more words than its question allows.',
    check(context) {
        for (const a of context.questions) {
            if (a.unanswered)
                continue;
            const outside = (b) => !!b && (a.words < b.min || a.words > b.max);
            const failing = a.limitsUnder.filter((u) => outside(u.limits.words));
            if (!failing.length)
                continue;
            const q = a.question;
            if (failing.length < a.limitsUnder.length) {
                // The course changed its checker during the course, and the two versions disagree here.
                context.report(versionsDisagree(a, context.wordCount), q.answer.content ?? q.answer.marker ?? q.marker.span, q.number, { severity: 'warning' });
                continue;
            }
            const limit = failing[0].limits.words;
            const over = a.words > limit.max;
            const by = over ? a.words - limit.max : limit.min - a.words;
            const parts = [
                over
                    ? `Question ${q.number}: ${plural(a.words, 'word')}; ${by} over the limit of ${limit.max}. Cut at least ${plural(by, 'word')}.`
                    : `Question ${q.number}: ${plural(a.words, 'word')}; ${by} under the minimum of ${limit.min}. Add at least ${plural(by, 'word')}.`
            ];
            if (over && a.wordStarts) {
                const line = context.model.source.point(a.wordStarts[limit.max]).line;
                parts.push(`Word ${limit.max + 1} is on line ${line}.`);
            }
            const stated = q.prompt.stated.words;
            if (stated && context.profile?.source === 'checker' && (stated.min !== limit.min || stated.max !== limit.max)) {
                parts.push(`The prompt says ${range(stated)} words, but the course checker enforces ${range(limit)}.`);
            }
            parts.push(`(${countedBy(context.wordCount)})`);
            const cause = countsCause(context, q, context.wordCount === 'grader');
            context.report(parts.join(' '), q.answer.content ?? q.answer.marker ?? q.marker.span, q.number, { cause, folded: true });
        }
    }
};
/** `Question 31: 250 words. The 2024-12-22 checker allows 50-200, the 2025-01-08 one 50-300; ...` */
function versionsDisagree(a, mode) {
    const q = a.question;
    const say = a.limitsUnder.map((u) => `the ${u.date} checker ${u.limits.words ? `allows ${range(u.limits.words)}` : 'does not count words'}`);
    const bounds = a.limitsUnder.map((u) => u.limits.words).filter((b) => b !== null);
    const min = Math.max(...bounds.map((b) => b.min));
    const max = Math.min(...bounds.map((b) => b.max));
    const both = min <= max ? ` Keep to ${range({ min, max })} words to pass both.` : '';
    return (`Question ${q.number}: ${plural(a.words, 'word')}. The course changed its checker during the course: ${say.join(', ')}, so it passes under one and fails under the other; ` +
        `staff may run either.${both} (${countedBy(mode)})`);
}

;// CONCATENATED MODULE: ./src/rules/answer-marker-in-text.ts


const MARKER = 'Answer:';
const answerMarkerInText = {
    id: 'answer-marker-in-text',
    severity: 'error',
    description: "The text `Answer:` stands where it is not a question's answer line; the course checker splits the report there.",
    check(context) {
        const checker = context.checker;
        if (!checker)
            return;
        const { model } = context;
        const markers = new Set(model.questions.map((q) => q.answer.marker?.end.offset));
        const lost = lostHeadings(context);
        const passesAll = checkerPassesAll(context);
        const pieces = checker.run.pieces;
        pieces.forEach((piece, i) => {
            if (!piece.afterAnswer || markers.has(piece.start))
                return;
            const at = piece.start - MARKER.length;
            const span = model.source.span(at, piece.start);
            const q = questionAround(model, at);
            const heading = lost.get(at);
            if (heading) {
                // The answer line of a question whose heading is lost: question-missing names the cause,
                // and rewriting this `Answer:` would be advice against it.
                context.report(`This \`Answer:\` is Question ${heading.number}'s answer line; the question's heading above its prompt is lost. Keep the \`Answer:\` and put the heading back.`, span, heading.number, { cause: heading.ref, folded: true });
                return;
            }
            const where = !q
                ? 'outside the questions'
                : q.answer.marker && at > q.answer.marker.start.offset
                    ? `in Question ${q.number}'s answer`
                    : `in Question ${q.number}'s prompt`;
            const before = pieces[i - 1];
            const effect = before && before.cut === null
                ? 'so it ignores the text between the previous `Answer:` and this one'
                : 'so it counts an extra answer here and checks each later answer against the question before it';
            // Only advise the rewrite when the checker would not read the report worse after it.
            const safe = checker.vet([{ start: at, end: piece.start, text: 'Answer -' }]).harmless;
            const advice = safe ? ' Write it another way, e.g. `Answer -`.' : ' Rewriting it alone would make the checker read the report worse; fix the other findings first.';
            context.report(`\`Answer:\` ${where}: the course checker splits the report at every \`Answer:\`, ${effect}.${advice}`, span, q?.number ?? null, passesAll ? { severity: 'warning' } : {});
        });
    }
};

;// CONCATENATED MODULE: ./src/rules/answer-marker-missing.ts




const answerMarkerMissing = {
    id: 'answer-marker-missing',
    severity: 'error',
    description: 'A question has no `Answer:` line, which the course checker needs to find its answer.',
    fixable: true,
    check(context) {
        const { model, checker } = context;
        for (const q of model.questions) {
            if (q.answer.marker)
                continue;
            const pieces = checker?.run.pieces ?? [];
            const last = pieces[pieces.length - 1];
            const inLast = !!last && last.afterAnswer && q.marker.span.start.offset >= last.start && q.marker.kind === 'heading';
            const previous = model.questions[model.questions.indexOf(q) - 1];
            const effect = !checker
                ? ''
                : inLast
                    ? ` The course checker finds each answer after the text \`Answer:\`, so everything after Question ${previous?.number ?? q.number - 1}'s \`Answer:\` is its last answer, and it holds this heading's \`###\`: it reads that answer twice, once cut at this heading, and once whole, with Question ${q.number}'s prompt and answer, as Question ${q.number}'s.${crashNote(checker)}`
                    : ` The course checker finds each answer after the text \`Answer:\`, so it reads no answer for Question ${q.number} and checks each later answer against the question before it.${crashNote(checker)}`;
            const edit = markerEdit(q, model.source.text);
            const vetted = checker ? checker.vet([edit]) : null;
            // A repeated question: adding its `Answer:` adds an answer the checker has no place for.
            const duplicate = duplicateRef(model, q);
            if (duplicate && vetted && !vetted.harmless) {
                context.report(`Question ${q.number} is a second copy, and its prompt has no \`Answer:\` line. Do not add one: the course checker would then read one answer too many. Remove the copy, or merge it into the first.`, q.marker.span, q.number, { cause: duplicate, folded: true });
                continue;
            }
            const empty = !q.answer.content ? ` There is no answer after the prompt either.` : '';
            const advice = vetted && !vetted.harmless
                ? ' Adding `> Answer:` alone would make the checker read the report worse; fix the other findings first.'
                : q.answer.glued
                    ? ' Add `> Answer:` as the last line of the prompt, then a blank line before your answer.'
                    : ' End the prompt with `> Answer:` as the template does.';
            const what = q.answer.glued
                ? `Question ${q.number}'s answer is glued to its prompt: there is no \`Answer:\` line, and the answer continues the prompt's quote without a blank line, so it shows inside the prompt.`
                : `Question ${q.number} has no \`Answer:\` line.`;
            // --fix adds the line where the prompt's quote ends, when the quote is this question's prompt.
            const certain = vetted?.harmless && context.profile && (q.answer.glued || q.prompt.span) && promptReadsAs(context.profile, q.number, q.prompt.text);
            const fix = certain ? { edits: [edit], structural: true } : null;
            context.report(`${what}${effect}${empty}${advice}`, q.marker.span, q.number, { fix });
        }
    }
};
/** The template's `> Answer:` line, where the prompt ends, in the file's line ending. */
function markerEdit(q, text) {
    const eol = lineEnding(text);
    const at = q.answer.span.start.offset;
    if (q.answer.glued)
        return { start: at, end: at, text: withLineEnding('> Answer:\n\n', eol) };
    if (q.prompt.span) {
        const end = q.prompt.span.end.offset;
        // A quote that already ends in an empty `>` line needs only the answer line.
        const lastLine = text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
        return { start: end, end, text: withLineEnding(/^ {0,3}>\s*$/.test(lastLine) ? '\n> Answer:' : '\n>\n> Answer:', eol) };
    }
    const lineEnd = text.indexOf('\n', q.marker.span.end.offset);
    const where = lineEnd < 0 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return { start: where, end: where, text: withLineEnding('\n\n> Answer:', eol) };
}

;// CONCATENATED MODULE: ./src/rules/answer-wrapper.ts
const OPEN = /^-{3,}/;
const CLOSE = /-{3,}$/;
const answerWrapper = {
    id: 'answer-wrapper',
    severity: 'warning',
    description: 'The `---` around the template placeholder were left around answers (one finding for all of them).',
    check(context) {
        const { source } = context.model;
        const found = [];
        for (const q of context.model.questions) {
            const content = q.answer.content;
            if (!content || q.answer.placeholders.length)
                continue;
            const text = source.slice(content);
            const open = OPEN.exec(text);
            const close = CLOSE.exec(text);
            if (!open && !close)
                continue;
            // A lone `---` is a thematic break someone meant; wrappers come in pairs or hug the text.
            if (open && close && open[0].length === text.length)
                continue;
            const start = content.start.offset;
            const end = content.end.offset;
            const spans = [
                open ? source.span(start, start + open[0].length) : null,
                close && (!open || end - close[0].length >= start + open[0].length) ? source.span(end - close[0].length, end) : null
            ].filter((s) => s !== null);
            found.push({ question: q.number, span: { start: spans[0].start, end: spans[spans.length - 1].end } });
        }
        if (!found.length)
            return;
        const fix = 'the template means the whole `--- question N fill here ---` to be replaced, dashes included. Remove the dashes (the course checker counts each `---` as a word).';
        if (found.length === 1) {
            const [{ question, span }] = found;
            context.report(`Leftover \`---\` around Question ${question}'s answer: ${fix.replace('question N', `question ${question}`)}`, span, question);
            return;
        }
        // One finding for the report: a converted document has them around every answer.
        const lines = found.map((f) => `${f.question} (line ${f.span.start.line})`);
        const listed = lines.length > 12 ? `${lines.slice(0, 12).join(', ')} and ${lines.length - 12} more` : lines.join(', ');
        context.report(`Leftover \`---\` around the answers of ${found.length} questions: ${listed}. In each, ${fix}`, found[0].span, null);
    }
};

;// CONCATENATED MODULE: ./src/util/code-span.ts
/**
 * Quoting for finding messages: a message names what it quotes as a CommonMark code span, so
 * every renderer can show it as code (Markdown) or as is (text, annotations).
 */
/** The longest text a message quotes whole; longer text keeps its start and end. */
const QUOTE_LIMIT = 200;
/**
 * Text of at most about `limit` characters: a longer one keeps its start and its end (where a
 * path has its file name) and says how much was left out between them. Never splits a
 * surrogate pair.
 */
function shorten(text, limit = QUOTE_LIMIT) {
    if (text.length <= limit)
        return text;
    const tailLength = Math.floor(limit / 3);
    let head = text.slice(0, limit - tailLength);
    let tail = text.slice(text.length - tailLength);
    if (/[\uD800-\uDBFF]$/.test(head))
        head = head.slice(0, -1);
    if (/^[\uDC00-\uDFFF]/.test(tail))
        tail = tail.slice(1);
    const left = text.length - head.length - tail.length;
    return `${head}…[${left.toLocaleString('en-US')} characters left out]…${tail}`;
}
/**
 * A CommonMark code span for any text: the fence is one backtick longer than any run inside.
 * Line breaks become spaces and long text is shortened, so a quote always fits on one line.
 */
function code(text) {
    // An empty span would be a bare run of backticks, which renders as backticks: quote a space.
    const flat = shorten(text.replace(/\r?\n|\r/g, ' ')) || ' ';
    // A loop, not Math.max(...runs): spreading a huge list of runs overflows the call stack.
    let longest = 0;
    for (const run of flat.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim()) ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/rules/checklist-item.ts

const checklistItem = {
    id: 'checklist-item',
    severity: 'error',
    description: 'A checklist line is not a valid task item, so GitHub shows it as plain text.',
    fixable: true,
    check(context) {
        const checklist = context.model.checklist;
        if (!checklist)
            return;
        const understood = new Map();
        const sections = sectionsOf(checklist);
        for (const line of checklist.malformed) {
            if (line.reads === 'unclear') {
                context.report(`${code(line.box)} is not a checklist box GitHub renders: the item shows as plain text, neither done nor open. ` +
                    (line.fixes.length === 1 ? `Write ${code(line.fixes[0])}.` : `Write ${code(line.fixes[0])} (done) or ${code(line.fixes[1])} (not done).`), line.span, null);
                continue;
            }
            const section = sections.get(line);
            const list = understood.get(section);
            if (list)
                list.push(line);
            else
                understood.set(section, [line]);
        }
        // `[✅]`, `[ok]`, `[X ]`, `[TODO]`: a reader can tell what they mean. One warning per section
        // says what each counts as and what to write.
        for (const [section, lines] of understood) {
            const each = lines.slice(0, 6).map((l) => l.reads === 'done'
                ? `${code(l.box)} on line ${l.span.start.line} (done: write ${code(l.fixes[0])})`
                : `${code(l.box)} on line ${l.span.start.line} (not ticked, so not done: write ${code(l.fixes[0])})`);
            const more = lines.length > 6 ? `, and ${lines.length - 6} more` : '';
            // --fix writes each box as the message says: `* [x]` for done, `* [ ]` for not done.
            // A task item needs white space after its box: `[X]Done` becomes `* [x] Done`.
            const text = context.model.source.text;
            const edits = lines.map((l) => ({ start: l.span.start.offset, end: l.span.end.offset, text: /^[^\s]/.test(text.slice(l.span.end.offset, l.span.end.offset + 1)) ? `${l.fixes[0]} ` : l.fixes[0] }));
            context.report(`${section}: ${lines.length === 1 ? 'a checklist line' : `${lines.length} checklist lines`} GitHub shows as plain text, not as a checkbox: ${each.join(', ')}${more}.`, lines[0].span, null, { severity: 'warning', fix: { edits, structural: false } });
        }
    }
};
/** The checklist section each malformed line stands in (the last section heading above it), in one pass over both lists. */
function sectionsOf(checklist) {
    const out = new Map();
    const headed = checklist.sections.filter((s) => s.span).sort((a, b) => a.span.start.offset - b.span.start.offset);
    const lines = [...checklist.malformed].sort((a, b) => a.span.start.offset - b.span.start.offset);
    let title = checklist.sections[0]?.title ?? 'Checklist';
    let k = 0;
    for (const line of lines) {
        while (k < headed.length && headed[k].span.start.offset < line.span.start.offset)
            title = headed[k++].title;
        out.set(line, title);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rules/checklist-progress.ts

const checklistProgress = {
    id: 'checklist-progress',
    severity: 'info',
    description: 'How many checklist items are checked, per section.',
    check(context) {
        const checklist = context.model.checklist;
        if (!checklist)
            return;
        // Lines GitHub shows as text (checklist-item), counted as a reader reads them, by section.
        const bySection = new Map();
        for (const [line, title] of sectionsOf(checklist)) {
            if (line.reads === 'unclear')
                continue;
            const c = bySection.get(title) ?? { done: 0, open: 0 };
            c[line.reads]++;
            bySection.set(title, c);
        }
        for (const section of checklist.sections) {
            if (!section.items.length)
                continue;
            const checked = section.items.filter((item) => item.checked).length;
            const { done, open } = bySection.get(section.title) ?? { done: 0, open: 0 };
            const note = done + open ? ` Not counted: ${[done && `${done} more written as done`, open && `${open} written as not done`].filter(Boolean).join(', ')}, in boxes GitHub does not render.` : '';
            context.report(`${section.title}: ${checked} of ${section.items.length} checklist items checked.${note}`, section.span ?? section.items[0].span, null);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/grader-crash.ts

const graderCrash = {
    id: 'grader-crash',
    severity: 'error',
    description: 'The course checker would stop with an error on this report and check nothing.',
    check(context) {
        const checker = context.checker;
        const error = checker?.run.error;
        if (!checker || !error)
            return;
        const { run } = checker;
        const source = context.model.source;
        const extra = { cause: crashCause(context) };
        if (!run.answers.length && error.startsWith('IndexError')) {
            context.report(`The course checker will stop with "${error}": the report has no \`Answer:\` line at all, and the checker finds every answer by that text.`, null, null, extra);
            return;
        }
        if (!run.answers.length) {
            const first = context.model.questions[0];
            context.report(`The course checker will stop with "${error}": it finds no answer at all, because no \`Answer:\` is followed by a \`###\` heading. ` +
                'The other findings say why.', first ? first.marker.span : null, null, extra);
            return;
        }
        let at = run.answers[run.answers.length - 1].start;
        let detail = `the answers after Question ${run.answers.length} are missing`;
        for (let i = 0; i < run.answers.length; i++) {
            const from = checker.questionOf[i];
            if (i >= run.expected) {
                detail = `answer ${i + 1} is one more than the template has`;
            }
            else if (from?.number === i + 1)
                continue;
            else {
                detail = from
                    ? `it takes Question ${from.number}'s answer for Question ${i + 1}'s`
                    : `it takes text that follows no question's \`Answer:\` for Question ${i + 1}'s answer`;
            }
            at = run.answers[i].start;
            break;
        }
        context.report(`The course checker will stop with "${error}": it reads ${run.answers.length} answers, not ${run.expected}, and checks none of them. ` +
            `The first answer out of place starts here: ${detail}. The other findings say why.`, source.span(at, at), null, extra);
    }
};

;// CONCATENATED MODULE: ./src/rules/group-number.ts

const groupNumber = {
    id: 'group-number',
    severity: 'warning',
    description: 'Question 1 (the group number) should be just a number; the course checker does not check it.',
    check(context) {
        for (const q of context.model.questions) {
            if (q.number !== 1 || !q.answer.content)
                continue;
            const said = q.answer.rendered.replace(/^-{3,}|-{3,}$/g, '').trim();
            if (/^\d+$/.test(said) || q.answer.placeholders.length)
                continue;
            const numbers = said.match(/\d+/g) ?? [];
            // `Group 60`: a reader understands it, and the checker ignores Question 1.
            if (numbers.length === 1) {
                context.report(`Question 1 should be just the group number, ${code(numbers[0])}; it says ${code(said)}. The course checker does not check Question 1; this is for the reader.`, q.answer.content, 1, { severity: 'info' });
                continue;
            }
            context.report(numbers.length
                ? `Question 1 should be just your group number; it says ${code(said)}, with ${numbers.length} numbers in it.`
                : `Question 1 should be your group number, like \`42\`; it says ${code(said)}.`, q.answer.content, 1);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/heading-after-last-answer.ts



const headingAfterLastAnswer = {
    id: 'heading-after-last-answer',
    severity: 'error',
    description: 'A `###` after the last `Answer:` makes the course checker count the last answer twice.',
    fixable: true,
    check(context) {
        const checker = context.checker;
        const last = checker?.run.pieces[checker.run.pieces.length - 1];
        if (!checker || !last || !last.afterAnswer || last.firstH3 === null)
            return;
        const { model } = context;
        const owner = model.questions.find((q) => q.answer.marker?.end.offset === last.start);
        const inside = questionAround(model, last.firstH3);
        // The `###` is a later question's heading, whose prompt lost its `Answer:`: that is the cause,
        // and "remove the heading" would be advice against it.
        const markerless = model.questions.find((q) => !q.answer.marker && q.marker.kind === 'heading' && q.marker.span.start.offset >= last.start);
        if (markerless) {
            context.report(`The course checker reads everything after the last \`Answer:\` as one answer, and counts it twice because it holds Question ${markerless.number}'s heading: Question ${markerless.number}'s prompt has no \`Answer:\` line.`, hashesAt(model, last.firstH3), markerless.number, { cause: refAt('answer-marker-missing', markerless.marker.span), folded: true });
            return;
        }
        const inAnswer = !!owner && inside === owner;
        const where = inAnswer ? `in Question ${owner.number}'s answer, the last one` : 'after the last answer';
        // A subheading of the last answer becomes bold text (every `###` of that answer); a section
        // after the questions could also move, so --fix leaves it to the student.
        const end = inAnswer ? Math.min(owner.answer.span.end.offset, last.end) : -1;
        const edits = inAnswer && last.firstH3 < end ? cutEdits(model, last.start, end, 3) : [];
        // Only headings: a `###` in code is the student's to rewrite.
        const fix = edits.length && edits.every((e) => e.text !== '#') ? { edits, structural: true } : null;
        context.report(`This \`###\` stands ${where}: the course checker reads everything after the last \`Answer:\` as one answer and, ` +
            `because that text holds \`###\`, counts it twice.${crashNote(checker)} ` +
            'Remove the heading (write it as **bold text**), or move the text above the questions.', hashesAt(model, last.firstH3), owner?.number ?? null, { fix });
    }
};

;// CONCATENATED MODULE: ./src/rules/heading-in-answer.ts





const headingInAnswer = {
    id: 'heading-in-answer',
    severity: 'error',
    description: 'A `###` or `##` inside an answer (a subheading, a code comment, a shell prompt) makes the course checker stop reading the answer there; an error when that fails the question.',
    fixable: true,
    check(context) {
        const { model } = context;
        const numbers = new Set(model.questions.map((o) => o.number));
        let highest = 0;
        for (const o of model.questions)
            highest = Math.max(highest, o.number);
        context.questions.forEach((a) => {
            const cut = answerCut(context, a.question);
            if (!cut)
                return;
            const q = a.question;
            const heading = code(model.source.slice(cut.span));
            const whole = cut.whole;
            const hidden = whole ? Math.max(0, whole.words - cut.counted.words) : null;
            const images = whole && whole.images !== cut.counted.images ? ` and ${cut.counted.images} of its ${plural(whole.images, 'image')}` : '';
            const counts = whole
                ? `so it counts ${cut.counted.words} of the answer's ${plural(whole.words, 'word')}${images}: the ${plural(hidden ?? 0, 'word')} after it are not counted`
                : `so it counts ${plural(cut.counted.words, 'word')} and ${plural(cut.counted.images, 'image')} of the answer`;
            const head = `The course checker stops reading Question ${q.number}'s answer at this ${heading}${cut.inCode ? ' (in code)' : ''}: ` +
                `it cuts each answer at its first \`###\`, or at a \`##\` before that, ${counts}.`;
            const fix = cut.inCode ? 'Write the line without `##`' : 'Write the subheading as **bold text** (`####` still holds `###`)';
            // The next question's heading is lost: what follows may be its answer, and question-missing is the cause.
            const next = q.number + 1;
            const lost = context.profile?.source === 'checker' && next <= context.profile.questionCount && !numbers.has(next) && highest > next;
            const extra = lost ? { cause: refAt('question-missing', missingSpan(model, next)) } : {};
            const lostNote = lost ? ` Question ${next}'s heading is missing, so the text after it may be Question ${next}'s answer.` : '';
            // --fix writes what the advice says: every `###` and `##` heading of the answer as bold text,
            // when the checker then counts the whole answer and no passing question turns failing.
            // Not where the next question's heading is lost: what follows may be that question's answer.
            // Only headings: a `##` in code is the student's to rewrite (it may be a Markdown sample).
            const headingsOnly = !cut.inCode && cut.edits.every((e) => e.text !== '#');
            const edits = headingsOnly && !lost && cut.harmless && cut.whole && !(cut.passNow === true && cut.passAfter === false) ? { fix: { edits: cut.edits, structural: false } } : {};
            if (cut.passNow === false) {
                context.report(`${head}${lostNote} ${failure(a, cut)} ${advice(a, cut, fix)}`, cut.span, q.number, { ...extra, ...edits });
                return;
            }
            if (cut.passNow === null) {
                // The checker stops before checking anything; the cut matters once that is fixed.
                context.report(`${head}${lostNote} ${cut.harmless ? `${fix}.` : ''}`.trim(), cut.span, q.number, { ...extra, ...edits, severity: 'warning' });
                return;
            }
            // It passes as it is: nothing the checker decides changes.
            const note = cut.harmless && cut.passAfter
                ? `Question ${q.number} passes either way. ${fix} if the rest belongs to the answer.`
                : `Question ${q.number} passes only because of the cut: ${lateFailure(a, cut)} Leave it, or shorten the answer first.`;
            context.report(`${head}${lostNote} ${note}`, cut.span, q.number, { ...extra, ...edits, severity: 'info' });
        });
    }
};
/** What fails now, as the checker counts: the finding's own statement of answer-length / image-count / unanswered. */
function failure(a, cut) {
    const { words, images } = a.limits;
    const n = a.question.number;
    const parts = [];
    if (cut.counted.words === 0 && cut.counted.images === 0)
        return `It reads Question ${n}'s answer as empty, so Question ${n} fails.`;
    if (words && (cut.counted.words < words.min || cut.counted.words > words.max))
        parts.push(`${plural(cut.counted.words, 'word')}, where ${range(words)} are allowed`);
    if (images && (cut.counted.images < images.min || cut.counted.images > images.max))
        parts.push(`${plural(cut.counted.images, 'image')}, where it asks for ${range(images)}`);
    return `So Question ${n} fails: ${parts.join(' and ') || 'its counts are outside its limits'}.`;
}
function advice(a, cut, fix) {
    const n = a.question.number;
    if (!cut.harmless || !cut.whole)
        return `${fix} only together with the other findings: alone, it would make the checker read the report differently.`;
    if (cut.passAfter)
        return `${fix}: the checker then counts the whole answer, and Question ${n} passes.`;
    return `${fix}: the checker then counts the whole answer; ${lateFailure(a, cut)}`;
}
/** What would still be wrong with the whole answer counted. */
function lateFailure(a, cut) {
    const whole = cut.whole;
    if (!whole)
        return 'the checker would then read the report differently.';
    const { words, images } = a.limits;
    const parts = [];
    if (words && whole.words > words.max)
        parts.push(`${plural(whole.words, 'word')} is ${whole.words - words.max} over the limit of ${words.max}`);
    if (words && whole.words < words.min)
        parts.push(`${plural(whole.words, 'word')} is ${words.min - whole.words} under the minimum of ${words.min}`);
    if (images && (whole.images < images.min || whole.images > images.max))
        parts.push(`${plural(whole.images, 'image')} where it asks for ${range(images)}`);
    return parts.length ? `with all of it counted, ${parts.join(' and ')}.` : 'it would then fail under another checker.';
}

;// CONCATENATED MODULE: ./src/rules/html-image.ts

const htmlImage = {
    id: 'html-image',
    severity: 'warning',
    description: 'An HTML `<img>`: it renders, but the course checker does not count it.',
    check(context) {
        const { checker } = context;
        for (const a of context.questions) {
            const q = a.question;
            for (const image of q.answer.images) {
                if (image.kind !== 'html')
                    continue;
                const markdown = `![${image.alt || 'what it shows'}](${image.src || 'figures/name.png'})`;
                const vetted = checker ? checker.vet([{ start: image.span.start.offset, end: image.span.end.offset, text: markdown }]) : null;
                const copy = q.answer.commentImages.find((c) => image.src && c.src === image.src);
                if (vetted && !vetted.harmless) {
                    const why = copy
                        ? `a commented-out Markdown copy of it (line ${copy.span.start.line}) is already counted`
                        : `Question ${q.number} already has the images the checker counts`;
                    context.report(`An HTML <img> renders, but the course checker does not count it as an image. Leave it as it is: ${why}, and writing it as Markdown would fail a question that passes.`, image.span, q.number, { severity: 'info' });
                    continue;
                }
                context.report(`An HTML <img> renders, but the course checker does not count it as an image. Write ${code(markdown)} instead.`, image.span, q.number, a.limits.images ? {} : { severity: 'info' });
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/image-alt.ts

/** Alt texts that say nothing about the picture: empty, the template's `my_image`, `image`, `alt text`, `screenshot 2`. */
const GENERIC = /^(?:|my[_ ]?image|image|img|alt|alt[_ -]?text|picture|pic|figure|fig|screenshot|screen[_ -]?shot|photo|diagram|graph|plot|text|untitled|[a-z]?\d+)(?:[_ -]?\d+)?$/i;
const imageAlt = {
    id: 'image-alt',
    severity: 'info',
    description: 'An image with an empty or generic description (`![]`, `![image]`, `![alt text]`).',
    check(context) {
        for (const q of context.model.questions) {
            for (const image of q.answer.images) {
                if (image.kind === 'html' && !/\balt\s*=/i.test(context.model.source.slice(image.span)))
                    continue;
                const alt = image.alt.trim();
                if (!GENERIC.test(alt))
                    continue;
                context.report(`Image ${code(image.src || image.alt)} has ${alt ? `only ${code(alt)} as` : 'no'} description: a reader of the hand-in (or a screen reader) learns nothing from it. Say what it shows, e.g. ${code('![Training loss per epoch in W&B](…)')}.`, image.span, q.number);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/image-count.ts




const imageCount = {
    id: 'image-count',
    severity: 'error',
    description: 'An answer has fewer or more images than its question asks for.',
    check(context) {
        for (const a of context.questions) {
            const limit = a.limits.images;
            if (!limit || a.unanswered || (a.images >= limit.min && a.images <= limit.max))
                continue;
            const q = a.question;
            const asks = `Question ${q.number} asks for ${range(limit)} ${limit.max === 1 ? 'image' : 'images'}; found ${a.images}.`;
            const mode = `(${countedBy(context.wordCount)})`;
            const extraOf = { cause: countsCause(context, q, context.wordCount === 'grader'), folded: true };
            // Too few, next to an <img> or a link to a figure the checker does not count: they explain it
            // (not folded: this finding says what the question needs).
            const html = q.answer.images.find((i) => i.kind === 'html');
            const link = q.answer.links.find((l) => /\.(png|jpe?g|gif|svg|webp|bmp)(?:[?#].*)?$/i.test(l.href));
            const near = !extraOf.cause && a.images < limit.min ? (html ? refAt('html-image', html.span) : link ? refAt('image-link', link.span) : null) : null;
            if (a.images < limit.min) {
                const fix = 'Put the image in `figures/` and add `![what it shows](figures/name.png)` to the answer.';
                context.report(`${asks} ${fix} ${mode}`, q.answer.content ?? q.answer.marker ?? q.marker.span, q.number, near ? { cause: near } : extraOf);
            }
            else {
                const extra = a.imageSpans.slice(limit.max);
                const span = { start: extra[0].start, end: extra[extra.length - 1].end };
                context.report(`${asks} Remove ${plural(extra.length, 'image')}, from here on. ${mode}`, span, q.number, extraOf);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/image-checks.ts
/** Paths with a scheme (`https:`, `data:`, ...) are not files of the repository. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WEB_ADDRESS = /^(?:https?|ftp):/i;
/** The rendered images of an answer that name a file: not web addresses or data URIs. */
function localImages(q) {
    return q.answer.images.filter((i) => i.src !== '' && !URL_SCHEME.test(i.src) && !i.src.startsWith('//'));
}
/** Each local image of each answer with what its path leads to; nothing without a repository. */
function* resolvedImages(context) {
    const repo = context.repo;
    if (!repo)
        return;
    for (const question of context.model.questions) {
        for (const image of localImages(question))
            yield { question, image, target: repo.resolve(image.src) };
    }
}
/** How a path written in the report is resolved, for a message: `/` is the repository root, else the report's folder. */
function resolvedFrom(src) {
    return src.startsWith('/') ? 'a path that starts with `/` is relative to the repository root' : 'paths are relative to the report';
}

;// CONCATENATED MODULE: ./src/rules/image-format.ts


const ALLOWED = /\.(png|jpe?g)$/i;
/** The template's own example path, `figures/<image>.<extension>`: template-example reports it. */
const TEMPLATE_IMAGE = /<image>|<extension>/i;
/** `.jpegjpeg`, `.png.png`, `.jpgpng`: an extension typed twice. */
const DOUBLED = /\.(png|jpe?g)\.?(png|jpe?g)$/i;
const imageFormat = {
    id: 'image-format',
    severity: 'error',
    description: 'An image is not a `.png`, `.jpg` or `.jpeg` file, the only formats the template allows.',
    check(context) {
        for (const q of context.model.questions) {
            for (const image of localImages(q)) {
                const path = image.src.replace(/[?#].*$/, '');
                if (ALLOWED.test(path) && !DOUBLED.test(path))
                    continue;
                if (TEMPLATE_IMAGE.test(path))
                    continue;
                const doubled = DOUBLED.exec(path);
                if (doubled) {
                    context.report(`Image ${code(image.src)} ends in ${code(doubled[0])}: an extension typed twice. Name the file and the path with one, e.g. ${code(`.${doubled[2].toLowerCase()}`)}.`, image.srcSpan, q.number, { severity: 'warning' });
                    continue;
                }
                const ext = /\.[^./]+$/.exec(path)?.[0];
                context.report(`Image ${code(image.src)} is ${ext ? `a ${code(ext)} file` : 'a file without an extension'}; the template allows only \`.png\`, \`.jpg\` and \`.jpeg\`. Convert it.`, image.srcSpan, q.number);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/image-in-code.ts
const WHERE = { fenced: 'a fenced code block', indented: 'an indented code block', inline: 'inline code' };
const imageInCode = {
    id: 'image-in-code',
    severity: 'warning',
    description: 'An image written inside code: it does not render, but the course checker counts it.',
    check(context) {
        for (const q of context.model.questions) {
            for (const image of q.answer.codeImages) {
                context.report(`This image is inside ${WHERE[image.code]}: the course checker counts it, but it does not render, so the reader sees the code, not the picture. Take it out of the code.`, image.span, q.number);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/image-in-comment.ts

const imageInComment = {
    id: 'image-in-comment',
    severity: 'warning',
    description: 'An image inside an HTML comment (`<!-- ![x](y.png) -->`): the course checker counts it, the reader sees nothing.',
    check(context) {
        const { checker } = context;
        for (const a of context.questions) {
            const q = a.question;
            for (const image of q.answer.commentImages) {
                const counted = context.wordCount === 'grader' ? 'and so does the grader count here' : 'though the rendered count here does not';
                const vetted = checker ? checker.vet([{ start: image.span.start.offset, end: image.span.end.offset, text: '' }]) : null;
                const advice = vetted && !vetted.harmless
                    ? `Question ${q.number} passes the checker only with it: take it out of the comment, so that the reader sees the image the checker counts.`
                    : 'Take it out of the comment if the answer should show it, or delete it.';
                context.report(`Image ${code(image.src)} is inside an HTML comment: nothing shows for the reader, but the course checker counts it (${counted}). ${advice}`, image.span, q.number);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/image-link.ts

const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|bmp)(?:[?#].*)?$/i;
const imageLink = {
    id: 'image-link',
    severity: 'warning',
    description: 'A link to an image file where the question asks for an image: `[...](x.png)` without the `!`.',
    check(context) {
        const { checker } = context;
        for (const a of context.questions) {
            const q = a.question;
            // A question that asks for no image: a link to a figure is meant as a link.
            if (!a.limits.images)
                continue;
            for (const link of q.answer.links) {
                if (!IMAGE_FILE.test(link.href))
                    continue;
                const written = code(`![${link.text}](${link.href})`);
                const at = link.span.start.offset;
                const vetted = checker ? checker.vet([{ start: at, end: at, text: '!' }]) : null;
                if (vetted && !vetted.harmless) {
                    context.report(`This links to an image instead of showing it. Keep it a link: Question ${q.number} already has ${a.images} of at most ${a.limits.images.max} images the course checker counts, and one more would fail it.`, link.span, q.number, { severity: 'info' });
                    continue;
                }
                const short = a.images < a.limits.images.min;
                context.report(`This links to an image instead of showing it, and the course checker does not count it as an image. Write ${written} (with the \`!\`)` +
                    (short ? `: Question ${q.number} needs ${a.limits.images.min - a.images} more.` : ' if the answer should show it.'), link.span, q.number, short ? {} : { severity: 'info' });
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/image-missing.ts


const imageMissing = {
    id: 'image-missing',
    severity: 'error',
    description: 'An image path does not lead to a file in the repository, with that exact letter case.',
    fixable: true,
    check(context) {
        for (const { question, image, target } of resolvedImages(context)) {
            if (target.kind === 'missing') {
                context.report(`Image ${code(image.src)} is not in the repository (looked for ${code(target.path)}; ${resolvedFrom(image.src)}). Add the file or fix the path.`, image.srcSpan, question.number);
            }
            else if (target.kind === 'case-mismatch') {
                const written = context.model.source.slice(image.srcSpan) === image.src;
                const fixed = target.unique && written ? inRealCase(image.src, target.actual, context.repo) : null;
                context.report(`Image ${code(image.src)} exists only as ${code(target.actual)}: the hand-in is built on Linux, where letter case matters. Write the path exactly as the file is named.`, image.srcSpan, question.number, fixed === null ? {} : { fix: { edits: [{ start: image.srcSpan.start.offset, end: image.srcSpan.end.offset, text: fixed }], structural: false } });
            }
        }
    }
};
/**
 * The path as written, each name in the letter case of the one file it means (`actual`, from the
 * repository root), when that leads to the file; null when it cannot be said for sure (an
 * escaped or percent-encoded path, another spelling than case).
 */
function inRealCase(src, actual, repo) {
    const cut = src.search(/[?#]/);
    const path = cut < 0 ? src : src.slice(0, cut);
    if (/[%\\]/.test(path))
        return null;
    const names = path.split('/');
    const real = actual.split('/');
    for (let i = names.length - 1, k = real.length - 1; i >= 0 && k >= 0; i--, k--) {
        if (names[i] === '' || names[i] === '.' || names[i] === '..')
            break;
        if (names[i].toLowerCase() !== real[k].toLowerCase())
            return null;
        names[i] = real[k];
    }
    const fixed = names.join('/') + (cut < 0 ? '' : src.slice(cut));
    return fixed !== src && repo.resolve(fixed).kind === 'found' ? fixed : null;
}

;// CONCATENATED MODULE: ./src/rules/image-outside-repo.ts


const imageOutsideRepo = {
    id: 'image-outside-repo',
    severity: 'error',
    description: 'An image path leaves the repository (`../..`, an absolute path, a link out); report-lint never reads it.',
    check(context) {
        for (const { question, image, target } of resolvedImages(context)) {
            if (target.kind !== 'outside')
                continue;
            context.report(`Image ${code(image.src)} is outside the repository: ${target.why}. The hand-in holds only the repository's files; put the image in \`figures/\` next to the report.`, image.srcSpan, question.number);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/leftover-note.ts

const DEFAULT_NOTES = ['TODO', 'FIXME', 'TBD', 'XXX', 'INSERT', '???', '[citation needed]'];
function leftover_note_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** A note as a pattern: whole words where it starts or ends with a letter or digit, case as written. */
function notePattern(notes) {
    const parts = notes.map((n) => `${/^\w/.test(n) ? '\\b' : ''}${leftover_note_escape(n)}${/\w$/.test(n) ? '\\b' : ''}`);
    return new RegExp(parts.join('|'), 'g');
}
const leftoverNote = {
    id: 'leftover-note',
    severity: 'warning',
    description: 'A note to teammates left in an answer: TODO, FIXME, INSERT ..., ???, [citation needed].',
    options: {
        notes: { type: 'string[]', default: DEFAULT_NOTES, description: 'Texts that mark a note, matched case-sensitively as whole words.' }
    },
    check(context) {
        const notes = context.options.notes;
        if (!notes.length)
            return;
        const pattern = notePattern(notes);
        const { source } = context.model;
        for (const q of context.model.questions) {
            const start = q.answer.span.start.offset;
            for (const m of q.answer.raw.matchAll(pattern)) {
                const at = start + (m.index ?? 0);
                // A TODO inside a code sample is part of the sample.
                if (q.answer.code.some((c) => c.span.start.offset <= at && at < c.span.end.offset))
                    continue;
                const point = source.point(at);
                const rest = source.lineText(point.line).slice(point.column - 1).trim();
                const excerpt = rest.length > 40 ? `${rest.slice(0, 37)}...` : rest;
                context.report(`A note to teammates is left in Question ${q.number}'s answer: ${code(excerpt)}. Finish the answer and remove it.`, source.span(at, at + m[0].length), q.number);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/link-missing.ts


const linkMissing = {
    id: 'link-missing',
    severity: 'warning',
    description: 'A relative link in an answer (code, data, a Dockerfile) to a file that is not in the repository, with that exact letter case.',
    check(context) {
        const repo = context.repo;
        if (!repo)
            return;
        for (const q of context.model.questions) {
            for (const link of q.answer.links) {
                const href = link.href.trim();
                if (!href || href.startsWith('#') || href.startsWith('//') || URL_SCHEME.test(href))
                    continue;
                const target = repo.resolve(href);
                const from = resolvedFrom(href);
                if (target.kind === 'missing') {
                    context.report(`The link to ${code(href)} leads to no file in the repository (looked for ${code(target.path)}; ${from}): a reader of the hand-in gets an error page. Fix the path, or link the file on GitHub.`, link.hrefSpan, q.number);
                }
                else if (target.kind === 'case-mismatch') {
                    context.report(`The link to ${code(href)} works only as ${code(target.actual)}: GitHub, like Linux, tells letter case apart. Write the path exactly as the file is named.`, link.hrefSpan, q.number);
                }
                else if (target.kind === 'outside') {
                    context.report(`The link to ${code(href)} leads outside the repository: ${target.why}. Link a file of the repository.`, link.hrefSpan, q.number);
                }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/leftover-placeholder.ts
const leftoverPlaceholder = {
    id: 'leftover-placeholder',
    severity: 'warning',
    description: 'An answered question still holds the template placeholder.',
    check(context) {
        for (const a of context.questions) {
            if (a.unanswered)
                continue;
            for (const span of a.question.answer.placeholders) {
                context.report(`The template placeholder is still in Question ${a.question.number}'s answer, next to the answer itself; the course checker counts its words. Delete it.`, span, a.question.number);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/no-questions.ts
const noQuestions = {
    id: 'no-questions',
    severity: 'error',
    description: 'The file has no questions at all: it is not a report from the course template.',
    check(context) {
        if (context.model.questions.length)
            return;
        const empty = context.model.source.text.trim() === '';
        context.report(empty
            ? 'The file is empty. Start from the course template (reports/README.md in the course repository).'
            : 'No questions found. report-lint looks for the template\'s "### Question N" headings; is this the report file?', null, null);
    }
};

;// CONCATENATED MODULE: ./src/rules/prompt-constraint-mismatch.ts

const promptConstraintMismatch = {
    id: 'prompt-constraint-mismatch',
    severity: 'warning',
    description: "A prompt states other limits than the course checker enforces (an edited prompt, or the template's own slip).",
    check(context) {
        const { profile } = context;
        if (!profile || profile.source !== 'checker')
            return;
        for (const q of context.model.questions) {
            const limits = profile.limits.get(q.number);
            if (!limits)
                continue;
            for (const kind of ['words', 'images']) {
                const stated = q.prompt.stated[kind];
                const enforced = limits[kind];
                if (!stated || (enforced && enforced.min === stated.min && enforced.max === stated.max))
                    continue;
                const rule = enforced ? `enforces ${range(enforced)} ${kind}` : `does not check ${kind} for this question`;
                context.report(`Question ${q.number}'s prompt says ${range(stated)} ${kind}, but the course checker (${profile.id} template) ${rule}. ` +
                    'Editing the prompt does not change what is checked.', stated.span, q.number);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/question-duplicate.ts


const questionDuplicate = {
    id: 'question-duplicate',
    severity: 'error',
    description: 'A question appears more than once, or the whole template was pasted twice.',
    check(context) {
        const { model } = context;
        const { firstSeen, repeats, copyStart } = duplicates(model);
        if (!repeats.length)
            return;
        const counting = context.checker ? ' The course checker reads both, so every answer after the first copy is one too many.' : '';
        // A second copy of (most of) the template: one finding where it starts, not one per question.
        if (copyStart) {
            const first = firstSeen.get(repeats[0].number);
            const numbers = repeats.map((q) => q.number);
            // Loops, not Math.min(...numbers): a hostile report can hold more questions than a call has arguments.
            const low = numbers.reduce((a, b) => Math.min(a, b));
            const high = numbers.reduce((a, b) => Math.max(a, b));
            context.report(`The template appears a second time from here: Questions ${low}-${high} again ` +
                `(the first copy starts on line ${first.marker.span.start.line}).${counting}${crashNote(context.checker)} Keep one copy.`, repeats[0].marker.span, null);
            return;
        }
        for (const q of repeats) {
            const first = firstSeen.get(q.number);
            context.report(`Question ${q.number} appears a second time (first on line ${first.marker.span.start.line}).${counting}${crashNote(context.checker)} Merge the two answers into one.`, q.marker.span, q.number);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/question-heading.ts




/** The template's front matter: exactly the 43 characters the 27-question checker skips. */
const TEMPLATE_FRONT_MATTER = '---\nlayout: default\nnav_exclude: true\n---\n\n';
const questionHeading = {
    id: 'question-heading',
    severity: 'error',
    description: 'A question is introduced by bold text or a `#`/`##` heading instead of `### Question N`.',
    fixable: true,
    check(context) {
        const { model, checker } = context;
        // The checker reads every answer and passes them all: the headings are off, nothing it decides.
        const extra = checkerPassesAll(context) ? { severity: 'warning' } : {};
        model.questions.forEach((q, i) => {
            const m = q.marker;
            if (m.kind === 'heading' && (m.depth ?? 0) >= 3)
                return;
            const written = m.kind === 'bold' ? 'bold text' : m.kind === 'text' ? 'plain text' : code(`${'#'.repeat(m.depth ?? 1)} ${m.text}`);
            let effect = 'the course checker relies on `###` to find where each answer ends';
            const previous = model.questions[i - 1];
            if (checker && previous?.answer.marker) {
                const read = checker.answerOf[i - 1];
                effect = !read
                    ? `the course checker ends each answer at the next \`###\`, so it skips Question ${previous.number}'s answer and checks each later answer against the question before it`
                    : read.end > m.span.start.offset
                        ? `the course checker ends each answer at the next \`###\`, so it reads Question ${q.number}'s heading and prompt as part of Question ${previous.number}'s answer`
                        : effect;
            }
            const fix = headingFix(context, q, i);
            const frontMatter = fix && fix.edits.length > 1
                ? ' The 27-question checker skips the first 43 characters of the file, where the template has its front matter; this report has none, so the fix also puts the template\'s front matter back at the top.'
                : '';
            context.report(`Question ${q.number} is introduced by ${written}, not \`### Question ${q.number}\`: ${effect}. Write \`### Question ${q.number}\`.${frontMatter}`, m.span, q.number, { ...extra, fix });
        });
    }
};
/**
 * `### Question N` in place of the marker, when the number is certain: it lies between its
 * neighbours' numbers, appears once, and the prompt under it reads like Question N's in the
 * detected template. Where the 27-question checker would skip the new heading with the first
 * 43 characters (a report without front matter), the template's front matter goes back too.
 */
function headingFix(context, q, i) {
    const { model, profile, checker } = context;
    if (!checker || !profile || profile.source !== 'checker')
        return null;
    const n = q.number;
    const previous = model.questions[i - 1];
    const next = model.questions[i + 1];
    if (n < 1 || n > profile.questionCount || (previous && previous.number >= n) || (next && next.number <= n))
        return null;
    if (model.questions.some((o) => o !== q && o.number === n))
        return null;
    if (!promptReadsAs(profile, n, q.prompt.text))
        return null;
    const text = model.source.text;
    const m = q.marker;
    let edit = { start: m.span.start.offset, end: m.span.end.offset, text: `### Question ${n}` };
    if (m.kind === 'heading') {
        let at = m.span.start.offset;
        while (text[at] === ' ')
            at++;
        let end = at;
        while (text[end] === '#')
            end++;
        // An ATX heading keeps its words (`## Question 24: Docker`); a setext one is rewritten as ATX.
        edit = end > at ? { start: at, end, text: '###' } : { start: m.span.start.offset, end: m.span.end.offset, text: `### ${m.text}` };
    }
    const edits = [edit];
    const first = checker.run.pieces[0];
    if (checker.run.version === 27 && first && !first.afterAnswer && edit.start < first.start && !model.frontMatter && !text.startsWith('---')) {
        edits.unshift({ start: 0, end: 0, text: withLineEnding(TEMPLATE_FRONT_MATTER, lineEnding(text)) });
    }
    return { edits, structural: true };
}

;// CONCATENATED MODULE: ./src/rules/question-missing.ts


const questionMissing = {
    id: 'question-missing',
    severity: 'error',
    description: 'A question of the template is not in the report.',
    fixable: true,
    check(context) {
        const { model, profile } = context;
        if (!profile || profile.source !== 'checker' || !model.questions.length)
            return;
        const present = new Set(model.questions.map((q) => q.number));
        const lost = new Map([...lostHeadings(context).values()].map((l) => [l.number, l]));
        // The checker reads every answer and passes them all: the headings are off, nothing it decides.
        const severity = checkerPassesAll(context) ? 'warning' : undefined;
        for (let n = 1; n <= profile.questionCount; n++) {
            if (present.has(n))
                continue;
            const before = [...model.questions].reverse().find((q) => q.number < n);
            const after = model.questions.find((q) => q.number > n);
            const between = [before && `after Question ${before.number} (line ${before.marker.span.start.line})`, after && `before Question ${after.number}`]
                .filter(Boolean)
                .join(' and ');
            const pairing = context.checker
                ? ' The course checker pairs answers with questions by their order, so from here on it checks each answer against the wrong question.'
                : '';
            const found = lost.get(n);
            const text = found
                ? `Question ${n}'s heading is lost: its prompt and \`Answer:\` are still there (line ${model.source.point(found.answerAt).line}), but without \`### Question ${n}\` they run into Question ${before?.number ?? n - 1}'s answer.${pairing}${crashNote(context.checker)} Put \`### Question ${n}\` back above its prompt (line ${model.source.point(found.promptStart).line}).`
                : `Question ${n} is missing: there is no \`### Question ${n}\` ${between}; a lost heading runs its answer into the one before.${pairing}${crashNote(context.checker)}`;
            // A lost heading whose number and prompt are certain is put back by --fix.
            const fix = found?.fix ? { edits: [found.fix], structural: true } : null;
            context.report(text, missingSpan(model, n), n, { severity, fix });
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/question-order.ts

const questionOrder = {
    id: 'question-order',
    severity: 'error',
    description: 'Questions are out of order; the course checker pairs answers with questions by their order.',
    check(context) {
        const extra = checkerPassesAll(context) ? { severity: 'warning' } : {};
        const seen = new Set();
        let highest = 0;
        context.model.questions.forEach((q, i) => {
            // Repeats are question-duplicate's to report.
            if (seen.has(q.number))
                return;
            seen.add(q.number);
            if (q.number < highest) {
                const read = context.checker?.answerOf[i];
                const position = read ? context.checker.run.answers.indexOf(read) + 1 : 0;
                const pairing = position
                    ? `: the course checker pairs answers with questions by their order, so it checks this answer against Question ${position}'s limits`
                    : '';
                context.report(`Question ${q.number} comes after Question ${highest}${pairing}. Move it back to its place.`, q.marker.span, q.number, extra);
            }
            highest = Math.max(highest, q.number);
        });
    }
};

;// CONCATENATED MODULE: ./src/rules/question-unknown.ts


const questionUnknown = {
    id: 'question-unknown',
    severity: 'error',
    description: 'A question number the template does not have (renumbered or added questions).',
    check(context) {
        const { profile } = context;
        if (!profile || profile.source !== 'checker')
            return;
        const extra = checkerPassesAll(context) ? { severity: 'warning' } : {};
        for (const q of context.model.questions) {
            if (q.number >= 1 && q.number <= profile.questionCount)
                continue;
            context.report(`The ${profile.id} template has Questions 1-${profile.questionCount}; there is no Question ${q.number}.${crashNote(context.checker)} ` +
                'Check the numbering against the template.', q.marker.span, q.number, extra);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/remote-image.ts


const remoteImage = {
    id: 'remote-image',
    severity: 'warning',
    description: 'An image loaded from a web address is not part of the hand-in.',
    check(context) {
        for (const q of context.model.questions) {
            for (const image of q.answer.images) {
                if (!WEB_ADDRESS.test(image.src))
                    continue;
                context.report(`Image ${code(image.src)} is a web address: the hand-in is built from the repository, and the address may not work for the graders. Save the image in \`figures/\` and link \`figures/name.png\`.`, image.srcSpan, q.number);
            }
        }
    }
};

// EXTERNAL MODULE: ./src/util/lazy.cjs
var lazy = __webpack_require__(1);
;// CONCATENATED MODULE: ./src/util/user-pattern.ts
/**
 * Patterns from a configuration file (a rule's `regex` option). The file comes from a pull
 * request, so a pattern is hostile input: it runs on re2js, a linear-time engine (RE2 syntax),
 * never on the backtracking RegExp engine, where `^(a+)+$` against 40 characters runs for hours.
 * Only report-lint's own default patterns run on RegExp (see trustBuiltInPattern).
 */

/** A pattern RE2 cannot run, with what is wrong in words a user understands. */
class UserPatternError extends Error {
}
/**
 * report-lint's own default patterns (a rule option's default, e.g. `^s\d{6}$`): anchored, with
 * bounded repeats, linear on any engine. They run on RegExp, so a run without a configured
 * pattern does not load the RE2 engine (about 25 ms). Everything else is a user pattern.
 */
const builtIn = new Set();
function trustBuiltInPattern(source) {
    builtIn.add(source);
}
/**
 * Compiles a pattern, written as for JavaScript (`\u00e9`, `(?<name>...)` are translated), for a
 * linear-time match; `i` matches case-insensitively. Throws a UserPatternError naming the problem.
 */
function compileUserPattern(source, flags = '') {
    return builtIn.has(source) ? new RegExp(source, flags) : compileRe2(source, flags);
}
/** Why a pattern cannot be used, or null when it can (a built-in pattern is checked like any other). */
function userPatternProblem(source) {
    try {
        compileRe2(source, '');
        return null;
    }
    catch (error) {
        if (error instanceof UserPatternError)
            return error.message;
        throw error;
    }
}
function compileRe2(source, flags) {
    // The translation would turn a named backreference into the letter k: refuse it first.
    if (/(?:^|[^\\])(?:\\\\)*\\k/.test(source))
        throw new UserPatternError(`a backreference (\\k<...>) is not supported: ${LINEAR}`);
    const { RE2JS } = (0,lazy/* re2js */.Xf)();
    try {
        return RE2JS.compile(RE2JS.translateRegExp(source), flags === 'i' ? RE2JS.CASE_INSENSITIVE : 0);
    }
    catch (error) {
        throw new UserPatternError(describe(error));
    }
}
const LINEAR = 'report-lint runs patterns in linear time (RE2 syntax), which rules it out';
function describe(error) {
    const what = error.error ?? error.message;
    const input = user_pattern_shorten(error.input ?? '');
    if (what === 'invalid escape sequence' && /^\\([1-9]|k)/.test(input))
        return `a backreference (${input}) is not supported: ${LINEAR}`;
    if (input.startsWith('(?=') || input.startsWith('(?!'))
        return `a lookahead (${input.slice(0, 3)}) is not supported: ${LINEAR}`;
    if (input.startsWith('(?<=') || input.startsWith('(?<!'))
        return `a lookbehind (${input.slice(0, 4)}) is not supported: ${LINEAR}`;
    if (what === 'invalid nested repetition operator')
        return `a possessive or nested quantifier (${input}) is not supported: ${LINEAR}`;
    if (what === 'invalid repeat count')
        return `the repeat count ${input} is too large (at most 1000)`;
    if (what === 'expression too large' || what === 'expression nests too deeply')
        return `the pattern is too large (${what})`;
    return input ? `not a valid regular expression: ${what} (${input})` : `not a valid regular expression: ${what}`;
}
function user_pattern_shorten(text) {
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

;// CONCATENATED MODULE: ./src/rules/study-numbers.ts


/** Separators and words that may stand between study numbers. */
const FILLER = /^(?:-+|\*+|\++|\|+|and|&|og)$/i;
/** A capitalized word (a name): in ASCII without the Unicode classes, which cost more to compile than the rule costs to run. */
function looksLikeName(token) {
    return /^[\x00-\x7f]*$/.test(token) ? /^[A-Z][A-Za-z'-]*$/.test(token) : /^\p{Lu}[\p{L}'-]*$/u.test(token);
}
const studyNumbers = {
    id: 'study-numbers',
    severity: 'warning',
    description: "Question 2 should list the members' study numbers (s + 6 digits), each once; the course checker does not check it.",
    options: {
        pattern: { type: 'regex', default: '^s\\d{6}$', description: 'A study number, as a regular expression (matched case-insensitively).' }
    },
    check(context) {
        const pattern = compileUserPattern(context.options.pattern, 'i');
        for (const q of context.model.questions) {
            const content = q.answer.content;
            if (q.number !== 2 || !content || q.answer.placeholders.length)
                continue;
            const tokens = q.answer.rendered
                .split(/[\s,;/]+/)
                .map((t) => t.replace(/^[(["']+|[)\]"'.:]+$/g, ''))
                .filter((t) => t && !FILLER.test(t));
            const bad = tokens.filter((t) => !pattern.test(t));
            if (bad.length) {
                // Say what the template asks for and what does not have that form; never what a token "is".
                const names = bad.filter(looksLikeName);
                const named = bad.slice(0, 4).map((t) => code(t));
                const more = bad.length > 4 ? ` and ${bad.length - 4} more` : '';
                const note = names.length === bad.length ? ' Names are not asked for; the study numbers are.' : '';
                context.report(`Question 2 asks for the study number of each member, like \`s123456\`; ${named.join(', ')}${more} ${bad.length === 1 ? 'does' : 'do'} not have that form.${note}`, content, 2);
            }
            const seen = new Set();
            for (const t of tokens.filter((t) => pattern.test(t))) {
                const key = t.toLowerCase();
                if (!seen.has(key))
                    seen.add(key);
                else
                    context.report(`Study number ${code(t)} is listed more than once in Question 2. List each member once.`, content, 2);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/template-example.ts


/** Blanks the template's examples leave for the student: `sXXXXXX`, `X %`, `XX%`, `<weblink>`. */
const BLANK = /<weblink>|\bs?X{2,}\b|\bX ?%/g;
const MIN_WORDS = 6;
/** Lower-case words only, so markup, quotes and line breaks do not matter; a `...` blank stays, as `…`. */
function normalize(text) {
    const lower = text.toLowerCase().replace(/\.{3}|…/g, ' … ');
    // Nearly every text is ASCII but for typographic quotes and dashes: none of those is a letter or
    // digit, so its letters and digits are a-z and 0-9, and no Unicode class is needed.
    return (PLAIN.test(text) ? lower.replace(/[^a-z0-9%…]+/g, ' ') : lower.replace(/[^\p{L}\p{N}%…]+/gu, ' ')).trim();
}
/** ASCII, no-break spaces, `‘’“”`, `–—` and `…`. */
const PLAIN = /^[\x00-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;
/** What follows a prompt's `Example:`. */
function exampleText(promptText) {
    const at = promptText.search(/\bexample:/i);
    return at < 0 ? '' : promptText.slice(at + 'example:'.length);
}
/** The sentences of a prompt's example. */
function exampleSentences(promptText) {
    return exampleText(promptText)
        .split(/(?<=[^.][.!?])\s+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
const templateExample = {
    id: 'template-example',
    severity: 'warning',
    description: "The template's own example text left in an answer: an example sentence word for word, a blank such as `X %`, or the example figure link.",
    check(context) {
        const { model } = context;
        for (const q of model.questions) {
            const answer = q.answer;
            if (!answer.content)
                continue;
            for (const image of [...answer.images, ...answer.codeImages]) {
                if (!TEMPLATE_IMAGE.test(image.src))
                    continue;
                context.report(`${code(image.src)} is the template's example path, not a file: put your image in \`figures/\` and write its name, e.g. \`figures/wandb_loss.png\`.`, image.span, q.number);
            }
            // A blank of the example left unfilled in the answer.
            // The prompt as written: `<weblink>` is HTML to the parser, so it is not in the prompt's text.
            const written = q.prompt.span ? model.source.slice(q.prompt.span) : '';
            const blanks = new Set([...exampleText(written).matchAll(BLANK)].map((m) => m[0]));
            for (const blank of blanks) {
                const at = answer.raw.indexOf(blank);
                if (at < 0)
                    continue;
                const start = answer.span.start.offset + at;
                if (answer.code.some((c) => c.span.start.offset <= start && start < c.span.end.offset))
                    continue;
                context.report(`${code(blank)} is a blank of the prompt's example, left unfilled in Question ${q.number}'s answer. Put in your own ${blank.includes('weblink') ? 'link' : 'value'}.`, model.source.span(start, start + blank.length), q.number);
            }
            // The answer is normalized only when a sentence may be in it: each of the sentence's words
            // (but `…`) is then in the answer's lower-case text as it stands (normalize only puts spaces
            // between such runs of letters and digits).
            let lower = null;
            let said = null;
            const sentences = exampleSentences(q.prompt.text);
            let reported = 0;
            for (const sentence of sentences) {
                if (reported >= 3)
                    break;
                const words = normalize(sentence);
                const list = words.split(' ');
                if (list.length < MIN_WORDS)
                    continue;
                lower ??= answer.rendered.toLowerCase();
                if (!list.every((w) => w === '…' || lower.includes(w)))
                    continue;
                said ??= ` ${normalize(answer.rendered)} `;
                if (!said.includes(` ${words} `))
                    continue;
                const blank = /\.{3}|…/.exec(sentence);
                const first = sentence.split(/\s+/).slice(0, 3).join(' ').replace(/[*_]/g, '');
                const where = locate(answer.raw, first);
                const at = answer.span.start.offset + where;
                const span = where < 0 ? answer.content : model.source.span(at, at + first.length);
                context.report(blank
                    ? `The prompt's example is left in Question ${q.number}'s answer with its blank ${code(blank[0])} unfilled: ${code(clip(sentence))}. Fill it in.`
                    : `The prompt's example sentence is in Question ${q.number}'s answer word for word: ${code(clip(sentence))}. If it is what your group did, say it in your own words.`, span, q.number, 
                // A whole example sentence may be true of the group; a blank left open never is.
                blank ? {} : { severity: 'info' });
                reported++;
            }
        }
    }
};
function clip(text) {
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** Where the first words of a sentence stand in the raw answer (any letter case), or -1. */
function locate(raw, start) {
    return raw.toLowerCase().indexOf(start.toLowerCase());
}

;// CONCATENATED MODULE: ./src/rules/unanswered.ts

const unanswered = {
    id: 'unanswered',
    severity: 'error',
    description: 'A question still has the template placeholder, or nothing, as its answer.',
    check(context) {
        for (const a of context.questions) {
            const q = a.question;
            const cause = countsCause(context, q, context.wordCount === 'grader');
            if (a.unanswered === 'placeholder') {
                context.report(`Question ${q.number} is unanswered: the placeholder \`--- question ${q.number} fill here ---\` is still there. Replace it with your answer.`, q.answer.placeholders[0], q.number, { cause });
            }
            else if (a.unanswered === 'empty') {
                context.report(`Question ${q.number} has no answer. Write it below the prompt's \`Answer:\` line.`, q.answer.marker ?? q.marker.span, q.number, 
                // Without an `Answer:` line, "write it below the Answer: line" is not advice: answer-marker-missing says it all.
                { cause, folded: true });
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/index.ts

































/** Every rule, in the order their findings are listed when they share a position. */
const RULES = [
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
];
function ruleById(id) {
    return RULES.find((rule) => rule.id === id);
}

;// CONCATENATED MODULE: ./src/profiles/course-runs.ts
/**
 * Which course runs used each template era, from ../shared/course-checker.md: DTU 02476 runs in
 * January and June. A group keeps the template it copied; where the course changed its checker
 * during a run, a template can fall under two eras (the note says which).
 */
const COURSE_RUNS = new Map([
    ['2023-01', [{ year: 2023, month: 'January', note: 'the first template and checker (Question 7 asks only how many tests)' }]],
    [
        '2023-2024',
        [
            { year: 2023, month: 'January', note: 'as graded by the checker of 19 January 2023' },
            { year: 2023, month: 'June' },
            { year: 2024, month: 'January' },
            { year: 2024, month: 'June' }
        ]
    ],
    ['2024-12', [{ year: 2025, month: 'January', note: 'the template of December 2024, graded by its first checker' }]],
    [
        '2025',
        [
            { year: 2025, month: 'January', note: 'templates and checker from 8 January 2025' },
            { year: 2025, month: 'June' },
            { year: 2026, month: 'January', note: 'the template of early January 2026 with the old Question 3, graded by its first checker' }
        ]
    ],
    ['2026', [{ year: 2026, month: 'January', note: 'the new Question 3 prompt, checker from 9 January 2026' }]]
]);
/** `January 2023`, `June 2023, January and June 2024`: the runs in a few words. */
function describeRuns(runs) {
    const byYear = new Map();
    for (const run of runs)
        byYear.set(run.year, [...(byYear.get(run.year) ?? []), run.month]);
    return [...byYear].map(([year, months]) => `${months.join(' and ')} ${year}`).join(', ');
}
/**
 * The eras whose course runs fall in the year (and month) a user wrote instead of an era id:
 * `2024` means the runs of 2024, which used the `2023-2024` template, not `2025`.
 */
function erasForDate(text) {
    const m = /^(\d{4})(?:[-/.](\d{1,2}))?$/.exec(text.trim());
    if (!m)
        return [];
    const month = m[2] === undefined ? null : Number(m[2]);
    // A month names the run it belongs to: June, or January (a template copied in December is
    // the next January's).
    const year = Number(m[1]) + (month !== null && month >= 10 && month <= 12 ? 1 : 0);
    const run = month === null || month < 1 || month > 12 ? null : month >= 4 && month <= 9 ? 'June' : 'January';
    const found = [];
    for (const [id, runs] of COURSE_RUNS) {
        const matching = runs.filter((r) => r.year === year && (run === null || r.month === run));
        if (matching.length)
            found.push({ id, runs: matching });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/util/suggest.ts
/** Did-you-mean for a mistyped name: the closest choice by edit distance, when it is close enough. */
/** The choice closest to `word`, or null when none is near (case is ignored). */
function closest(word, choices) {
    // A very long word is no near miss of a short name; this also bounds the work.
    if (word.length > 100)
        return null;
    let best = null;
    let bestDistance = Infinity;
    for (const choice of choices) {
        const d = distance(word.toLowerCase(), choice.toLowerCase());
        if (d < bestDistance) {
            best = choice;
            bestDistance = d;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : null;
}
/** ` (did you mean "x"?)` for a near miss, else nothing. */
function suggest(word, choices) {
    const best = closest(word, choices);
    return best === null ? '' : ` (did you mean "${best}"?)`;
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/profiles/profiles.ts
/**
 * The course checker's constraint tables, one entry per question: `words+images`,
 * `-` for none. Facts from the course's `report.py` per template era.
 */
const TABLE_2023_01 = '- - 100-200 100-200 100-200 50-100 - 100-200 100-200 100-200 200-300 50-100 100-200 200-300+1-3 100-200 100-200 ' +
    '50-200 50-100 +1-2 +1-1 +1-1 100-200 100-200 25-100 200-400+1-1 200-400 50-200';
const TABLE_2023_2024 = edit(TABLE_2023_01, { 7: '50-100', 18: '100-200' });
const TABLE_2025 = '- - 100-200 100-200 100-200 100-200 50-100 100-200 100-200 100-200 200-300 50-100 100-200 200-300+1-3 100-200 ' +
    '100-200 50-200 100-200 +1-2 +1-2 +1-2 100-200 100-200 100-200 100-200 100-200 100-200 0-200 200-400+1-1 200-400 50-300';
const TABLE_2024_12 = edit(TABLE_2025, { 31: '50-200' });
const TABLE_2026 = edit(TABLE_2025, { 3: '0-200' });
const TOPICS_27 = [
    'Group number',
    'Study numbers',
    'Third-party framework',
    'Dependencies',
    'Code structure',
    'Code quality',
    'Tests',
    'Code coverage',
    'Branches and pull requests',
    'Data version control',
    'Continuous integration',
    'Experiment configuration',
    'Reproducibility',
    'Experiment tracking screenshots',
    'Docker',
    'Debugging and profiling',
    'GCP services',
    'Compute Engine',
    'Bucket images',
    'Container registry image',
    'Cloud Build history image',
    'Deployment',
    'Monitoring',
    'Credits used',
    'Architecture figure',
    'Struggles',
    'Contributions'
];
const TOPICS_31 = [
    'Group number',
    'Study numbers',
    'Third-party package',
    ...TOPICS_27.slice(3, 19),
    'Artifact registry images',
    'Cloud Build history images',
    'Training in the cloud',
    'API',
    'API deployment',
    'API testing and load testing',
    'Monitoring',
    'Credits used',
    'Extras',
    'Architecture figure',
    'Struggles',
    'Contributions'
];
const PROFILES = [
    profile('2023-01', 'January 2023 (27 questions, no checklist)', 27, TABLE_2023_01, TOPICS_27, [
        ['2022-12-29', TABLE_2023_01],
        ['2023-01-19', TABLE_2023_2024]
    ]),
    profile('2023-2024', 'June 2023 to June 2024 (27 questions)', 27, TABLE_2023_2024, TOPICS_27),
    profile('2024-12', 'December 2024 (31 questions, Q31 50-200 words)', 31, TABLE_2024_12, TOPICS_31, [
        ['2024-12-22', TABLE_2024_12],
        ['2025-01-08', TABLE_2025]
    ]),
    profile('2025', '2025 (31 questions)', 31, TABLE_2025, TOPICS_31),
    profile('2026', '2026 (31 questions, Q3 0-200 words)', 31, TABLE_2026, TOPICS_31)
];
/**
 * The early-January 2026 template (`uv add typer markdown`, the old Question 3 prompt) has the
 * 2025 table, and was checked by the 2026-01-04 checker (that table) and the 2026-01-09 one
 * (Question 3 0-200 words).
 */
const EARLY_2026_CHECKERS = [
    { date: '2026-01-04', limits: parseTable(TABLE_2025) },
    { date: '2026-01-09', limits: parseTable(TABLE_2026) }
];
const PROMPTS_PROFILE_ID = 'prompts';
function profileById(id) {
    return PROFILES.find((p) => p.id === id);
}
/** For a report that matches no era: each question is held to the limits its own prompt states. */
function promptsProfile(questions) {
    const limits = new Map();
    const topics = new Map();
    for (const q of questions) {
        if (limits.has(q.number))
            continue;
        limits.set(q.number, { words: q.words, images: q.images });
        topics.set(q.number, q.topic);
    }
    return {
        id: PROMPTS_PROFILE_ID,
        title: 'limits stated in the report’s prompts',
        questionCount: [...limits.keys()].reduce((a, b) => Math.max(a, b), 0),
        checker: null,
        limits,
        checkers: [{ date: null, limits }],
        topics,
        source: 'prompts'
    };
}
function profile(id, title, count, table, topics, pair = null) {
    const limits = parseTable(table);
    if (limits.size !== count || topics.length !== count)
        throw new Error(`profile ${id}: table has ${limits.size} entries`);
    const checkers = pair ? pair.map(([date, t]) => ({ date, limits: t === table ? limits : parseTable(t) })) : [{ date: null, limits }];
    return {
        id,
        title,
        questionCount: count,
        checker: count,
        limits,
        checkers,
        topics: new Map(topics.map((t, i) => [i + 1, t])),
        source: 'checker'
    };
}
function parseTable(table) {
    const limits = new Map();
    table.split(' ').forEach((cell, i) => limits.set(i + 1, parseCell(cell)));
    return limits;
}
function parseCell(cell) {
    const [words, images] = cell.split('+');
    return { words: parseBounds(words), images: images === undefined ? null : parseBounds(images) };
}
function parseBounds(text) {
    const m = /^(\d+)-(\d+)$/.exec(text);
    return m ? { min: Number(m[1]), max: Number(m[2]) } : null;
}
function edit(table, changes) {
    return table
        .split(' ')
        .map((cell, i) => changes[i + 1] ?? cell)
        .join(' ');
}

;// CONCATENATED MODULE: ./src/config/schema.ts




/** Where the schema is shipped in the repository; `$schema` in a configuration file names it. */
const CONFIG_SCHEMA_PATH = 'schema/report-lint.schema.json';
const CONFIG_SCHEMA_URL = rawUrl(CONFIG_SCHEMA_PATH);
const SEVERITIES = ['error', 'warning', 'info', 'off'];
const WORD_COUNT_MODES = ['grader', 'rendered'];
function profileIds() {
    return ['auto', ...PROFILES.map((p) => p.id), PROMPTS_PROFILE_ID];
}
/**
 * The JSON Schema of `.report-lint.json`, built from the profiles and the rules' metadata. It is
 * the validator itself (src/config/validate.ts compiles it with Ajv), and the shipped file
 * schema/report-lint.schema.json is this object (a test keeps them equal: `npm run schema`).
 */
function configSchema(only) {
    const rules = {};
    for (const rule of RULES) {
        if (only && !only.has(rule.id))
            continue;
        const meta = ruleMeta(rule);
        rules[rule.id] = {
            description: `${meta.description} Default: ${meta.defaultSeverity}.${meta.fixable ? ' report-lint --fix repairs some of its findings.' : ''} ${meta.docs}`,
            anyOf: [
                { $ref: '#/definitions/severity' },
                { type: 'boolean', description: 'true: on, with the default severity; false: off.' },
                {
                    type: 'object',
                    properties: { severity: { $ref: '#/definitions/severity' }, ...meta.options },
                    additionalProperties: false
                }
            ]
        };
    }
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: CONFIG_SCHEMA_URL,
        title: 'report-lint configuration',
        description: `Configuration of report-lint (.report-lint.json). ${docsUrl('README.md', 'configuration')}`,
        type: 'object',
        properties: {
            $schema: { type: 'string', format: 'uri-reference', description: 'This schema, for editors.' },
            profile: {
                description: `Template era whose limits apply: auto (detected), an era, or prompts (each question's own stated limits). ${docsUrl('README.md', 'which-profile')}`,
                enum: profileIds(),
                default: 'auto'
            },
            wordCount: {
                description: 'grader counts words as the course checker does; rendered counts the words a reader sees.',
                enum: [...WORD_COUNT_MODES],
                default: 'grader'
            },
            rules: {
                description: `Rule settings by rule id: a severity, true/false, or an object with severity and the rule's options. ${docsUrl('docs/rules.md')}`,
                type: 'object',
                properties: rules,
                additionalProperties: false
            }
        },
        additionalProperties: false,
        definitions: {
            severity: { enum: [...SEVERITIES], description: 'error, warning, info, or off.' }
        }
    };
}

;// CONCATENATED MODULE: ./src/config/profile-hint.ts



/**
 * ` (did you mean ...?)` for a profile name that is not one. A year (or year and month) names
 * the course runs of that time: `2024` suggests `2023-2024`, the template of the 2024 runs, not
 * `2025`, the nearest spelling. Anything else gets the nearest spelling, if one is near.
 */
function profileHint(value) {
    const eras = erasForDate(value);
    if (eras.length) {
        return ` (did you mean ${eras.map((e) => `"${e.id}", the template of ${describeRuns(e.runs)}`).join(', or ')}?)`;
    }
    // A date with no run of its own: the nearest spelling (2022 -> 2025) would mislead.
    if (/^\d{4}(?:[-/.]\d{1,2})?$/.test(value.trim()))
        return '';
    return suggest(value, profileIds());
}

;// CONCATENATED MODULE: ./src/config/validate.ts






const compiled = new Map();
/**
 * The schema compiled with Ajv, on first use: a run without a configuration file never pays for
 * it. Compiling all of it takes about 70 ms, so the validator is compiled from the schema of the
 * rules the file names, which judges that file exactly as the whole schema does: a rule's entry
 * only ever applies to the file's own `rules.<id>`, and a key that names no rule is unknown to
 * both (a test compares the two on generated files).
 */
function validator(data, full) {
    const rules = isObject(data) && Object.hasOwn(data, 'rules') && isObject(data.rules) ? Object.keys(data.rules) : [];
    const named = full ? null : new Set(RULES.map((r) => r.id).filter((id) => rules.includes(id)));
    const key = named ? [...named].join(',') : '*';
    const cached = compiled.get(key);
    if (cached)
        return cached;
    // The schema itself is checked against the JSON Schema meta-schema by a test, not on every run.
    const ajv = new ((0,lazy/* ajv */.SS)().Ajv)({ allErrors: true, strict: true, validateSchema: false });
    // ajv-formats' `uri-reference` for `$schema`; `regex` is a pattern for report-lint's linear-time engine.
    (0,lazy/* ajvFormats */.U1)().default(ajv, ['uri-reference']);
    ajv.addFormat('regex', { type: 'string', validate: (text) => userPatternProblem(text) === null });
    const validate = ajv.compile(configSchema(named ?? undefined));
    compiled.set(key, validate);
    return validate;
}
/**
 * Checks parsed configuration data against the schema. Returns the problems, each in one clear
 * sentence. `fullSchema` compiles the whole schema instead of the rules the file names (for tests).
 */
function validateConfig(data, fullSchema = false) {
    const validate = validator(data, fullSchema);
    if (validate(data))
        return [];
    return (validate.errors ?? [])
        .filter((error) => relevant(error, data))
        .map((error) => validate_describe(error, data))
        .filter((problem, i, all) => all.findIndex((p) => p.pointer === problem.pointer && p.message === problem.message) === i);
}
/**
 * A rule setting is a severity, a boolean or an object (`anyOf`): keep only the errors that fit
 * the kind of value the file has, so that a setting gets one message that speaks to it.
 */
function relevant(error, data) {
    const segments = pointerSegments(error.instancePath);
    if (segments.length !== 2 || segments[0] !== 'rules')
        return true;
    const value = valueAt(data, error.instancePath);
    if (isObject(value))
        return error.keyword === 'additionalProperties';
    if (typeof value === 'string')
        return error.keyword === 'enum';
    return error.keyword === 'anyOf';
}
function validate_describe(error, data) {
    const path = error.instancePath;
    const value = valueAt(data, path);
    const where = displayPath(path);
    const at = (message, atKey = false, pointer = path) => ({ pointer, atKey, message });
    const segments = pointerSegments(path);
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const pointer = `${path}/${escapePointer(key)}`;
            if (segments.length === 0) {
                const allowed = ['profile', 'wordCount', 'rules'];
                return at(`unknown key ${quote(key)}${suggest(key, allowed)} (allowed: ${allowed.join(', ')})`, true, pointer);
            }
            if (segments.length === 1 && segments[0] === 'rules') {
                return at(`rules: unknown rule ${quote(key)}${suggest(key, RULES.map((r) => r.id))}`, true, pointer);
            }
            const rule = RULES.find((r) => r.id === segments[1]);
            const allowed = ['severity', ...Object.keys(rule?.options ?? {})];
            return at(`${where}: unknown option ${quote(key)}${suggest(key, allowed)} (allowed: ${allowed.join(', ')})`, true, pointer);
        }
        case 'anyOf':
            return at(`${where}: must be a severity (${SEVERITIES.map((s) => `"${s}"`).join(', ')}), true/false, or an object`);
        case 'enum':
            if (path === '/profile')
                return at(`profile: unknown profile ${show(value)}${typeof value === 'string' ? profileHint(value) : ''} (one of: ${error.params.allowedValues.join(', ')})`);
            if (path === '/wordCount')
                return at(`wordCount: must be "grader" or "rendered", not ${show(value)}`);
            if (pointerSegments(path).length === 2)
                return at(`${where}: severity must be one of ${SEVERITIES.join(', ')}, not ${show(value)}`);
            return at(`${where}: must be one of ${error.params.allowedValues.join(', ')}, not ${show(value)}`);
        case 'type':
            if (path === '')
                return at('must hold a JSON object');
            return at(`${where}: must be ${typeName(String(error.params.type), path)}, not ${show(value)}`);
        case 'format':
            if (error.params.format === 'regex' && typeof value === 'string')
                return at(`${where}: ${userPatternProblem(value)}`);
            return at(`${where}: must be a ${error.params.format}, not ${show(value)}`);
        case 'minLength':
            return at(`${where}: must not be empty`);
        case 'maxLength':
            return at(`${where}: must be at most ${error.params.limit} characters long`);
        case 'maxItems':
            return at(`${where}: must have at most ${error.params.limit} items`);
        default:
            return at(`${where}: ${error.message ?? 'is not valid'}`);
    }
}
function typeName(type, path) {
    if (path === '/rules')
        return 'an object of rule id to setting';
    return { string: 'a string', array: 'a list', object: 'an object', number: 'a number', boolean: 'true or false' }[type] ?? `of type ${type}`;
}
/** `rules.leftover-note.notes[0]` for `/rules/leftover-note/notes/0`. */
function displayPath(pointer) {
    let out = '';
    for (const segment of pointerSegments(pointer))
        out += /^\d+$/.test(segment) && out ? `[${segment}]` : `${out ? '.' : ''}${segment}`;
    return out;
}
function pointerSegments(pointer) {
    return pointer ? pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : [];
}
function escapePointer(segment) {
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
function valueAt(data, pointer) {
    let value = data;
    for (const segment of pointerSegments(pointer)) {
        if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment))
            return undefined;
        value = value[segment];
    }
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A value from the file, shown short: the file comes from a pull request. */
function show(value) {
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        // Nested deeper than JSON.stringify goes.
        text = Array.isArray(value) ? '['.repeat(61) : '{'.repeat(61);
    }
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function quote(key) {
    return show(key);
}

;// CONCATENATED MODULE: ./src/config/config.ts






/** A configuration or usage mistake: reported in one line, never as a stack trace. */
class ConfigError extends Error {
}
function defaultConfig() {
    return {
        profile: 'auto',
        wordCount: 'grader',
        rules: new Map(RULES.map((rule) => [rule.id, { severity: rule.severity, options: defaultOptions(rule.id) }]))
    };
}
function checkProfile(value, where) {
    const ids = profileIds();
    if (typeof value !== 'string' || !ids.includes(value)) {
        const hint = typeof value === 'string' ? profileHint(value) : '';
        throw new ConfigError(`${where}: unknown profile ${JSON.stringify(value)}${hint} (one of: ${ids.join(', ')})`);
    }
    return value;
}
function checkWordCount(value, where) {
    if (typeof value !== 'string' || !WORD_COUNT_MODES.includes(value)) {
        throw new ConfigError(`${where}: must be "grader" or "rendered", not ${JSON.stringify(value)}`);
    }
    return value;
}
/**
 * Validates parsed configuration data against the configuration schema and builds the Config.
 * `locate` gives a problem's line and column in the file; the first problem in the file is
 * reported, as `file:line:column: message` (just `file: message` without positions).
 */
function parseConfig(data, origin, locate = () => null) {
    const problems = validateConfig(data).map((problem) => ({ problem, at: locate(problem) }));
    if (problems.length) {
        const order = (at) => (at ? at.line * 1e9 + at.column : Infinity);
        const { problem, at } = problems.reduce((first, p) => (order(p.at) < order(first.at) ? p : first));
        throw new ConfigError(`${origin}${at ? `:${at.line}:${at.column}` : ''}: ${problem.message}`);
    }
    return buildConfig(data);
}
/**
 * The Config of valid data. Every lookup is of an own property: a key such as `__proto__` or
 * `constructor` in the file is a name like any other (and the schema has already refused it).
 */
function buildConfig(data) {
    const config = defaultConfig();
    const own = (object, key) => (Object.hasOwn(object, key) ? object[key] : undefined);
    const profile = own(data, 'profile');
    if (profile !== undefined)
        config.profile = profile;
    const wordCount = own(data, 'wordCount');
    if (wordCount !== undefined)
        config.wordCount = wordCount;
    const rules = (own(data, 'rules') ?? {});
    for (const id of Object.keys(rules)) {
        const rule = ruleById(id);
        const value = rules[id];
        const setting = { severity: rule.severity, options: defaultOptions(id) };
        if (value === false)
            setting.severity = 'off';
        else if (typeof value === 'string')
            setting.severity = value;
        else if (typeof value === 'object' && value !== null) {
            for (const key of Object.keys(value)) {
                const option = value[key];
                if (key === 'severity')
                    setting.severity = option;
                else
                    setting.options[key] = option;
            }
        }
        config.rules.set(id, setting);
    }
    return config;
}
/**
 * The rule's options at their defaults, in an object without a prototype (option names are data).
 * A default pattern is report-lint's own, not a user's: it may run on RegExp.
 */
function defaultOptions(id) {
    const options = Object.create(null);
    for (const [key, spec] of Object.entries(ruleById(id)?.options ?? {})) {
        if (spec.type === 'regex' && typeof spec.default === 'string')
            trustBuiltInPattern(spec.default);
        options[key] = spec.default;
    }
    return options;
}

;// CONCATENATED MODULE: ./src/cli/args.ts


const FORMATS = ['text', 'json', 'sarif', 'csv'];
const DEFAULT_FILES = ['reports/README.md'];
const OPTIONS = [
    { short: 'f', long: 'format', value: FORMATS.join('|'), key: 'format', help: 'output format (default: text); csv: one row per report' },
    {
        short: 'p',
        long: 'profile',
        value: 'name',
        key: 'profile',
        help: `template era: ${profileIds().join(', ')} (default: auto)`
    },
    {
        short: 'w',
        long: 'word-count',
        value: 'grader|rendered',
        key: 'wordCount',
        help: 'grader counts as the course checker does (default); rendered counts words a reader sees'
    },
    { short: 'c', long: 'config', value: 'file', key: 'config', help: 'configuration file (default: .report-lint.json when it exists)' },
    { long: 'fix', key: 'fix', help: 'repair in place what report-lint can repair safely (see docs/rules.md, "Fixes")' },
    { long: 'fix-dry-run', key: 'fixDryRun', help: 'print those repairs as a unified diff (for git apply); change nothing' },
    { long: 'diff', key: 'fixDryRun', help: 'the same as --fix-dry-run' },
    { long: 'list-rules', key: 'listRules', help: 'list every rule with its default severity (text or json)' },
    { long: 'config-schema', key: 'configSchema', help: 'print the JSON Schema of .report-lint.json' },
    { short: 'h', long: 'help', key: 'help', help: 'show this help' },
    { short: 'v', long: 'version', key: 'version', help: 'show the version' }
];
const names = (o) => [o.short ? `-${o.short}` : null, `--${o.long}`].filter((n) => n !== null);
const ALL_NAMES = OPTIONS.flatMap(names);
function usage() {
    const left = OPTIONS.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.long}${o.value ? ` <${o.value}>` : ''}`);
    const width = Math.max(...left.map((l) => l.length));
    return [
        'Usage: report-lint [options] [files or globs...]',
        '',
        'Lints DTU 02476 MLOps exam reports (default: reports/README.md). Quote globs to let',
        "report-lint expand them: 'groups/*/reports/README.md'.",
        '',
        'Options:',
        ...OPTIONS.map((o, i) => `  ${left[i].padEnd(width)}  ${o.help}`),
        '',
        'Short options take their value attached or separate: -fjson, -f json, --format=json.',
        '',
        'Exit status: 0 no errors, 1 errors found, 2 usage error or a file that cannot be read.',
        'With --fix or --diff, the errors that remain after the repairs count.'
    ].join('\n');
}
const USAGE = usage();
/** Parses the command line; a mistake throws a ConfigError with a one-line message. */
function parseArgs(argv) {
    const args = {
        files: [],
        format: 'text',
        profile: null,
        wordCount: null,
        config: null,
        help: false,
        version: false,
        listRules: false,
        configSchema: false,
        fix: false,
        fixDryRun: false
    };
    let onlyFiles = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (onlyFiles || !arg.startsWith('-') || arg === '-') {
            args.files.push(arg);
            continue;
        }
        if (arg === '--') {
            onlyFiles = true;
            continue;
        }
        // --name=value, --name value, -xvalue, -x value.
        let name;
        let inline = null;
        if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            name = eq < 0 ? arg : arg.slice(0, eq);
            if (eq >= 0)
                inline = arg.slice(eq + 1);
        }
        else {
            // `-format` is a long option with one dash, not `-f` with the value `ormat`.
            const long = OPTIONS.find((o) => arg.slice(1).split('=')[0] === o.long);
            if (long)
                throw new ConfigError(`unknown option ${plain(arg.split('=')[0])} (did you mean "--${long.long}"?) (see report-lint --help)`);
            name = arg.slice(0, 2);
            if (arg.length > 2)
                inline = arg.slice(2).replace(/^=/, '');
        }
        const spec = OPTIONS.find((o) => names(o).includes(name));
        if (!spec) {
            const hint = name.startsWith('--') ? suggest(name, ALL_NAMES.filter((n) => n.startsWith('--'))) : '';
            throw new ConfigError(`unknown option ${plain(name)}${hint} (see report-lint --help)`);
        }
        if (!spec.value) {
            if (inline !== null)
                throw new ConfigError(`option ${name} takes no value (see report-lint --help)`);
            args[spec.key] = true;
            continue;
        }
        const value = inline ?? argv[++i];
        if (value === undefined)
            throw new ConfigError(`option ${name} needs a value (see report-lint --help)`);
        if (spec.key === 'format')
            args.format = checkFormat(value);
        else if (spec.key === 'profile')
            args.profile = checkProfile(value, `--profile`);
        else if (spec.key === 'wordCount')
            args.wordCount = checkWordCount(value, '--word-count');
        else if (spec.key === 'config')
            args.config = value;
    }
    if (args.fix && args.fixDryRun)
        throw new ConfigError('--fix writes the repairs and --fix-dry-run (--diff) only shows them: give one of them (see report-lint --help)');
    if (args.fixDryRun && args.format !== 'text')
        throw new ConfigError(`--fix-dry-run (--diff) prints a unified diff, not ${args.format} (see report-lint --help)`);
    if (!args.files.length)
        args.files = [...DEFAULT_FILES];
    return args;
}
function checkFormat(value) {
    if (FORMATS.includes(value))
        return value;
    const near = closest(value, FORMATS);
    throw new ConfigError(`--format must be one of ${FORMATS.join(', ')}, not ${args_show(value)}${near ? ` (did you mean "${near}"?)` : ''}`);
}
/** A value shown in a message: quoted, control characters visible, cut when long. */
function args_show(text) {
    const json = JSON.stringify(text);
    return json.length > 60 ? `${json.slice(0, 56)}..."` : json;
}
/** An option name as typed, unless it holds anything but letters, digits and dashes. */
function plain(name) {
    return /^-{1,2}[\w-]{0,40}$/.test(name) ? name : args_show(name);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
;// CONCATENATED MODULE: ./src/config/json-locations.ts
/**
 * Where each value of a JSON text stands, so that a configuration mistake can name its line and
 * column. The text has already been parsed by JSON.parse, so it is valid JSON; this only walks
 * it, without recursion (a hostile file may nest arbitrarily deep).
 */
/** Only the shallow values are looked up; deeper ones are walked over, not recorded. */
const MAX_DEPTH = 8;
function locateJson(text) {
    const locations = new Map();
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            lineStarts.push(i + 1);
    const position = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
    };
    // One frame per open object or array: its pointer, the next array index, the pending key.
    const stack = [];
    let i = 0;
    const skipSpace = () => {
        while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const readString = () => {
        const start = i;
        i++;
        while (i < text.length && text[i] !== '"')
            i += text[i] === '\\' ? 2 : 1;
        i++;
        return JSON.parse(text.slice(start, i));
    };
    /** Records a value that starts at `i`, under the current frame. */
    const record = () => {
        const frame = stack[stack.length - 1];
        if (!frame) {
            locations.set('', { key: null, value: position(i) });
            return '';
        }
        const segment = frame.array ? String(frame.index++) : frame.key;
        const pointer = `${frame.pointer}/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (stack.length <= MAX_DEPTH)
            locations.set(pointer, { key: frame.array ? null : position(frame.keyAt), value: position(i) });
        return pointer;
    };
    skipSpace();
    while (i < text.length) {
        const c = text[i];
        const frame = stack[stack.length - 1];
        if (c === ',' || c === ':') {
            i++;
        }
        else if (c === '}' || c === ']') {
            stack.pop();
            i++;
        }
        else if (frame && !frame.array && frame.key === null) {
            // An object member's key.
            frame.keyAt = i;
            frame.key = readString();
        }
        else {
            const pointer = record();
            if (frame && !frame.array)
                frame.key = null;
            if (c === '{' || c === '[') {
                stack.push({ pointer, array: c === '[', index: 0, key: null, keyAt: 0 });
                i++;
            }
            else if (c === '"')
                readString();
            else
                while (i < text.length && !/[\s,\]}]/.test(text[i]))
                    i++;
        }
        skipSpace();
    }
    return locations;
}
/**
 * The offset where a text stops being JSON, for a JSON.parse error that names no position (V8's
 * "Unexpected token" messages). A strict walk of RFC 8259 syntax, without recursion; null when it
 * finds no error.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function syntaxErrorOffset(text) {
    let i = 0;
    const stack = [];
    const space = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const string = () => {
        if (text[i] !== '"')
            return false;
        i++;
        while (i < text.length && text[i] !== '"') {
            const c = text.charCodeAt(i);
            if (c < 0x20)
                return false;
            if (text[i] === '\\') {
                const e = text[i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        return false;
                    i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    i += 2;
                else
                    return false;
            }
            else
                i++;
        }
        if (i >= text.length)
            return false;
        i++;
        return true;
    };
    const scalar = () => {
        if (text[i] === '"')
            return string();
        for (const word of ['true', 'false', 'null']) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return true;
            }
        }
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text))
            return false;
        i = NUMBER.lastIndex;
        return true;
    };
    // A value is expected at `i`.
    let expectValue = true;
    space();
    for (;;) {
        if (expectValue) {
            if (text[i] === '{' || text[i] === '[') {
                stack.push(text[i]);
                i++;
                space();
                if ((stack[stack.length - 1] === '{' && text[i] === '}') || (stack[stack.length - 1] === '[' && text[i] === ']')) {
                    stack.pop();
                    i++;
                    expectValue = false;
                }
                else if (stack[stack.length - 1] === '{') {
                    if (!string())
                        return i;
                    space();
                    if (text[i] !== ':')
                        return i;
                    i++;
                }
                space();
                continue;
            }
            if (!scalar())
                return i;
            expectValue = false;
        }
        space();
        const open = stack[stack.length - 1];
        if (!open)
            return i < text.length ? i : null;
        if (text[i] === ',') {
            i++;
            space();
            if (open === '{') {
                if (!string())
                    return i;
                space();
                if (text[i] !== ':')
                    return i;
                i++;
                space();
            }
            expectValue = true;
        }
        else if ((open === '{' && text[i] === '}') || (open === '[' && text[i] === ']')) {
            stack.pop();
            i++;
        }
        else
            return i;
    }
}

;// CONCATENATED MODULE: ./src/config/load-config.ts




const DEFAULT_CONFIG_FILE = '.report-lint.json';
/** A configuration file is a few hundred bytes; anything far larger is not one. */
const MAX_CONFIG_BYTES = 256 * 1024;
/**
 * Reads a configuration file, relative to `cwd`. Without a name, `.report-lint.json` is read
 * when it exists; a file asked for by name must exist. Mistakes are ConfigErrors naming the
 * file, and the line and column of the mistake.
 */
function loadConfigFile(path, cwd) {
    const file = path ?? DEFAULT_CONFIG_FILE;
    let text;
    try {
        text = readSmallFile((0,external_node_path_.resolve)(cwd, file));
    }
    catch (error) {
        const code = error.code;
        if (path === null && code === 'ENOENT')
            return defaultConfig();
        if (error instanceof ConfigError)
            throw new ConfigError(`${file}: ${error.message}`);
        throw new ConfigError(`${file}: cannot read the configuration file (${code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'it is a directory' : code})`);
    }
    return parseConfigText(text, file);
}
/** Parses and validates the text of a configuration file named `origin`. */
function parseConfigText(text, origin) {
    // Editors on Windows save UTF-8 with a byte order mark; JSON.parse refuses it, so it is dropped.
    const json = text.startsWith('\ufeff') ? text.slice(1) : text;
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (error) {
        const at = syntaxErrorPosition(error.message, json);
        throw new ConfigError(`${origin}${at ? `:${at.line}:${at.column}` : ''}: not valid JSON (${syntaxErrorReason(error.message)})`);
    }
    const locations = locateJson(json);
    return parseConfig(data, origin, (problem) => {
        const location = locations.get(problem.pointer);
        return location ? (problem.atKey ? (location.key ?? location.value) : location.value) : null;
    });
}
/** Where JSON.parse stopped: V8 names the position in most messages; for the others the text is walked. */
function syntaxErrorPosition(message, text) {
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : syntaxErrorOffset(text);
    if (offset === null)
        return null;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: before.length - before.lastIndexOf('\n') };
}
/** V8's reason without its position and without the file text it quotes (which may hold anything). */
function syntaxErrorReason(message) {
    const reason = message
        .replace(/, ".*$/s, '')
        .replace(/\s*(in JSON )?at position \d+.*$/s, '')
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .trim();
    return reason.length > 80 ? `${reason.slice(0, 77)}...` : reason || 'syntax error';
}
function readSmallFile(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (stat.isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (stat.size > MAX_CONFIG_BYTES)
            throw new ConfigError(`is ${Math.round(stat.size / 1024)} KB; a configuration file is at most ${MAX_CONFIG_BYTES / 1024} KB`);
        const buffer = Buffer.alloc(Math.min(stat.size, MAX_CONFIG_BYTES) + 1);
        const length = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0);
        if (length > MAX_CONFIG_BYTES)
            throw new ConfigError(`is larger than ${MAX_CONFIG_BYTES / 1024} KB; a configuration file is at most that`);
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/format/batch.ts
function batchRows(results) {
    return results.map((r) => {
        if (r.error !== undefined) {
            return { path: r.path, era: null, passed: null, total: null, errors: null, warnings: null, checker: null, error: r.error };
        }
        const g = r.grader;
        return {
            path: r.path,
            era: r.profile?.id ?? null,
            passed: r.summary.passed,
            total: r.summary.total,
            errors: r.summary.errors,
            warnings: r.summary.warnings,
            checker: g === null
                ? null
                : g.error !== null || g.passed === null
                    ? { crash: g.error ?? 'stops', found: g.found, expected: g.expected }
                    : { passed: g.passed, total: g.total },
            error: null
        };
    });
}

;// CONCATENATED MODULE: ./src/format/csv.ts

/** The CSV columns, in order. */
const CSV_COLUMNS = [
    'path',
    'era',
    'passed',
    'total',
    'errors',
    'warnings',
    'checker_passed',
    'checker_total',
    'checker_crash',
    'error'
];
/**
 * One row per report, for a spreadsheet of a whole class: RFC 4180 quoting, UTF-8, LF line ends.
 * Empty cells mean "does not apply" (no template era, a file that could not be linted).
 */
function formatCsv(results) {
    const lines = [CSV_COLUMNS.join(',')];
    for (const row of batchRows(results)) {
        const checker = row.checker;
        const cells = [
            row.path,
            row.era,
            row.passed,
            row.total,
            row.errors,
            row.warnings,
            checker && 'passed' in checker ? checker.passed : null,
            checker && 'passed' in checker ? checker.total : null,
            checker && 'crash' in checker ? checker.crash : null,
            row.error
        ];
        lines.push(cells.map(cell).join(','));
    }
    return `${lines.join('\n')}\n`;
}
function cell(value) {
    if (value === null)
        return '';
    if (typeof value === 'number')
        return String(value);
    // A spreadsheet runs a cell that starts with = + - @ as a formula: a file name must stay text.
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

;// CONCATENATED MODULE: ./src/format/text.ts

/** `27/31 questions pass; 5 errors, 2 warnings` */
function summaryLine(summary) {
    const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')].join(', ');
    return summary.total ? `${summary.passed}/${summary.total} questions pass; ${counts}` : counts;
}
function totalSummary(results) {
    const total = { errors: 0, warnings: 0, infos: 0, passed: 0, total: 0 };
    for (const r of results) {
        total.errors += r.summary.errors;
        total.warnings += r.summary.warnings;
        total.infos += r.summary.infos;
        total.passed += r.summary.passed;
        total.total += r.summary.total;
    }
    return total;
}
/**
 * Findings per file and question, `file:line:col  severity  rule-id  message`, then a total
 * line. A finding with a `cause` is shown under its cause, marked `↳`, not in its own group.
 */
function formatText(results) {
    const blocks = [];
    for (const result of results) {
        if (result.error !== undefined) {
            blocks.push(`${result.path}: cannot lint: ${result.path} ${result.error}`);
            continue;
        }
        const lines = [header(result)];
        const g = result.grader;
        if (g?.versions && !g.error) {
            lines.push(`Course checker, changed during the course: ${g.versions.map((v) => `${v.date}: ${v.passed}/${g.total} pass`).join('; ')}`);
            for (const d of g.disagreements ?? []) {
                lines.push(`  Question ${d.checkedAs} passes under the ${d.passesUnder.join(', ')} checker and fails under the ${d.failsUnder.join(', ')} one`);
            }
        }
        // A consequence is shown right under the finding that explains it, cause first.
        const consequences = new Map();
        const byRef = new Map();
        for (const f of result.findings)
            if (!byRef.has(refKey(f)))
                byRef.set(refKey(f), f);
        const standalone = [];
        for (const f of result.findings) {
            const cause = f.cause ? byRef.get(refKey(f.cause)) : undefined;
            if (!cause || cause === f)
                standalone.push(f);
            else {
                const list = consequences.get(cause);
                if (list)
                    list.push(f);
                else
                    consequences.set(cause, [f]);
            }
        }
        const groups = groupByQuestion(standalone);
        let locationWidth = 0;
        let ruleWidth = 0;
        for (const f of result.findings) {
            locationWidth = Math.max(locationWidth, text_location(result.path, f).length);
            ruleWidth = Math.max(ruleWidth, f.ruleId.length);
        }
        const shown = new Set();
        const show = (f, depth) => {
            if (shown.has(f))
                return;
            shown.add(f);
            const lead = depth ? `${'  '.repeat(depth)}↳ ` : '';
            lines.push(`  ${lead}${text_location(result.path, f).padEnd(locationWidth)}  ${f.severity.padEnd(7)}  ${f.ruleId.padEnd(ruleWidth)}  ${f.message}`);
            for (const c of consequences.get(f) ?? [])
                show(c, depth + 1);
        };
        for (const [question, findings] of groups) {
            const topic = question === null ? null : result.questions.find((q) => q.number === question)?.topic;
            lines.push(question === null ? 'Report' : `Question ${question}${topic ? ` (${topic})` : ''}`);
            for (const f of findings)
                show(f, 0);
        }
        // A loop of causes (not made by report-lint's own rules) still shows every finding.
        for (const f of result.findings)
            if (!shown.has(f))
                show(f, 0);
        const fixable = result.findings.filter((f) => f.fix).length;
        if (fixable)
            lines.push(`${result.path}: ${plural(fixable, 'finding')} can be fixed with report-lint --fix (--diff shows the change first)`);
        lines.push(`${result.path}: ${summaryLine(result.summary)}`);
        blocks.push(lines.join('\n'));
    }
    const linted = results.filter((r) => r.error === undefined);
    if (results.length > 1)
        blocks.push(`${results.length} files: ${summaryLine(totalSummary(linted))}`);
    return `${blocks.join('\n\n')}\n`;
}
function header(result) {
    const counting = result.wordCount === 'grader' ? 'words counted as the course checker counts them' : 'words counted as rendered';
    if (!result.profile)
        return `${result.path}`;
    return `${result.path} (profile ${result.profile.id}: ${result.profile.reason}; ${counting})`;
}
function refKey(r) {
    return `${r.ruleId}\u0000${r.line}\u0000${r.column}`;
}
function text_location(path, f) {
    return `${path}:${f.line}:${f.column}`;
}
/** Report-wide findings first, then questions by number; each group keeps line order. */
function groupByQuestion(findings) {
    const groups = new Map();
    for (const f of findings) {
        const list = groups.get(f.question) ?? [];
        list.push(f);
        groups.set(f.question, list);
    }
    return [...groups.entries()].sort(([a], [b]) => (a ?? -1) - (b ?? -1));
}

;// CONCATENATED MODULE: ./src/format/json.ts

/** Version of the JSON layout; raised on any incompatible change. */
const JSON_SCHEMA_VERSION = 1;
function formatJson(results) {
    const linted = results.filter((r) => r.error === undefined);
    return `${JSON.stringify({ version: JSON_SCHEMA_VERSION, files: results, summary: totalSummary(linted) }, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/format/sarif.ts



const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
/**
 * SARIF 2.1.0, for code scanning and other SARIF viewers; valid against the OASIS schema (a test
 * checks). Files that could not be read become tool notifications.
 */
function formatSarif(results) {
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'report-lint',
                        version: VERSION,
                        semanticVersion: VERSION,
                        informationUri: REPOSITORY_URL,
                        rules: RULES.map((rule) => {
                            const meta = ruleMeta(rule);
                            return {
                                id: rule.id,
                                shortDescription: { text: rule.description },
                                helpUri: meta.docs,
                                defaultConfiguration: { level: LEVEL[rule.severity] }
                            };
                        })
                    }
                },
                results: results.flatMap((file) => file.findings.map((f) => ({
                    ruleId: f.ruleId,
                    // A finding of no rule (parse-budget: the Markdown was not read) has no index.
                    ...ruleIndexOf(f.ruleId),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: artifactUri(file.path) },
                                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
                            }
                        }
                    ],
                    // The finding's fix as a SARIF fix: one replacement, its region by lines and columns
                    // (SARIF's character offsets would have to say how a byte order mark counts).
                    ...(f.fix
                        ? {
                            fixes: [
                                {
                                    description: { text: `report-lint --fix: ${f.ruleId}` },
                                    artifactChanges: [
                                        {
                                            artifactLocation: { uri: artifactUri(file.path) },
                                            replacements: [
                                                {
                                                    deletedRegion: { startLine: f.fix.line, startColumn: f.fix.column, endLine: f.fix.endLine, endColumn: f.fix.endColumn },
                                                    insertedContent: { text: f.fix.text }
                                                }
                                            ]
                                        }
                                    ]
                                }
                            ]
                        }
                        : {})
                }))),
                invocations: [
                    {
                        executionSuccessful: results.every((r) => r.error === undefined),
                        toolExecutionNotifications: results
                            .filter((r) => r.error !== undefined)
                            .map((r) => ({
                            level: 'error',
                            message: { text: `${r.path} ${r.error}` },
                            locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(r.path) } } }]
                        }))
                    }
                ]
            }
        ]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
/**
 * A file path as the URI reference SARIF requires: `/`-separated and percent-encoded, so a name
 * with a space, `#` or `%` still points at that file; an absolute path becomes a `file:` URI.
 */
function artifactUri(path) {
    const posix = path.split('\\').join('/');
    const encoded = posix
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
    return posix.startsWith('/') ? `file://${encoded}` : encoded;
}
function ruleIndexOf(ruleId) {
    const index = RULES.findIndex((r) => r.id === ruleId);
    return index < 0 ? {} : { ruleIndex: index };
}

;// CONCATENATED MODULE: ./src/format/table.ts


const HEADERS = ['report', 'era', 'questions', 'errors', 'warnings', 'course checker'];
/** Numbers are right-aligned. */
const RIGHT = [false, false, true, true, true, false];
/**
 * A short table for a terminal, one line per report, for a run over many reports: where each
 * stands, and what the course checker would say. The findings themselves are above it.
 */
function formatTable(results) {
    const rows = batchRows(results).map(cells);
    const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r
        .map((c, i) => (i === r.length - 1 ? c : RIGHT[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const linted = results.filter((r) => r.error === undefined);
    return `${[line(HEADERS), ...rows.map(line), `${results.length} files: ${summaryLine(totalSummary(linted))}`].join('\n')}\n`;
}
function cells(row) {
    const path = printable(row.path);
    if (row.error !== null)
        return [path, '-', '-', '-', '-', `cannot lint: ${printable(row.error)}`];
    const checker = row.checker === null ? '-' : 'crash' in row.checker ? `stops: reads ${row.checker.found} answers, not ${row.checker.expected}` : `${row.checker.passed}/${row.checker.total} pass`;
    return [path, row.era ?? '-', row.total ? `${row.passed}/${row.total}` : '-', String(row.errors), String(row.warnings), checker];
}
/** A terminal must not take a file name's control characters (or escape sequences) as its own. */
function printable(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/count/images.ts
/**
 * The matches the course checker counts as images (also in code, never HTML), with offsets into
 * `text`: what `re.findall(r'\!\[.*?\]\(.*?\)', text)` finds, where Python's `.` stops only at `\n`.
 *
 * Found without the regex, in time linear in the text: run as a regex, each `![` that has no `](`
 * or `)` after it on its line reads to the end of the line, so a long line of `![![![…` takes
 * quadratic time (in Python too). Both lazy parts take the first candidate, and a later `](`
 * never finds a `)` the first one missed, so a match at `![` exists exactly when the line has a
 * `](` after it and a `)` after that `](`, and it ends at the first such `)`. Both are found with
 * a search that only moves forward.
 */
function checkerImageMatches(text) {
    const matches = [];
    const none = text.length;
    // The first `](` at or after some earlier point, and the first `)` after that `](`: each stays
    // right while it is not behind the point a later search would start from.
    let close = -1;
    let paren = -1;
    let lineEnd = -1;
    let start = text.indexOf('![');
    while (start >= 0) {
        if (lineEnd < start)
            lineEnd = indexOrEnd(text, '\n', start);
        if (close < start + 2)
            close = indexOrEnd(text, '](', start + 2);
        if (close + 1 < lineEnd) {
            if (paren < close + 2)
                paren = indexOrEnd(text, ')', close + 2);
            if (paren < lineEnd) {
                matches.push({ start, end: paren + 1, src: text.slice(close + 2, paren).trim() });
                start = text.indexOf('![', paren + 1);
                continue;
            }
        }
        // A later `![` on this line finds no `](`, or no `)`, that this one did not find.
        if (close === none)
            break;
        start = text.indexOf('![', lineEnd);
    }
    return matches;
}
function indexOrEnd(text, search, from) {
    const at = text.indexOf(search, from);
    return at < 0 ? text.length : at;
}

;// CONCATENATED MODULE: ./src/count/words.ts
/**
 * The characters Python's `str.split()` splits on (`str.isspace()`), as a character class body:
 * JavaScript's `\s` differs (it has U+FEFF, lacks U+001C-U+001F and U+0085), and the course
 * checker is Python.
 */
const PYTHON_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** A token: a run of anything else; counted one per `test`, which makes no strings and no match objects. */
const PYTHON_TOKEN = new RegExp(`[^${PYTHON_SPACE}]+`, 'g');
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** `len(text.split())` in Python. */
function countPythonTokens(text) {
    // About three times faster than splitting, on a cold start: `test` only moves `lastIndex`.
    // It leaves `lastIndex` at 0 once it fails, ready for the next call.
    const token = PYTHON_TOKEN;
    token.lastIndex = 0;
    let count = 0;
    while (token.test(text))
        count++;
    return count;
}
/** A run of whitespace, found one per `test`; and whitespace at the start. */
const PYTHON_SPACE_RUN = new RegExp(`[${PYTHON_SPACE}]+`, 'g');
const LEADING_SPACE = new RegExp(`^[${PYTHON_SPACE}]`);
/** Start offsets of Python's whitespace-separated tokens, in order. */
function pythonTokenStarts(text) {
    // Each token but one at the very start begins where a run of whitespace ends: one `test` a
    // token, no match objects (a long answer has thousands of words).
    const starts = text.length > 0 && !LEADING_SPACE.test(text) ? [0] : [];
    const space = PYTHON_SPACE_RUN;
    space.lastIndex = 0;
    while (space.test(text))
        if (space.lastIndex < text.length)
            starts.push(space.lastIndex);
    return starts;
}
/**
 * Whether `countRenderedWords(rendered) > 0`, without splitting: a letter or digit is never
 * whitespace, so some run holds one exactly when the text does.
 */
function hasRenderedWord(rendered) {
    // ASCII first: a Unicode class costs more to compile than most answers cost to search.
    return ASCII_LETTER_OR_DIGIT.test(rendered) || (!ASCII.test(rendered) && HAS_LETTER_OR_DIGIT.test(rendered));
}
const ASCII_LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const ASCII = /^[\x00-\x7f]*$/;
/** Words a reader sees: whitespace-separated runs that hold at least one letter or digit. */
function countRenderedWords(rendered) {
    let count = 0;
    for (const part of rendered.split(/\s+/))
        if (HAS_LETTER_OR_DIGIT.test(part))
            count++;
    return count;
}

;// CONCATENATED MODULE: ./src/grader/simulate.ts



function pieceMemo() {
    return new Map();
}
/**
 * Work the simulation has done since the process started: a regression bound in the tests counts
 * it (characters counted, not milliseconds). Only ever increases.
 */
const simulationWork = {
    /** Runs of `simulateChecker`. */
    runs: 0,
    /** Characters of piece text counted (split into words, searched for images). */
    countedChars: 0
};
const SPLIT = 'Answer:';
/** `---\nlayout: default\nnav_exclude: true\n---\n\n`: the 27-question checker drops this many characters. */
const DROPPED_PREFIX = 43;
/**
 * Runs the course checker's reading of a report (`report.py check`), step by step as the
 * course's 27- and 31-question versions do it, and keeps every offset in the report's text.
 * `text` has no byte order mark; `bom` says whether the file had one (Python keeps it).
 * With `memo`, a piece whose text was read before (by a run with the same memo) is not read again.
 */
function simulate_simulateChecker(text, bom, version, memo) {
    simulationWork.runs++;
    const view = pythonView(text, bom);
    let from = 0;
    if (version === 27)
        from = codePointOffset(view.text, DROPPED_PREFIX);
    // str.split('Answer:') on what is left.
    const bounds = [];
    let start = from;
    for (;;) {
        const at = view.text.indexOf(SPLIT, start);
        if (at < 0)
            break;
        bounds.push({ start, end: at });
        start = at + SPLIT.length;
    }
    bounds.push({ start, end: view.text.length });
    if (version === 31)
        bounds.shift();
    const pieces = [];
    const answers = [];
    const readings = bounds.map((b) => readPiece(view.text.slice(b.start, b.end), memo));
    const answer = (b, c, source) => ({
        start: view.original(b.start + c.start),
        end: view.original(b.start + c.end),
        words: c.words,
        images: c.images,
        from: source,
        pieceStart: view.original(b.start)
    });
    bounds.forEach((b, i) => {
        const r = readings[i];
        if (r.counted)
            answers.push(answer(b, r.counted, 'piece'));
        pieces.push({
            start: view.original(b.start),
            afterAnswer: !(version === 27 && i === 0),
            end: view.original(b.end),
            cut: r.cut < 0 ? null : view.original(b.start + r.cut),
            cutBy: r.cutBy,
            firstH3: r.h3 < 0 ? null : view.original(b.start + r.h3)
        });
    });
    let error = null;
    if (!bounds.length)
        error = 'IndexError: list index out of range';
    else {
        const last = bounds.length - 1;
        const piece = view.text.slice(bounds[last].start, bounds[last].end);
        readings[last].whole ??= count(piece, 0, piece.length);
        answers.push(answer(bounds[last], readings[last].whole, 'last-piece'));
        if (version === 27)
            answers.shift();
    }
    if (error === null && answers.length !== version) {
        error =
            version === 27
                ? 'ValueError: Number of answers are different from the expected 27. Have you filled out every field?'
                : 'ValueError: Number of answers are different from the expected 31. Have you changed the template?';
    }
    return { version, pieces, answers, expected: version, error };
}
/** The checker's reading of one piece: cut at the first `###`, then at the first `##` before that, and counted. */
function readPiece(piece, memo) {
    const known = memo?.get(piece);
    if (known)
        return known;
    const h3 = piece.indexOf('###');
    let reading;
    if (h3 < 0)
        reading = { h3, cut: -1, cutBy: null, counted: null, whole: null };
    else {
        // piece[:h3].index('##'): a `##` that starts before h3 - 1 ends inside piece[:h3], and none
        // starts at h3 - 1 (that would make a `###` there), so the first `##` of the piece decides.
        const h2 = piece.indexOf('##');
        const cut = h2 < h3 ? h2 : h3;
        reading = { h3, cut, cutBy: h2 < h3 ? '##' : '###', counted: count(piece, 0, cut), whole: null };
    }
    memo?.set(piece, reading);
    return reading;
}
/** `answer.strip('\n')` of `piece[s:e]`, then its words and images as the checker counts them. */
function count(piece, s, e) {
    while (s < e && piece.charCodeAt(s) === 10)
        s++;
    while (e > s && piece.charCodeAt(e - 1) === 10)
        e--;
    const slice = piece.slice(s, e);
    simulationWork.countedChars += slice.length;
    return { start: s, end: e, words: countPythonTokens(slice), images: checkerImageMatches(slice).length };
}
/**
 * The text as Python's `open().read()` returns it: universal newlines (`\r\n` and `\r`
 * become `\n`) and a kept byte order mark, with a way back to offsets in `text`.
 */
function pythonView(text, bom) {
    const lead = bom ? 1 : 0;
    if (!text.includes('\r')) {
        if (!bom)
            return { text, original: (i) => i };
        return { text: `\ufeff${text}`, original: (i) => Math.min(text.length, Math.max(0, i - 1)) };
    }
    // Where each `\r\n` became one `\n`, in the view: each moves the offsets after it one back.
    const pairs = [];
    for (let at = text.indexOf('\r\n'); at >= 0; at = text.indexOf('\r\n', at + 2))
        pairs.push(at - pairs.length + lead);
    const view = (bom ? '\ufeff' : '') + text.replace(/\r\n?/g, '\n');
    return {
        text: view,
        original: (i) => {
            if (i >= view.length)
                return text.length;
            // The view's `\n` of a pair stands for its `\r`; offsets after it skip the pair's `\n`.
            return Math.max(0, i - lead) + partitionPoint(pairs, (p) => p < i);
        }
    };
}
/** UTF-16 index after `n` code points: Python slices by code point. */
function codePointOffset(text, n) {
    let i = 0;
    for (let k = 0; k < n && i < text.length; k++)
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    return i;
}

;// CONCATENATED MODULE: ./src/grader/predict.ts

const inside = (n, b) => !b || (n >= b.min && n <= b.max);
/** The checker's verdict on `text` (see `simulateChecker` for `text` and `bom`) under one table. */
function predict(text, bom, version, limits) {
    return verdict(simulateChecker(text, bom, version), limits);
}
/** A checker run judged against one table (one run serves every table of an era). */
function verdict(run, limits) {
    return {
        error: run.error,
        pass: run.answers.map((a, i) => {
            if (run.error)
                return null;
            const l = limits.get(i + 1);
            return inside(a.words, l?.words) && inside(a.images, l?.images);
        }),
        counts: run.answers.map((a) => ({ words: a.words, images: a.images }))
    };
}
/**
 * Applies edits to a text. Edits are given in any order, must not overlap (two insertions at
 * the same offset are applied in the order given), and must lie inside the text; a bad edit
 * throws, since it is a bug in the caller.
 */
function applyEdits(text, edits) {
    const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
    let out = '';
    let at = 0;
    for (const { e } of sorted) {
        if (e.start < at || e.end < e.start || e.end > text.length)
            throw new Error(`edit [${e.start}, ${e.end}) overlaps another or leaves the text`);
        out += text.slice(at, e.start) + e.text;
        at = e.end;
    }
    return out + text.slice(at);
}
/**
 * What would the course checker say after this edit? Applies `edits` to `text` and runs the
 * checker simulation again, exactly as `report.py check` of `version` reads the result, with
 * the constraint table `limits`.
 *
 * Contract (relied on by the rules that give advice, and by `--fix`):
 * - `text` is the report as the model holds it (no byte order mark); `bom` says whether the
 *   file had one; edits follow `applyEdits`. The input is not changed.
 * - The result is the verdict on the edited text, exact as `predict` is exact: the same split,
 *   cut, counts and crash as the course checker, per answer position.
 * - It costs one linear pass over the text per call: callers that vet many edits bound how many
 *   they vet.
 * Use `effectOf(before, after)` to compare it with `predict(text, ...)`, and `harmless` to decide
 * whether advice may be given.
 */
function predictAfter(text, bom, version, limits, edits) {
    return predict(applyEdits(text, edits), bom, version, limits);
}
/** How the verdict changes from `before` to `after`. */
function effectOf(before, after) {
    const turnsFailing = [];
    const turnsPassing = [];
    const n = Math.max(before.pass.length, after.pass.length);
    for (let i = 0; i < n; i++) {
        const was = before.pass[i] === true;
        const is = after.pass[i] === true;
        if (was && !is)
            turnsFailing.push(i + 1);
        if (!was && is)
            turnsPassing.push(i + 1);
    }
    return { crashes: before.error === null && after.error !== null, turnsFailing, turnsPassing };
}
/** True when the edit turns no passing question failing and does not make the checker raise. */
function harmless(effect) {
    return !effect.crashes && effect.turnsFailing.length === 0;
}

;// CONCATENATED MODULE: ./src/grader/grader-result.ts

/**
 * The checker's answers paired, in order, with its table: what `report.py check` would print.
 * Where staff may have run two versions of the checker, the verdicts of each, and the
 * questions they disagree on.
 */
function graderResult(reading, profile, source) {
    const { run } = reading;
    const main = reading.verdicts[0] ?? verdict(run, profile.limits);
    const answers = run.answers.map((a, i) => ({
        checkedAs: i + 1,
        fromQuestion: reading.questionOf[i]?.number ?? null,
        line: source.point(a.start).line,
        words: a.words,
        images: a.images,
        pass: main.pass[i] ?? null
    }));
    const result = {
        checker: run.version,
        expected: run.expected,
        found: run.answers.length,
        error: run.error,
        passed: run.error ? null : answers.filter((a) => a.pass).length,
        total: run.expected,
        answers
    };
    if (reading.tables.length > 1) {
        const versions = reading.tables.map((t, i) => ({
            date: t.date ?? `version ${i + 1}`,
            passed: run.error ? null : reading.verdicts[i].pass.filter((p) => p).length,
            pass: reading.verdicts[i].pass
        }));
        const disagreements = [];
        for (let k = 0; k < run.answers.length && !run.error; k++) {
            const passesUnder = versions.filter((v) => v.pass[k] === true).map((v) => v.date);
            if (passesUnder.length === 0 || passesUnder.length === versions.length)
                continue;
            disagreements.push({ checkedAs: k + 1, passesUnder, failsUnder: versions.filter((v) => v.pass[k] !== true).map((v) => v.date) });
        }
        result.versions = versions;
        result.disagreements = disagreements;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/grader/reading.ts


/** How many edits one reading vets at most: each costs a pass over the text, and a report is hostile input. */
const MAX_VETTED_EDITS = 64;
/** And how many characters all its vetting reads at most: a long report gets fewer vets (at least 4). */
const VETTED_CHARACTERS = 4_000_000;
function readLikeChecker(model, bom, version, tables = []) {
    const text = model.source.text;
    // Every run of this reading (the report, then the report after each edit it vets) shares one
    // memo of the pieces read: an edit changes one piece or a few, and only those are read again.
    const memo = pieceMemo();
    const run = simulate_simulateChecker(text, bom, version, memo);
    const byMarkerEnd = new Map();
    for (const q of model.questions)
        if (q.answer.marker)
            byMarkerEnd.set(q.answer.marker.end.offset, q);
    const pieceAt = new Map(run.pieces.filter((p) => p.afterAnswer).map((p) => [p.start, p]));
    const verdicts = tables.map((t) => verdict(run, t.limits));
    let budget = Math.max(4, Math.min(MAX_VETTED_EDITS, Math.floor(VETTED_CHARACTERS / Math.max(1, text.length))));
    // The verdicts after the last base asked for: the fix checks ask with the same base many times.
    let lastBase = null;
    const judge = (edits) => {
        const after = simulate_simulateChecker(applyEdits(text, edits), bom, version, memo);
        return tables.map((t) => verdict(after, t.limits));
    };
    return {
        run,
        // A question's answer for the checker: the first one it reads from the question's own
        // text. Usually the piece after its `Answer:`; after a stray `Answer:`, what follows that.
        answerOf: model.questions.map((q) => {
            const from = q.answer.marker?.end.offset;
            if (from === undefined)
                return null;
            return run.answers.find((a) => a.pieceStart >= from && a.pieceStart < q.span.end.offset) ?? null;
        }),
        questionOf: run.answers.map((a) => byMarkerEnd.get(a.pieceStart) ?? null),
        pieceAt,
        tables,
        verdicts,
        vet(edits, base = []) {
            // Past the budget nothing is vetted, so no advice that edits the report is given.
            if (budget <= 0)
                return { effects: [], before: [], after: [], harmless: false };
            budget--;
            let before = verdicts;
            if (base.length) {
                if (lastBase?.edits !== base) {
                    if (budget <= 0)
                        return { effects: [], before: [], after: [], harmless: false };
                    budget--;
                    lastBase = { edits: base, verdicts: judge(base) };
                }
                before = lastBase.verdicts;
            }
            // predictAfter, with one run of the checker for every table.
            const judged = judge(base.length ? [...base, ...edits] : edits);
            const effects = judged.map((v, i) => effectOf(before[i], v));
            return { effects, before, after: judged, harmless: effects.every(harmless) };
        }
    };
}

// EXTERNAL MODULE: ./node_modules/decode-named-character-reference/index.js + 1 modules
var decode_named_character_reference = __webpack_require__(126);
;// CONCATENATED MODULE: ./src/model/blocks.ts
const TEXT_TYPES = new Set(['data', 'codeTextData', 'characterEscapeValue']);
/** Plain text of the tokens between two event indexes: text runs kept, markup dropped, line breaks as spaces. */
function plainText(events, source, from, to) {
    let out = '';
    for (let i = from; i <= to && i < events.length; i++) {
        if (!events.isEnter(i))
            continue;
        const type = events.type(i);
        if (TEXT_TYPES.has(type))
            out += source.text.slice(events.start(i), events.end(i));
        else if (type === 'lineEnding')
            out += ' ';
    }
    return out.replace(/\s+/g, ' ').trim();
}
/** Reference labels match case-insensitively with runs of whitespace collapsed (CommonMark). */
function normalizeLabel(label) {
    return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}
function outline(events, source) {
    const blocks = [];
    const headings = [];
    const definitions = new Map();
    let frontMatter = null;
    // Index of the enter event of each open token, innermost last.
    const open = [];
    let pendingLabel = null;
    for (let i = 0; i < events.length; i++) {
        const type = events.type(i);
        if (events.isEnter(i)) {
            open.push(i);
            if (type === 'definitionLabelString')
                pendingLabel = source.text.slice(events.start(i), events.end(i));
            else if (type === 'definitionDestinationString' && pendingLabel !== null) {
                const key = normalizeLabel(pendingLabel);
                if (!definitions.has(key)) {
                    const start = events.start(i);
                    const end = events.end(i);
                    definitions.set(key, { destination: source.text.slice(start, end), start, end });
                }
                pendingLabel = null;
            }
            continue;
        }
        const enter = open.pop();
        const depth = open.length;
        // Paragraphs and definitions sit inside a top-level `content` token.
        const parentType = depth === 1 ? events.type(open[0]) : null;
        const topLevel = depth === 0 || (depth === 1 && parentType === 'content');
        if (!topLevel || type === 'content' || type.startsWith('lineEnding') || type === 'linePrefix')
            continue;
        const block = { type, start: events.start(i), end: events.end(i), enter, exit: i };
        blocks.push(block);
        if (type === 'yaml' || type === 'toml')
            frontMatter = block;
        if (type === 'atxHeading' || type === 'setextHeading') {
            headings.push({
                depth: headingDepth(events, source, block),
                text: plainText(events, source, enter, i),
                kind: type === 'atxHeading' ? 'atx' : 'setext',
                span: source.span(block.start, block.end),
                block
            });
        }
    }
    return { blocks, headings, frontMatter, definitions };
}
function headingDepth(events, source, block) {
    for (let i = block.enter; i <= block.exit; i++) {
        const type = events.type(i);
        if (type === 'atxHeadingSequence')
            return events.end(i) - events.start(i);
        if (type === 'setextHeadingLineSequence')
            return source.text[events.start(i)] === '=' ? 1 : 2;
    }
    return 1;
}

;// CONCATENATED MODULE: ./src/model/answer.ts



const ANSWER_MARKER = 'Answer:';
const HTML_IMG = /<img\b[^>]*>/gi;
const HTML_SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const HTML_ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
/** The template's `--- question N fill here ---`. */
const PLACEHOLDER = /---\s*question\s+\d+\s+fill\s+here\s*---/gi;
/** Token types whose text a reader sees. */
const VISIBLE_TEXT = new Set([
    'data',
    'codeTextData',
    'codeFlowValue',
    'characterEscapeValue',
    'autolinkProtocol',
    'autolinkEmail',
    'literalAutolinkHttp',
    'literalAutolinkWww',
    'literalAutolinkEmail'
]);
/** Tokens whose content a reader does not see as text: destinations, definitions, HTML, image alt text. */
const HIDDEN = new Set(['resource', 'reference', 'definition', 'htmlFlow', 'htmlText', 'image', 'codeFencedFence']);
/** Token boundaries that separate words in the rendered text. */
const SEPARATORS = new Set([
    'lineEnding',
    'lineEndingBlank',
    'hardBreakEscape',
    'hardBreakTrailing',
    'tableCellDivider',
    'taskListCheck',
    'paragraph',
    'atxHeadingText',
    'setextHeadingText',
    'htmlFlow',
    'image',
    'codeFlowValue'
]);
/** Where the answer begins: just after the first `Answer:` in the section's text (not in code). */
function findAnswerMarker(events, source, section) {
    for (let i = section.firstEvent; i < section.endEvent; i++) {
        if (!events.isEnter(i) || events.type(i) !== 'data')
            continue;
        const tStart = events.start(i);
        const at = source.text.slice(tStart, events.end(i)).indexOf(ANSWER_MARKER);
        if (at >= 0)
            return { start: tStart + at, end: tStart + at + ANSWER_MARKER.length };
    }
    return null;
}
/** Everything in the answer a rule may point at, from one walk over the answer's events. */
function readAnswer(events, source, doc, section, start, marker, glued = false) {
    const end = section.end;
    const text = source.text;
    const images = [];
    const codeImages = [];
    const commentImages = [];
    const code = [];
    const links = [];
    let rendered = '';
    let hidden = 0;
    // Images and links being read, innermost last (an image may sit inside a link).
    const media = [];
    for (let i = section.firstEvent; i < section.endEvent; i++) {
        const tStart = events.start(i);
        const tEnd = events.end(i);
        if (tEnd <= start)
            continue;
        const type = events.type(i);
        const open = media[media.length - 1];
        if (!events.isEnter(i)) {
            if (HIDDEN.has(type))
                hidden--;
            if ((type === 'image' || type === 'link') && open?.kind === type) {
                media.pop();
                const { inline, src, label, span, srcSpan } = finishMedia(source, doc, open, tEnd);
                if (type === 'image')
                    images.push({ kind: inline ? 'inline' : 'reference', src, alt: label, span, srcSpan });
                else
                    links.push({ text: label, href: src, span, hrefSpan: srcSpan });
            }
            if (SEPARATORS.has(type))
                rendered += ' ';
            continue;
        }
        if (SEPARATORS.has(type))
            rendered += ' ';
        if ((type === 'image' || type === 'link') && tStart >= start)
            media.push({ kind: type, start: tStart, label: '', src: null, ref: null });
        else if (open && type === 'labelText')
            open.label = text.slice(tStart, tEnd);
        else if (open && type === 'resourceDestinationString')
            open.src = [tStart, tEnd];
        else if (open && type === 'referenceString')
            open.ref = text.slice(tStart, tEnd);
        else if ((type === 'htmlFlow' || type === 'htmlText') && tStart >= start) {
            if (!text.startsWith('<!--', tStart))
                images.push(...htmlImages(source, tStart, tEnd));
            else {
                for (const m of checkerImageMatches(text.slice(tStart, tEnd))) {
                    commentImages.push({ src: m.src, span: source.span(tStart + m.start, tStart + m.end) });
                }
            }
        }
        else if ((type === 'codeFenced' || type === 'codeIndented' || type === 'codeText') && tStart >= start) {
            const codeKind = type === 'codeFenced' ? 'fenced' : type === 'codeIndented' ? 'indented' : 'inline';
            code.push({ kind: codeKind, span: source.span(tStart, tEnd) });
            for (const m of checkerImageMatches(text.slice(tStart, tEnd))) {
                codeImages.push({ src: m.src, span: source.span(tStart + m.start, tStart + m.end), code: codeKind });
            }
        }
        if (hidden === 0) {
            if (VISIBLE_TEXT.has(type))
                rendered += text.slice(Math.max(tStart, start), tEnd);
            else if (type === 'characterReference')
                rendered += decodeReference(text.slice(tStart + 1, tEnd - 1));
        }
        if (HIDDEN.has(type))
            hidden++;
    }
    const raw = text.slice(start, end);
    const placeholders = [...raw.matchAll(PLACEHOLDER)].map((m) => source.span(start + (m.index ?? 0), start + (m.index ?? 0) + m[0].length));
    return {
        span: source.span(start, end),
        content: source.trimmed(start, end),
        marker: marker ? source.span(marker.start, marker.end) : null,
        glued: !marker && glued,
        raw,
        rendered: rendered.replace(/\s+/g, ' ').trim(),
        images,
        codeImages,
        commentImages,
        links,
        code,
        placeholders
    };
}
/** An image or link read to its end: its destination written inline, or taken from its definition. */
function finishMedia(source, doc, open, end) {
    const span = source.span(open.start, end);
    if (open.src) {
        return { inline: true, src: source.text.slice(...open.src), label: open.label, span, srcSpan: source.span(...open.src) };
    }
    // micromark only makes an image or link of a reference whose definition exists.
    const definition = doc.definitions.get(normalizeLabel(open.ref || open.label));
    return {
        inline: false,
        src: definition?.destination ?? '',
        label: open.label,
        span,
        srcSpan: definition ? source.span(definition.start, definition.end) : span
    };
}
function htmlImages(source, start, end) {
    const found = [];
    for (const m of source.text.slice(start, end).matchAll(HTML_IMG)) {
        const at = start + (m.index ?? 0);
        const src = HTML_SRC.exec(m[0]);
        const alt = HTML_ALT.exec(m[0]);
        const value = src ? (src[1] ?? src[2] ?? src[3]) : '';
        const srcAt = src ? at + (src.index ?? 0) + src[0].indexOf(value, src[0].indexOf('=')) : at;
        found.push({
            kind: 'html',
            src: value,
            alt: alt ? (alt[1] ?? alt[2] ?? alt[3]) : '',
            span: source.span(at, at + m[0].length),
            srcSpan: source.span(srcAt, srcAt + value.length)
        });
    }
    return found;
}
function decodeReference(value) {
    if (value.startsWith('#')) {
        const code = /^#x/i.test(value) ? parseInt(value.slice(2), 16) : parseInt(value.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return (0,decode_named_character_reference/* decodeNamedCharacterReference */.s)(value) || '';
}

;// CONCATENATED MODULE: ./src/model/checklist.ts
const MODULE_TAGS = /\(\s*(M\d+(?:\s*[+,&/]\s*M\d+)*)\s*\)\s*\.?$/i;
/** A line that tries to be a task item: an optional list marker, then a bracketed box near the line start. */
const BOX_ATTEMPT = /^[ \t]{0,3}((?:[-*+]|\d{1,9}[.)])?)([ \t]{0,8})(\[[^\]\n]{0,8}\])(?![(:[])/;
/** What a reader takes a box's content to say (lower-cased, spaces removed). */
const DONE = new Set(['x', '✅', '✔', '✔️', '✓', '☑', '☑️', 'ok', 'y', 'yes', 'done', 'ja']);
const checklist_OPEN = new Set(['', '-', '–', 'no', 'n', 'todo', 'wip', 'tbd', '❌', '✗', '✘', '☐', '⬜', 'nej', '?']);
/**
 * The project checklist: task items between a `## ... checklist` heading and the next
 * heading of depth 2 or less (or the first question), grouped by their `### Week N` headings.
 */
function readChecklist(events, source, doc, firstQuestionStart) {
    const headingIndex = doc.headings.findIndex((h) => h.depth <= 2 && /checklist/i.test(h.text));
    if (headingIndex < 0)
        return null;
    const heading = doc.headings[headingIndex];
    const after = doc.headings.slice(headingIndex + 1);
    const closing = after.find((h) => h.depth <= 2 && h.block.start > heading.block.end);
    let end = closing ? closing.block.start : source.text.length;
    if (firstQuestionStart > heading.block.end)
        end = Math.min(end, firstQuestionStart);
    const start = heading.block.end;
    const sections = [];
    const sectionHeadings = after.filter((h) => h.block.start < end && h.depth >= 3);
    let section = { title: heading.text, span: null, items: [] };
    const items = readTaskItems(events, source, heading.block.exit + 1, end);
    for (const item of items) {
        while (sectionHeadings.length && sectionHeadings[0].block.start < item.span.start.offset) {
            if (section.items.length || section.span)
                sections.push(section);
            const h = sectionHeadings.shift();
            section = { title: h.text, span: h.span, items: [] };
        }
        item.section = section.title;
        section.items.push(item);
    }
    if (section.items.length || section.span)
        sections.push(section);
    for (const h of sectionHeadings)
        sections.push({ title: h.text, span: h.span, items: [] });
    return {
        heading: heading.span,
        sections,
        malformed: malformedLines(events, source, start, end, items)
    };
}
function readTaskItems(events, source, from, end) {
    const items = [];
    let itemStart = -1;
    let current = null;
    for (let i = from; i < events.length; i++) {
        const tStart = events.start(i);
        if (tStart >= end)
            break;
        const type = events.type(i);
        if (events.isEnter(i)) {
            if (type === 'listItemPrefix')
                itemStart = tStart;
            else if (type === 'taskListCheckValueChecked' || type === 'taskListCheckValueUnchecked') {
                current = { checked: type === 'taskListCheckValueChecked', start: itemStart, text: '' };
            }
            else if (current && type === 'data')
                current.text += source.text.slice(tStart, events.end(i));
            else if (current && type === 'lineEnding')
                current.text += ' ';
            continue;
        }
        if (current && type === 'paragraph') {
            const text = current.text.replace(/\s+/g, ' ').trim();
            const tags = MODULE_TAGS.exec(text);
            items.push({
                checked: current.checked,
                text,
                modules: tags ? tags[1].split(/\s*[+,&/]\s*/).map((m) => m.toUpperCase()) : [],
                section: '',
                span: source.span(current.start >= 0 ? current.start : tStart, events.end(i))
            });
            current = null;
        }
    }
    return items;
}
function malformedLines(events, source, start, end, items) {
    const validLines = new Set(items.map((item) => item.span.start.line));
    const codeLines = new Set();
    for (let i = 0; i < events.length; i++) {
        const tStart = events.start(i);
        if (tStart >= end)
            break;
        if (!events.isEnter(i) || events.end(i) <= start)
            continue;
        const type = events.type(i);
        if (type === 'codeFenced' || type === 'codeIndented' || type === 'htmlFlow') {
            const from = source.point(tStart).line;
            const to = source.point(events.end(i)).line;
            for (let line = from; line <= to; line++)
                codeLines.add(line);
        }
    }
    const found = [];
    const first = source.point(start).line;
    const last = source.point(Math.max(start, end - 1)).line;
    for (let line = first; line <= last; line++) {
        if (validLines.has(line) || codeLines.has(line))
            continue;
        const text = source.lineText(line);
        const m = BOX_ATTEMPT.exec(text);
        if (!m)
            continue;
        const [, bullet, gap, box] = m;
        const inner = box.slice(1, -1).replace(/\s+/g, '').toLowerCase();
        const reads = DONE.has(inner) ? 'done' : checklist_OPEN.has(inner) ? 'open' : 'unclear';
        // Longer brackets are boxes only when they say done or not done (`[TODO]`), not `[Note]`.
        if (reads === 'unclear' && box.length > 5)
            continue;
        const fixes = fixesFor(bullet, gap, box, reads);
        if (!fixes)
            continue;
        const lineStart = source.lineStart(line);
        const boxStart = lineStart + m.index + m[0].length - box.length - gap.length - bullet.length;
        found.push({ text: text.trim(), box: bullet + gap + box, fixes, reads, span: source.span(boxStart, lineStart + m[0].length) });
    }
    return found;
}
/** What to write instead, or null when the line is already a valid item that the parser placed elsewhere. */
function fixesFor(bullet, gap, box, reads) {
    const inner = box.slice(1, -1).trim();
    const marker = bullet || '*';
    const written = bullet + gap + box;
    if (inner.toLowerCase() === 'x' || inner === '') {
        // `[x]` as the template writes it (GFM also takes `[X]`).
        const good = `${marker} [${inner ? 'x' : ' '}]`;
        return good.toLowerCase() === written.toLowerCase() ? null : [good];
    }
    if (reads === 'done')
        return [`${marker} [x]`];
    if (reads === 'open')
        return [`${marker} [ ]`];
    return [`${marker} [x]`, `${marker} [ ]`];
}

;// CONCATENATED MODULE: ./src/model/constraints.ts
const constraints_NUMBER = String.raw `(\d+|one|two|three|four|five|six|a|an)`;
const RANGE_SEP = String.raw `\s*(?:-|–|—|to)\s*`;
const WORDS = new RegExp(String.raw `answer\s+length\s*:?\s*(\d+)${RANGE_SEP}(\d+)\s*words?`, 'i');
const IMAGES = new RegExp(String.raw `\b${constraints_NUMBER}(?:${RANGE_SEP}${constraints_NUMBER})?\s+(?:images?|screenshots?|figures?|pictures?)\b`, 'i');
const NUMBER_WORDS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
function toNumber(word) {
    return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}
/**
 * Reads the limits a prompt states: "Recommended answer length: 100-200 words",
 * "... + 1 to 3 screenshots", "Upload 1-2 images", "Upload one image", "Include a figure".
 * Quote markers and emphasis are blanked (not removed) so match offsets stay source offsets.
 */
function statedConstraints(source, start, end) {
    const masked = source.text
        .slice(start, end)
        .replace(/^[ \t]*>[ \t]?/gm, (m) => ' '.repeat(m.length))
        .replace(/[*_`]/g, ' ');
    const stated = {};
    const words = WORDS.exec(masked);
    if (words) {
        const at = start + words.index;
        stated.words = {
            min: Number(words[1]),
            max: Number(words[2]),
            span: source.span(at, at + words[0].length),
            text: words[0].replace(/\s+/g, ' ')
        };
    }
    const images = IMAGES.exec(masked);
    if (images) {
        const at = start + images.index;
        const min = toNumber(images[1]);
        stated.images = {
            min,
            max: images[2] ? toNumber(images[2]) : min,
            span: source.span(at, at + images[0].length),
            text: images[0].replace(/\s+/g, ' ')
        };
    }
    return stated;
}
/** Just the limits of a stated constraint, without where it was stated. */
function boundsOf(stated) {
    return stated ? { min: stated.min, max: stated.max } : null;
}

// EXTERNAL MODULE: ./node_modules/micromark/lib/parse.js + 35 modules
var parse = __webpack_require__(494);
// EXTERNAL MODULE: ./node_modules/micromark/lib/preprocess.js
var preprocess = __webpack_require__(192);
// EXTERNAL MODULE: ./node_modules/micromark/lib/postprocess.js
var postprocess = __webpack_require__(387);
// EXTERNAL MODULE: ./node_modules/micromark-extension-frontmatter/lib/syntax.js + 2 modules
var syntax = __webpack_require__(560);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var lib_syntax = __webpack_require__(429);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
var micromark_extension_gfm_strikethrough_lib_syntax = __webpack_require__(680);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var micromark_extension_gfm_table_lib_syntax = __webpack_require__(749);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var micromark_extension_gfm_task_list_item_lib_syntax = __webpack_require__(197);
;// CONCATENATED MODULE: ./src/model/parse-events.ts






/**
 * micromark's events in a compact, read-only form: per token its type, start and end offset, in
 * typed arrays (10 bytes a token and 4 an event, where micromark's own take some 300 and the
 * objects before this took some 100). An event is an enter or exit of a token; a token's two
 * events share its number. The model reads events by index: `isEnter(i)`, `type(i)`, `start(i)`,
 * `end(i)`, and `token(i)` to tell which enter an exit closes.
 */
class MdEvents {
    refs;
    types;
    starts;
    ends;
    constructor(
    /** Per event: the token's number for an enter, its bitwise complement (below 0) for an exit. */
    refs, 
    /** Per token: its type (an index into TYPE_NAMES), start and end offset. */
    types, starts, ends) {
        this.refs = refs;
        this.types = types;
        this.starts = starts;
        this.ends = ends;
    }
    get length() {
        return this.refs.length;
    }
    /** The bytes the events take. */
    get bytes() {
        return this.refs.byteLength + this.types.byteLength + this.starts.byteLength + this.ends.byteLength;
    }
    isEnter(i) {
        return this.refs[i] >= 0;
    }
    /** The number of the token event `i` enters or exits. */
    token(i) {
        const ref = this.refs[i];
        return ref >= 0 ? ref : ~ref;
    }
    type(i) {
        return TYPE_NAMES[this.types[this.token(i)]];
    }
    start(i) {
        return this.starts[this.token(i)];
    }
    end(i) {
        return this.ends[this.token(i)];
    }
    /** The same events with every offset moved by `move` (the text-only reading's skeleton). */
    withOffsets(move) {
        const starts = new Int32Array(this.starts.length);
        const ends = new Int32Array(this.ends.length);
        for (let t = 0; t < starts.length; t++) {
            starts[t] = move(this.starts[t]);
            ends[t] = this.ends[t] === this.starts[t] ? starts[t] : move(this.ends[t]);
        }
        return new MdEvents(this.refs, this.types, starts, ends);
    }
    /** The events as `[kind, {type, start: {offset}, end: {offset}}]`, for tests and debugging. */
    toTuples() {
        const out = [];
        for (let i = 0; i < this.refs.length; i++) {
            out.push([this.isEnter(i) ? 'enter' : 'exit', { type: this.type(i), start: { offset: this.start(i) }, end: { offset: this.end(i) } }]);
        }
        return out;
    }
    /** The events of several pieces, one after another (their offsets already the whole text's). */
    static concat(pieces) {
        if (pieces.length === 1)
            return pieces[0];
        let events = 0;
        let tokens = 0;
        for (const p of pieces) {
            events += p.refs.length;
            tokens += p.types.length;
        }
        const refs = new Int32Array(events);
        const types = new Uint16Array(tokens);
        const starts = new Int32Array(tokens);
        const ends = new Int32Array(tokens);
        let e = 0;
        let t = 0;
        for (const p of pieces) {
            for (let i = 0; i < p.refs.length; i++) {
                const ref = p.refs[i];
                refs[e++] = ref >= 0 ? ref + t : ~(~ref + t);
            }
            types.set(p.types, t);
            starts.set(p.starts, t);
            ends.set(p.ends, t);
            t += p.types.length;
        }
        return new MdEvents(refs, types, starts, ends);
    }
}
/** Token type names by number, shared by every parse (micromark and its extensions have some 150). */
const TYPE_NAMES = [];
const TYPE_NUMBERS = new Map();
function typeNumber(type) {
    let n = TYPE_NUMBERS.get(type);
    if (n === undefined) {
        n = TYPE_NAMES.push(type) - 1;
        // Types come from the parser's code, never from the text, so this cannot run out.
        if (n > 0xffff)
            throw new Error('too many token types');
        TYPE_NUMBERS.set(type, n);
    }
    return n;
}
const lastParse = { sections: 0, parsedChars: 0, events: 0, ms: 0 };
/**
 * Texts up to about this size are parsed in one piece; longer ones in pieces of about this size,
 * each starting at an ATX heading in column 1 that nothing before it holds open (see `endsOpen`).
 * Such a heading closes every container and interrupts a paragraph, so the pieces parse exactly as
 * the whole text does, while memory holds one piece's parser state (about 200 bytes per character)
 * instead of the whole text's. At 8 KB most of a piece's parser state dies young, in V8's young
 * generation, instead of filling the old one: a 3 MB report read in full peaks at about 170 MiB
 * with pieces of 8 KB, 205 to 233 with 16 KB, 330 to 370 with 64 KB, in no more time
 * (docs/performance.md).
 */
const SECTION_CHARS = 8 * 1024;
/**
 * Parses Markdown into micromark's flat event list (GFM less autolink literals, and YAML front
 * matter), kept as token types and offsets (MdEvents). The model is built from events rather than
 * an mdast tree: it keeps every offset and saves the tree-building pass.
 */
function parseEvents(text, sectionChars = SECTION_CHARS) {
    // process.hrtime, not the global `performance`: its first use loads perf_hooks (1 to 1.5 ms).
    const start = process.hrtime.bigint();
    const events = parseInSections(text, sectionChars);
    lastParse.events = events.length;
    lastParse.ms = Number(process.hrtime.bigint() - start) / 1e6;
    return events;
}
function parseInSections(text, sectionChars) {
    const extensions = extensionsFor(text);
    const sections = [];
    lastParse.sections = 0;
    lastParse.parsedChars = 0;
    let start = 0;
    do {
        let want = sectionChars;
        let section;
        for (;;) {
            const end = start + want >= text.length ? text.length : nextSplit(text, start + want);
            section = parseSection(text, start, end, extensions, [], []);
            if (end === text.length || !section.endsOpen)
                break;
            // A fenced code block, HTML block or front matter may run on past the heading: try a piece
            // twice as long (so the pieces parsed again add up to at most the text's length once more).
            want *= 2;
        }
        sections.push(section);
        start = section.end;
    } while (start < text.length);
    // Link and footnote definitions count in the whole document: a piece that uses a label another
    // piece defines is parsed again knowing every definition, as the whole text would have been.
    if (sections.length > 1) {
        const defined = new Set(sections.flatMap((s) => s.defined));
        const footnotes = new Set(sections.flatMap((s) => s.footnotes));
        sections.forEach((s, i) => {
            // A piece's own labels are among all of them: it lacks some when there are more.
            if ((defined.size > s.defined.length || footnotes.size > s.footnotes.length) && text.slice(s.start, s.end).includes(']')) {
                sections[i] = parseSection(text, s.start, s.end, extensions, [...defined], [...footnotes]);
            }
        });
    }
    return MdEvents.concat(sections.map((s) => s.events));
}
function parseSection(text, start, end, extensions, defined, footnotes) {
    const parser = (0,parse/* parse */.q)({ extensions });
    parser.defined.push(...defined);
    if (footnotes.length)
        parser.gfmFootnotes = [...footnotes];
    const chunks = (0,preprocess/* preprocess */.v)()(text.slice(start, end), undefined, true);
    const raw = (0,postprocess/* postprocess */._)(parser.document().write(chunks));
    lastParse.sections++;
    lastParse.parsedChars += end - start;
    return {
        start,
        end,
        events: compact(raw, start),
        endsOpen: end < text.length && endsOpen(raw, start === 0 && FRONT_MATTER.test(text)),
        defined: [...new Set(parser.defined)],
        footnotes: [...new Set(parser.gfmFootnotes ?? [])]
    };
}
/** micromark's events as MdEvents, with offsets moved by `base`. */
function compact(raw, base) {
    const tokens = raw.length >> 1;
    const refs = new Int32Array(raw.length);
    const types = new Uint16Array(tokens);
    const starts = new Int32Array(tokens);
    const ends = new Int32Array(tokens);
    // Events nest: a token's exit meets its own enter on top of the stack.
    const open = [];
    const numbers = [];
    let next = 0;
    for (let i = 0; i < raw.length; i++) {
        const token = raw[i][1];
        if (raw[i][0] === 'enter') {
            types[next] = typeNumber(token.type);
            starts[next] = token.start.offset + base;
            ends[next] = token.end.offset + base;
            open.push(token);
            numbers.push(next);
            refs[i] = next++;
        }
        else {
            if (open.pop() !== token)
                throw new Error(`micromark events do not nest at ${token.type}`);
            refs[i] = ~numbers.pop();
        }
    }
    return new MdEvents(refs, types, starts, ends);
}
/**
 * The first line start at or after `from` where a piece can begin: a line in column 1 that closes
 * every container and does not continue the block before it. That is an ATX heading (`#` to
 * `######`, then a space, tab or line end: it interrupts a paragraph), or, after a blank line, a
 * line that starts with neither whitespace nor a list marker (`-`, `+`, `*`, a digit). What may
 * still run on across it (fenced code, HTML, front matter) is checked by `endsOpen`.
 */
function nextSplit(text, from) {
    let lineStart = from === 0 ? 0 : lineEndAfter(text, from - 1);
    let previousBlank = lineStart > 0 && isBlankLineBefore(text, lineStart);
    while (lineStart < text.length) {
        const c = text[lineStart];
        if (c === '#') {
            let hashes = 1;
            while (text[lineStart + hashes] === '#')
                hashes++;
            const after = text[lineStart + hashes];
            if (hashes <= 6 && (after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r'))
                return lineStart;
        }
        if (previousBlank && !/[\s\-+*0-9]/.test(c))
            return lineStart;
        const next = lineEndAfter(text, lineStart);
        previousBlank = isBlank(text, lineStart, next);
        lineStart = next;
    }
    return text.length;
}
/**
 * The start of the line after the one holding `at` (the text's length after the last line). As
 * util/line-ending.ts's nextLineStart: this module imports only micromark, so that the
 * patch-equivalence test can compile it alone against an unpatched copy.
 */
function lineEndAfter(text, at) {
    for (let i = at; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            return i + 1;
        if (c === 13)
            return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return text.length;
}
/** Whether the line that ends at `lineStart` (a line start) holds only spaces and tabs. */
function isBlankLineBefore(text, lineStart) {
    let i = lineStart - 1;
    if (text[i] === '\n' && text[i - 1] === '\r')
        i--;
    while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t'))
        i--;
    return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}
/** Whether [start, end) is a line of spaces and tabs only (with its line ending). */
function isBlank(text, start, end) {
    for (let i = start; i < end; i++) {
        const c = text[i];
        if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r')
            return false;
    }
    return true;
}
const FRONT_MATTER = /^---[ \t]*(?:\r?\n|\r|$)/;
/**
 * Whether the last block of a piece could go on past its end: a fenced code block without its
 * closing fence or an HTML block, at any depth in the last top-level block (a heading closes the
 * containers around them, but they do not end where the piece does), or, in the first piece of a
 * text that opens front matter, no front matter (its closing fence may be further on).
 */
function endsOpen(raw, frontMatterOpens) {
    let depth = 0;
    let lastTop = -1;
    let sawFrontMatter = false;
    let open = null;
    for (let i = 0; i < raw.length; i++) {
        const token = raw[i][1];
        if (raw[i][0] === 'exit') {
            depth--;
            continue;
        }
        const type = token.type;
        if (depth === 0 && type !== 'lineEnding' && type !== 'lineEndingBlank')
            lastTop = i;
        // The front matter extension's token (not in micromark's list of token types).
        if (type === 'yaml')
            sawFrontMatter = true;
        if (type === 'htmlFlow' || type === 'codeFenced')
            open = { index: i, html: type === 'htmlFlow', depth, fences: 0 };
        else if (type === 'codeFencedFence' && open && depth === open.depth + 1)
            open.fences++;
        depth++;
    }
    if (frontMatterOpens && !sawFrontMatter)
        return true;
    return open !== null && open.index >= lastTop && (open.html || open.fences < 2);
}
/**
 * The extensions whose syntax can occur in `text`, so that none scans text it cannot match.
 * Each test below is a necessary condition of the extension's syntax, never a guess:
 * - a table needs a delimiter row: a line that, after any `>` and whitespace (block quotes and
 *   list indentation), holds only `-`, `:`, `|`, spaces and tabs, with a `-` and a `|` or a `:`
 *   (`a` over `:-` is a table too: the row needs no pipe);
 * - a task list item needs `[`, then a space, tab, `x`, `X` or a line ending, then `]`;
 * - strikethrough needs `~`; a footnote (call or definition) needs `[^`;
 * - front matter needs `---` at the very start.
 * Autolink literals (`www.x.org` becoming a link) are left out: they change nothing a rule reads.
 */
function extensionsFor(text) {
    const key = (DELIMITER_ROW.test(text) ? 1 : 0) |
        (TASK_CHECK.test(text) ? 2 : 0) |
        (text.includes('~') ? 4 : 0) |
        (text.includes('[^') ? 8 : 0) |
        (FRONT_MATTER.test(text) ? 16 : 0);
    let extensions = EXTENSION_SETS.get(key);
    if (!extensions) {
        extensions = [];
        if (key & 1)
            extensions.push((0,micromark_extension_gfm_table_lib_syntax/* gfmTable */.x)());
        if (key & 2)
            extensions.push((0,micromark_extension_gfm_task_list_item_lib_syntax/* gfmTaskListItem */.J)());
        if (key & 4)
            extensions.push((0,micromark_extension_gfm_strikethrough_lib_syntax/* gfmStrikethrough */.K)());
        if (key & 8)
            extensions.push((0,lib_syntax/* gfmFootnote */.r)());
        if (key & 16)
            extensions.push((0,syntax/* frontmatter */.v)());
        EXTENSION_SETS.set(key, extensions);
    }
    return extensions;
}
const EXTENSION_SETS = new Map();
const TASK_CHECK = /\[(?:[ \txX]|(?:\r\n?|\n)[ \t>]*)\]/;
/**
 * A line that, after any `>` and whitespace, holds only `-`, `:`, `|`, spaces and tabs, with a `-`
 * and a `|` or `:`. The prefix is matched as if possessively (`(?=(...))\1`), so no line is
 * retried from each point of its prefix: the test takes time linear in the text.
 */
const DELIMITER_ROW = /^(?=([ \t>]*))\1(?=[^\n\r]*-)(?=[^\n\r]*[|:])[-:| \t]+$/m;

;// CONCATENATED MODULE: ./src/model/questions.ts
const HEADING_QUESTION = /^(?:question|q)\s*(\d{1,3})\b/i;
const BOLD_QUESTION = /^([*_]{1,3})\s*question\s+(\d{1,3})\s*[:.]?\s*\1$/i;
const TEXT_QUESTION = /^question\s+(\d{1,3})\s*[:.]?$/i;
/**
 * Finds the questions: `### Question N` headings of any depth, and the bold or bare
 * `Question N` paragraphs that word-processor exports leave. A question runs to the
 * next question or the next heading of depth 1 or 2 (an `===` setext heading too,
 * a `---` one not); a `###` that is not a question stays in the answer.
 */
function findQuestionSections(events, source, doc) {
    // Each marker is a boundary too; `at` is its index in `boundaries`, so the next boundary is the one after.
    const markers = [];
    const boundaries = [];
    const headingByBlock = new Map(doc.headings.map((h) => [h.block, h]));
    doc.blocks.forEach((block, i) => {
        const heading = headingByBlock.get(block);
        if (heading) {
            const match = HEADING_QUESTION.exec(heading.text);
            if (match) {
                markers.push({ block, marker: marker(source, block, Number(match[1]), 'heading', heading.depth, heading.text), at: boundaries.length });
                boundaries.push(block);
            }
            else if (heading.depth <= 2 &&
                !(heading.kind === 'setext' && heading.depth === 2 && !isFrontMatter(source, block)) &&
                !(heading.depth === 2 && heading.kind === 'atx' && markers.length && isSubheading(source, heading.text, doc.blocks[i + 1]))) {
                // A `---` under a line of text makes a setext heading; in answers that is a leftover
                // placeholder wrapper, not a new section, so it does not end the answer. A second
                // front matter block (a pasted template) parses the same way and does end it.
                // A `###` that is not a question (`### Diagram`) is a subheading of the answer it
                // stands in: the template has no other `###` between questions. The course checker
                // does cut there; heading-in-answer says so. So is a `## Results` followed by more
                // answer text; a `##` followed by a question, a quote or a heading is a section.
                boundaries.push(block);
            }
        }
        else if (block.type === 'paragraph') {
            const raw = source.text.slice(block.start, block.end).trim();
            const bold = BOLD_QUESTION.exec(raw);
            const bare = bold ? null : TEXT_QUESTION.exec(raw);
            if (bold || bare) {
                const number = Number(bold ? bold[2] : bare?.[1]);
                markers.push({ block, marker: marker(source, block, number, bold ? 'bold' : 'text', null, raw), at: boundaries.length });
                boundaries.push(block);
            }
        }
    });
    return markers.map(({ marker, block, at }) => {
        const next = boundaries[at + 1];
        return {
            marker,
            firstEvent: block.exit + 1,
            endEvent: next ? next.enter : events.length,
            start: block.end,
            end: next ? next.start : source.text.length
        };
    });
}
/** A `##` heading between questions that is followed by answer text, not by a new section. */
function isSubheading(source, title, next) {
    if (!next || /checklist|appendix|references/i.test(title))
        return false;
    if (next.type !== 'paragraph' && next.type !== 'codeFenced' && next.type !== 'codeIndented' && next.type !== 'listUnordered' && next.type !== 'listOrdered' && next.type !== 'table')
        return false;
    if (next.type !== 'paragraph')
        return true;
    const raw = source.text.slice(next.start, next.end).trim();
    return !BOLD_QUESTION.test(raw) && !TEXT_QUESTION.test(raw);
}
/** `key: value` lines only: front matter that is not at the top of the file. */
function isFrontMatter(source, block) {
    const lines = source.text.slice(block.start, block.end).split(/\r?\n|\r/).slice(0, -1);
    return lines.length > 0 && lines.every((line) => /^[A-Za-z_][\w-]*:(\s|$)/.test(line));
}
function marker(source, block, number, kind, depth, text) {
    return { number, kind, depth, text, span: source.span(block.start, block.end) };
}

;// CONCATENATED MODULE: ./src/model/source.ts
/** The report's text with a line index, so any offset can be turned into a line and column. */
class SourceText {
    text;
    lineStarts;
    constructor(text) {
        this.text = text;
        this.lineStarts = [0];
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.lineStarts.push(i + 1);
            else if (c === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.lineStarts.push(i + 1);
            }
        }
    }
    point(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.lineStarts[lo] + 1, offset };
    }
    span(start, end) {
        return { start: this.point(start), end: this.point(end) };
    }
    slice(span) {
        return this.text.slice(span.start.offset, span.end.offset);
    }
    /** Offset of the first character of a 1-based line. */
    lineStart(line) {
        return this.lineStarts[line - 1] ?? this.text.length;
    }
    /** The text of a 1-based line, without its line ending. */
    lineText(line) {
        const start = this.lineStart(line);
        const next = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
        return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
    }
    /** Shrinks [start, end) to its first and last non-whitespace characters; null when it is all whitespace. */
    trimmed(start, end) {
        let s = start;
        let e = end;
        while (s < e && /\s/.test(this.text[s]))
            s++;
        while (e > s && /\s/.test(this.text[e - 1]))
            e--;
        return s < e ? this.span(s, e) : null;
    }
}

;// CONCATENATED MODULE: ./src/model/build-model.ts







/**
 * Parses a report once and returns everything the rules read, with source positions. `events`:
 * the parse of `text` when the caller has it (the text-only reading parses a shorter text and
 * moves its events to the offsets of `text`).
 */
function buildModel(text, events = parseEvents(text)) {
    const source = new SourceText(text);
    const doc = outline(events, source);
    const sections = findQuestionSections(events, source, doc);
    const questions = sections.map((section) => readQuestion(events, source, doc, section));
    const firstQuestion = sections.length ? sections[0].marker.span.start.offset : text.length;
    return {
        source,
        frontMatter: doc.frontMatter ? source.span(doc.frontMatter.start, doc.frontMatter.end) : null,
        headings: doc.headings.map(({ depth, text, kind, span }) => ({ depth, text, kind, span })),
        questions,
        checklist: readChecklist(events, source, doc, firstQuestion)
    };
}
function readQuestion(events, source, doc, section) {
    const marker = findAnswerMarker(events, source, section);
    const quote = marker ? null : promptQuote(source, doc, section);
    const promptEnd = marker ? marker.start : (quote?.end ?? null);
    const answerStart = marker ? marker.end : (promptEnd ?? section.start);
    const prompt = readPrompt(events, source, section, promptEnd);
    const answer = readAnswer(events, source, doc, section, answerStart, marker, quote?.glued ?? false);
    return {
        number: section.marker.number,
        marker: section.marker,
        prompt,
        answer,
        span: source.span(section.marker.span.start.offset, section.end)
    };
}
/**
 * Without an `Answer:` line, the prompt is the first block quote after the marker, if there is
 * one. Lines at the end of the quote without `>` (lazy continuation: the answer written right
 * under the prompt) are the answer glued to it, not the prompt.
 */
function promptQuote(source, doc, section) {
    const quote = doc.blocks.find((b) => b.type === 'blockQuote' && b.start >= section.start && b.start < section.end);
    if (!quote)
        return null;
    const first = source.point(quote.start).line;
    let line = source.point(Math.max(quote.start, quote.end - 1)).line;
    let lazy = null;
    while (line > first && !/^ {0,3}>/.test(source.lineText(line)))
        lazy = line--;
    return lazy === null ? { end: quote.end, glued: false } : { end: source.lineStart(lazy), glued: true };
}
function readPrompt(events, source, section, end) {
    if (end === null || end <= section.start)
        return { span: null, text: '', question: '', stated: {} };
    let lastEvent = section.firstEvent;
    while (lastEvent + 1 < section.endEvent && events.start(lastEvent + 1) < end)
        lastEvent++;
    const text = plainText(events, source, section.firstEvent, lastEvent);
    return {
        span: source.trimmed(section.start, end),
        text,
        question: boldQuestion(events, source, section.firstEvent, lastEvent) || firstSentence(text),
        stated: statedConstraints(source, section.start, end)
    };
}
/** The prompt's bold question; the template wraps it over several bold lines of one paragraph. */
function boldQuestion(events, source, from, to) {
    const parts = [];
    let lastEnd = -1;
    for (let i = from; i <= to; i++) {
        if (!events.isEnter(i) || events.type(i) !== 'strong')
            continue;
        if (lastEnd >= 0 && !/^[ \t>]*\n?[ \t>]*$/.test(source.text.slice(lastEnd, events.start(i))))
            break;
        const token = events.token(i);
        let exit = i;
        while (events.token(exit) !== token || events.isEnter(exit))
            exit++;
        parts.push(plainText(events, source, i, exit));
        lastEnd = events.end(i);
        i = exit;
    }
    return parts.join(' ');
}
function firstSentence(text) {
    const m = /^.*?[.?!](?=\s|$)/.exec(text);
    return (m ? m[0] : text).trim();
}

;// CONCATENATED MODULE: ./src/profiles/detect.ts


/**
 * Prompt wording that tells eras apart where the limits alone do not (a report whose prompts
 * lost their limit lines has only these). `present` counts when a question's prompt matches,
 * `absent` when the question is there with a readable prompt that does not match: an era whose
 * wording is missing scores lower, so such a report does not fall to a later era whose limits
 * differ. An absence weighs less than one stated limit (1), so stated limits still decide.
 */
const FINGERPRINTS = [
    { profiles: ['2026'], question: 3, pattern: /did you end up using any open[- ]source/i, present: 3, absent: -0.5, name: "Question 3's wording" },
    { profiles: ['2023-01'], question: 7, pattern: /^how many tests did you implement\?$/i, present: 1, absent: -0.5, name: "Question 7's wording" },
    { profiles: ['2025', '2026'], question: 31, pattern: /generative ai/i, present: 1, absent: -0.5, name: "Question 31's generative-AI sentence" }
];
/** The template's install line before the questions: `uv add` only in the 2026 templates. */
const UV_ADD = /\buv add typer markdown\b/;
/** Picks the template era of a report, or the `prompts` profile when it matches none. Null when it has no questions. */
function detectProfile(model, requested = 'auto') {
    const firsts = firstOccurrences(model.questions);
    if (requested !== 'auto') {
        const pinned = requested === 'prompts' ? fromPrompts(firsts) : profileById(requested);
        if (!pinned)
            throw new Error(`unknown profile "${requested}"`);
        const uv = UV_ADD.test(model.source.text.slice(0, model.questions[0]?.marker.span.start.offset ?? 0));
        return { profile: pinned, reason: 'pinned by configuration', checkers: checkersFor(pinned, uv) };
    }
    if (!firsts.length)
        return null;
    const numbers = firsts.map((q) => q.number);
    const uv = UV_ADD.test(model.source.text.slice(0, model.questions[0].marker.span.start.offset));
    let best = null;
    for (const candidate of PROFILES) {
        const covered = numbers.filter((n) => n >= 1 && n <= candidate.questionCount).length;
        // A question the era lacks weighs more than one the report lost.
        let score = -(candidate.questionCount - covered) - 3 * (numbers.length - covered);
        let agree = 0;
        let stated = 0;
        const signals = [];
        for (const q of firsts) {
            const limits = candidate.limits.get(q.number);
            for (const kind of ['words', 'images']) {
                const said = q.prompt.stated[kind];
                if (!said)
                    continue;
                stated++;
                if (sameBounds(said, limits?.[kind] ?? null)) {
                    agree++;
                    score++;
                }
                else
                    score--;
            }
        }
        for (const f of FINGERPRINTS.filter((f) => f.profiles.includes(candidate.id))) {
            const q = firsts.find((q) => q.number === f.question);
            const wording = q?.prompt.question.trim();
            if (!wording)
                continue;
            if (f.pattern.test(wording)) {
                score += f.present;
                signals.push(f.name);
            }
            else
                score += f.absent;
        }
        if (uv && candidate.questionCount === 31 && candidate.id === '2024-12')
            score -= 1;
        if (candidate.id === '2023-01' && model.checklist)
            score -= 3;
        // Ties go to the newer era: PROFILES is ordered oldest first.
        if (!best || score >= best.score)
            best = { profile: candidate, score, agree, stated, covered, signals };
    }
    const highest = numbers.reduce((a, b) => Math.max(a, b));
    if (!best || best.covered < best.profile.questionCount / 2 || numbers.length - best.covered > 2) {
        return withPrompts(firsts, `${firsts.length} questions, up to Question ${highest}: no course template era has that`);
    }
    if (best.stated >= 4 && best.agree * 2 < best.stated) {
        return withPrompts(firsts, `only ${best.agree} of ${best.stated} limits its prompts state match any course template era`);
    }
    const parts = [`${best.covered} of ${best.profile.questionCount} questions found`];
    if (model.checklist)
        parts.push('a project checklist');
    if (best.stated)
        parts.push(`${best.agree} of ${best.stated} stated limits match`);
    parts.push(...best.signals);
    if (uv && best.profile.id === '2025')
        parts.push('`uv add typer markdown` with the old Question 3: the early-January 2026 template');
    return { profile: best.profile, reason: parts.join('; '), checkers: checkersFor(best.profile, uv) };
}
/** The checkers of a profile; the 2025 table with `uv add` is the early-January 2026 template. */
function checkersFor(profile, uv) {
    return uv && profile.id === '2025' ? [...EARLY_2026_CHECKERS] : profile.checkers;
}
function withPrompts(firsts, reason) {
    const profile = fromPrompts(firsts);
    return { profile, reason, checkers: profile.checkers };
}
function firstOccurrences(questions) {
    const seen = new Set();
    return questions.filter((q) => !seen.has(q.number) && seen.add(q.number));
}
function fromPrompts(questions) {
    return promptsProfile(questions.map((q) => ({
        number: q.number,
        words: boundsOf(q.prompt.stated.words),
        images: boundsOf(q.prompt.stated.images),
        topic: shortTopic(q.prompt.question)
    })));
}
function sameBounds(a, b) {
    return b !== null && a.min === b.min && a.max === b.max;
}
/** The first few words of a prompt's question, for tables. */
function shortTopic(question, words = 5) {
    const parts = question.replace(/[*_`]/g, '').split(/\s+/).filter(Boolean);
    return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : parts.join(' ');
}

;// CONCATENATED MODULE: ./src/rules/analysis.ts



/**
 * Counts a question's answer. In `grader` mode the text counted is the text the course
 * checker reads after the question's `Answer:` (`checkerRead`), cut where it cuts it;
 * without one (no profile era, or the checker reads nothing there) it is the answer as parsed.
 */
function analyzeQuestion(source, question, profile, mode, checkerRead, tables = []) {
    const answer = question.answer;
    const none = { words: null, images: null };
    const limits = profile.limits.get(question.number) ?? none;
    const limitsUnder = tables.length > 1 ? tables.map((t) => ({ date: t.date, limits: t.limits.get(question.number) ?? none })) : [{ date: null, limits }];
    let words;
    let starts = null;
    let imageSpans;
    if (mode === 'grader') {
        const start = checkerRead ? checkerRead.start : answer.span.start.offset;
        const text = checkerRead ? source.text.slice(checkerRead.start, checkerRead.end) : answer.raw;
        // Python's view of the text differs from it only at `\r` (see simulateChecker): without one,
        // the checker's answer counted this very text, and its counts stand.
        const counted = checkerRead?.words !== undefined && !text.includes('\r') ? checkerRead : null;
        words = counted ? counted.words : countPythonTokens(text);
        // Where each word starts is asked only of an answer over its limit: found when asked.
        starts = () => pythonTokenStarts(text).map((at) => start + at);
        imageSpans = counted?.images === 0 ? [] : checkerImageMatches(text).map((m) => source.span(start + m.start, start + m.end));
    }
    else {
        words = countRenderedWords(answer.rendered);
        imageSpans = answer.images.map((image) => image.span);
    }
    const hasImages = answer.images.length > 0 || answer.codeImages.length > 0;
    const prose = hasRenderedWord(answer.rendered.replace(PLACEHOLDER, ' '));
    // An empty answer is fine where the table allows 0 words (the "anything extra?" question).
    const emptyAllowed = limits.words?.min === 0 && !limits.images;
    const unanswered = prose || hasImages ? null : answer.placeholders.length ? 'placeholder' : emptyAllowed ? null : 'empty';
    let wordStarts = starts ? undefined : null;
    return {
        question,
        limits,
        limitsUnder,
        words,
        get wordStarts() {
            return (wordStarts ??= starts ? starts() : null);
        },
        images: imageSpans.length,
        imageSpans,
        unanswered
    };
}

// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/lint/budget.ts

/**
 * Wall-clock limits on reading one report. The parse of any text up to the size limit is linear
 * (the parser's super-linear spots are patched, see docs/performance.md), so a template-sized
 * report never comes near these (a 40 KB report takes about 0.15 s); they bound a report of
 * about 1 MB or more, and a shape no one has found yet. The CLI must answer within 3 s: Node's
 * start (0.1 s), these two budgets and the checker's reading (0.2 s at 2 MB) fit in it.
 */
const LINT_BUDGET_MS = 1400;
/**
 * For the second, smaller parse the text-only reading makes to tell the template era: the
 * skeleton of a 2 MB realistic report takes about 0.5 s from a cold start.
 */
const SKELETON_BUDGET_MS = 900;
/** The budgets in force: REPORT_LINT_BUDGET_MS and REPORT_LINT_SKELETON_BUDGET_MS set them (for tests and benchmarks). */
function budgets() {
    return { lint: fromEnv('REPORT_LINT_BUDGET_MS', LINT_BUDGET_MS), skeleton: fromEnv('REPORT_LINT_SKELETON_BUDGET_MS', SKELETON_BUDGET_MS) };
}
function fromEnv(name, otherwise) {
    const set = Number(process.env[name]);
    return Number.isFinite(set) && set > 0 ? set : otherwise;
}
// A script run with a timeout is stopped by V8 (TerminateExecution) wherever it is, also deep in a
// dependency's loop: a check between steps could not stop a single step that runs away. The job
// is reached through the real global object, which is also the one under Jest's module sandbox.
const realGlobal = (0,external_node_vm_.runInThisContext)('globalThis');
const JOB = '__reportLintBoundedJob';
const RUN = new external_node_vm_.Script(`globalThis.${JOB}()`, { filename: 'report-lint-budget' });
/**
 * Runs `job` and returns its value, or `done: false` when it takes longer than `ms`: it is then
 * stopped where it stands. The job must leave no shared state half-changed (a parse and a lint
 * build new objects only). Errors the job throws pass through.
 */
function runWithin(ms, job) {
    const outer = realGlobal[JOB];
    realGlobal[JOB] = job;
    try {
        return { done: true, value: RUN.runInThisContext({ timeout: Math.max(1, Math.round(ms)) }) };
    }
    catch (error) {
        if (error?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
            return { done: false };
        throw error;
    }
    finally {
        realGlobal[JOB] = outer;
    }
}

;// CONCATENATED MODULE: ./src/lint/fix.ts

/** How many times `--fix` lints and fixes a report at most: each pass may uncover what the last one hid. */
const MAX_FIX_PASSES = 10;
/**
 * Decides which of the fixes the rules proposed are offered, and sets them on their findings
 * (`Finding.fix`). Every fix is checked with the course checker simulation
 * (`CheckerReading.vet`, under every checker staff may run), as one set, the way `--fix`
 * applies them in one pass:
 *
 * 1. Structural fixes (a question heading, an `Answer:` line: they change how the checker splits
 *    the report) together. Where the checker stops with an error now, they count only when it
 *    then reads the report through; otherwise no passing question may fail and it must not
 *    start to stop with an error.
 * 2. The other fixes together, on top of the structural ones that passed: no question that
 *    passes after step 1 may fail, and a crash that remains may not get worse (the checker may
 *    not read fewer or more answers than it would without them).
 *
 * When a set does not pass as a whole, its fixes are tried one by one, in order, each on top of
 * those already taken (bounded by the reading's vetting budget), except structural fixes aimed at
 * a crash, which repair only together. A fix that is not offered says why in its finding's
 * message. Fixes that overlap another are left for the next pass of `--fix`; identical fixes
 * (two images from one reference definition) are offered on each finding.
 */
function settleFixes(findings, proposals, source, checker) {
    if (!checker || !proposals.size)
        return;
    const text = source.text;
    const candidates = [];
    const shared = new Map();
    const byEdit = new Map();
    // The stretches taken so far, by start: a new fix that overlaps one is left for the next pass.
    const taken = [];
    for (const finding of findings) {
        const proposal = proposals.get(finding);
        const edit = proposal ? mergeEdits(text, proposal.edits) : null;
        if (!proposal || !edit || editedNothing(text, edit))
            continue;
        const key = `${edit.start}:${edit.end}:${edit.text}`;
        const same = byEdit.get(key);
        if (same) {
            shared.set(finding, same);
            continue;
        }
        const at = insertionPoint(taken, edit.start);
        if ((at > 0 && overlaps(taken[at - 1], edit)) || (at < taken.length && overlaps(taken[at], edit)))
            continue;
        taken.splice(at, 0, edit);
        const candidate = { finding, edit, structural: proposal.structural };
        byEdit.set(key, candidate);
        candidates.push(candidate);
    }
    if (!candidates.length)
        return;
    const expected = checker.run.expected;
    const refusals = new Map();
    const accepted = new Set();
    // 1. Structural fixes.
    const structural = candidates.filter((c) => c.structural);
    let base = [];
    if (structural.length) {
        const all = checker.vet(structural.map((c) => c.edit));
        const verdict = judge(all, true, expected);
        if (verdict === null) {
            structural.forEach((c) => accepted.add(c));
            base = structural.map((c) => c.edit);
        }
        else if (checker.run.error) {
            // Aimed at the crash: they repair together or not at all.
            for (const c of structural)
                refusals.set(c, verdict);
        }
        else {
            const taken = oneByOne(checker, structural, [], true, expected, refusals);
            taken.forEach((c) => accepted.add(c));
            base = taken.map((c) => c.edit);
        }
    }
    // 2. The other fixes, on top of the structural ones.
    const local = candidates.filter((c) => !c.structural);
    if (local.length) {
        const all = checker.vet(local.map((c) => c.edit), base);
        if (judge(all, false, expected) === null)
            local.forEach((c) => accepted.add(c));
        else
            oneByOne(checker, local, base, false, expected, refusals).forEach((c) => accepted.add(c));
    }
    const settle = (finding, c) => {
        if (accepted.has(c))
            finding.fix = toFix(source, c.edit);
        else if (refusals.has(c))
            finding.message += ` Not fixed by \`--fix\`: ${refusals.get(c)}.`;
    };
    for (const c of candidates)
        settle(c.finding, c);
    for (const [finding, c] of shared)
        settle(finding, c);
}
/** The fixes of `candidates` that pass one at a time, each on top of `base` and those taken before it. */
function oneByOne(checker, candidates, base, structural, expected, refusals) {
    const taken = [];
    let spent = null;
    for (const c of candidates) {
        // Once the vetting budget is spent, nothing more is checked, so nothing more is offered.
        if (spent) {
            refusals.set(c, spent);
            continue;
        }
        const vetting = checker.vet([...taken.map((t) => t.edit), c.edit], base);
        const verdict = judge(vetting, structural, expected);
        if (verdict === null)
            taken.push(c);
        else
            refusals.set(c, verdict);
        if (!vetting.before.length)
            spent = verdict;
    }
    return taken;
}
/** Where an edit starting at `start` goes in `sorted` (by start): a binary search. */
function insertionPoint(sorted, start) {
    return partitionPoint(sorted, (edit) => edit.start <= start);
}
/** Null when the vetted edits may be offered; otherwise why not. */
function judge(vetting, structural, expected) {
    const before = vetting.before[0];
    const after = vetting.after[0];
    if (!before || !after)
        return 'report-lint checks a limited number of edits per report against the course checker, and this report needs more';
    const found = (p) => p.counts.length;
    if (before.error) {
        if (after.error === null)
            return null;
        if (structural) {
            return `with every structural fix report-lint can make, the course checker would still stop with an error (it would read ${found(after)} answers, not ${expected}); the other findings say what else to change`;
        }
        return Math.abs(found(after) - expected) <= Math.abs(found(before) - expected)
            ? null
            : `the course checker would then read ${found(after)} answers instead of ${found(before)}`;
    }
    if (after.error)
        return 'the course checker would then stop with an error';
    const failing = new Set(vetting.effects.flatMap((e) => e.turnsFailing));
    if (failing.size) {
        const list = [...failing].sort((a, b) => a - b);
        return list.length === 1
            ? `the course checker would then fail Question ${list[0]}, which passes now`
            : `the course checker would then fail Questions ${list.join(', ')}, which pass now`;
    }
    return null;
}
/** The edits of one proposal as one replacement of the stretch they cover (as ESLint merges fixes); null when they overlap. */
function mergeEdits(text, edits) {
    if (!edits.length)
        return null;
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let at = sorted[0].start;
    for (const e of sorted) {
        if (e.start < at || e.end < e.start || e.end > text.length)
            return null;
        out += text.slice(at, e.start) + e.text;
        at = e.end;
    }
    return { start: sorted[0].start, end: at, text: out };
}
function editedNothing(text, edit) {
    return text.slice(edit.start, edit.end) === edit.text;
}
/** Two edits overlap when they share a character, or both insert at one place, or one inserts inside the other. */
function overlaps(a, b) {
    if (a.start === a.end && b.start === b.end)
        return a.start === b.start;
    if (a.start === a.end)
        return a.start > b.start && a.start < b.end;
    if (b.start === b.end)
        return b.start > a.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
}
function toFix(source, edit) {
    const start = source.point(edit.start);
    const end = source.point(edit.end);
    return { range: [edit.start, edit.end], text: edit.text, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
/**
 * The fixes of a lint result that `--fix` applies in one pass: each distinct fix once, in the
 * order of the text, leaving out any that overlaps one before it.
 */
function fixesToApply(findings) {
    const unique = new Map();
    for (const f of findings)
        if (f.fix)
            unique.set(`${f.fix.range[0]}:${f.fix.range[1]}:${f.fix.text}`, f.fix);
    const sorted = [...unique.values()].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    const out = [];
    for (const fix of sorted) {
        const last = out[out.length - 1];
        if (last && overlaps(asEdit(last), asEdit(fix)))
            continue;
        out.push(fix);
    }
    return out;
}
/** The text with the fixes applied (see `fixesToApply`); the fixes must not overlap. */
function applyFixes(text, fixes) {
    let out = '';
    let at = 0;
    for (const fix of fixes) {
        out += text.slice(at, fix.range[0]) + fix.text;
        at = fix.range[1];
    }
    return out + text.slice(at);
}
function asEdit(fix) {
    return { start: fix.range[0], end: fix.range[1], text: fix.text };
}
/**
 * Fixes a report as `--fix` does: lint, apply every fix offered in one pass, lint the result
 * again, until no fix is offered (at most MAX_FIX_PASSES passes). Each pass's fixes were checked
 * against the text of that pass, so no pass turns a passing question failing.
 */
function fixReport(text, lint) {
    let current = text;
    const first = lint(current);
    let result = first;
    let applied = 0;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const fixes = fixesToApply(result.findings);
        if (!fixes.length)
            break;
        const next = applyFixes(current, fixes);
        if (next === current)
            break;
        current = next;
        applied += fixes.length;
        result = lint(current);
    }
    return { text: current, applied, result, first };
}

;// CONCATENATED MODULE: ./src/lint/question-results.ts



/**
 * One row per question found (a duplicated question gets two) and one per question the
 * profile expects but the report lacks, ordered by number.
 */
function questionResults(profile, analyses, findings, model) {
    const errorLines = errorLinesByQuestion(findings);
    const rows = analyses.map((a) => {
        const q = a.question;
        const first = q.span.start.line;
        const last = model.source.point(Math.max(q.span.start.offset, q.span.end.offset - 1)).line;
        const failed = hasLineWithin(errorLines.get(q.number), first, last);
        return {
            number: q.number,
            topic: profile.topics.get(q.number) ?? shortTopic(q.prompt.question),
            line: first,
            words: a.words,
            images: a.images,
            constraints: {
                words: a.limits.words,
                images: a.limits.images,
                source: profile.source === 'checker' ? 'checker' : 'prompt',
                stated: { words: boundsOf(q.prompt.stated.words), images: boundsOf(q.prompt.stated.images) }
            },
            status: a.unanswered ? 'unanswered' : failed ? 'fail' : 'pass'
        };
    });
    const present = new Set(analyses.map((a) => a.question.number));
    for (let n = 1; n <= profile.questionCount; n++) {
        if (present.has(n))
            continue;
        const limits = profile.limits.get(n) ?? { words: null, images: null };
        rows.push({
            number: n,
            topic: profile.topics.get(n) ?? '',
            line: null,
            words: null,
            images: null,
            constraints: { words: limits.words, images: limits.images, source: 'checker', stated: { words: null, images: null } },
            status: 'missing'
        });
    }
    return rows.sort((a, b) => a.number - b.number || (a.line ?? 0) - (b.line ?? 0));
}
/** The lines of the error findings of each question, ascending: a report with thousands of questions and findings stays linear. */
function errorLinesByQuestion(findings) {
    const lines = new Map();
    for (const f of findings) {
        if (f.severity !== 'error' || f.question === null)
            continue;
        const list = lines.get(f.question);
        if (list)
            list.push(f.line);
        else
            lines.set(f.question, [f.line]);
    }
    for (const list of lines.values())
        list.sort((a, b) => a - b);
    return lines;
}
/** Whether the ascending `lines` hold one in [first, last]. */
function hasLineWithin(lines, first, last) {
    if (!lines)
        return false;
    const at = partitionPoint(lines, (line) => line < first);
    return at < lines.length && lines[at] <= last;
}

;// CONCATENATED MODULE: ./src/lint/text-only.ts











/** From this size on a report may take longer than the budget to read in full (docs/performance.md). */
const LARGE_REPORT_CHARS = 768 * 1024;
/** The id of the one finding a text-only reading reports. */
const PARSE_BUDGET_RULE = 'parse-budget';
/**
 * The result when reading a report's Markdown took longer than its budget: what the course checker
 * reads, which needs no Markdown (it splits the text on `Answer:`), and one finding that says what
 * was skipped. The checker's prediction is the same as a full lint's; only the template era needs
 * the Markdown: it is pinned by the configuration, or told from the report with the text the
 * checker takes as answers blanked out (headings, prompts and checklist stay where they were),
 * parsed within `skeletonMs`.
 */
function textOnlyResult(text, options, spentMs, skeletonMs) {
    const { config } = options;
    const bom = options.bom ?? false;
    const source = new SourceText(text);
    const skeleton = runWithin(skeletonMs, () => skeletonModel(text, bom));
    // The skeleton keeps every offset, so its questions stand where the report's do.
    const model = skeleton.done
        ? { ...skeleton.value, source }
        : { source, frontMatter: null, headings: [], questions: [], checklist: null };
    let detection = null;
    if (skeleton.done || config.profile !== 'auto')
        detection = detectProfile(model, config.profile);
    const profile = detection?.profile ?? null;
    const checker = profile?.checker ? readLikeChecker(model, bom, profile.checker, detection?.checkers ?? []) : null;
    const grader = checker && profile ? graderResult(checker, profile, source) : null;
    const finding = budgetFinding(text, spentMs, grader, skeleton.done || config.profile !== 'auto');
    return {
        path: options.path,
        profile: detection
            ? {
                id: detection.profile.id,
                title: detection.profile.title,
                reason: config.profile === 'auto' ? `${detection.reason} (told from the headings and prompts only)` : detection.reason
            }
            : null,
        wordCount: config.wordCount,
        questions: [],
        checklist: null,
        findings: [finding],
        summary: {
            errors: finding.severity === 'error' ? 1 : 0,
            warnings: finding.severity === 'warning' ? 1 : 0,
            infos: 0,
            passed: grader?.passed ?? 0,
            total: profile?.questionCount ?? 0
        },
        grader
    };
}
/**
 * The text with the answers blanked (spaces, line breaks kept), so that what is left, the
 * template's skeleton, parses in little time and reads as the whole report does: the same
 * headings, question markers, prompts and checklist, at the same offsets. Blanked are only whole
 * lines of what the course checker takes as an answer (after an `Answer:` and up to the `###` or
 * `##` it cuts at), and only lines whose blanking cannot change how the rest parses:
 * - an answer stays whole when a line of it may be read as a question marker (`**Question 9**`),
 *   when a fence or an HTML block that ends only at its end marker (a comment, `<pre>`, …) opens
 *   in it and does not close in it (it runs on past the cut), or when it closes one it did not
 *   open (one that opened above it);
 * - an answer's last paragraph stays when it holds a line that opens HTML: such a block runs on
 *   to the next blank line, maybe across the heading the checker cuts at;
 * - its first paragraph stays when an HTML block may be open where the answer starts (a line that
 *   opens HTML among the lines just above it, with no blank line in between): the block ends at
 *   that paragraph's end, as in the report.
 * The lines between stay blank lines in both, and fences and HTML blocks there open and close
 * within them, so the rest reads the same.
 */
function blankAnswers(text, bom) {
    return blankRegions(text, blankableRegions(text, bom));
}
/** The regions of whole lines `blankAnswers` blanks, in order. */
function blankableRegions(text, bom) {
    const run = simulate_simulateChecker(text, bom, 31);
    const regions = [];
    let at = 0;
    for (const piece of run.pieces) {
        if (!piece.afterAnswer || piece.cut === null)
            continue;
        // Whole lines only: from the line after the `Answer:` to the line of the cut.
        const from = nextLineStart(text, piece.start);
        const to = lineStartAt(text, piece.cut);
        if (to <= from || from < at)
            continue;
        const blank = blankableLines(text, from, to);
        if (!blank)
            continue;
        regions.push(blank);
        at = blank.end;
    }
    return regions;
}
function blankRegions(text, regions) {
    const parts = [];
    let at = 0;
    for (const { start, end } of regions) {
        parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]+/g, (line) => ' '.repeat(line.length)));
        at = end;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
/**
 * The model of the report's skeleton (see blankAnswers), at the report's offsets. The Markdown
 * parsed is the skeleton with each blanked region cut down to at most two blank lines, which
 * parse as many blank lines do; the events are then moved back to the report's offsets. So the
 * parse takes time in proportion to the headings, prompts and checklist, not to the answers.
 */
function skeletonModel(text, bom) {
    const regions = blankableRegions(text, bom);
    const parts = [];
    // Where each cut region starts in the parsed text, how long it is there, and in the report.
    const moved = [];
    let at = 0;
    let parsedLength = 0;
    for (const { start, end } of regions) {
        const kept = text.slice(at, start);
        const breaks = Math.min(2, countLines(text, start, end));
        parts.push(kept, '\n'.repeat(breaks));
        parsedLength += kept.length;
        moved.push({ at: parsedLength, length: breaks, start, end });
        parsedLength += breaks;
        at = end;
    }
    parts.push(text.slice(at));
    const events = parseEvents(parts.join(''));
    // The last cut region at or before `offset` holds it or says how far it moved (regions are in order).
    const toReport = (offset) => {
        const low = partitionPoint(moved, (m) => m.at <= offset);
        if (low === 0)
            return offset;
        const m = moved[low - 1];
        if (offset < m.at + m.length)
            return Math.min(m.start + (offset - m.at), m.end);
        return offset + m.end - (m.at + m.length);
    };
    const placed = events.withOffsets(toReport);
    return buildModel(blankRegions(text, regions), placed);
}
function countLines(text, start, end) {
    let lines = 0;
    for (let at = start; at < end; at = nextLineStart(text, at))
        lines++;
    return lines;
}
/** The lines of the answer in [from, to) that can be blanked, as offsets (line starts); null for none. */
function blankableLines(text, from, to) {
    const lines = [];
    // Blank lines outside any fence or HTML block that ends at a marker: where the answer can be cut.
    const cuttable = [];
    let block = null;
    // A line that does not start with one of these (after spaces) is prose to every test below, but
    // for the end of an HTML block, which only an answer holding one can have.
    const mayClose = RAW_HTML_END.test(text.slice(from, to));
    for (let start = from; start < to;) {
        const end = Math.min(nextLineStart(text, start), to);
        let first = start;
        while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9))
            first++;
        const code = text.charCodeAt(first);
        const blank = first === end || code === 10 || code === 13;
        let html = false;
        if (block !== null && !('fence' in block)) {
            if (block.end.test(text.slice(start, end)))
                block = null;
        }
        else if (!blank && SPECIAL_START.test(text[first])) {
            const line = text.slice(start, end).replace(/\r?\n$|\r$/, '');
            const content = line.replace(CONTAINER_PREFIX, '');
            if (QUESTION_LINE.test(content))
                return null;
            const fence = FENCE.exec(content);
            const raw = RAW_HTML.find(([open]) => open.test(content));
            if (block !== null) {
                if (fence && fence[1][0] === block.fence[0] && fence[1].length >= block.fence.length && !fence[2].trim())
                    block = null;
            }
            else if (fence && !(fence[1][0] === '`' && fence[2].includes('`')))
                block = { fence: fence[1] };
            else if (raw && !raw[1].test(content.replace(raw[0], '')))
                block = { end: raw[1] };
            else if (!raw && mayClose && RAW_HTML_END.test(line))
                return null;
            // HTML that runs on to the next blank line; the blocks that end at a marker are tracked above.
            html = block === null && !raw && HTML_LINE.test(line);
        }
        else if (block === null && !blank && mayClose && RAW_HTML_END.test(text.slice(start, end)))
            return null;
        lines.push({ start, end, blank, html });
        cuttable.push(blank && block === null);
        start = end;
    }
    if (block)
        return null;
    const filled = lines.map((l) => !l.blank);
    const first = filled.indexOf(true);
    const last = filled.lastIndexOf(true);
    if (first < 0)
        return null;
    // Keep the first paragraph when an HTML block may still be open where the answer starts.
    let keepTo = first === 0 && htmlMayBeOpen(text, from) ? cuttable.indexOf(true) : first;
    if (keepTo < 0)
        return null;
    // Keep the last paragraph when it holds a line that opens HTML.
    let keepFrom = last + 1;
    const lastCut = cuttable.lastIndexOf(true, last);
    if (lines.slice(lastCut + 1, last + 1).some((l) => l.html))
        keepFrom = lastCut + 1;
    if (keepFrom <= keepTo)
        return null;
    keepTo = Math.max(keepTo, 0);
    return { start: lines[keepTo].start, end: lines[keepFrom - 1].end };
}
/** The first characters (after spaces) of a line that may open or close a fence or HTML, or name a question. */
const SPECIAL_START = /[<>`~\-*+_#=0-9qQ]/;
/** Block quote markers, indentation and list markers before a line's content. */
const CONTAINER_PREFIX = /^(?:[ \t]{0,3}>|[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?=[ \t])|[ \t])*/;
/** A line that opens HTML (after block quote and list markers). */
const HTML_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*</;
/**
 * A line the model may read as a question marker (`Question 9`, `**Question 9**`, a heading
 * `Q9`), or that makes the line above it a heading of depth 1 (`===`), which ends a question.
 */
const QUESTION_LINE = /^[*_#\s]*(?:question|q)\s*\d|^=+[ \t]*$/i;
/** A fence line: its run of backticks or tildes, and the rest. */
const FENCE = /^(`{3,}|~{3,})([^]*)$/;
/** HTML blocks that end at a marker rather than a blank line: how each opens, and its end. */
const RAW_HTML = [
    [/^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    [/^<!--/, /-->/],
    [/^<\?/, /\?>/],
    [/^<!\[CDATA\[/, /\]\]>/],
    [/^<![A-Za-z]/, />/]
];
/** The end of one of those blocks, in a line that did not open one. */
const RAW_HTML_END = /<\/(?:script|pre|style|textarea)>|-->|\?>|\]\]>/i;
/** How far back to look for a line that opens HTML above an answer; past it, keep the paragraph. */
const LOOK_BACK_LINES = 200;
/**
 * Whether an HTML block may be open at `offset` (a line start): a line that opens HTML in the
 * run of non-blank lines that ends there.
 */
function htmlMayBeOpen(text, offset) {
    let end = offset;
    for (let n = 0; n < LOOK_BACK_LINES; n++) {
        if (end === 0)
            return false;
        // The line before: from its start to its line ending (CRLF, LF or CR).
        let lineEnd = end - 1;
        if (text[lineEnd] === '\n' && text[lineEnd - 1] === '\r')
            lineEnd--;
        const start = lineStartAt(text, lineEnd);
        const line = text.slice(start, lineEnd);
        if (!line.trim())
            return false;
        if (HTML_LINE.test(line))
            return true;
        end = start;
    }
    return true;
}
function budgetFinding(text, spentMs, grader, eraKnown) {
    const size = text.length >= 1024 * 1024 ? `${(text.length / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(text.length / 1024)} KB`;
    const parts = [
        `report-lint stopped reading this report's Markdown after ${(spentMs / 1000).toFixed(1)} s (the report is ${size}) and read it as the course checker does, as plain text split on \`Answer:\`.`,
        'Skipped: every rule that needs the Markdown (questions and headings, answers, images, links, checklist, leftovers).'
    ];
    let failing = false;
    if (!grader) {
        parts.push(eraKnown
            ? 'No course template era applies, so there is no course checker prediction.'
            : 'The template era could not be told without the Markdown either: set `profile` in the configuration (or pass --profile) to get the course checker prediction.');
    }
    else if (grader.error) {
        failing = true;
        parts.push(`The course checker will stop with "${grader.error}" (it reads ${plural(grader.found, 'answer')}, not ${grader.expected}).`);
    }
    else {
        const fails = grader.answers.filter((a) => a.pass === false);
        failing = fails.length > 0;
        parts.push(fails.length
            ? `The course checker will pass ${grader.passed} of ${grader.total} answers; it fails ${fails.map((a) => `answer ${a.checkedAs} (line ${a.line}: ${plural(a.words, 'word')}, ${plural(a.images, 'image')})`).join(', ')}.`
            : `The course checker will pass all ${grader.total} answers.`);
    }
    parts.push(text.length >= LARGE_REPORT_CHARS
        ? `A report of the template's size (about 40 KB) is read in full in well under a second; this one is ${size}.`
        : 'If this report is not built to stall a parser, please report it: a report of its size is read in well under a second.');
    return {
        ruleId: PARSE_BUDGET_RULE,
        severity: failing ? 'error' : 'warning',
        message: parts.join(' '),
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        question: null
    };
}

;// CONCATENATED MODULE: ./src/lint/lint-text.ts










const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
/**
 * Orders findings so that each consequence comes right after the finding that explains it
 * (its `cause`), the rest in the order given. A cause that is not in the list (its rule is
 * off) is dropped from the consequence, which then stands on its own.
 */
function causesFirst(findings) {
    const key = (r) => `${r.ruleId}\u0000${r.line}\u0000${r.column}`;
    const byKey = new Map();
    for (const f of findings)
        if (!byKey.has(key(f)))
            byKey.set(key(f), f);
    const children = new Map();
    const roots = [];
    for (const f of findings) {
        const cause = f.cause ? byKey.get(key(f.cause)) : undefined;
        if (f.cause && (!cause || cause === f))
            delete f.cause;
        if (!cause || cause === f)
            roots.push(f);
        else {
            const list = children.get(cause);
            if (list)
                list.push(f);
            else
                children.set(cause, [f]);
        }
    }
    const out = [];
    const placed = new Set();
    const place = (f) => {
        if (placed.has(f))
            return;
        placed.add(f);
        out.push(f);
        for (const c of children.get(f) ?? [])
            place(c);
    };
    roots.forEach(place);
    // Findings caught in a loop of causes (a bug in a rule) keep their place, without the loop.
    for (const f of findings) {
        if (placed.has(f))
            continue;
        delete f.cause;
        place(f);
    }
    return out;
}
/**
 * Lints one report's text: parse once, pick the profile, run every enabled rule. Within a time
 * budget: past it, the result is the course checker's text-only reading (see text-only.ts).
 */
function lintText(text, options) {
    const budget = budgets();
    // process.hrtime, not the global `performance`: its first use loads perf_hooks (1 to 1.5 ms of a
    // one-report run), and inside the budget a timeout could stop that load half-way.
    const start = process.hrtime.bigint();
    const full = runWithin(budget.lint, () => lintModel(buildModel(text), options));
    return full.done ? full.value : textOnlyResult(text, options, Number(process.hrtime.bigint() - start) / 1e6, budget.skeleton);
}
/** Lints a report already read into its model. */
function lintModel(model, options) {
    const { config } = options;
    const detection = detectProfile(model, config.profile);
    const profile = detection?.profile ?? null;
    const tables = detection?.checkers ?? [];
    const checker = profile?.checker ? readLikeChecker(model, options.bom ?? false, profile.checker, tables) : null;
    const analyses = profile
        ? model.questions.map((q, i) => analyzeQuestion(model.source, q, profile, config.wordCount, checker?.answerOf[i] ?? null, tables))
        : [];
    const findings = [];
    const folded = new Set();
    const proposals = new Map();
    RULES.forEach((rule) => {
        const setting = config.rules.get(rule.id);
        if (!setting || setting.severity === 'off')
            return;
        const severity = setting.severity;
        const context = {
            model,
            profile,
            questions: analyses,
            wordCount: config.wordCount,
            options: setting.options,
            repo: options.repo ?? null,
            checker,
            report(message, span, question = null, extra = {}) {
                const finding = {
                    ruleId: rule.id,
                    severity: extra.severity && SEVERITY_ORDER[extra.severity] > SEVERITY_ORDER[severity] ? extra.severity : severity,
                    message,
                    line: span?.start.line ?? 1,
                    column: span?.start.column ?? 1,
                    endLine: span?.end.line ?? 1,
                    endColumn: span?.end.column ?? 1,
                    question
                };
                if (extra.cause)
                    finding.cause = { ruleId: extra.cause.ruleId, line: extra.cause.line, column: extra.cause.column };
                if (extra.cause && extra.folded)
                    folded.add(finding);
                if (extra.fix)
                    proposals.set(finding, extra.fix);
                findings.push(finding);
            }
        };
        try {
            rule.check(context);
        }
        catch (error) {
            // A bug in one rule must not cost the findings of the others.
            context.report(`report-lint could not run this rule (${error.message}). This is a bug in report-lint; please report it with the report. The other rules ran.`, null);
        }
    });
    const ruleOrder = new Map(RULES.map((rule, i) => [rule.id, i]));
    findings.sort((a, b) => a.line - b.line ||
        a.column - b.column ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0));
    const ordered = causesFirst(findings).filter((f) => !(f.cause && folded.has(f)));
    // A cause that was itself folded away no longer names a listed finding.
    const listed = new Set(ordered.map((f) => `${f.ruleId}\u0000${f.line}\u0000${f.column}`));
    for (const f of ordered)
        if (f.cause && !listed.has(`${f.cause.ruleId}\u0000${f.cause.line}\u0000${f.cause.column}`))
            delete f.cause;
    findings.length = 0;
    findings.push(...ordered);
    // Fixes are offered only as a set the course checker simulation has read (src/lint/fix.ts).
    settleFixes(findings, proposals, model.source, checker);
    const questions = profile ? questionResults(profile, analyses, findings, model) : [];
    const total = profile ? profile.questionCount : 0;
    let passed = 0;
    for (let n = 1; n <= total; n++) {
        const rows = questions.filter((q) => q.number === n);
        if (rows.length && rows.every((q) => q.status === 'pass'))
            passed++;
    }
    return {
        path: options.path,
        profile: detection ? { id: detection.profile.id, title: detection.profile.title, reason: detection.reason } : null,
        wordCount: config.wordCount,
        questions,
        checklist: model.checklist
            ? model.checklist.sections
                .filter((s) => s.items.length)
                .map((s) => ({ section: s.title, checked: s.items.filter((i) => i.checked).length, total: s.items.length }))
            : null,
        findings,
        summary: {
            errors: findings.filter((f) => f.severity === 'error').length,
            warnings: findings.filter((f) => f.severity === 'warning').length,
            infos: findings.filter((f) => f.severity === 'info').length,
            passed,
            total
        },
        grader: checker && profile ? graderResult(checker, profile, model.source) : null
    };
}

;// CONCATENATED MODULE: ./src/lint/read-report.ts

/**
 * A template report is about 30 KB. Reading grows linearly with the size (docs/performance.md):
 * a first run takes 1.4 to 1.6 s per MB of realistic report content from 1 MB to 30 MB, and about
 * 85 MiB per MB at its peak. At 2 MB a full lint takes about 3 s, so larger files are refused: a
 * higher limit would not be read in full within the time budget, only as the course checker reads
 * it, as a report close to the limit already may be (src/lint/text-only.ts).
 */
const MAX_REPORT_BYTES = 2 * 1024 * 1024;
/** Reads a report as UTF-8 text, or says in one line why it cannot be linted (`shownAs` names it there). */
function readReport(path, shownAs = path) {
    let size;
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        if (stat.isDirectory())
            return fail(`is a directory; name the report file in it (e.g. ${shownAs.replace(/\/$/, '')}/README.md)`);
        if (!stat.isFile())
            return fail('is not a regular file');
        size = stat.size;
    }
    catch (error) {
        return fail(describeIoError(error));
    }
    if (size > MAX_REPORT_BYTES) {
        return fail(`is ${megabytes(size)}; report-lint reads reports up to ${megabytes(MAX_REPORT_BYTES)} (a template report is about 30 KB). Is this the report file?`);
    }
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        return fail(describeIoError(error));
    }
    return decodeReport(bytes);
}
/** UTF-8 text without its byte order mark, or why the bytes are not a Markdown report. */
function decodeReport(bytes) {
    const utf16 = utf16Kind(bytes);
    if (utf16) {
        return fail(`is UTF-16 text (${utf16}), not UTF-8; the course checker cannot read it either. Save it as UTF-8: in VS Code, ` +
            'click the encoding in the status bar, choose "Save with Encoding" and then "UTF-8"; or run `iconv -f UTF-16 -t UTF-8`');
    }
    const nul = bytes.subarray(0, 8000).indexOf(0);
    if (nul >= 0)
        return fail('is a binary file (it holds NUL bytes), not Markdown');
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        return { ok: true, text, bom };
    }
    catch {
        const { line, column } = firstInvalidUtf8(bytes);
        return fail(`is not valid UTF-8 (first bad byte on line ${line}, column ${column}); the course checker cannot read it either. Save it as UTF-8`);
    }
}
/**
 * Whether the bytes are UTF-16 text: a UTF-16 byte order mark, or (without one) text whose
 * every other byte is NUL, as Latin text in UTF-16 is. Null for anything else.
 */
function utf16Kind(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'little-endian, with a byte order mark';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'big-endian, with a byte order mark';
    const sample = bytes.subarray(0, Math.min(bytes.length, 8000) & ~1);
    if (sample.length < 8)
        return null;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < sample.length; i += 2) {
        if (sample[i] === 0)
            evenNul++;
        if (sample[i + 1] === 0)
            oddNul++;
    }
    const pairs = sample.length / 2;
    if (oddNul >= pairs * 0.9 && evenNul === 0)
        return 'little-endian';
    if (evenNul >= pairs * 0.9 && oddNul === 0)
        return 'big-endian';
    return null;
}
function firstInvalidUtf8(bytes) {
    let line = 1;
    let column = 1;
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (length === 0 || i + length > bytes.length)
            break;
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
        }
        catch {
            break;
        }
        if (b === 10) {
            line++;
            column = 1;
        }
        else
            column++;
        i += length;
    }
    return { line, column };
}
function describeIoError(error) {
    const code = error.code;
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    if (code === 'EISDIR')
        return 'is a directory';
    if (code === 'ENAMETOOLONG')
        return 'cannot be read: its path is longer than any file system allows';
    return `cannot be read (${code ?? error.message})`;
}
function megabytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
function fail(error) {
    return { ok: false, error };
}

;// CONCATENATED MODULE: ./src/lint/lint-file.ts


/** Reads and lints one report file; a file that cannot be read becomes a result with `error` set. */
function lintFile(path, displayPath, config, repo = null) {
    const read = readReport(path, displayPath);
    if (!read.ok)
        return unreadable(displayPath, read.error, config);
    return lintText(read.text, { path: displayPath, config, repo, bom: read.bom });
}
/** The result for a file that could not be linted at all, with the reason. */
function unreadable(path, error, config) {
    return {
        path,
        profile: null,
        wordCount: config.wordCount,
        questions: [],
        checklist: null,
        findings: [],
        summary: { errors: 0, warnings: 0, infos: 0, passed: 0, total: 0 },
        grader: null,
        error
    };
}

;// CONCATENATED MODULE: ./src/util/contained.ts


/** Linux refuses longer paths (PATH_MAX): no file with a longer path can exist. */
const PATH_MAX_BYTES = 4096;
/**
 * Where `path` (relative to `root`) really is, when that is inside `root`. Every symbolic link
 * on the way is resolved, so a file reached through a link that leads out of `root` is refused
 * before anything reads it. Read the returned `real` path, not the link.
 */
function containedPath(root, path) {
    const absolute = (0,external_node_path_.resolve)(root, path);
    if (Buffer.byteLength(absolute) > PATH_MAX_BYTES)
        return { ok: false, why: 'too-long' };
    if (!isInside((0,external_node_path_.resolve)(root), absolute))
        return { ok: false, why: 'outside' };
    let realRoot;
    let real;
    try {
        realRoot = (0,external_node_fs_.realpathSync)(root);
        real = (0,external_node_fs_.realpathSync)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')
            return { ok: false, why: 'missing' };
        if (code === 'ENAMETOOLONG')
            return { ok: false, why: 'too-long' };
        return { ok: false, why: 'error', code };
    }
    if (!isInside(realRoot, real))
        return { ok: false, why: 'link-outside' };
    return { ok: true, real };
}
/**
 * Why a path was refused, as the end of a sentence that starts with the path: `reports/README.md
 * is a symbolic link that leads out of the workspace; ...`. `where` names the root (`the
 * workspace`, `the folder searched`). A broken link is told apart from a missing file.
 */
function refusal(root, path, place, where = 'the workspace') {
    const never = 'report-lint never reads a file through such a link. Commit the file itself, not a link to it';
    switch (place.why) {
        case 'outside':
            return `is outside ${where}; report-lint reads only files inside it`;
        case 'link-outside':
            return `is a symbolic link that leads out of ${where}; ${never}`;
        case 'missing':
            return isSymbolicLink((0,external_node_path_.resolve)(root, path)) ? `is a symbolic link that leads to no file; ${never}` : `is not in ${where}`;
        case 'too-long':
            return 'cannot be read: its path is longer than any file system allows';
        default:
            return `cannot be read (${place.code})`;
    }
}
/** Whether the path leads to a folder (through links). */
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** Whether the path is a symbolic link itself (a broken one included). */
function isSymbolicLink(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '..' && !rel.startsWith(`..${'/'}`) && !rel.startsWith('..\\') && !(0,external_node_path_.isAbsolute)(rel);
}

;// CONCATENATED MODULE: ./src/lint/local-repo.ts



/** Linux allows at most this many bytes in one file or folder name (NAME_MAX). */
const NAME_MAX_BYTES = 255;
/**
 * The repository around a report on disk: its git root, or the report's own folder outside git.
 * The root is looked for only when a rule asks, so a report that cannot be read costs no walk.
 */
function localRepo(reportPath, root = null) {
    let top = root;
    const repoRoot = () => (top ??= gitRoot((0,external_node_path_.dirname)(reportPath)) ?? (0,external_node_path_.dirname)(reportPath));
    const reportDir = (0,external_node_path_.dirname)(reportPath);
    // Several rules ask for the same paths (image-missing and image-outside-repo each ask for every
    // image), and the images of a report share folders: each path is resolved and each folder read
    // once. The files do not change while a report is linted (--fix writes the report after).
    const resolved = new Map();
    const listings = new Map();
    const list = (dir) => {
        let entries = listings.get(dir);
        if (entries === undefined) {
            try {
                entries = (0,external_node_fs_.readdirSync)(dir);
            }
            catch {
                entries = null;
            }
            listings.set(dir, entries);
        }
        return entries;
    };
    return {
        get reportPath() {
            return toPosix((0,external_node_path_.relative)(repoRoot(), reportPath));
        },
        resolve: (src) => {
            let target = resolved.get(src);
            if (!target)
                resolved.set(src, (target = resolveImage(repoRoot(), reportDir, src, list)));
            return target;
        }
    };
}
function gitRoot(start) {
    let dir = start;
    for (;;) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return dir;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}
function resolveImage(root, reportDir, src, list) {
    const written = decodePath(src.replace(/[?#].*$/, ''));
    // GitHub resolves a leading `/` against the repository root, as a web server would.
    const fromRoot = written.startsWith('/') && !written.startsWith('//');
    if (!fromRoot && ((0,external_node_path_.isAbsolute)(written) || /^[a-zA-Z]:[\\/]/.test(written)))
        return { kind: 'outside', path: written, why: 'it is an absolute path' };
    const target = fromRoot ? (0,external_node_path_.join)(root, written) : (0,external_node_path_.join)(reportDir, written);
    const rel = (0,external_node_path_.relative)(root, target);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        return { kind: 'outside', path: written, why: 'it climbs out of the repository' };
    }
    // No file has a longer path or name: answer without walking thousands of folders.
    if (Buffer.byteLength(target) > PATH_MAX_BYTES || rel.split(external_node_path_.sep).some((name) => Buffer.byteLength(name) > NAME_MAX_BYTES)) {
        return { kind: 'missing', path: toPosix(rel) };
    }
    // Walk the path one name at a time: the exact name must exist (Linux is case-sensitive
    // even where this machine is not), and no link on the way may lead out of the repository.
    let dir = root;
    let actual = '';
    let caseDiffers = false;
    let unique = true;
    const names = rel.split(external_node_path_.sep);
    for (let i = 0; i < names.length; i++) {
        const entries = list(dir);
        if (!entries)
            return { kind: 'missing', path: toPosix(rel) };
        let name = names[i];
        if (!entries.includes(name)) {
            const lower = name.toLowerCase();
            const others = entries.filter((e) => e.toLowerCase() === lower);
            const other = others[0];
            if (!other)
                return { kind: 'missing', path: toPosix(rel) };
            if (others.length > 1)
                unique = false;
            caseDiffers = true;
            name = other;
        }
        actual = actual ? `${actual}/${name}` : name;
        const next = (0,external_node_path_.join)(dir, name);
        if ((0,external_node_fs_.lstatSync)(next).isSymbolicLink()) {
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(next);
            }
            catch {
                return { kind: 'missing', path: toPosix(rel) };
            }
            const realRoot = (0,external_node_fs_.realpathSync)(root);
            const inside = (0,external_node_path_.relative)(realRoot, real);
            if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside)) {
                return { kind: 'outside', path: toPosix(rel), why: 'it is a symbolic link that points out of the repository' };
            }
        }
        dir = next;
    }
    if (caseDiffers)
        return { kind: 'case-mismatch', path: toPosix(rel), actual, unique };
    return { kind: 'found', path: toPosix(rel) };
}
function decodePath(path) {
    try {
        return decodeURIComponent(path);
    }
    catch {
        return path;
    }
}
function toPosix(path) {
    return path.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/lint/batch.ts




/**
 * Below this many reports, worker threads do not pay off: starting one (loading the code, its first
 * slow runs) costs about 0.5 s of CPU, as much as linting 10 to 15 reports. One worker on 2 cores,
 * against none (farm-bench, paired medians of the wall time): 1.12 at 12 reports, 0.97 at 20, 0.93
 * at 29, 0.71 at 300 (docs/performance.md).
 */
const MIN_REPORTS_FOR_WORKERS = 20;
/**
 * Lints reports and returns their results in the order of `jobs`. This thread lints from the start;
 * for a batch, worker threads join as they come up and take reports from the same queue. The
 * results are the same either way: a worker builds the same configuration and runs the same code.
 */
async function lintFiles(jobs, options) {
    const results = new Array(jobs.length);
    let done = 0;
    let next = 0;
    const finish = (index, result) => {
        results[index] = result;
        done++;
        options.progress?.(done, jobs.length);
    };
    const lintHere = (index) => finish(index, batch_lintJob(jobs[index], options.config));
    const workerCount = options.workerScript === null || jobs.length < MIN_REPORTS_FOR_WORKERS ? 0 : Math.min(options.maxWorkers ?? defaultWorkers(), Math.floor(jobs.length / MIN_REPORTS_FOR_WORKERS));
    if (workerCount <= 0) {
        for (let i = 0; i < jobs.length; i++)
            lintHere(i);
        return results;
    }
    // A report a worker was given but did not finish (it failed) is linted here instead.
    const retry = [];
    const take = () => (retry.length ? retry.shift() : next < jobs.length ? next++ : null);
    let wake = null;
    const pool = Array.from({ length: workerCount }, () => {
        const worker = new external_node_worker_threads_.Worker(options.workerScript, { workerData: { lintJobs: options.workerSetup } });
        let current = null;
        const give = () => {
            current = take();
            if (current === null)
                void worker.terminate();
            else
                worker.postMessage({ index: current, job: jobs[current] });
        };
        worker.on('message', (message) => {
            if (message.index !== undefined && message.result)
                finish(message.index, message.result);
            give();
            wake?.();
        });
        const lost = () => {
            if (current !== null && results[current] === undefined)
                retry.push(current);
            current = null;
            wake?.();
        };
        worker.on('error', lost);
        worker.on('exit', lost);
        return worker;
    });
    try {
        while (done < jobs.length) {
            const index = take();
            if (index !== null)
                lintHere(index);
            // Let the workers' messages in between reports; when this thread has nothing left, wait for them.
            await new Promise((resolve) => {
                wake = resolve;
                if (index !== null)
                    setImmediate(resolve);
            });
            wake = null;
        }
    }
    finally {
        await Promise.all(pool.map((w) => w.terminate()));
    }
    return results;
}
/** One fewer than the processors (this thread lints too), or REPORT_LINT_WORKERS when set (0: none). */
function defaultWorkers() {
    const set = process.env.REPORT_LINT_WORKERS;
    if (set !== undefined && /^\d+$/.test(set))
        return Number(set);
    return (0,external_node_os_.availableParallelism)() - 1;
}
/** Lints one report in this thread. */
function batch_lintJob(job, config) {
    return lintFile(job.absolute, job.shownAs, config, localRepo(job.absolute));
}
/**
 * The worker's side: builds the configuration with `configure` from what the caller sent, then
 * lints each report it is given and sends the result back.
 */
function serveLintJobs(port, setup, configure) {
    const config = configure(setup);
    port.on('message', ({ index, job }) => port.postMessage({ index, result: batch_lintJob(job, config) }));
    port.postMessage({ ready: true });
}

;// CONCATENATED MODULE: ./src/util/glob.ts
/**
 * Globs for report files: matching with picomatch, walking with fdir (tinyglobby's walker). `**` spans folders,
 * `*` and `?` stay within one, `[...]` is a class, `{a,b}` alternatives; names starting with a
 * dot match like any other. In a list, `!glob` excludes what the globs before it matched.
 */



/** Never descended into when expanding a glob. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
/** `s`: a `*` matches any character but `/`, line breaks included (file names from a pull request may hold them). */
const glob_OPTIONS = { dot: true, flags: 's' };
/** Characters without which a pattern is a plain path (no need to load the matcher). */
const SPECIAL = /[*?[\]{}()!+@]/;
function hasMagic(pattern) {
    return SPECIAL.test(pattern) && (0,lazy/* picomatch */.Pf)().scan(pattern).isGlob;
}
/** Matches a path against a list of globs; a `!glob` later in the list excludes what earlier ones matched. */
function createMatcher(patterns) {
    const compiled = patterns.map((p) => {
        const negate = p.startsWith('!');
        return { negate, test: (0,lazy/* picomatch */.Pf)()(p.slice(negate ? 1 : 0).replace(/^\.\//, ''), glob_OPTIONS) };
    });
    return (path) => {
        let matched = false;
        for (const { negate, test } of compiled)
            if (test(path))
                matched = !negate;
        return matched;
    };
}
/**
 * Whether the globs may match a path below the folder `dir` (a `/`-separated relative path)
 * through a segment that names the folder itself: for the default globs (`**` then
 * `reports/README.md`, and `**` then `report.md`), the folders `reports` and `group-a/reports`,
 * but no other: a `**` alone would take in any folder at all. `!glob`s are not applied: a folder they exclude in part may still hold a match.
 */
function createFolderReach(patterns) {
    const compiled = patterns
        .filter((p) => !p.startsWith('!'))
        .map((p) => p.replace(/^\.\//, '').split('/').map((segment) => (segment === '**' ? null : (0,lazy/* picomatch */.Pf)()(segment, glob_OPTIONS))));
    return (dir) => {
        const names = dir.split('/');
        return compiled.some((segments) => {
            // States (segment, name): the first `segment` segments match the first `name` names.
            const seen = new Set();
            const stack = [[0, 0]];
            while (stack.length) {
                const [i, j] = stack.pop();
                const key = i * (names.length + 1) + j;
                if (seen.has(key) || i === segments.length)
                    continue;
                seen.add(key);
                const test = segments[i];
                if (test === null) {
                    stack.push([i + 1, j]);
                    if (j < names.length)
                        stack.push([i, j + 1]);
                }
                else if (j < names.length && test(names[j])) {
                    // The folder's own name matched a segment, and the glob goes on below it.
                    if (j + 1 === names.length && i + 1 < segments.length)
                        return true;
                    stack.push([i + 1, j + 1]);
                }
            }
            return false;
        });
    };
}
/**
 * The paths the globs match, and, with `folderLinks`, the symbolic links to a folder below which
 * they may match (see findFiles). For paths relative to `root`.
 */
function createListedMatcher(root, patterns, folderLinks = true) {
    const matches = createMatcher(patterns);
    if (!folderLinks)
        return matches;
    const reaches = createFolderReach(patterns);
    return (path) => matches(path) || (reaches(path) && isSymbolicLink((0,external_node_path_.join)(root, path)) && isDirectory((0,external_node_path_.join)(root, path)));
}
/** Splits a glob into the directory before its first wildcard segment and the rest. */
function splitGlob(pattern) {
    const { base, glob } = (0,lazy/* picomatch */.Pf)().scan(pattern);
    return { base: base || (pattern.startsWith('/') ? '/' : '.'), rest: glob };
}
/**
 * The files under `root` matching the globs, as `/`-separated paths relative to `root`, sorted.
 * Symbolic links are never followed, so the walk never leaves `root`; a link whose name matches
 * is listed (not resolved), so that the caller can refuse it by name rather than skip it
 * silently. With `folderLinks`, so is a link to a folder below which the globs may match (the
 * action refuses it: a report there would be checked by no one). `node_modules` and `.git` are
 * skipped.
 */
function findFiles(root, patterns, folderLinks = false) {
    if (!patterns.some((p) => !p.startsWith('!')))
        return [];
    const listed = createListedMatcher(root, patterns, folderLinks);
    const Walker = (0,lazy/* fdir */.k9)().fdir;
    const found = new Walker()
        .withRelativePaths()
        .withPathSeparator('/')
        .exclude((name) => SKIPPED_DIRECTORIES.has(name))
        // The walk lists a link as a file, whatever it leads to.
        .filter((path) => listed(path))
        .crawl(root)
        .sync();
    return found.sort();
}

;// CONCATENATED MODULE: ./src/cli/directory-hint.ts


/** A folder holds this many entries at most before the hint stops looking. */
const MAX_ENTRIES = 10000;
/**
 * For a path that is a folder: what to lint instead, naming only files that exist. Null when
 * the path is not a folder. Looks at most one level down, so a huge tree costs one listing.
 */
function directoryHint(absolute, shown) {
    try {
        if (!(0,external_node_fs_.statSync)(absolute).isDirectory())
            return null;
    }
    catch {
        return null;
    }
    const dir = shown.replace(/\/+$/, '') || '.';
    const at = (...parts) => (dir === '.' ? parts.join('/') : [dir, ...parts].join('/'));
    // The report of a group's repository, or of its reports/ folder itself.
    if (isFile((0,external_node_path_.join)(absolute, 'reports', 'README.md')))
        return `is a directory; name the report file in it: ${at('reports', 'README.md')}`;
    if (/(^|\/)reports$/.test(dir) && isFile((0,external_node_path_.join)(absolute, 'README.md')))
        return `is a directory; name the report file in it: ${at('README.md')}`;
    // A folder of groups.
    let entries = [];
    try {
        entries = (0,external_node_fs_.readdirSync)(absolute).slice(0, MAX_ENTRIES).sort();
    }
    catch {
        return 'is a directory that cannot be listed; name the report file in it';
    }
    const groups = entries.filter((e) => isFile((0,external_node_path_.join)(absolute, e, 'reports', 'README.md')));
    if (groups.length === 1)
        return `is a directory; name the report file in it: ${at(groups[0], 'reports', 'README.md')}`;
    if (groups.length > 1) {
        return `is a directory with ${groups.length} reports in it, such as ${at(groups[0], 'reports', 'README.md')}; lint them all with '${at('*', 'reports', 'README.md')}'`;
    }
    // Else a Markdown file right there, if any.
    for (const name of ['report.md', 'README.md'])
        if (isFile((0,external_node_path_.join)(absolute, name)))
            return `is a directory; name the report file in it, e.g. ${at(name)}`;
    return 'is a directory, and it holds no reports/README.md, README.md or report.md; name the report file';
}
function isFile(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/format/diff.ts

/**
 * A patch in git's unified format (three lines of context) that `git apply` and `patch -p1`
 * apply: one `diff --git` section per changed file, names written as git writes them (quoted
 * with octal escapes when they hold control or non-ASCII characters, a tab after a name with a
 * space). Line endings are kept inside the lines, so a CRLF file gets a CRLF patch body.
 * Empty when nothing changes.
 */
function unifiedDiff(changes) {
    const out = [];
    for (const change of changes) {
        if (change.before === change.after)
            continue;
        const patch = (0,lazy/* diff */.Ui)().structuredPatch(change.path, change.path, change.before, change.after, '', '', { context: 3 });
        const a = gitName(`a/${change.path}`);
        const b = gitName(`b/${change.path}`);
        out.push(`diff --git ${a.header} ${b.header}`, `--- ${a.line}`, `+++ ${b.line}`);
        for (const hunk of patch.hunks) {
            out.push(`@@ -${diff_range(hunk.oldStart, hunk.oldLines)} +${diff_range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines);
        }
    }
    return out.length ? `${out.join('\n')}\n` : '';
}
/** `start,count` as unified diffs write it: `start` alone for one line; for none, the line before (`start-1,0`). */
function diff_range(start, count) {
    if (count === 1)
        return `${start}`;
    return `${count === 0 ? start - 1 : start},${count}`;
}
/**
 * A path as git writes it in a patch: in double quotes with C escapes when it holds a quote, a
 * backslash, a control character or a byte outside ASCII; otherwise as is, with a tab after it
 * on the `---`/`+++` lines when it holds a space (so the name's end is unambiguous).
 */
function gitName(path) {
    if (/["\\\x00-\x1f\x7f]|[^\x00-\x7f]/.test(path)) {
        let quoted = '"';
        for (const byte of Buffer.from(path, 'utf8')) {
            const c = String.fromCharCode(byte);
            if (c === '"' || c === '\\')
                quoted += `\\${c}`;
            else if (byte === 9)
                quoted += '\\t';
            else if (byte === 10)
                quoted += '\\n';
            else if (byte < 0x20 || byte >= 0x7f)
                quoted += `\\${byte.toString(8).padStart(3, '0')}`;
            else
                quoted += c;
        }
        quoted += '"';
        return { header: quoted, line: quoted };
    }
    return { header: path, line: path.includes(' ') ? `${path}\t` : path };
}

;// CONCATENATED MODULE: ./src/cli/fix-files.ts










const BOM = '\ufeff';
/**
 * `--fix` and `--fix-dry-run` over the files of one run. Each file is linted and fixed in
 * passes (`fixReport`); the result returned is what remains after the fixes. `--fix` writes the
 * repaired text to a temporary file beside the report and renames it over the report, so the
 * report is replaced whole or not at all, with its line endings, byte order mark and mode. It
 * writes only to the files the run names or its globs find, and never through a symbolic link
 * that leads out of the folder the file was named in (or the folder a glob searched).
 */
class FileFixer {
    io;
    config;
    write;
    changes = [];
    /** True once a file could not be fixed (it is then linted as it is, and the run exits 2). */
    failed = false;
    constructor(io, config, write) {
        this.io = io;
        this.config = config;
        this.write = write;
    }
    /** Lints and fixes one readable file; `root` is the folder a glob searched, null for a named file. */
    file(absolute, shownAs, root) {
        const folder = root ?? (fix_files_inside(this.io.cwd, absolute) ? this.io.cwd : (0,external_node_path_.dirname)(absolute));
        const place = containedPath(folder, (0,external_node_path_.relative)(folder, absolute));
        const where = root ? `the folder ${(0,external_node_path_.relative)(this.io.cwd, root) || '.'}` : folder === this.io.cwd ? 'the current folder' : `the folder ${(0,external_node_path_.dirname)(shownAs)}`;
        // A named file is read as named; --fix writes it only where its link stays in its folder.
        const target = place.ok ? place.real : absolute;
        const read = readReport(target, shownAs);
        if (!read.ok)
            return unreadable(shownAs, read.error, this.config);
        const repo = localRepo(absolute);
        const outcome = fixReport(read.text, (text) => lintText(text, { path: shownAs, config: this.config, repo, bom: read.bom }));
        if (outcome.text === read.text)
            return outcome.result;
        const bom = read.bom ? BOM : '';
        if (!this.write) {
            this.changes.push({ path: patchPath(this.io.cwd, absolute), before: bom + read.text, after: bom + outcome.text });
            return outcome.result;
        }
        if (!place.ok) {
            const why = place.why === 'link-outside' ? `is a symbolic link that leads out of ${where}; --fix never writes through such a link` : refusal(folder, (0,external_node_path_.relative)(folder, absolute), place, where);
            this.io.stderr(`report-lint: ${shownAs} ${why}. It was linted, not fixed.\n`);
            this.failed = true;
            return outcome.first;
        }
        try {
            writeWhole(place.real, bom + outcome.text);
        }
        catch (error) {
            this.io.stderr(`report-lint: ${shownAs} could not be fixed: ${describeWriteError(error)}. It is unchanged.\n`);
            this.failed = true;
            return outcome.first;
        }
        this.io.stderr(`report-lint: ${shownAs}: ${plural(outcome.applied, 'fix', 'fixes')} applied\n`);
        return outcome.result;
    }
    /** The unified diff of every change `--fix-dry-run` found, for `git apply` in the current folder. */
    patch() {
        return unifiedDiff(this.changes);
    }
}
/**
 * Replaces a file whole: the new content goes to a temporary file in the same folder (created
 * exclusively, with the file's mode), is flushed, and is renamed over the file. A failure
 * leaves the file as it was and removes the temporary one.
 */
function writeWhole(path, text) {
    const mode = (0,external_node_fs_.statSync)(path).mode & 0o7777;
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.report-lint-${process.pid}-${Date.now().toString(36)}.tmp`);
    const fd = (0,external_node_fs_.openSync)(temp, 'wx', mode & 0o777);
    try {
        try {
            (0,external_node_fs_.writeSync)(fd, Buffer.from(text, 'utf8'));
            // openSync's mode passes through the umask; the file keeps exactly the mode it had.
            (0,external_node_fs_.fchmodSync)(fd, mode);
            (0,external_node_fs_.fsyncSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        (0,external_node_fs_.renameSync)(temp, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw error;
    }
}
function describeWriteError(error) {
    const code = error.code;
    if (code === 'EACCES' || code === 'EPERM')
        return 'its folder or the file cannot be written (permission denied)';
    if (code === 'EROFS')
        return 'it is on a read-only file system';
    if (code === 'ENOSPC')
        return 'the disk is full';
    return `it cannot be written (${code ?? error.message})`;
}
/** The path `git apply`, run in the current folder, finds the file by: relative, `/`-separated. */
function patchPath(cwd, absolute) {
    return (0,external_node_path_.relative)(cwd, absolute).split(external_node_path_.sep).join('/');
}
function fix_files_inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel);
}

;// CONCATENATED MODULE: ./src/cli/main.ts



















/**
 * Runs the CLI and returns its exit status: 0 clean, 1 errors found, 2 usage error or unreadable
 * file. Reports are linted in this thread; `runCliWithWorkers` can use worker threads too.
 */
function runCli(argv, io) {
    const run = startRun(argv, io);
    if (typeof run === 'number')
        return run;
    if (run.fixer)
        return finishRun(run.files.map((file) => fixOne(file, run)), run, io);
    return finishRun(run.files.map((file) => file.result ?? lintJob(file.job, run.config)), run, io);
}
/** As runCli, for the process: a batch of reports is linted in worker threads running `workerScript` too. */
async function runCliWithWorkers(argv, io, workerScript) {
    const run = startRun(argv, io);
    if (typeof run === 'number')
        return run;
    // Fixing writes files: it stays in this thread, one file after the other.
    if (run.fixer)
        return finishRun(run.files.map((file) => fixOne(file, run)), run, io);
    const toLint = run.files.filter((file) => file.result === undefined);
    const linted = await lintFiles(toLint.map((file) => file.job), { config: run.config, workerScript, workerSetup: { argv, cwd: io.cwd }, progress: io.progress });
    const byJob = new Map(toLint.map((file, i) => [file, linted[i]]));
    return finishRun(run.files.map((file) => file.result ?? byJob.get(file)), run, io);
}
/** The configuration a run uses: the configuration file, then what the command line overrides. */
function configFor(args, cwd) {
    const config = loadConfigFile(args.config, cwd);
    if (args.profile !== null)
        config.profile = args.profile;
    if (args.wordCount !== null)
        config.wordCount = args.wordCount;
    return config;
}
/** Reads the arguments and the configuration and finds the files; a number is the exit status of a run that ends here. */
function startRun(argv, io) {
    try {
        const args = parseArgs(argv);
        if (args.help)
            return print(io, USAGE, 0);
        if (args.version)
            return print(io, VERSION, 0);
        if (args.listRules)
            return listRules(io, args.format);
        if (args.configSchema)
            return print(io, JSON.stringify(configSchema(), null, 2), 0);
        const config = configFor(args, io.cwd);
        let usageError = false;
        const paths = [];
        // A glob lists symbolic links without following them; such a file is read only when its
        // link stays inside the folder the glob searched (a named file is read as named).
        const globbed = new Map();
        for (const arg of args.files) {
            if (!hasMagic(arg)) {
                paths.push(arg);
                continue;
            }
            const { base, rest } = splitGlob(arg);
            const root = (0,external_node_path_.resolve)(io.cwd, base);
            const where = base === '.' ? 'the current folder' : `the folder ${base}`;
            const matches = findFiles(root, [rest]);
            if (!matches.length) {
                io.stderr(`report-lint: no files match ${arg}\n`);
                usageError = true;
            }
            for (const rel of matches) {
                const path = base === '.' ? rel : `${base.replace(/\/$/, '')}/${rel}`;
                paths.push(path);
                globbed.set(path, { root, rel, where });
            }
        }
        const files = [...new Set(paths)].map((path) => {
            const absolute = (0,external_node_path_.resolve)(io.cwd, path);
            const found = globbed.get(path);
            const place = found ? containedPath(found.root, found.rel) : null;
            const hint = place && !place.ok && found ? refusal(found.root, found.rel, place, found.where) : directoryHint(absolute, path);
            const file = { job: { absolute, shownAs: path }, root: found?.root ?? null };
            if (hint !== null)
                file.result = unreadable(path, hint, config);
            return file;
        });
        // --fix / --fix-dry-run: each file linted after its repairs (src/cli/fix-files.ts).
        const fixer = args.fix || args.fixDryRun ? new FileFixer(io, config, args.fix) : null;
        return { args, config, files, fixer, usageError };
    }
    catch (error) {
        if (error instanceof ConfigError) {
            io.stderr(`report-lint: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}
function fixOne(file, run) {
    return file.result ?? run.fixer.file(file.job.absolute, file.job.shownAs, file.root);
}
/** Reports what could not be read, writes the results, and returns the exit status. */
function finishRun(results, run, io) {
    let usageError = run.usageError;
    for (const result of results) {
        if (result.error === undefined)
            continue;
        io.stderr(`report-lint: ${result.path} ${result.error}\n`);
        usageError = true;
    }
    if (run.fixer?.failed)
        usageError = true;
    io.stdout(run.args.fixDryRun && run.fixer ? run.fixer.patch() : render(run.args.format, results));
    if (usageError)
        return 2;
    return results.some((r) => r.summary.errors > 0) ? 1 : 0;
}
function render(format, results) {
    if (format === 'json')
        return formatJson(results);
    if (format === 'sarif')
        return formatSarif(results);
    if (format === 'csv')
        return formatCsv(results);
    // Text: the findings of each readable report (unreadable ones are on stderr), then, for a
    // run over several reports, a table of where each stands.
    const readable = results.filter((r) => r.error === undefined);
    if (results.length < 2)
        return readable.length ? formatText(readable) : '';
    return [...readable.map((r) => formatText([r])), formatTable(results)].join('\n');
}
function listRules(io, format) {
    if (format === 'json')
        return print(io, JSON.stringify(RULES.map(ruleMeta), null, 2), 0);
    if (format !== 'text')
        throw new ConfigError(`--list-rules prints text or json, not ${format}`);
    const idWidth = Math.max(...RULES.map((r) => r.id.length));
    const severityWidth = Math.max(...RULES.map((r) => r.severity.length));
    return print(io, RULES.map((r) => `${r.id.padEnd(idWidth)}  ${r.severity.padEnd(severityWidth)}  ${r.description}`).join('\n'), 0);
}
function print(io, text, status) {
    io.stdout(`${text}\n`);
    return status;
}

;// CONCATENATED MODULE: ./src/lint/progress.ts
/** A batch shorter than this shows no bar: it would only flicker. */
const PROGRESS_AFTER_MS = 500;
/**
 * A progress callback for long batches: on a terminal, a one-line bar on `stream` that is redrawn
 * at most ten times a second and cleared when the last report is done; otherwise nothing at all
 * (a pipe or a CI log gets no control characters).
 */
function progressBar(stream, now = Date.now) {
    if (!stream.isTTY)
        return undefined;
    const start = now();
    let drawn = 0;
    let shown = false;
    return (done, total) => {
        const time = now();
        if (done >= total) {
            if (shown)
                stream.write('\r\x1b[K');
            shown = false;
            return;
        }
        if (time - start < PROGRESS_AFTER_MS || time - drawn < 100)
            return;
        drawn = time;
        shown = true;
        const label = ` ${done}/${total} reports`;
        const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 4));
        const filled = Math.round((width * done) / total);
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}`);
    };
}

;// CONCATENATED MODULE: ./src/cli/process.ts
/**
 * What the process entry (src/cli.ts) loads once it has set V8's flags: one module, so the bundle
 * loads it as one chunk.
 */






/***/ }),

/***/ 120:
/***/ ((module) => {

function webpackEmptyContext(req) {
	var e = new Error("Cannot find module '" + req + "'");
	e.code = 'MODULE_NOT_FOUND';
	throw e;
}
webpackEmptyContext.keys = () => ([]);
webpackEmptyContext.resolve = webpackEmptyContext;
webpackEmptyContext.id = 120;
module.exports = webpackEmptyContext;

/***/ }),

/***/ 1:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

// Libraries report-lint needs only sometimes, loaded on first use: a run that needs no
// configuration schema, no user pattern, no glob and no diff does not pay for them.
//
// Deferring a library's evaluation (a require() inside a function) is not enough: the bundle's
// code is compiled as a whole when it loads, about 25 ms for these libraries (re2js alone is 260
// KB). So each group is built into a file of its own beside the bundle (lazy/*.cjs, by
// scripts/lazy-libs.mjs), which the bundle requires at run time, relative to itself, and Node
// reads and compiles only when it is required. In the bundle `__non_webpack_require__` is that
// run-time require; from source (tests, tsx) it is undefined and the plain require loads the same
// files from src/util/lazy/.
/* global __non_webpack_require__ */
const load = typeof __WEBPACK_EXTERNAL_createRequire(import.meta.url) === 'function' ? __WEBPACK_EXTERNAL_createRequire(import.meta.url) : __webpack_require__(120)
exports.SS = () => load('./lazy/ajv.cjs').ajv
exports.U1 = () => load('./lazy/ajv.cjs').ajvFormats
exports.Xf = () => load('./lazy/re2js.cjs')
exports.Pf = () => load('./lazy/glob.cjs').picomatch
exports.k9 = () => load('./lazy/glob.cjs').fdir
exports.Ui = () => load('./lazy/diff.cjs')


/***/ })

};
