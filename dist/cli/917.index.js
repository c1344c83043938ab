export const id = 917;
export const ids = [917];
export const modules = {

/***/ 917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configFor: () => (/* reexport */ configFor),
  parseArgs: () => (/* reexport */ parseArgs),
  progressBar: () => (/* reexport */ progressBar),
  runCliWithWorkers: () => (/* reexport */ runCliWithWorkers),
  serveLintJobs: () => (/* reexport */ serveLintJobs)
});

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
    profile('2023-01', 'January 2023 (27 questions, no checklist)', 27, TABLE_2023_01, TOPICS_27),
    profile('2023-2024', 'June 2023 to June 2024 (27 questions)', 27, TABLE_2023_2024, TOPICS_27),
    profile('2024-12', 'December 2024 (31 questions, Q31 50-200 words)', 31, TABLE_2024_12, TOPICS_31),
    profile('2025', '2025 (31 questions)', 31, TABLE_2025, TOPICS_31),
    profile('2026', '2026 (31 questions, Q3 0-200 words)', 31, TABLE_2026, TOPICS_31)
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
        questionCount: limits.size ? Math.max(...limits.keys()) : 0,
        checker: null,
        limits,
        topics,
        source: 'prompts'
    };
}
function profile(id, title, count, table, topics) {
    const cells = table.split(' ');
    if (cells.length !== count || topics.length !== count)
        throw new Error(`profile ${id}: table has ${cells.length} entries`);
    const limits = new Map();
    cells.forEach((cell, i) => limits.set(i + 1, parseCell(cell)));
    return {
        id,
        title,
        questionCount: count,
        checker: count,
        limits,
        topics: new Map(topics.map((t, i) => [i + 1, t])),
        source: 'checker'
    };
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

;// CONCATENATED MODULE: ./src/util/plural.ts
/** `1 word`, `2 words` */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
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
            const limit = a.limits.words;
            if (!limit || a.unanswered || (a.words >= limit.min && a.words <= limit.max))
                continue;
            const q = a.question;
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
            context.report(parts.join(' '), q.answer.content ?? q.answer.marker ?? q.marker.span, q.number);
        }
    }
};

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
    return model.questions.find((q) => q.span.start.offset <= offset && offset < q.span.end.offset) ?? null;
}

;// CONCATENATED MODULE: ./src/rules/answer-marker-in-text.ts

const MARKER = 'Answer:';
const answerMarkerInText = {
    id: 'answer-marker-in-text',
    severity: 'error',
    description: 'The text `Answer:` stands where it is not a question\'s answer line; the course checker splits the report there.',
    check(context) {
        const checker = context.checker;
        if (!checker)
            return;
        const { model } = context;
        const markers = new Set(model.questions.map((q) => q.answer.marker?.end.offset));
        const pieces = checker.run.pieces;
        pieces.forEach((piece, i) => {
            if (!piece.afterAnswer || markers.has(piece.start))
                return;
            const at = piece.start - MARKER.length;
            const q = questionAround(model, at);
            const where = !q
                ? 'outside the questions'
                : q.answer.marker && at > q.answer.marker.start.offset
                    ? `in Question ${q.number}'s answer`
                    : `in Question ${q.number}'s prompt`;
            const before = pieces[i - 1];
            const effect = before && before.cut === null
                ? 'so it ignores the text between the previous `Answer:` and this one'
                : 'so it counts an extra answer here and checks each later answer against the question before it';
            context.report(`\`Answer:\` ${where}: the course checker splits the report at every \`Answer:\`, ${effect}. Write it another way, e.g. \`Answer -\`.`, model.source.span(at, piece.start), q?.number ?? null);
        });
    }
};

;// CONCATENATED MODULE: ./src/rules/answer-marker-missing.ts

const answerMarkerMissing = {
    id: 'answer-marker-missing',
    severity: 'error',
    description: 'A question has no `Answer:` line, which the course checker needs to find its answer.',
    check(context) {
        for (const q of context.model.questions) {
            if (q.answer.marker)
                continue;
            context.report(`Question ${q.number} has no \`Answer:\` line: the course checker finds each answer after the text \`Answer:\`, ` +
                `so it reads no answer for Question ${q.number} and checks each later answer against the question before it.` +
                `${crashNote(context.checker)} End the prompt with \`> Answer:\` as the template does.`, q.marker.span, q.number);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/answer-wrapper.ts
const OPEN = /^-{3,}/;
const CLOSE = /-{3,}$/;
const answerWrapper = {
    id: 'answer-wrapper',
    severity: 'warning',
    description: 'The `---` around the template placeholder were left around the answer.',
    check(context) {
        const { source } = context.model;
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
            context.report(`Leftover \`---\` around Question ${q.number}'s answer: the template means the whole \`--- question ${q.number} fill here ---\` to be replaced, dashes included. Remove the dashes (the course checker counts each \`---\` as a word).`, { start: spans[0].start, end: spans[spans.length - 1].end }, q.number);
        }
    }
};

;// CONCATENATED MODULE: ./src/util/code-span.ts
/**
 * Quoting for finding messages: a message names what it quotes as a CommonMark code span, so
 * every renderer can show it as code (Markdown) or as is (text, annotations).
 */
/** A CommonMark code span for any text: the fence is one backtick longer than any run inside. */
function code(text) {
    const flat = text.replace(/\r?\n|\r/g, ' ');
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
    check(context) {
        for (const line of context.model.checklist?.malformed ?? []) {
            context.report(`${code(line.box)} is not a checklist box GitHub renders: the item shows as plain text, neither done nor open. ` +
                (line.fixes.length === 1 ? `Write ${code(line.fixes[0])}.` : `Write ${code(line.fixes[0])} (done) or ${code(line.fixes[1])} (not done).`), line.span, null);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/checklist-progress.ts
const checklistProgress = {
    id: 'checklist-progress',
    severity: 'info',
    description: 'How many checklist items are checked, per section.',
    check(context) {
        for (const section of context.model.checklist?.sections ?? []) {
            if (!section.items.length)
                continue;
            const checked = section.items.filter((item) => item.checked).length;
            context.report(`${section.title}: ${checked} of ${section.items.length} checklist items checked.`, section.span ?? section.items[0].span, null);
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
        if (!run.answers.length && error.startsWith('IndexError')) {
            context.report(`The course checker will stop with "${error}": the report has no \`Answer:\` line at all, and the checker finds every answer by that text.`, null);
            return;
        }
        if (!run.answers.length) {
            const first = context.model.questions[0];
            context.report(`The course checker will stop with "${error}": it finds no answer at all, because no \`Answer:\` is followed by a \`###\` heading. ` +
                'The other findings say why.', first ? first.marker.span : null);
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
            `The first answer out of place starts here: ${detail}. The other findings say why.`, source.span(at, at));
    }
};

;// CONCATENATED MODULE: ./src/rules/group-number.ts

const groupNumber = {
    id: 'group-number',
    severity: 'error',
    description: 'Question 1 (the group number) must be just a number.',
    check(context) {
        for (const q of context.model.questions) {
            if (q.number !== 1 || !q.answer.content)
                continue;
            const said = q.answer.rendered.replace(/^-{3,}|-{3,}$/g, '').trim();
            if (/^\d+$/.test(said) || q.answer.placeholders.length)
                continue;
            const digits = /\d+/.exec(said)?.[0] ?? '42';
            context.report(`Question 1 should be just your group number, like ${code(digits)}; it says ${code(said)}.`, q.answer.content, 1);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/heading-after-last-answer.ts

const headingAfterLastAnswer = {
    id: 'heading-after-last-answer',
    severity: 'error',
    description: 'A `###` after the last `Answer:` makes the course checker count the last answer twice.',
    check(context) {
        const checker = context.checker;
        const last = checker?.run.pieces[checker.run.pieces.length - 1];
        if (!checker || !last || !last.afterAnswer || last.firstH3 === null)
            return;
        const { model } = context;
        const owner = model.questions.find((q) => q.answer.marker?.end.offset === last.start);
        const inside = questionAround(model, last.firstH3);
        const where = owner && inside === owner ? `in Question ${owner.number}'s answer, the last one` : 'after the last answer';
        context.report(`This \`###\` stands ${where}: the course checker reads everything after the last \`Answer:\` as one answer and, ` +
            `because that text holds \`###\`, counts it twice.${crashNote(checker)} ` +
            'Remove the heading (write it as **bold text**), or move the text above the questions.', hashesAt(model, last.firstH3), owner?.number ?? null);
    }
};

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
 * The characters Python's `str.split()` splits on (`str.isspace()`): JavaScript's `\s`
 * differs (it has U+FEFF, lacks U+001C-U+001F and U+0085), and the course checker is Python.
 */
const PYTHON_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const PYTHON_TOKEN = /[^\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** `len(text.split())` in Python. */
function countPythonTokens(text) {
    let count = 0;
    for (const part of text.split(PYTHON_WHITESPACE))
        if (part)
            count++;
    return count;
}
/** Start offsets of Python's whitespace-separated tokens, in order. */
function pythonTokenStarts(text) {
    return [...text.matchAll(PYTHON_TOKEN)].map((m) => m.index ?? 0);
}
/** Words a reader sees: whitespace-separated runs that hold at least one letter or digit. */
function countRenderedWords(rendered) {
    let count = 0;
    for (const part of rendered.split(/\s+/))
        if (HAS_LETTER_OR_DIGIT.test(part))
            count++;
    return count;
}

;// CONCATENATED MODULE: ./src/rules/heading-in-answer.ts





const headingInAnswer = {
    id: 'heading-in-answer',
    severity: 'warning',
    description: 'A `###` or `##` inside an answer (a subheading, a code comment, a shell prompt) makes the course checker stop reading the answer there.',
    check(context) {
        const checker = context.checker;
        if (!checker)
            return;
        const { model } = context;
        const last = checker.run.pieces[checker.run.pieces.length - 1];
        for (const q of model.questions) {
            const marker = q.answer.marker;
            const content = q.answer.content;
            if (!marker || !content)
                continue;
            const piece = checker.pieceAt.get(marker.end.offset);
            // After the last `Answer:` the checker counts the answer twice: heading-after-last-answer says so.
            if (!piece || piece === last || piece.cut === null || piece.cut >= content.end.offset)
                continue;
            const whole = model.source.text.slice(marker.end.offset, content.end.offset);
            const kept = model.source.text.slice(marker.end.offset, piece.cut);
            const words = `${countPythonTokens(kept)} of the answer's ${plural(countPythonTokens(whole), 'word')}`;
            const allImages = checkerImageMatches(whole).length;
            const images = allImages ? ` and ${checkerImageMatches(kept).length} of its ${plural(allImages, 'image')}` : '';
            const span = hashesAt(model, piece.cut);
            const inCode = q.answer.code.some((c) => c.span.start.offset <= piece.cut && piece.cut < c.span.end.offset);
            context.report(`The course checker stops reading Question ${q.number}'s answer at this ${code(model.source.slice(span))}${inCode ? ' (in code)' : ''}: ` +
                `it cuts each answer at its first \`###\`, or at a \`##\` before that, so it counts ${words}${images}. ` +
                (inCode ? 'Write the line without `##`.' : 'Write the subheading as **bold text** instead.'), span, q.number);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/html-image.ts

const htmlImage = {
    id: 'html-image',
    severity: 'warning',
    description: 'An HTML `<img>`: it renders, but the course checker does not count it.',
    check(context) {
        for (const q of context.model.questions) {
            for (const image of q.answer.images) {
                if (image.kind !== 'html')
                    continue;
                context.report(`An HTML <img> renders, but the course checker does not count it as an image. Write ${code(`![${image.alt || 'what it shows'}](${image.src || 'figures/name.png'})`)} instead.`, image.span, q.number);
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
            if (a.images < limit.min) {
                const fix = 'Put the image in `figures/` and add `![what it shows](figures/name.png)` to the answer.';
                context.report(`${asks} ${fix} ${mode}`, q.answer.content ?? q.answer.marker ?? q.marker.span, q.number);
            }
            else {
                const extra = a.imageSpans.slice(limit.max);
                const span = { start: extra[0].start, end: extra[extra.length - 1].end };
                context.report(`${asks} Remove ${plural(extra.length, 'image')}, from here on. ${mode}`, span, q.number);
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

;// CONCATENATED MODULE: ./src/rules/image-format.ts


const ALLOWED = /\.(png|jpe?g)$/i;
const imageFormat = {
    id: 'image-format',
    severity: 'error',
    description: 'An image is not a `.png`, `.jpg` or `.jpeg` file, the only formats the template allows.',
    check(context) {
        for (const q of context.model.questions) {
            for (const image of localImages(q)) {
                const path = image.src.replace(/[?#].*$/, '');
                if (ALLOWED.test(path))
                    continue;
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

;// CONCATENATED MODULE: ./src/rules/image-link.ts

const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|bmp)(?:[?#].*)?$/i;
const imageLink = {
    id: 'image-link',
    severity: 'warning',
    description: 'A link to an image file where an image was meant: `[...](x.png)` without the `!`.',
    check(context) {
        for (const q of context.model.questions) {
            for (const link of q.answer.links) {
                if (!IMAGE_FILE.test(link.href))
                    continue;
                context.report(`This links to an image instead of showing it, and the course checker does not count it as an image. Write ${code(`![${link.text}](${link.href})`)} (with the \`!\`).`, link.span, q.number);
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/image-missing.ts


const imageMissing = {
    id: 'image-missing',
    severity: 'error',
    description: 'An image path does not lead to a file in the repository, with that exact letter case.',
    check(context) {
        for (const { question, image, target } of resolvedImages(context)) {
            if (target.kind === 'missing') {
                context.report(`Image ${code(image.src)} is not in the repository (looked for ${code(target.path)}; paths are relative to the report). Add the file or fix the path.`, image.srcSpan, question.number);
            }
            else if (target.kind === 'case-mismatch') {
                context.report(`Image ${code(image.src)} exists only as ${code(target.actual)}: the hand-in is built on Linux, where letter case matters. Write the path exactly as the file is named.`, image.srcSpan, question.number);
            }
        }
    }
};

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
        const firstSeen = new Map();
        const repeats = [];
        for (const q of model.questions) {
            if (firstSeen.has(q.number))
                repeats.push(q);
            else
                firstSeen.set(q.number, q);
        }
        if (!repeats.length)
            return;
        const counting = context.checker ? ' The course checker reads both, so every answer after the first copy is one too many.' : '';
        // A second copy of (most of) the template: one finding where it starts, not one per question.
        if (repeats.length >= Math.max(3, firstSeen.size / 2) && repeats[0].number === Math.min(...repeats.map((q) => q.number))) {
            const first = firstSeen.get(repeats[0].number);
            const numbers = repeats.map((q) => q.number);
            context.report(`The template appears a second time from here: Questions ${Math.min(...numbers)}-${Math.max(...numbers)} again ` +
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

const questionHeading = {
    id: 'question-heading',
    severity: 'error',
    description: 'A question is introduced by bold text or a `#`/`##` heading instead of `### Question N`.',
    check(context) {
        const { model, checker } = context;
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
            context.report(`Question ${q.number} is introduced by ${written}, not \`### Question ${q.number}\`: ${effect}. Write \`### Question ${q.number}\`.`, m.span, q.number);
        });
    }
};

;// CONCATENATED MODULE: ./src/rules/question-missing.ts

const questionMissing = {
    id: 'question-missing',
    severity: 'error',
    description: 'A question of the template is not in the report.',
    check(context) {
        const { model, profile } = context;
        if (!profile || profile.source !== 'checker' || !model.questions.length)
            return;
        const present = new Set(model.questions.map((q) => q.number));
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
            context.report(`Question ${n} is missing: there is no \`### Question ${n}\` ${between}; a lost heading runs its answer into the one before.${pairing}${crashNote(context.checker)}`, after ? after.marker.span : before ? before.span : null, n);
        }
    }
};

;// CONCATENATED MODULE: ./src/rules/question-order.ts
const questionOrder = {
    id: 'question-order',
    severity: 'error',
    description: 'Questions are out of order; the course checker pairs answers with questions by their order.',
    check(context) {
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
                context.report(`Question ${q.number} comes after Question ${highest}${pairing}. Move it back to its place.`, q.marker.span, q.number);
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
        for (const q of context.model.questions) {
            if (q.number >= 1 && q.number <= profile.questionCount)
                continue;
            context.report(`The ${profile.id} template has Questions 1-${profile.questionCount}; there is no Question ${q.number}.${crashNote(context.checker)} ` +
                'Check the numbering against the template.', q.marker.span, q.number);
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

;// CONCATENATED MODULE: ./src/rules/study-numbers.ts

/** Separators and words that may stand between study numbers. */
const FILLER = /^(?:-+|\*+|\++|\|+|and|&|og)$/i;
const studyNumbers = {
    id: 'study-numbers',
    severity: 'error',
    description: "Question 2 must list the members' study numbers (s + 6 digits), each once.",
    options: {
        pattern: { type: 'regex', default: '^s\\d{6}$', description: 'A study number, as a regular expression (matched case-insensitively).' }
    },
    check(context) {
        const pattern = new RegExp(context.options.pattern, 'i');
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
                const named = bad.slice(0, 4).map((t) => code(t));
                const more = bad.length > 4 ? ` and ${bad.length - 4} more` : '';
                context.report(`Question 2 should list study numbers such as \`s123456\`, separated by commas; ${named.join(', ')}${more} ${bad.length === 1 ? 'is not one' : 'are not'}.`, content, 2);
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

;// CONCATENATED MODULE: ./src/rules/unanswered.ts
const unanswered = {
    id: 'unanswered',
    severity: 'error',
    description: 'A question still has the template placeholder, or nothing, as its answer.',
    check(context) {
        for (const a of context.questions) {
            const q = a.question;
            if (a.unanswered === 'placeholder') {
                context.report(`Question ${q.number} is unanswered: the placeholder \`--- question ${q.number} fill here ---\` is still there. Replace it with your answer.`, q.answer.placeholders[0], q.number);
            }
            else if (a.unanswered === 'empty') {
                context.report(`Question ${q.number} has no answer. Write it below the prompt's \`Answer:\` line.`, q.answer.marker ?? q.marker.span, q.number);
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
    imageLink,
    htmlImage,
    remoteImage,
    // Hygiene.
    leftoverPlaceholder,
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

;// CONCATENATED MODULE: ./src/config/config.ts


/** A configuration or usage mistake: reported in one line, never as a stack trace. */
class ConfigError extends Error {
}
const SEVERITIES = ['error', 'warning', 'info', 'off'];
const TOP_KEYS = ['$schema', 'profile', 'wordCount', 'rules'];
const WORD_COUNT_MODES = ['grader', 'rendered'];
function profileIds() {
    return ['auto', ...PROFILES.map((p) => p.id), PROMPTS_PROFILE_ID];
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
        const hint = typeof value === 'string' ? suggest(value, ids) : '';
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
/** Validates a parsed configuration file; every mistake is named with where it stands. */
function parseConfig(data, origin) {
    const config = defaultConfig();
    if (!isObject(data))
        throw new ConfigError(`${origin}: must hold a JSON object`);
    for (const key of Object.keys(data)) {
        if (!TOP_KEYS.includes(key)) {
            throw new ConfigError(`${origin}: unknown key "${key}"${suggest(key, TOP_KEYS)} (allowed: ${TOP_KEYS.slice(1).join(', ')})`);
        }
    }
    if (data.profile !== undefined)
        config.profile = checkProfile(data.profile, `${origin}: profile`);
    if (data.wordCount !== undefined)
        config.wordCount = checkWordCount(data.wordCount, `${origin}: wordCount`);
    if (data.rules !== undefined) {
        if (!isObject(data.rules))
            throw new ConfigError(`${origin}: rules must be an object of rule id to setting`);
        for (const [id, value] of Object.entries(data.rules)) {
            const ids = RULES.map((r) => r.id);
            if (!ruleById(id))
                throw new ConfigError(`${origin}: rules: unknown rule "${id}"${suggest(id, ids)}`);
            config.rules.set(id, parseRuleSetting(id, value, `${origin}: rules.${id}`));
        }
    }
    return config;
}
function parseRuleSetting(id, value, where) {
    const rule = ruleById(id);
    const setting = { severity: rule.severity, options: defaultOptions(id) };
    if (value === false)
        return { ...setting, severity: 'off' };
    if (value === true)
        return setting;
    if (typeof value === 'string')
        return { ...setting, severity: checkSeverity(value, where) };
    if (!isObject(value))
        throw new ConfigError(`${where}: must be a severity ("error", "warning", "info", "off"), true/false, or an object`);
    for (const [key, option] of Object.entries(value)) {
        if (key === 'severity') {
            setting.severity = checkSeverity(option, `${where}.severity`);
            continue;
        }
        const spec = rule.options?.[key];
        const known = ['severity', ...Object.keys(rule.options ?? {})];
        if (!spec)
            throw new ConfigError(`${where}: unknown option "${key}"${suggest(key, known)} (allowed: ${known.join(', ')})`);
        setting.options[key] = checkOption(option, spec.type, `${where}.${key}`);
    }
    return setting;
}
function checkSeverity(value, where) {
    if (typeof value !== 'string' || !SEVERITIES.includes(value)) {
        throw new ConfigError(`${where}: severity must be one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(value)}`);
    }
    return value;
}
function checkOption(value, type, where) {
    if (type === 'string[]') {
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
            throw new ConfigError(`${where}: must be a list of strings`);
        return value;
    }
    if (typeof value !== (type === 'regex' ? 'string' : type))
        throw new ConfigError(`${where}: must be a ${type === 'regex' ? 'string' : type}`);
    if (type === 'regex') {
        try {
            new RegExp(value);
        }
        catch (error) {
            throw new ConfigError(`${where}: not a valid regular expression (${error.message})`);
        }
    }
    return value;
}
function defaultOptions(id) {
    const options = {};
    for (const [key, spec] of Object.entries(ruleById(id)?.options ?? {}))
        options[key] = spec.default;
    return options;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** ` (did you mean "x"?)` for a near miss, else nothing. */
function suggest(word, choices) {
    let best = '';
    let bestDistance = Infinity;
    for (const choice of choices) {
        const d = distance(word.toLowerCase(), choice.toLowerCase());
        if (d < bestDistance) {
            best = choice;
            bestDistance = d;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? ` (did you mean "${best}"?)` : '';
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

;// CONCATENATED MODULE: ./src/cli/args.ts

const DEFAULT_FILES = ['reports/README.md'];
const USAGE = `Usage: report-lint [options] [files or globs...]

Lints DTU 02476 MLOps exam reports (default: reports/README.md).

Options:
  -f, --format <text|json|sarif>  output format (default: text)
  -p, --profile <name|auto>       template era: auto, 2023-01, 2023-2024, 2024-12, 2025, 2026, prompts (default: auto)
  -w, --word-count <grader|rendered>
                                  grader counts as the course checker does (default); rendered counts words a reader sees
  -c, --config <file>             configuration file (default: .report-lint.json when it exists)
      --list-rules                list every rule with its default severity
  -h, --help                      show this help
  -v, --version                   show the version

Exit status: 0 no errors, 1 errors found, 2 usage error or a file that cannot be read.`;
const VALUE_OPTIONS = {
    '-f': 'format',
    '--format': 'format',
    '-p': 'profile',
    '--profile': 'profile',
    '-w': 'wordCount',
    '--word-count': 'wordCount',
    '-c': 'config',
    '--config': 'config'
};
const FLAG_OPTIONS = {
    '-h': 'help',
    '--help': 'help',
    '-v': 'version',
    '--version': 'version',
    '--list-rules': 'listRules'
};
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
        listRules: false
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
        const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
        const flag = FLAG_OPTIONS[name];
        if (flag) {
            ;
            args[flag] = true;
            continue;
        }
        const key = VALUE_OPTIONS[name];
        if (!key)
            throw new ConfigError(`unknown option ${name} (see report-lint --help)`);
        const value = inline ?? argv[++i];
        if (value === undefined)
            throw new ConfigError(`option ${name} needs a value (see report-lint --help)`);
        if (key === 'format') {
            if (value !== 'text' && value !== 'json' && value !== 'sarif')
                throw new ConfigError(`--format must be "text", "json" or "sarif", not "${value}"`);
            args.format = value;
        }
        else if (key === 'profile')
            args.profile = checkProfile(value, '--profile');
        else if (key === 'wordCount')
            args.wordCount = checkWordCount(value, '--word-count');
        else if (key === 'config')
            args.config = value;
    }
    if (!args.files.length)
        args.files = [...DEFAULT_FILES];
    return args;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
;// CONCATENATED MODULE: ./src/config/load-config.ts



const DEFAULT_CONFIG_FILE = '.report-lint.json';
/**
 * Reads a configuration file, relative to `cwd`. Without a name, `.report-lint.json` is read
 * when it exists; a file asked for by name must exist. Mistakes are ConfigErrors naming the file.
 */
function loadConfigFile(path, cwd) {
    const file = path ?? DEFAULT_CONFIG_FILE;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (path === null && code === 'ENOENT')
            return defaultConfig();
        throw new ConfigError(`${file}: cannot read the configuration file (${code === 'ENOENT' ? 'not found' : code})`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new ConfigError(`${file}: not valid JSON (${error.message})`);
    }
    return parseConfig(data, file);
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
/** Findings per file and question, `file:line:col  severity  rule-id  message`, then a total line. */
function formatText(results) {
    const blocks = [];
    for (const result of results) {
        if (result.error !== undefined) {
            blocks.push(`${result.path}: cannot lint: ${result.path} ${result.error}`);
            continue;
        }
        const lines = [header(result)];
        const groups = groupByQuestion(result.findings);
        const locationWidth = Math.max(0, ...result.findings.map((f) => text_location(result.path, f).length));
        const ruleWidth = Math.max(0, ...result.findings.map((f) => f.ruleId.length));
        for (const [question, findings] of groups) {
            const topic = question === null ? null : result.questions.find((q) => q.number === question)?.topic;
            lines.push(question === null ? 'Report' : `Question ${question}${topic ? ` (${topic})` : ''}`);
            for (const f of findings) {
                lines.push(`  ${text_location(result.path, f).padEnd(locationWidth)}  ${f.severity.padEnd(7)}  ${f.ruleId.padEnd(ruleWidth)}  ${f.message}`);
            }
        }
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

;// CONCATENATED MODULE: ./src/version.ts
/** The package version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/format/sarif.ts


const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
const DOCS = 'docs/rules.md';
/** SARIF 2.1.0, for code scanning and other SARIF viewers. Files that could not be read become tool notifications. */
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
                        rules: RULES.map((rule) => ({
                            id: rule.id,
                            shortDescription: { text: rule.description },
                            helpUri: `${DOCS}#${rule.id}`,
                            defaultConfiguration: { level: LEVEL[rule.severity] }
                        }))
                    }
                },
                results: results.flatMap((file) => file.findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: RULES.findIndex((r) => r.id === f.ruleId),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: file.path.split('\\').join('/') },
                                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
                            }
                        }
                    ]
                }))),
                invocations: [
                    {
                        executionSuccessful: results.every((r) => r.error === undefined),
                        toolExecutionNotifications: results
                            .filter((r) => r.error !== undefined)
                            .map((r) => ({ level: 'error', message: { text: `${r.path} ${r.error}` }, locations: [{ physicalLocation: { artifactLocation: { uri: r.path } } }] }))
                    }
                ]
            }
        ]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(919);
;// CONCATENATED MODULE: ./src/grader/grader-result.ts
/** The checker's answers paired, in order, with its table: what `report.py check` would print. */
function graderResult(reading, profile, source) {
    const { run } = reading;
    const answers = run.answers.map((a, i) => {
        const limits = profile.limits.get(i + 1);
        const inside = (n, b) => !b || (n >= b.min && n <= b.max);
        return {
            checkedAs: i + 1,
            fromQuestion: reading.questionOf[i]?.number ?? null,
            line: source.point(a.start).line,
            words: a.words,
            images: a.images,
            pass: run.error ? null : inside(a.words, limits?.words) && inside(a.images, limits?.images)
        };
    });
    return {
        checker: run.version,
        expected: run.expected,
        found: run.answers.length,
        error: run.error,
        passed: run.error ? null : answers.filter((a) => a.pass).length,
        total: run.expected,
        answers
    };
}

;// CONCATENATED MODULE: ./src/grader/simulate.ts


const SPLIT = 'Answer:';
/** `---\nlayout: default\nnav_exclude: true\n---\n\n`: the 27-question checker drops this many characters. */
const DROPPED_PREFIX = 43;
/**
 * Runs the course checker's reading of a report (`report.py check`), step by step as the
 * course's 27- and 31-question versions do it, and keeps every offset in the report's text.
 * `text` has no byte order mark; `bom` says whether the file had one (Python keeps it).
 */
function simulateChecker(text, bom, version) {
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
    const count = (s, e, source) => {
        const pieceStart = view.original(s);
        // answer.strip('\n')
        while (s < e && view.text[s] === '\n')
            s++;
        while (e > s && view.text[e - 1] === '\n')
            e--;
        const slice = view.text.slice(s, e);
        return {
            start: view.original(s),
            end: view.original(e),
            words: countPythonTokens(slice),
            images: checkerImageMatches(slice).length,
            from: source,
            pieceStart
        };
    };
    bounds.forEach((b, i) => {
        const piece = view.text.slice(b.start, b.end);
        const h3 = piece.indexOf('###');
        let cut = null;
        let cutBy = null;
        if (h3 >= 0) {
            const h2 = piece.slice(0, h3).indexOf('##');
            cut = b.start + (h2 >= 0 ? h2 : h3);
            cutBy = h2 >= 0 ? '##' : '###';
            answers.push(count(b.start, cut, 'piece'));
        }
        pieces.push({
            start: view.original(b.start),
            afterAnswer: !(version === 27 && i === 0),
            end: view.original(b.end),
            cut: cut === null ? null : view.original(cut),
            cutBy,
            firstH3: h3 >= 0 ? view.original(b.start + h3) : null
        });
    });
    let error = null;
    if (!bounds.length)
        error = 'IndexError: list index out of range';
    else {
        const last = bounds[bounds.length - 1];
        answers.push(count(last.start, last.end, 'last-piece'));
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
/**
 * The text as Python's `open().read()` returns it: universal newlines (`\r\n` and `\r`
 * become `\n`) and a kept byte order mark, with a way back to offsets in `text`.
 */
function pythonView(text, bom) {
    if (!bom && !text.includes('\r'))
        return { text, original: (i) => i };
    let out = bom ? '\ufeff' : '';
    const map = bom ? [0] : [];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\r') {
            out += '\n';
            map.push(i);
            if (text[i + 1] === '\n')
                i++;
            continue;
        }
        out += text[i];
        map.push(i);
    }
    map.push(text.length);
    return { text: out, original: (i) => map[i] ?? text.length };
}
/** UTF-16 index after `n` code points: Python slices by code point. */
function codePointOffset(text, n) {
    let i = 0;
    for (let k = 0; k < n && i < text.length; k++)
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    return i;
}

;// CONCATENATED MODULE: ./src/grader/reading.ts

function readLikeChecker(model, bom, version) {
    const run = simulateChecker(model.source.text, bom, version);
    const byMarkerEnd = new Map();
    for (const q of model.questions)
        if (q.answer.marker)
            byMarkerEnd.set(q.answer.marker.end.offset, q);
    const pieceAt = new Map(run.pieces.filter((p) => p.afterAnswer).map((p) => [p.start, p]));
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
        pieceAt
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
        const [kind, token] = events[i];
        if (kind !== 'enter')
            continue;
        if (TEXT_TYPES.has(token.type))
            out += source.text.slice(token.start.offset, token.end.offset);
        else if (token.type === 'lineEnding')
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
        const [kind, token] = events[i];
        if (kind === 'enter') {
            open.push(i);
            if (token.type === 'definitionLabelString')
                pendingLabel = source.text.slice(token.start.offset, token.end.offset);
            else if (token.type === 'definitionDestinationString' && pendingLabel !== null) {
                const key = normalizeLabel(pendingLabel);
                if (!definitions.has(key)) {
                    definitions.set(key, {
                        destination: source.text.slice(token.start.offset, token.end.offset),
                        start: token.start.offset,
                        end: token.end.offset
                    });
                }
                pendingLabel = null;
            }
            continue;
        }
        const enter = open.pop();
        const depth = open.length;
        // Paragraphs and definitions sit inside a top-level `content` token.
        const parentType = depth === 1 ? events[open[0]][1].type : null;
        const topLevel = depth === 0 || (depth === 1 && parentType === 'content');
        if (!topLevel || token.type === 'content' || token.type.startsWith('lineEnding') || token.type === 'linePrefix')
            continue;
        const block = { type: token.type, start: token.start.offset, end: token.end.offset, enter, exit: i };
        blocks.push(block);
        if (token.type === 'yaml' || token.type === 'toml')
            frontMatter = block;
        if (token.type === 'atxHeading' || token.type === 'setextHeading') {
            headings.push({
                depth: headingDepth(events, source, block),
                text: plainText(events, source, enter, i),
                kind: token.type === 'atxHeading' ? 'atx' : 'setext',
                span: source.span(block.start, block.end),
                block
            });
        }
    }
    return { blocks, headings, frontMatter, definitions };
}
function headingDepth(events, source, block) {
    for (let i = block.enter; i <= block.exit; i++) {
        const token = events[i][1];
        if (token.type === 'atxHeadingSequence')
            return token.end.offset - token.start.offset;
        if (token.type === 'setextHeadingLineSequence')
            return source.text[token.start.offset] === '=' ? 1 : 2;
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
        const [kind, token] = events[i];
        if (kind !== 'enter' || token.type !== 'data')
            continue;
        const at = source.text.slice(token.start.offset, token.end.offset).indexOf(ANSWER_MARKER);
        if (at >= 0)
            return { start: token.start.offset + at, end: token.start.offset + at + ANSWER_MARKER.length };
    }
    return null;
}
/** Everything in the answer a rule may point at, from one walk over the answer's events. */
function readAnswer(events, source, doc, section, start, marker) {
    const end = section.end;
    const text = source.text;
    const images = [];
    const codeImages = [];
    const code = [];
    const links = [];
    let rendered = '';
    let hidden = 0;
    // Images and links being read, innermost last (an image may sit inside a link).
    const media = [];
    for (let i = section.firstEvent; i < section.endEvent; i++) {
        const [kind, token] = events[i];
        const tStart = token.start.offset;
        const tEnd = token.end.offset;
        if (tEnd <= start)
            continue;
        const type = token.type;
        const open = media[media.length - 1];
        if (kind === 'exit') {
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
        else if ((type === 'htmlFlow' || type === 'htmlText') && tStart >= start && !text.startsWith('<!--', tStart)) {
            images.push(...htmlImages(source, tStart, tEnd));
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
        raw,
        rendered: rendered.replace(/\s+/g, ' ').trim(),
        images,
        codeImages,
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
const BOX_ATTEMPT = /^[ \t]{0,3}((?:[-*+]|\d{1,9}[.)])?)([ \t]*)(\[[^\]\n]{0,3}\])(?![(:[])/;
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
        const [kind, token] = events[i];
        if (token.start.offset >= end)
            break;
        if (kind === 'enter') {
            if (token.type === 'listItemPrefix')
                itemStart = token.start.offset;
            else if (token.type === 'taskListCheckValueChecked' || token.type === 'taskListCheckValueUnchecked') {
                current = { checked: token.type === 'taskListCheckValueChecked', start: itemStart, text: '' };
            }
            else if (current && token.type === 'data')
                current.text += source.text.slice(token.start.offset, token.end.offset);
            else if (current && token.type === 'lineEnding')
                current.text += ' ';
            continue;
        }
        if (current && token.type === 'paragraph') {
            const text = current.text.replace(/\s+/g, ' ').trim();
            const tags = MODULE_TAGS.exec(text);
            items.push({
                checked: current.checked,
                text,
                modules: tags ? tags[1].split(/\s*[+,&/]\s*/).map((m) => m.toUpperCase()) : [],
                section: '',
                span: source.span(current.start >= 0 ? current.start : token.start.offset, token.end.offset)
            });
            current = null;
        }
    }
    return items;
}
function malformedLines(events, source, start, end, items) {
    const validLines = new Set(items.map((item) => item.span.start.line));
    const codeLines = new Set();
    for (const [kind, token] of events) {
        if (token.start.offset >= end)
            break;
        if (kind !== 'enter' || token.end.offset <= start)
            continue;
        if (token.type === 'codeFenced' || token.type === 'codeIndented' || token.type === 'htmlFlow') {
            const from = source.point(token.start.offset).line;
            const to = source.point(token.end.offset).line;
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
        const fixes = fixesFor(bullet, gap, box);
        if (!fixes)
            continue;
        const lineStart = source.lineStart(line);
        const boxStart = lineStart + m.index + m[0].length - box.length - gap.length - bullet.length;
        found.push({ text: text.trim(), box: bullet + gap + box, fixes, span: source.span(boxStart, lineStart + m[0].length) });
    }
    return found;
}
/** What to write instead, or null when the line is already a valid item that the parser placed elsewhere. */
function fixesFor(bullet, gap, box) {
    const inner = box.slice(1, -1).trim();
    const marker = bullet || '*';
    const written = bullet + gap + box;
    if (inner.toLowerCase() === 'x' || inner === '') {
        const good = `${marker} [${inner || ' '}]`;
        return good === written ? null : [good];
    }
    return [`${marker} [x]`, `${marker} [ ]`];
}

;// CONCATENATED MODULE: ./src/model/constraints.ts
const NUMBER = String.raw `(\d+|one|two|three|four|five|six|a|an)`;
const RANGE_SEP = String.raw `\s*(?:-|–|—|to)\s*`;
const WORDS = new RegExp(String.raw `answer\s+length\s*:?\s*(\d+)${RANGE_SEP}(\d+)\s*words?`, 'i');
const IMAGES = new RegExp(String.raw `\b${NUMBER}(?:${RANGE_SEP}${NUMBER})?\s+(?:images?|screenshots?|figures?|pictures?)\b`, 'i');
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






const lastParse = { sections: 0, parsedChars: 0, events: 0, ms: 0 };
/**
 * Texts up to about this size are parsed in one piece; longer ones in pieces of about this size,
 * each starting at an ATX heading in column 1 that nothing before it holds open (see `endsOpen`).
 * Such a heading closes every container and interrupts a paragraph, so the pieces parse exactly as
 * the whole text does, while memory holds one piece's parser state (about 200 bytes per character)
 * instead of the whole text's.
 */
const SECTION_CHARS = 64 * 1024;
/**
 * Parses Markdown into micromark's flat event list (GFM less autolink literals, and YAML front
 * matter), as tokens that keep only their type and offsets. The model is built from events rather
 * than an mdast tree: it keeps every offset and saves the tree-building pass.
 */
function parseEvents(text, sectionChars = SECTION_CHARS) {
    const start = performance.now();
    const events = parseInSections(text, sectionChars);
    lastParse.events = events.length;
    lastParse.ms = performance.now() - start;
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
            if (end === text.length || !endsOpen(section.raw, start === 0 && FRONT_MATTER.test(text)))
                break;
            // A fenced code block, HTML block or front matter may run on past the heading: try a piece
            // twice as long (so the pieces parsed again add up to at most the text's length once more).
            want *= 2;
        }
        // A text parsed in one piece keeps micromark's own events: converting them would only cost time.
        if (start === 0 && section.end === text.length)
            return section.raw;
        sections.push(slimSection(section));
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
                sections[i] = slimSection(parseSection(text, s.start, s.end, extensions, [...defined], [...footnotes]));
            }
        });
    }
    const events = [];
    for (const section of sections)
        for (const event of section.events)
            events.push(event);
    return events;
}
function slimSection({ raw, ...rest }) {
    const events = [];
    appendSlim(events, raw, rest.start, rest.end - rest.start);
    return { ...rest, events };
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
    return { start, end, raw, defined: [...new Set(parser.defined)], footnotes: [...new Set(parser.gfmFootnotes ?? [])] };
}
/**
 * Copies the events with slim tokens, shifting offsets by `base`. Tokens that start or end at the
 * same offset share the point object (read only), which saves a fifth of the memory events take.
 */
function appendSlim(events, raw, base, length) {
    // Events nest: a token's exit meets its own enter on top of the stack.
    const open = [];
    const slims = [];
    const points = [];
    // 1 + the index in `points` of the point at each offset; 0 for none yet.
    const pointIndex = new Int32Array(length + 1);
    const pointAt = (offset) => {
        const index = pointIndex[offset];
        if (index)
            return points[index - 1];
        const point = { offset: offset + base };
        pointIndex[offset] = points.push(point);
        return point;
    };
    for (let i = 0; i < raw.length; i++) {
        const kind = raw[i][0];
        const token = raw[i][1];
        if (kind === 'enter') {
            const slim = { type: token.type, start: pointAt(token.start.offset), end: pointAt(token.end.offset) };
            open.push(token);
            slims.push(slim);
            events.push(['enter', slim]);
        }
        else {
            if (open.pop() !== token)
                throw new Error(`micromark events do not nest at ${token.type}`);
            events.push(['exit', slims.pop()]);
        }
    }
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
/** The start of the line after the one holding `at` (the text's length after the last line). */
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
 * next question or the next heading of depth 3 or less (an `===` setext heading too,
 * a `---` one not).
 */
function findQuestionSections(events, source, doc) {
    const markers = [];
    const boundaries = [];
    const headingByBlock = new Map(doc.headings.map((h) => [h.block, h]));
    for (const block of doc.blocks) {
        const heading = headingByBlock.get(block);
        if (heading) {
            const match = HEADING_QUESTION.exec(heading.text);
            if (match) {
                markers.push({ block, marker: marker(source, block, Number(match[1]), 'heading', heading.depth, heading.text) });
                boundaries.push(block);
            }
            else if (heading.depth <= 3 && !(heading.kind === 'setext' && heading.depth === 2 && !isFrontMatter(source, block))) {
                // A `---` under a line of text makes a setext heading; in answers that is a leftover
                // placeholder wrapper, not a new section, so it does not end the answer. A second
                // front matter block (a pasted template) parses the same way and does end it.
                boundaries.push(block);
            }
        }
        else if (block.type === 'paragraph') {
            const raw = source.text.slice(block.start, block.end).trim();
            const bold = BOLD_QUESTION.exec(raw);
            const bare = bold ? null : TEXT_QUESTION.exec(raw);
            if (bold || bare) {
                const number = Number(bold ? bold[2] : bare?.[1]);
                markers.push({ block, marker: marker(source, block, number, bold ? 'bold' : 'text', null, raw) });
                boundaries.push(block);
            }
        }
    }
    return markers.map(({ marker, block }) => {
        const next = boundaries.find((b) => b.start > block.start);
        return {
            marker,
            firstEvent: block.exit + 1,
            endEvent: next ? next.enter : events.length,
            start: block.end,
            end: next ? next.start : source.text.length
        };
    });
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







/** Parses a report once and returns everything the rules read, with source positions. */
function buildModel(text) {
    const source = new SourceText(text);
    const events = parseEvents(text);
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
    const promptEnd = marker ? marker.start : promptQuoteEnd(doc, section);
    const answerStart = marker ? marker.end : (promptEnd ?? section.start);
    const prompt = readPrompt(events, source, section, promptEnd);
    const answer = readAnswer(events, source, doc, section, answerStart, marker);
    return {
        number: section.marker.number,
        marker: section.marker,
        prompt,
        answer,
        span: source.span(section.marker.span.start.offset, section.end)
    };
}
/** Without an `Answer:` line, the prompt is the first block quote after the marker, if there is one. */
function promptQuoteEnd(doc, section) {
    const quote = doc.blocks.find((b) => b.type === 'blockQuote' && b.start >= section.start && b.start < section.end);
    return quote ? quote.end : null;
}
function readPrompt(events, source, section, end) {
    if (end === null || end <= section.start)
        return { span: null, text: '', question: '', stated: {} };
    let lastEvent = section.firstEvent;
    while (lastEvent + 1 < section.endEvent && events[lastEvent + 1][1].start.offset < end)
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
        const [kind, token] = events[i];
        if (kind !== 'enter' || token.type !== 'strong')
            continue;
        if (lastEnd >= 0 && !/^[ \t>]*\n?[ \t>]*$/.test(source.text.slice(lastEnd, token.start.offset)))
            break;
        let exit = i;
        while (events[exit][1] !== token || events[exit][0] !== 'exit')
            exit++;
        parts.push(plainText(events, source, i, exit));
        lastEnd = token.end.offset;
        i = exit;
    }
    return parts.join(' ');
}
function firstSentence(text) {
    const m = /^.*?[.?!](?=\s|$)/.exec(text);
    return (m ? m[0] : text).trim();
}

;// CONCATENATED MODULE: ./src/profiles/detect.ts


/** Prompt wording that only one era has. */
const FINGERPRINTS = [
    { profile: '2026', question: 3, pattern: /did you end up using any open[- ]source/i, weight: 3 },
    { profile: '2023-01', question: 7, pattern: /^how many tests did you implement\?$/i, weight: 1 }
];
/** Picks the template era of a report, or the `prompts` profile when it matches none. Null when it has no questions. */
function detectProfile(model, requested = 'auto') {
    const firsts = firstOccurrences(model.questions);
    if (requested !== 'auto') {
        const pinned = requested === 'prompts' ? fromPrompts(firsts) : profileById(requested);
        if (!pinned)
            throw new Error(`unknown profile "${requested}"`);
        return { profile: pinned, reason: 'pinned by configuration' };
    }
    if (!firsts.length)
        return null;
    const numbers = firsts.map((q) => q.number);
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
        for (const f of FINGERPRINTS.filter((f) => f.profile === candidate.id)) {
            const q = firsts.find((q) => q.number === f.question);
            if (q && f.pattern.test(q.prompt.question.trim())) {
                score += f.weight;
                signals.push(`Question ${f.question}'s wording`);
            }
        }
        if (candidate.id === '2023-01' && model.checklist)
            score -= 3;
        // Ties go to the newer era: PROFILES is ordered oldest first.
        if (!best || score >= best.score)
            best = { profile: candidate, score, agree, stated, covered, signals };
    }
    const highest = Math.max(...numbers);
    if (!best || best.covered < best.profile.questionCount / 2 || numbers.length - best.covered > 2) {
        return { profile: fromPrompts(firsts), reason: `${firsts.length} questions, up to Question ${highest}: no course template era has that` };
    }
    if (best.stated >= 4 && best.agree * 2 < best.stated) {
        return {
            profile: fromPrompts(firsts),
            reason: `only ${best.agree} of ${best.stated} limits its prompts state match any course template era`
        };
    }
    const parts = [`${best.covered} of ${best.profile.questionCount} questions found`];
    if (model.checklist)
        parts.push('a project checklist');
    if (best.stated)
        parts.push(`${best.agree} of ${best.stated} stated limits match`);
    parts.push(...best.signals);
    return { profile: best.profile, reason: parts.join('; ') };
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
function analyzeQuestion(source, question, profile, mode, checkerRead) {
    const answer = question.answer;
    const limits = profile.limits.get(question.number) ?? { words: null, images: null };
    let words;
    let wordStarts = null;
    let imageSpans;
    if (mode === 'grader') {
        const start = checkerRead ? checkerRead.start : answer.span.start.offset;
        const text = checkerRead ? source.text.slice(checkerRead.start, checkerRead.end) : answer.raw;
        wordStarts = pythonTokenStarts(text).map((at) => start + at);
        words = wordStarts.length;
        imageSpans = checkerImageMatches(text).map((m) => source.span(start + m.start, start + m.end));
    }
    else {
        words = countRenderedWords(answer.rendered);
        imageSpans = answer.images.map((image) => image.span);
    }
    const hasImages = answer.images.length > 0 || answer.codeImages.length > 0;
    const prose = countRenderedWords(answer.rendered.replace(PLACEHOLDER, ' '));
    // An empty answer is fine where the table allows 0 words (the "anything extra?" question).
    const emptyAllowed = limits.words?.min === 0 && !limits.images;
    const unanswered = prose > 0 || hasImages ? null : answer.placeholders.length ? 'placeholder' : emptyAllowed ? null : 'empty';
    return { question, limits, words, wordStarts, images: imageSpans.length, imageSpans, unanswered };
}

// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/lint/budget.ts

/**
 * Wall-clock limits on reading one report. The parse of any text up to the size limit is linear
 * (the parser's super-linear spots are patched, see docs/performance.md), so a real report never
 * comes near these; they bound what nothing else can: a shape no one has found yet. The CLI must
 * answer within 3 s: Node's start, these two budgets and the text-only reading fit in it.
 */
const LINT_BUDGET_MS = 1500;
/** For the second, smaller parse the text-only reading makes to tell the template era. */
const SKELETON_BUDGET_MS = 600;
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
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lines[mid] < first)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < lines.length && lines[lo] <= last;
}

;// CONCATENATED MODULE: ./src/lint/text-only.ts








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
    const skeleton = runWithin(skeletonMs, () => buildModel(blankAnswers(text, bom)));
    // The skeleton keeps every offset, so its questions stand where the report's do.
    const model = skeleton.done
        ? { ...skeleton.value, source }
        : { source, frontMatter: null, headings: [], questions: [], checklist: null };
    let detection = null;
    if (skeleton.done || config.profile !== 'auto')
        detection = detectProfile(model, config.profile);
    const profile = detection?.profile ?? null;
    const checker = profile?.checker ? readLikeChecker(model, bom, profile.checker) : null;
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
 * headings, question markers, prompts and checklist, at the same offsets. Blanked are only the
 * whole lines of what the course checker takes as an answer (after an `Answer:` and up to the
 * `###` or `##` it cuts at), and only where that cannot change how the rest parses: an answer
 * that holds a fence (it may hide the headings after it) or something like a question marker
 * stays as it is, and nothing is blanked when a line opens HTML (an HTML block may run on to the
 * next blank line, across a heading).
 */
function blankAnswers(text, bom) {
    if (HTML_LINE.test(text))
        return text;
    const run = simulateChecker(text, bom, 31);
    const parts = [];
    let at = 0;
    for (const piece of run.pieces) {
        if (!piece.afterAnswer || piece.cut === null)
            continue;
        // Whole lines only: from the line after the `Answer:` to the line of the cut.
        const from = lineAfter(text, piece.start);
        const to = lineStartOf(text, piece.cut);
        if (to <= from || from < at)
            continue;
        const answer = text.slice(from, to);
        if (KEEP_ANSWER.test(answer))
            continue;
        parts.push(text.slice(at, from), answer.replace(/[^\r\n]/g, ' '));
        at = to;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
/** A line that may open an HTML block (after block quote and list markers). */
const HTML_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*</m;
/** An answer that may change how what follows it parses, or be read as a question marker. */
const KEEP_ANSWER = /```|~~~|question\s*\d/i;
function lineAfter(text, offset) {
    const n = text.indexOf('\n', offset);
    const r = text.indexOf('\r', offset);
    const end = n < 0 ? r : r < 0 ? n : Math.min(n, r);
    if (end < 0)
        return text.length;
    return text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
}
function lineStartOf(text, offset) {
    return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
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
    parts.push('If this report is not built to stall a parser, please report it: a real report is read in well under a second.');
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
 * Lints one report's text: parse once, pick the profile, run every enabled rule. Within a time
 * budget: past it, the result is the course checker's text-only reading (see text-only.ts).
 */
function lintText(text, options) {
    const budget = budgets();
    const start = performance.now();
    const full = runWithin(budget.lint, () => lintModel(buildModel(text), options));
    return full.done ? full.value : textOnlyResult(text, options, performance.now() - start, budget.skeleton);
}
/** Lints a report already read into its model. */
function lintModel(model, options) {
    const { config } = options;
    const detection = detectProfile(model, config.profile);
    const profile = detection?.profile ?? null;
    const checker = profile?.checker ? readLikeChecker(model, options.bom ?? false, profile.checker) : null;
    const analyses = profile
        ? model.questions.map((q, i) => analyzeQuestion(model.source, q, profile, config.wordCount, checker?.answerOf[i] ?? null))
        : [];
    const findings = [];
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
            report(message, span, question = null) {
                findings.push({
                    ruleId: rule.id,
                    severity,
                    message,
                    line: span?.start.line ?? 1,
                    column: span?.start.column ?? 1,
                    endLine: span?.end.line ?? 1,
                    endColumn: span?.end.column ?? 1,
                    question
                });
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
 * A template report is about 30 KB. Reading grows linearly with the size (docs/performance.md),
 * but a first run takes about 1.5 s per MB of real report content and 150 MiB per MB at its peak:
 * at 2 MB a full lint takes about 3 s, so larger files are refused (what is this close to the
 * limit lints within the time budget, if need be as the course checker reads it).
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

;// CONCATENATED MODULE: ./src/lint/local-repo.ts


/** The repository around a report on disk: its git root, or the report's own folder outside git. */
function localRepo(reportPath, root = null) {
    const top = root ?? gitRoot((0,external_node_path_.dirname)(reportPath)) ?? (0,external_node_path_.dirname)(reportPath);
    const reportDir = (0,external_node_path_.dirname)(reportPath);
    return {
        reportPath: toPosix((0,external_node_path_.relative)(top, reportPath)),
        resolve: (src) => resolveImage(top, reportDir, src)
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
function resolveImage(root, reportDir, src) {
    const written = decodePath(src.replace(/[?#].*$/, ''));
    if ((0,external_node_path_.isAbsolute)(written) || /^[a-zA-Z]:[\\/]/.test(written))
        return { kind: 'outside', path: written, why: 'it is an absolute path' };
    const target = (0,external_node_path_.join)(reportDir, written);
    const rel = (0,external_node_path_.relative)(root, target);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        return { kind: 'outside', path: written, why: 'it climbs out of the repository' };
    }
    // Walk the path one name at a time: the exact name must exist (Linux is case-sensitive
    // even where this machine is not), and no link on the way may lead out of the repository.
    let dir = root;
    let actual = '';
    let caseDiffers = false;
    const names = rel.split(external_node_path_.sep);
    for (let i = 0; i < names.length; i++) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir);
        }
        catch {
            return { kind: 'missing', path: toPosix(rel) };
        }
        let name = names[i];
        if (!entries.includes(name)) {
            const other = entries.find((e) => e.toLowerCase() === name.toLowerCase());
            if (!other)
                return { kind: 'missing', path: toPosix(rel) };
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
        return { kind: 'case-mismatch', path: toPosix(rel), actual };
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
 * Below this many reports, worker threads do not pay off: starting one (loading the code, warming
 * it up) costs about as much as linting five reports (npm run bench, docs/performance.md).
 */
const MIN_REPORTS_FOR_WORKERS = 12;
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


const MAGIC = /[*?[\]{}]/;
/** Never descended into when expanding a glob. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
function hasMagic(pattern) {
    return MAGIC.test(pattern);
}
/**
 * A glob as a regular expression over `/`-separated paths: `**` spans directories,
 * `*` and `?` stay within one, `[...]` is a class, `{a,b}` alternatives.
 */
function globToRegExp(pattern) {
    let out = '';
    let i = 0;
    let braces = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            const atSegmentStart = i === 0 || pattern[i - 1] === '/';
            if (atSegmentStart && pattern[i + 2] === '/') {
                out += '(?:[^/]*/)*';
                i += 3;
                continue;
            }
            if (atSegmentStart && i + 2 === pattern.length) {
                out += '.*';
                i += 2;
                continue;
            }
            out += '[^/]*';
            i += 2;
            continue;
        }
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = pattern.indexOf(']', i + 2);
            if (close < 0)
                out += '\\[';
            else {
                const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
                out += `[${body}]`;
                i = close;
            }
        }
        else if (c === '{') {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += c.replace(/[.+^$()|\\]/g, '\\$&');
        i++;
    }
    return new RegExp(`^${out}$`);
}
/** Matches a path against a list of globs; a `!glob` later in the list excludes what earlier ones matched. */
function createMatcher(patterns) {
    const compiled = patterns.map((p) => ({ negate: p.startsWith('!'), re: globToRegExp(p.replace(/^!/, '').replace(/^\.\//, '')) }));
    return (path) => {
        let matched = false;
        for (const { negate, re } of compiled)
            if (re.test(path))
                matched = !negate;
        return matched;
    };
}
/** Splits a glob into the directory before its first wildcard segment and the rest. */
function splitGlob(pattern) {
    const segments = pattern.split('/');
    const firstMagic = segments.findIndex((s) => hasMagic(s));
    if (firstMagic < 0)
        return { base: segments.slice(0, -1).join('/') || '.', rest: segments[segments.length - 1] };
    const base = segments.slice(0, firstMagic).join('/');
    return { base: base || (pattern.startsWith('/') ? '/' : '.'), rest: segments.slice(firstMagic).join('/') };
}
/**
 * The files under `root` matching the globs, as `/`-separated paths relative to `root`, sorted.
 * Symbolic links are not followed, so the walk never leaves `root`.
 */
function findFiles(root, patterns) {
    const matches = createMatcher(patterns);
    const found = [];
    const walk = (dir, prefix) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    walk((0,external_node_path_.join)(dir, entry.name), rel);
            }
            else if (entry.isFile() && matches(rel))
                found.push(rel);
        }
    };
    walk(root, '');
    return found.sort();
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
    return finishRun(run.jobs.map((job) => lintJob(job, run.config)), run, io);
}
/** As runCli, for the process: a batch of reports is linted in worker threads running `workerScript` too. */
async function runCliWithWorkers(argv, io, workerScript) {
    const run = startRun(argv, io);
    if (typeof run === 'number')
        return run;
    const results = await lintFiles(run.jobs, { config: run.config, workerScript, workerSetup: { argv, cwd: io.cwd }, progress: io.progress });
    return finishRun(results, run, io);
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
            return print(io, RULES.map((r) => `${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.description}`).join('\n'), 0);
        const config = configFor(args, io.cwd);
        let usageError = false;
        const paths = [];
        for (const arg of args.files) {
            if (!hasMagic(arg)) {
                paths.push(arg);
                continue;
            }
            const { base, rest } = splitGlob(arg);
            const matches = findFiles((0,external_node_path_.resolve)(io.cwd, base), [rest]).map((rel) => (base === '.' ? rel : `${base.replace(/\/$/, '')}/${rel}`));
            if (!matches.length) {
                io.stderr(`report-lint: no files match ${arg}\n`);
                usageError = true;
            }
            for (const match of matches)
                paths.push(match);
        }
        const jobs = [...new Set(paths)].map((path) => ({ absolute: (0,external_node_path_.resolve)(io.cwd, path), shownAs: path }));
        return { args, config, jobs, usageError };
    }
    catch (error) {
        if (error instanceof ConfigError) {
            io.stderr(`report-lint: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
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
    const { args } = run;
    if (args.format === 'json')
        io.stdout(formatJson(results));
    else if (args.format === 'sarif')
        io.stdout(formatSarif(results));
    else {
        const readable = results.filter((r) => r.error === undefined);
        if (readable.length)
            io.stdout(formatText(readable));
    }
    if (usageError)
        return 2;
    return results.some((r) => r.summary.errors > 0) ? 1 : 0;
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






/***/ })

};
