/** A calendar date found in text. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  date: string;
  index: number;
  length: number;
}

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Russian month names in the genitive, as dates are written ("24 апреля"), by stem. */
const RUSSIAN_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

const EN_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const RU_MONTH = '(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

/** The written forms of a date Briefbook recognises, each with how to read its parts. */
const FORMS: { pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] | undefined }[] = [
  // 2019-04-24, also the date part of an ISO timestamp
  { pattern: new RegExp(`(?<!\\d)${YEAR}-(\\d{2})-(\\d{2})(?!\\d)`, 'g'), read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // April 24, 2019 · Apr. 24 2019
  { pattern: new RegExp(`\\b${EN_MONTH}\\s${DAY},?\\s${YEAR}\\b`, 'gi'), read: (m) => [+m[3]!, englishMonth(m[1]!), +m[2]!] },
  // 28 June 2021 · 12th June, 2021 · 14-15 November 2019 (a meeting's first day)
  {
    pattern: new RegExp(`\\b${DAY}(?:[-–]\\d{1,2})?\\s${EN_MONTH},?\\s${YEAR}\\b`, 'gi'),
    read: (m) => [+m[3]!, englishMonth(m[2]!), +m[1]!],
  },
  // 24 апреля 2019 г. · 24 апреля 2019 года
  {
    pattern: new RegExp(`(?<![\\d–-])(\\d{1,2})(?:[-–]\\d{1,2})?\\s${RU_MONTH}\\s${YEAR}(?:\\s?(?:г\\.|года))?`, 'giu'),
    read: (m) => [+m[3]!, russianMonth(m[2]!), +m[1]!],
  },
  // 24.04.2019, the usual numeric form in Russian (day first)
  { pattern: new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}(?![\\d])`, 'g'), read: (m) => [+m[3]!, +m[2]!, +m[1]!] },
];

/** Every date written in `text` in a form above, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { pattern, read } of FORMS) {
    for (const match of text.matchAll(pattern)) {
      const parts = read(match as RegExpExecArray);
      const date = parts && isoDate(...parts);
      if (date) found.push({ date, index: match.index, length: match[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The date in `text`, or undefined; ISO timestamps and the written forms alike. */
export function parseDate(text: string): string | undefined {
  return findDates(text)[0]?.date;
}

function englishMonth(name: string): number {
  return ENGLISH_MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function russianMonth(name: string): number {
  const lower = name.toLowerCase();
  // "ма" (мая) is a prefix of "март"; test longer stems first.
  const order = RUSSIAN_MONTHS.map((stem, i) => ({ stem, month: i + 1 })).sort((a, b) => b.stem.length - a.stem.length);
  return order.find(({ stem }) => lower.startsWith(stem))?.month ?? 0;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
