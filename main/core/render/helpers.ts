import type { Citation, ModelSource } from '../compose/briefing-model';
import { nestedInDoubleQuotes } from '../compose/quotation';

/**
 * The helpers templates may call, besides Handlebars' built-ins (`if`, `unless`, `each`,
 * `with`, `lookup`, `log`).
 *
 * Each is a plain function of its arguments (the engine drops Handlebars' trailing `options`
 * object before calling it), returns plain text that Handlebars then HTML-escapes, and throws
 * on nonsense input so a template mistake surfaces as a located error rather than odd output.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Formats an ISO date (`2019-04-24`, or a timestamp starting with one) for print.
 *
 * `"long"` (the default) gives "24 April 2019", `"short"` gives "24 Apr 2019". An empty value
 * gives an empty string: a missing date is not a template error.
 */
export function formatDate(iso: unknown, format: unknown = 'long'): string {
  if (iso === undefined || iso === null || iso === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(String(iso));
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`formatDate: expected a date like 2019-04-24, got "${String(iso)}"`);
  if (format !== 'long' && format !== 'short') throw new Error(`formatDate: unknown format "${String(format)}"; use "long" or "short"`);
  return `${Number(match[3])} ${format === 'short' ? month.slice(0, 3) : month} ${match[1]}`;
}

/** Upper-cases text, e.g. for a label: `{{upper (kindLabel kind)}}` gives "RECOMMENDATION". */
export function upper(text: unknown): string {
  return text === undefined || text === null ? '' : String(text).toUpperCase();
}

/** Joins a list with a separator (default ", "): `{{join source.authors "; "}}`. */
export function join(list: unknown, separator: unknown = ', '): string {
  if (list === undefined || list === null) return '';
  if (!Array.isArray(list)) throw new Error(`join: expected a list, got ${typeof list}`);
  return list.map(String).join(String(separator));
}

/** Strict equality, for conditions: `{{#if (eq kind "concern")}}…{{/if}}`. */
export function eq(a: unknown, b: unknown): boolean {
  return a === b;
}

/** Adds one, for 1-based numbering in loops: `{{inc @index}}`. */
export function inc(value: unknown): number {
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`inc: expected a number, got "${String(value)}"`);
  return number + 1;
}

/**
 * Picks the singular or plural word for a count (the count itself is not printed):
 * `{{stats.sources}} {{plural stats.sources "source"}}` gives "1 source" or "3 sources".
 * The plural defaults to the singular plus "s".
 */
export function plural(count: unknown, singular: unknown, pluralForm?: unknown): string {
  if (typeof singular !== 'string') throw new Error('plural: give the singular word, e.g. {{plural count "source"}}');
  if (Number(count) === 1) return singular;
  return typeof pluralForm === 'string' ? pluralForm : `${singular}s`;
}

/** Printed names of record kinds and source kinds (the two sets share no value). */
const KIND_LABELS: Record<string, string> = {
  recommendation: 'Recommendation',
  proposal: 'Proposal',
  finding: 'Finding',
  concern: 'Concern',
  'joint-statement': 'Joint statement',
  commentary: 'Commentary',
  report: 'Report',
  article: 'Article',
  transcript: 'Transcript',
  other: 'Other',
};

/** The printed name of a record or source kind: `recommendation` gives "Recommendation", `joint-statement` "Joint statement". */
export function kindLabel(kind: unknown): string {
  const label = Object.hasOwn(KIND_LABELS, String(kind)) ? KIND_LABELS[String(kind)] : undefined;
  if (!label) throw new Error(`kindLabel: unknown kind "${String(kind)}"; known: ${Object.keys(KIND_LABELS).join(', ')}`);
  return label;
}

/**
 * The short name of a source for labels and column heads: the dialogue it reports
 * ("Elbe Group"), else its publisher.
 */
export function sourceName(source: unknown): string {
  if (!source || typeof source !== 'object' || !('publisher' in source)) throw new Error('sourceName: expected a source, e.g. {{sourceName source}}');
  const { dialogue, publisher } = source as ModelSource;
  return dialogue || publisher;
}

/** Names in running text: "A", "A and B", "A, B and C". */
export function authors(names: unknown): string {
  if (names === undefined || names === null) return '';
  if (!Array.isArray(names)) throw new Error(`authors: expected a list of names, got ${typeof names}`);
  const list = names.map(String).filter(Boolean);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** A source's publisher for its note, left out when it is the organization that wrote it (Chicago 14.84: named once). */
function publisherUnlessAuthor(source: Pick<ModelSource, 'authors' | 'publisher'>): string {
  const publisher = nameKey(source.publisher);
  return source.authors.some((author) => nameKey(author) === publisher) ? '' : source.publisher;
}

/**
 * A name as compared with another: case, accents and surrounding space aside ("Élysée " is
 * "elysee"). Not a collator: making the first one loads ICU's collation data, ~10 ms of every
 * command-line export.
 */
function nameKey(name: string): string {
  return name.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The full note for a citation, in the Chicago notes style (17th ed., 14.206 for web pages):
 * authors, “title,” container, publisher, date, the pinpoint (“under” the section heading, the
 * page of a PDF source, the paragraph), the access date. Dates read as Chicago has them
 * ("April 24, 2019"); a title's own quotation marks become single ones inside the double.
 *
 * Takes a citation (`{{citeSource this}}` inside `{{#each citations}}`) or a source, with an
 * optional section: `{{citeSource source section}}`. The address is left out so the template
 * can print it as a link: with one, the note ends with a comma, for the address and a period to
 * follow; without one, with a period. American punctuation: commas and the final period sit
 * inside a closing quotation mark.
 */
export function citeSource(citationOrSource: unknown, section?: unknown): string {
  const { source, section: citedSection, paragraph, page } = citationParts(citationOrSource, section);
  const parts: Array<{ text: string; quoted: boolean }> = [
    { text: authors(source.authors), quoted: false },
    { text: nestedInDoubleQuotes(source.title), quoted: true },
    { text: source.container, quoted: false },
    { text: publisherUnlessAuthor(source), quoted: false },
    { text: chicagoDate(source.date), quoted: false },
    { text: citedSection ? `under “${nestedInDoubleQuotes(citedSection)}”` : '', quoted: false },
    { text: pinpoint(page, paragraph), quoted: false },
    { text: source.accessed && source.url ? `accessed ${chicagoDate(source.accessed)}` : '', quoted: false },
  ].filter((part) => part.text);

  const end = source.url ? ',' : '.';
  return parts
    .map((part, index) => {
      const punctuation = index === parts.length - 1 ? end : ',';
      if (part.quoted) return `“${part.text}${punctuation}”`;
      // A closing quotation mark at the end of a part takes the punctuation inside it too.
      return part.text.endsWith('”') ? `${part.text.slice(0, -1)}${punctuation}”` : `${part.text}${punctuation}`;
    })
    .join(' ');
}

/**
 * The short note for a source an earlier note gave in full (`firstOfSource` is false), in the
 * Chicago style: the authors' surnames (or the publisher when there are none), the title cut to
 * its first four words, and the pinpoint: `Shapiro, “‘Track 2’ Talks Take US-Russian,” para. 9.`
 *
 * Takes a citation (`{{citeShort this}}` inside `{{#each citations}}`) or a source, with an
 * optional section, like {@link citeSource}; a source alone gets no pinpoint.
 */
export function citeShort(citationOrSource: unknown, section?: unknown): string {
  const { source, section: citedSection, paragraph, page } = citationParts(citationOrSource, section, 'citeShort');
  const by = surnames(source.authors, [source.publisher, source.container, source.dialogue]) || source.publisher;
  const words = nestedInDoubleQuotes(source.title).split(/\s+/);
  const title = words.length > 4 ? words.slice(0, 4).join(' ').replace(/[,:;.]$/, '') : words.join(' ');
  const where = pinpoint(page, paragraph) || (citedSection ? `under “${nestedInDoubleQuotes(citedSection)}”` : '');
  return where ? `${by}, “${title},” ${where}.` : `${by}, “${title}.”`;
}

/** "p. 3, para. 12" for a PDF source, "para. 12" otherwise; empty without a paragraph. */
function pinpoint(page: number, paragraph: number): string {
  if (!paragraph) return '';
  return page ? `p. ${page}, para. ${paragraph}` : `para. ${paragraph}`;
}

/** Chicago's dates: "April 24, 2019". */
function chicagoDate(iso: string): string {
  const long = formatDate(iso);
  const [day, month, year] = long.split(' ');
  return long ? `${month} ${day}, ${year}` : '';
}

/**
 * A word that makes an author's name an organization's ("Euro-Atlantic Security Leadership
 * Group"): a short note names it whole, as Chicago does a corporate author, not by its last word.
 */
const ORGANIZATION_WORD =
  /(?:^|[\s-])(?:group|council|commission|committee|institute|institution|centre|center|network|foundation|forum|initiative|association|society|organi[sz]ation|ministry|office|agency|project|programme|program|university|school|service|club|union|staff|team|delegation|группа|совет|комиссия|комитет|институт|центр|фонд|форум|клуб|министерство)(?=$|[\s,])/iu;

/**
 * Authors' surnames for a short note: "Shapiro", "Maples and Ryan", "Maples, Ryan, and Mowatt-Larssen",
 * "Maples et al."; an organization by its whole name (one of `organizations`, the source's
 * publisher and the like, or a name with a word such as "Group" or "Council").
 */
function surnames(names: readonly string[], organizations: readonly string[]): string {
  const isOrganization = (name: string) => organizations.includes(name) || ORGANIZATION_WORD.test(name);
  const last = names.map((name) => name.trim()).map((name) => (isOrganization(name) ? name : name.split(/\s+/).at(-1)!)).filter(Boolean);
  if (last.length > 3) return `${last[0]} et al.`;
  if (last.length === 3) return `${last[0]}, ${last[1]}, and ${last[2]}`;
  return last.join(' and ');
}

function citationParts(value: unknown, section: unknown, helper = 'citeSource'): { source: ModelSource; section: string; paragraph: number; page: number } {
  if (value && typeof value === 'object' && 'source' in value) {
    const citation = value as Citation;
    return { source: citation.source, section: citation.section, paragraph: citation.paragraph ?? 0, page: citation.page ?? 0 };
  }
  if (value && typeof value === 'object' && 'title' in value && 'publisher' in value) {
    return { source: value as ModelSource, section: typeof section === 'string' ? section : '', paragraph: 0, page: 0 };
  }
  throw new Error(`${helper}: expected a citation ({{${helper} this}} in {{#each citations}}) or a source`);
}

/** One helper with the documentation a template reference is generated from. */
export interface TemplateHelper {
  name: string;
  /** How many arguments it takes, fewest and most: the template checker reports other counts. */
  arity: readonly [number, number];
  /** How a template calls it. */
  usage: string;
  /** What it does, one or two sentences. */
  summary: string;
  /** A call, the data it sees, and what it prints. */
  example: { call: string; data: Record<string, unknown>; output: string };
  fn: (...args: never[]) => unknown;
}

const ELBE_AUTHORS = ['Michael Maples', 'Kevin Ryan', 'Rolf Mowatt-Larssen'];
const ELBE_CITATION = {
  source: {
    title: "'Track 2' Talks Take US-Russian Relations Where Official Channels Won’t",
    authors: ['Daniel Shapiro'],
    container: 'In the Thick of It',
    publisher: 'Russia Matters',
    dialogue: 'Elbe Group',
    date: '2019-04-24',
    url: 'https://www.russiamatters.org/blog/track-2-talks-take-us-russian-relations-where-official-channels-wont',
    accessed: '2026-11-22',
  },
  section: 'Introduction',
  paragraph: 9,
  page: 0,
};

/** Every helper registered with the template engine, in reference order. */
export const TEMPLATE_HELPERS: readonly TemplateHelper[] = [
  {
    name: 'formatDate',
    arity: [1, 2],
    usage: '{{formatDate date}} · {{formatDate date "short"}}',
    summary: 'Formats an ISO date for print; "short" abbreviates the month.',
    example: { call: '{{formatDate date}}', data: { date: '2019-04-24' }, output: formatDate('2019-04-24') },
    fn: formatDate,
  },
  {
    name: 'upper',
    arity: [1, 1],
    usage: '{{upper text}}',
    summary: 'Upper-cases text.',
    example: { call: '{{upper marking}}', data: { marking: 'unclassified' }, output: upper('unclassified') },
    fn: upper,
  },
  {
    name: 'join',
    arity: [1, 2],
    usage: '{{join list}} · {{join list "; "}}',
    summary: 'Joins a list with a separator (default ", ").',
    example: { call: '{{join tags " · "}}', data: { tags: ['arms control', 'NATO'] }, output: join(['arms control', 'NATO'], ' · ') },
    fn: join,
  },
  {
    name: 'eq',
    arity: [2, 2],
    usage: '{{#if (eq a b)}}…{{/if}}',
    summary: 'True when both values are strictly equal.',
    example: { call: '{{#if (eq kind "concern")}}concern{{else}}other{{/if}}', data: { kind: 'concern' }, output: eq('concern', 'concern') ? 'concern' : 'other' },
    fn: eq,
  },
  {
    name: 'inc',
    arity: [1, 1],
    usage: '{{inc @index}}',
    summary: 'Adds one: 1-based numbering inside {{#each}}.',
    example: { call: '{{#each topics}}{{inc @index}}. {{this}}; {{/each}}', data: { topics: ['Cyber', 'Arctic'] }, output: '1. Cyber; 2. Arctic; ' },
    fn: inc,
  },
  {
    name: 'plural',
    arity: [2, 3],
    usage: '{{plural count "source"}} · {{plural count "analysis" "analyses"}}',
    summary: 'The singular word for a count of 1, otherwise the plural (default: singular + "s").',
    example: { call: '{{stats.sources}} {{plural stats.sources "source"}}', data: { stats: { sources: 2 } }, output: `2 ${plural(2, 'source')}` },
    fn: plural,
  },
  {
    name: 'kindLabel',
    arity: [1, 1],
    usage: '{{kindLabel kind}}',
    summary: 'The printed name of a record kind (Recommendation, Proposal, Finding, Concern) or a source kind (Joint statement, Commentary…).',
    example: { call: '{{kindLabel kind}}', data: { kind: 'recommendation' }, output: kindLabel('recommendation') },
    fn: kindLabel,
  },
  {
    name: 'sourceName',
    arity: [1, 1],
    usage: '{{sourceName source}}',
    summary: 'The short name of a source for labels: the dialogue it reports, else its publisher.',
    example: { call: '{{sourceName source}}', data: { source: ELBE_CITATION.source }, output: sourceName(ELBE_CITATION.source) },
    fn: sourceName,
  },
  {
    name: 'authors',
    arity: [1, 1],
    usage: '{{authors source.authors}}',
    summary: 'Names in running text: "A", "A and B", "A, B and C".',
    example: { call: '{{authors names}}', data: { names: ELBE_AUTHORS }, output: authors(ELBE_AUTHORS) },
    fn: authors,
  },
  {
    name: 'citeSource',
    arity: [1, 2],
    usage: '{{citeSource this}} (in {{#each citations}}) · {{citeSource source section}}',
    summary: 'The full note in the Chicago style: authors, “title,” container, publisher, date, section, paragraph (and page of a PDF), access date. The address is left to the template: with one, the note ends with a comma for it.',
    example: { call: '{{citeSource this}}', data: ELBE_CITATION, output: citeSource(ELBE_CITATION) },
    fn: citeSource,
  },
  {
    name: 'citeShort',
    arity: [1, 2],
    usage: '{{citeShort this}} (in {{#each citations}}) · {{citeShort source section}}',
    summary: 'The short Chicago note for a source an earlier note gave in full: surnames (or publisher), “first four words of the title,” paragraph.',
    example: { call: '{{citeShort this}}', data: ELBE_CITATION, output: citeShort(ELBE_CITATION) },
    fn: citeShort,
  },
];
