import { isBoilerplate } from './boilerplate';
import type { Heading, ProposedMetadata } from './document';
import { findBodyStart } from './front-matter';
import { findDates } from './parse-date';
import { splitBlocks } from './text-blocks';

/** Longest title Briefbook proposes; a longer first line is a paragraph, not a title. */
const MAX_TITLE_LENGTH = 200;
/** A line is "the date line" when the date is at least this share of it ("Commentary | 28 June 2021"). */
const DATE_LINE_SHARE = 0.4;
/** How far into the text to look for a date when the front matter has none. */
const DATE_SEARCH_LENGTH = 2000;
/** A personal name as bylines give it: two to four capitalised words. */
const PERSON_NAME = /^(?:by\s+|автор:?\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/iu;
const NAME_WORD = /^\p{Lu}/u;
/** Names of dialogues and organisations that publish on them: "the Elbe Group", "European Leadership Network". */
const DIALOGUE_NAME =
  /(?:\p{Lu}[\p{L}'’.-]* ){1,4}(?:Group|Dialogue|Forum|Network|Commission|Initiative|Task Force|Council|Institute|Club)\b/gu;

/**
 * Proposes title, authors, date, series and language from the text itself, filling what the
 * format did not declare (`declared` wins).
 *
 * The front matter, the lines before the article text starts, holds them in news and think-tank
 * pages: the title is its longest line that is not a sentence, a date or a name; the date is the
 * line that is mostly a date; the author is a name on the date's line or the one next to it; a
 * label sharing the date's line ("Commentary | 28 June 2021") is the series.
 */
export function proposeMetadata(text: string, headings: readonly Heading[], declared: ProposedMetadata): ProposedMetadata {
  const blocks = splitBlocks(text, headings);
  const front = blocks
    .slice(0, Math.max(findBodyStart(text, blocks), 1))
    .flatMap((b) => text.slice(b.start, b.end).split('\n'))
    .map((line) => line.trim())
    .filter((line) => line && !isBoilerplate(line));

  const dateLine = front.findIndex((line) => findDates(line).some((d) => d.length >= line.length * DATE_LINE_SHARE));
  const dateInLine = dateLine >= 0 ? findDates(front[dateLine]!)[0] : undefined;
  const title = front
    .filter((line, i) => i !== dateLine && !/[.,;:!?]$/.test(line) && !isPersonName(line) && line.length <= MAX_TITLE_LENGTH)
    .filter((line) => line.split(/\s+/).length >= 3)
    .sort((a, b) => b.length - a.length)[0];
  const nearDate = dateLine >= 0 ? [front[dateLine - 1], front[dateLine + 1]] : front.slice(0, 4);
  const author = nearDate.map((line) => (line && isPersonName(line) ? PERSON_NAME.exec(line)![1] : undefined)).find(Boolean);
  const container = dateInLine
    ? front[dateLine]!.replace(front[dateLine]!.slice(dateInLine.index, dateInLine.index + dateInLine.length), '')
        .replace(/[|·•—–,-]/g, ' ')
        .trim()
    : '';

  return {
    title: declared.title ?? title ?? firstLine(text),
    publisher: declared.publisher,
    container: declared.container ?? (container || undefined),
    authors: declared.authors?.length ? declared.authors : author ? [author] : [],
    date: declared.date ?? dateInLine?.date ?? findDates(text.slice(0, DATE_SEARCH_LENGTH))[0]?.date,
    url: declared.url,
    language: declared.language ?? detectLanguage(text),
  };
}

/** `ru` when most letters are Cyrillic, otherwise `en`. */
export function detectLanguage(text: string): string {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin ? 'ru' : 'en';
}

/**
 * The dialogue a text reports on, as the name it repeats most ("Elbe Group"), or undefined.
 * Used to name speakers; the analyst confirms it with the other metadata.
 */
export function proposeDialogue(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(DIALOGUE_NAME)) {
    const name = match[0].replace(/^(?:The|In|At|Our|Of|And)\s+/, '').trim();
    if (name.split(/\s+/).length >= 2) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

function isPersonName(line: string): boolean {
  const match = PERSON_NAME.exec(line);
  return !!match && match[1]!.split(/\s+/).every((w) => NAME_WORD.test(w)) && !/\d/.test(line);
}

function firstLine(text: string): string | undefined {
  const line = text.trim().split('\n')[0]?.trim();
  return line ? line.slice(0, MAX_TITLE_LENGTH) : undefined;
}
