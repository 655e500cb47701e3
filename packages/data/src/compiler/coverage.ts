/** How much of one source's body the claims (and recorded skips) account for. */
export interface SourceCoverage {
  source: string;
  seed: string;
  sentences: number;
  covered: number;
  skipped: number;
  /** (covered + skipped) / sentences, in percent with one decimal. */
  percent: number;
  uncovered: { line: number; start: number; end: number; text: string }[];
}

type Range = readonly [number, number];

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Split body ranges of a seed into sentences: single line breaks read as spaces, blank lines
 * end a sentence (so do headings, which stand alone between blank lines).
 * Offsets stay valid in the seed because a line break is replaced by a space of the same length.
 */
function bodySentences(seedText: string, body: readonly Range[]): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  for (const [rangeStart, rangeEnd] of body) {
    const region = seedText.slice(rangeStart, rangeEnd);
    const blockPattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
    for (const block of region.matchAll(blockPattern)) {
      const blockStart = rangeStart + block.index;
      const flat = block[0].replace(/\n/g, ' ');
      for (const segment of segmenter.segment(flat)) {
        const lead = segment.segment.length - segment.segment.trimStart().length;
        const trimmed = segment.segment.trim();
        if (!trimmed) continue;
        const start = blockStart + segment.index + lead;
        sentences.push({ start, end: start + trimmed.length });
      }
    }
  }
  return sentences;
}

/** What /\s/ matches, without a one-character string and a regex run per character. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * The number of words in a text, as `text.split(/\s+/).filter(Boolean).length` counts them,
 * without making a string of each word (a 100,000-event corpus's seeds hold three million).
 * @example countWords(' a b\n c ') // 3
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function mask(length: number, ranges: readonly Range[]): Uint8Array {
  const m = new Uint8Array(length);
  for (const [s, e] of ranges) m.fill(1, s, e);
  return m;
}

/**
 * A sentence counts as covered when at least half of its non-space characters lie inside
 * claim quotes; as skipped when half lie inside a recorded skip.
 */
export function computeCoverage(input: {
  source: string;
  seed: string;
  seedText: string;
  body: readonly Range[];
  quotes: readonly Range[];
  skips: readonly Range[];
}): SourceCoverage {
  const { seedText } = input;
  const quoted = mask(seedText.length, input.quotes);
  const skipped = mask(seedText.length, input.skips);
  const report: SourceCoverage = {
    source: input.source,
    seed: input.seed,
    sentences: 0,
    covered: 0,
    skipped: 0,
    percent: 100,
    uncovered: [],
  };
  for (const { start, end } of bodySentences(seedText, input.body)) {
    let chars = 0;
    let inQuote = 0;
    let inSkip = 0;
    for (let i = start; i < end; i++) {
      if (isSpace(seedText.charCodeAt(i))) continue;
      chars++;
      inQuote += quoted[i]!;
      inSkip += skipped[i]!;
    }
    if (chars === 0) continue;
    report.sentences++;
    if (inQuote * 2 >= chars) report.covered++;
    else if (inSkip * 2 >= chars) report.skipped++;
    else {
      const line = seedText.slice(0, start).split('\n').length;
      report.uncovered.push({ line, start, end, text: seedText.slice(start, end).replace(/\s+/g, ' ') });
    }
  }
  if (report.sentences) {
    report.percent = Math.floor(((report.covered + report.skipped) / report.sentences) * 1000) / 10;
  }
  return report;
}
