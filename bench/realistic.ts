/**
 * A realistic report of about any size, for the per-MB benchmarks: the 31-question template
 * (front matter, checklist, headings, quoted prompts, `Answer:` lines) with answers written the way
 * students write them (prose with inline code, bold and links, bullet and numbered lists, fenced
 * code, images, the odd table and quote), grown evenly across the answers to reach the size.
 * Deterministic: the same size gives the same text.
 */

const WORDS = (
  'we used docker containers to train the model and a small api to serve it the data was versioned with dvc ' +
  'and stored in a cloud bucket experiments were logged to weights and biases and every pull request ran the ' +
  'unit tests with pytest in github actions the configuration lived in hydra files so that every run could be ' +
  'reproduced with one command profiling showed that the data loader was the bottleneck so we cached tensors'
).split(' ')

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function prose(rand: () => number, count: number): string {
  const out = []
  for (let i = 0; i < count; i++) {
    let word = WORDS[Math.floor(rand() * WORDS.length)]
    const roll = rand()
    if (roll < 0.03) word = `\`${word}.py\``
    else if (roll < 0.05) word = `**${word}**`
    else if (roll < 0.06) word = `[${word}](https://example.org/${word})`
    else if (roll < 0.07) word = `*${word}*`
    out.push(i === 0 ? word[0].toUpperCase() + word.slice(1) : word)
    if (rand() < 0.08) out[out.length - 1] += '.'
  }
  return `${out.join(' ')}.`
}

function block(rand: () => number, question: number, index: number): string {
  const kind = rand()
  if (kind < 0.5) return prose(rand, 40 + Math.floor(rand() * 60))
  if (kind < 0.65) return Array.from({ length: 3 + Math.floor(rand() * 4) }, () => `* ${prose(rand, 6 + Math.floor(rand() * 10))}`).join('\n')
  if (kind < 0.72) return Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, i) => `${i + 1}. ${prose(rand, 8)}`).join('\n')
  if (kind < 0.82) return ['```bash', 'docker build -f train.dockerfile . -t trainer:latest', `python src/train.py experiment=exp${index}`, '```'].join('\n')
  if (kind < 0.9) return `![figure ${question}.${index}](figures/q${question}_${index}.png)`
  if (kind < 0.95) return ['| stage | tool | minutes |', '| --- | --- | --- |', `| train | docker | ${index} |`, `| serve | fastapi | ${question} |`].join('\n')
  return `> ${prose(rand, 20)}`
}

/** A 31-question report of about `bytes` characters (at least the template's size). */
export function realisticReport(bytes: number, seed = 1): string {
  const rand = random(seed)
  const head = [
    '# Exam template for 02476 Machine Learning Operations',
    '',
    '## Overall project checklist',
    '',
    '### Week 1',
    '',
    ...Array.from({ length: 12 }, (_, i) => `* [${i % 3 ? 'x' : ' '}] ${prose(rand, 6)} (M${i + 1})`),
    '',
    '## Group information',
    ''
  ].join('\n')
  const perAnswer = Math.max(300, Math.floor((bytes - head.length) / 31) - 250)
  const parts = [head]
  for (let q = 1; q <= 31; q++) {
    if (q === 4) parts.push('## Coding environment\n\n> In the following section we are interested in learning more about you local development environment.\n')
    parts.push(`### Question ${q}\n\n> **${prose(rand, 12).replace(/\.$/, '?')}**\n>\n> Recommended answer length: 100-200 words.\n>\n> Answer:\n`)
    const answer = []
    let size = 0
    for (let i = 0; size < perAnswer; i++) {
      const b = block(rand, q, i)
      answer.push(b)
      size += b.length + 2
    }
    parts.push(`${answer.join('\n\n')}\n`)
  }
  return `${parts.join('\n')}\n`
}
