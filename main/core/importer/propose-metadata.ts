import { isBoilerplate } from './boilerplate';
import type { Heading, ProposedMetadata } from './document';
import { findBodyStart, logicalLines } from './front-matter';
import { findDates } from './parse-date';
import { splitBlocks, type TextBlock } from './text-blocks';

/** Longest title Briefbook proposes; a longer first line is a paragraph, not a title. */
const MAX_TITLE_LENGTH = 200;
/** A line is "the date line" when the date is at least this share of it ("Commentary | 28 June 2021"). */
const DATE_LINE_SHARE = 0.4;
/** A line is only a date when the date is nearly all of it. */
const ONLY_DATE_SHARE = 0.9;
/** A personal name as bylines give it: two to four capitalised words. */
const PERSON_NAME = /^(?:by\s+|автор:?\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/iu;
const NAME_WORD = /^\p{Lu}/u;
/** Names of dialogues and organisations that publish on them: "the Elbe Group", "European Leadership Network". */
const DIALOGUE_NAME =
  /(?:[\p{Lu}\d][\p{L}\d'’.-]* ){1,4}(?:Group|Dialogue|Forum|Network|Commission|Initiative|Task Force|Council|Institute|Club)\b/gu;
/** Words that open a dialogue's name in a sentence without being part of it ("The", "Second"). */
const NAME_OPENER = /^(?:(?:The|In|At|Our|Of|And|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th))\s+)+/;
/** A byline naming one or more authors: "By Jane Doe and John Smith", "Авторы: Иван Петров, Анна Орлова". */
const BYLINE_NAMES = /^(?:by|автор[ыа]?:?)\s+(.+)$/iu;
/** A line whose words mostly repeat is a tag cloud, not a title ("Россия Китай США ... Россия Китай США"). */
const MAX_REPEATED_WORD_SHARE = 0.3;
/** A date line before the title that names a weekday is the site's today, not the article's date. */
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b/iu;
/** A dateline opens a paragraph of the text: "(GENEVA, December 4, 2019)", "HIROSHIMA, 9 AUGUST 2015." */
const MAX_DATELINE_OFFSET = 40;
/** How many paragraphs from the top are searched for a dateline. */
const DATELINE_PARAGRAPHS = 6;
/** A paragraph this short without a full stop is a line of front matter ("Policy brief of ..., 9 December 2021"). */
const MAX_FRONT_LINE = 120;

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
  const bodyStart = Math.max(findBodyStart(text, blocks), 1);
  const front = blocks
    .slice(0, bodyStart)
    .flatMap((b) => logicalLines(text.slice(b.start, b.end)))
    .map((line) => line.trim())
    .filter((line) => line && !isBoilerplate(line) && !isTagCloud(line));

  const titleLine = front.findIndex(isTitleLike);
  const dateLine = front.findIndex((line, i) => isDateLine(line) && !(WEEKDAY.test(line) && i < titleLine));
  const dateInLine = dateLine >= 0 ? findDates(front[dateLine]!)[0] : undefined;
  const title = chooseTitle(front, dateLine);
  const nearDate = dateLine >= 0 ? [front[dateLine - 1], front[dateLine + 1]] : front.slice(0, 4);
  const author = nearDate.map((line) => (line && isPersonName(line) ? PERSON_NAME.exec(line)![1] : undefined)).find(Boolean);
  const container = dateInLine
    ? front[dateLine]!.replace(front[dateLine]!.slice(dateInLine.index, dateInLine.index + dateInLine.length), '')
        .replace(/[|·•—–,-]/g, ' ')
        .trim()
    : '';

  return {
    title: declared.title ?? title ?? firstLine(text),
    publisher: declared.publisher ?? proposePublisher(text, title),
    container: declared.container ?? (container || undefined),
    authors: declared.authors?.length ? declared.authors : proposeAuthors(front, author),
    date: declared.date ?? dateInLine?.date ?? dateline(text, blocks, front.slice(0, Math.max(titleLine, 0))),
    url: declared.url,
    language: declared.language ?? detectLanguage(text),
  };
}

/**
 * The title among the front lines: one the page repeats (as a heading, in capitals, with a date
 * after it), else the longest title-like line.
 */
function chooseTitle(front: readonly string[], dateLine: number): string | undefined {
  const candidates = front.filter((line, i) => i !== dateLine && isTitleLike(line));
  const repeated = candidates.find((line) => front.some((other) => other !== line && other.toLowerCase().startsWith(line.toLowerCase())));
  if (repeated) return repeated;
  // A title stands above its date; a line under the date is a section or a deck ("ISIS's proposals /
  // April 21, 1998 / Nuclear Disarmament Section of Chairman's Working Paper").
  const aboveDate = dateLine > 0 ? candidates.filter((line) => front.indexOf(line) < dateLine) : [];
  return [...(aboveDate.length ? aboveDate : candidates)].sort((a, b) => b.length - a.length)[0];
}

/** A line that can be the title: not a sentence, a date, a name, an agenda line or a label, and not too long. */
function isTitleLike(line: string): boolean {
  return (
    !/[.,;:!?]$/.test(line) &&
    // A numbered line or a "Label: value" line is an agenda ("Session 2. Countering...", "Chair: Gen. ...").
    !/\d\.\s+\p{Lu}/u.test(line) &&
    !/^[\p{L}]+:\s/u.test(line) &&
    !isDateLine(line) &&
    !isPersonName(line) &&
    line.length <= MAX_TITLE_LENGTH &&
    line.split(/\s+/).length >= 3
  );
}

/** A line that is a date and nothing more ("15 ноября 2010"), unlike a place-and-date title. */
function isOnlyDate(line: string): boolean {
  return findDates(line).some((d) => d.length >= line.replace(/[\s.,|·-]+$/u, '').length * ONLY_DATE_SHARE);
}

/** A line that is mostly a date ("Commentary | 28 June 2021"). */
function isDateLine(line: string): boolean {
  return findDates(line).some((d) => d.length >= line.length * DATE_LINE_SHARE);
}

/**
 * The authors a byline names ("By X and Y"), else a list of names each followed by the author's
 * position ("Андрей Кортунов / Генеральный директор РСМД"), else the name beside the date.
 */
function proposeAuthors(front: readonly string[], besideDate: string | undefined): string[] {
  for (const line of front) {
    const byline = BYLINE_NAMES.exec(line);
    if (!byline) continue;
    const names = byline[1]!.split(/\s*,\s*|\s+(?:and|и)\s+/u).filter((name) => isPersonName(name));
    if (names.length) return names;
  }
  const listed = front.filter((line, i) => isPersonName(line) && front[i + 1] !== undefined && !isPersonName(front[i + 1]!) && front[i + 1]!.length > line.length);
  if (listed.length >= 2) return listed.map((line) => PERSON_NAME.exec(line)![1]!);
  return besideDate ? [besideDate] : [];
}

/**
 * The date of a dateline opening one of the first paragraphs, or of a short line of front matter,
 * if any; not a site's today above the title ("Sunday, May 19, 2024"). A date further into the
 * text is an event's, not the page's: the analyst is asked instead.
 */
function dateline(text: string, blocks: readonly TextBlock[], aboveTitle: readonly string[]): string | undefined {
  const siteToday = aboveTitle.filter((line) => WEEKDAY.test(line));
  for (const block of blocks.filter((b) => b.kind !== 'item').slice(0, DATELINE_PARAGRAPHS)) {
    const content = text.slice(block.start, block.end).trim();
    if (siteToday.some((line) => content.includes(line))) continue;
    const found = findDates(content)[0];
    if (found && (found.index <= MAX_DATELINE_OFFSET || (content.length <= MAX_FRONT_LINE && !content.endsWith('.')))) return found.date;
  }
  return undefined;
}

function isTagCloud(line: string): boolean {
  const words = line.toLowerCase().split(/\s+/);
  return words.length >= 6 && 1 - new Set(words).size / words.length >= MAX_REPEATED_WORD_SHARE;
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
    const name = match[0].replace(NAME_OPENER, '').trim();
    if (name.split(/\s+/).length >= 2) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

function isPersonName(line: string): boolean {
  const match = PERSON_NAME.exec(line);
  return !!match && match[1]!.split(/\s+/).every((w) => NAME_WORD.test(w)) && !/\d/.test(line);
}

/**
 * The first line that is neither a date nor page furniture ("15 ноября 2010", "Skip to content"),
 * without the full stop a heading typed as a sentence may carry.
 */
function firstLine(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !isOnlyDate(l) && !isBoilerplate(l))
    // Keep the point of an abbreviation ("14 ноября 2010 г.").
    ?.replace(/(?<![.\s]|(?<![\p{L}])\p{L})\.$/u, '');
  return line ? line.slice(0, MAX_TITLE_LENGTH) : undefined;
}

/** An organisation's name: capitalised words (with "for", "of", "and", "on") ending in what it is. */
const ORGANISATION =
  /(?:[\p{Lu}][\p{L}'’.-]*[ \t]+(?:(?:for|of|and|on)[ \t]+(?:the[ \t]+)?)?){0,6}(?:Network|Institute|Council|Cent(?:er|re)|Foundation|Forum|Club|Commission|Association|Society|Academy|Committee|Initiative|Programme|Program|Group|Agency|Organi[sz]ation|Service|University)(?:[ \t]+(?:for|of|on)(?:[ \t]+(?:(?:the|and|of|for)[ \t]+)?[\p{Lu}][\p{L}'’-]*)+)?/gu;
/** Words after an organisation's name that say the sentence is about the organisation itself. */
const SELF_DESCRIPTION = /^(?:\s*\([\p{Lu}\p{N}&.-]{2,10}\))?(?:\s+is\s+(?:an?|the)\s|\s+exists\s+to\s|\s*,\s+(?:an?|the)\s)/u;
/** Whether `index` is where a sentence or a line of `text` begins. */
function opensSentence(text: string, index: number): boolean {
  return /(?:^|[.!?]\s+|\n\s*)$/u.test(text.slice(Math.max(0, index - 3), index));
}

/** Words that may open a name in a sentence without being part of it. */
const ORGANISATION_OPENER = /^(?:The|A|An|In|At|By|Our)\s+/;

/**
 * The organisation that published a page, from its own text: one that describes itself ("The
 * European Leadership Network is an independent...", "The Institute for Science and International
 * Security (ISIS), a Washington D.C.-based... organization"), or one named in the title
 * ("Statement by the ... of the European Leadership Network"). Otherwise the analyst is asked.
 */
export function proposePublisher(text: string, title: string | undefined): string | undefined {
  const names = [...text.matchAll(ORGANISATION)].map((m) => ({
    name: m[0].replace(ORGANISATION_OPENER, '').trim(),
    // Only a sentence about the organisation describes it: "Echoing the European Leadership
    // Network, the group said" is about the group.
    describesItself: opensSentence(text, m.index) && SELF_DESCRIPTION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)),
  }));
  const worthy = names.filter((n) => n.name.split(/\s+/).length >= 2);
  const inTitle = title ? worthy.find((n) => title.toLowerCase().includes(n.name.toLowerCase())) : undefined;
  return (worthy.find((n) => n.describesItself) ?? inTitle)?.name;
}
