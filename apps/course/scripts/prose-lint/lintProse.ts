/**
 * The course's prose lint: lesson text says only what the sources say, and takes its dates,
 * figures and quotations from the data components (<EventDate>, <Figure>, <ClaimQuote>, …),
 * so a number, a date or a quotation typed into the prose is flagged, as is a judgement word
 * outside the course's interpretation marker. The allowance list and the judgement words live
 * beside this file and are reviewed like code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ProseIssue {
  file: string;
  line: number;
  kind: 'number' | 'quotation' | 'judgement';
  text: string;
  message: string;
}

export interface Allowance {
  /** The lesson file, relative to docs/, or "*" for every lesson. */
  file: string;
  /** The exact text flagged (a number, or a quotation's words), or for a judgement word the whole line, trimmed. */
  text: string;
  reason: string;
}

const here = dirname(fileURLToPath(import.meta.url));

export function loadAllowances(): Allowance[] {
  return (JSON.parse(readFileSync(join(here, 'allowances.json'), 'utf8')) as { allowances: Allowance[] }).allowances;
}

export function loadJudgementWords(): string[] {
  return (JSON.parse(readFileSync(join(here, 'judgement-words.json'), 'utf8')) as { words: string[] }).words;
}

/** The same text with `match` blanked out, keeping its line breaks so line numbers stay right. */
const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/** Lesson prose with everything that is not prose blanked: front matter, code, components, link targets. */
export function proseOf(mdx: string): { prose: string; interpretation: boolean[] } {
  let text = mdx.replace(/^---\n[\s\S]*?\n---\n/, blank);
  text = text.replace(/```[\s\S]*?```/g, blank).replace(/`[^`\n]*`/g, blank).replace(/<!--[\s\S]*?-->/g, blank);
  // the course's interpretation marker: a CourseNote block, or a paragraph opening with the words
  const marked = new Array<boolean>(text.length).fill(false);
  const mark = (re: RegExp) => {
    for (const m of text.matchAll(re)) for (let i = m.index!; i < m.index! + m[0].length; i++) marked[i] = true;
  };
  mark(/<CourseNote[\s\S]*?<\/CourseNote>/g);
  mark(/(^|\n)\*The course's (interpretation|view|synthesis)[^\n]*(\n(?!\n)[^\n]*)*/g);
  // a data component is data, not prose: self-closing ones whole, others their tags only
  text = text.replace(/<[A-Z][A-Za-z]*(?:\s[^<>]*?)?\/>/g, (m) => blank(m) + '');
  text = text.replace(/<\/?[A-Za-z][^<>]*>/g, blank);
  text = text.replace(/\]\([^)\s]*\)/g, (m) => `]${blank(m.slice(1))}`);
  text = text.replace(/^\s*\|?\s*-{3,}[-|\s]*$/gm, blank);
  const interpretation: boolean[] = [];
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    if (marked[i]) interpretation[line] = true;
    if (text[i] === '\n') line++;
  }
  return { prose: text, interpretation };
}

const NUMBER = /\d[\d,.:’'/-]*\d|\d/g;
const QUOTATION = /"([^"\n]+)"|“([^”\n]+)”/g;

/** Every number, quotation and unmarked judgement word in one lesson's prose. */
export function lintProse(file: string, mdx: string, allowances: readonly Allowance[] = loadAllowances(), judgementWords: readonly string[] = loadJudgementWords()): ProseIssue[] {
  const { prose, interpretation } = proseOf(mdx);
  // an allowance names the flagged text, or for a judgement word the whole line it stands on
  const allowed = (text: string) => allowances.some((a) => (a.file === '*' || a.file === file) && a.text === text);
  const issues: ProseIssue[] = [];
  prose.split('\n').forEach((raw, i) => {
    // the course's own numbering of lists and headings is structure, not a fact
    const line = raw
      .replace(/^(\s*)(\d+)\.(\s)/, (_m, a: string, n: string, b: string) => `${a}${blank(n)} ${b}`)
      .replace(/^(#+\s+)(\d+)\./, (_m, h: string, n: string) => `${h}${blank(n)} `)
      // the course's own structure: "Module 4", "Lesson 2" (the analysis numbers its lessons), "(1)" in a task
      .replace(/\b([Mm]odules?|[Ll]essons?)\s+\d+\b/g, blank)
      .replace(/\(\d\)/g, blank);
    for (const m of line.matchAll(NUMBER)) {
      if (allowed(m[0])) continue;
      issues.push({ file, line: i + 1, kind: 'number', text: m[0], message: `the number "${m[0]}" is typed into the prose: take figures and dates from the data (<Figure>, <EventDate>, <SourceFact>), or, for the course's own numbers, add a reviewed allowance` });
    }
    for (const m of line.matchAll(QUOTATION)) {
      const inner = (m[1] ?? m[2])!;
      // a single quoted word is a term under discussion; words of a source are a quotation
      if (inner.trim().split(/\s+/).length < 3 || allowed(inner)) continue;
      issues.push({ file, line: i + 1, kind: 'quotation', text: inner, message: `"${inner}" is a quotation typed into the prose: quote a source with <ClaimQuote id="…" /> or <Quote claim="…" />, so its words are checked against the seed` });
    }
  });
  // judgement words, each in its sentence: a question asks rather than judges
  const lineAt = (index: number) => prose.slice(0, index).split('\n').length;
  for (const word of judgementWords) {
    const re = new RegExp(`\\b${word.replace(/ /g, '\\s+')}\\b`, 'gi');
    for (const m of prose.matchAll(re)) {
      const before = prose.slice(0, m.index);
      const sentenceStart = Math.max(before.search(/(?:[.!?]\s|\n\s*\n|\n#+ )(?![\s\S]*(?:[.!?]\s|\n\s*\n|\n#+ ))/), 0);
      const after = prose.slice(m.index + m[0].length);
      const end = after.search(/[.!?](\s|$)|\n\s*\n/);
      const closing = end < 0 ? '' : after[end];
      if (closing === '?') continue;
      const line = lineAt(m.index);
      if (interpretation[line - 1] || allowed(mdx.split('\n')[line - 1]!.trim())) continue;
      const sentence = (before.slice(sentenceStart) + m[0] + (end < 0 ? after : after.slice(0, end + 1))).replace(/\s+/g, ' ').trim();
      issues.push({ file, line, kind: 'judgement', text: word, message: `"${word}" passes a judgement ("${sentence.slice(0, 120)}"): put the sentence inside the course's interpretation marker (<CourseNote title="The course's view: …">, or a paragraph opening *The course's interpretation*), or say whose judgement it is with <ClaimQuote>` });
    }
  }
  return issues;
}

/** `docs/x.mdx:12 number "2011": message` */
export function formatProseIssue(issue: ProseIssue): string {
  return `docs/${issue.file}:${issue.line} ${issue.kind} "${issue.text}": ${issue.message}`;
}
