/**
 * The search box's little language: words, "quoted phrases", and `field:` prefixes that narrow
 * a word or phrase to one part of a record (`speaker:elbe`, `kind:concern`, `topic:arctic`,
 * `source:"official channels"`, `author:shapiro`). Every clause must hold.
 */
import { wordsIn } from './terms';

/** What a prefix narrows a clause to. `source:` is the only way to search source titles and texts. */
export const SEARCH_FIELDS = ['speaker', 'author', 'section', 'tag', 'kind', 'topic', 'source'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

export interface SearchClause {
  /** The part of a record the clause is about; undefined for the record's own text. */
  field?: SearchField;
  /** The word(s) as typed, without the prefix or the quotation marks. */
  text: string;
  /** Quoted: the words must appear together, in this order, as whole words. */
  phrase: boolean;
}

// A prefix (letters then a colon), then a quoted phrase (straight or typographic quotes, the
// closing one optional while it is being typed) or a run of non-spaces.
const CLAUSE = /(?:(\p{L}+):)?(?:["“”„«]([^"“”„«»]*)["“”»]?|(\S+))/gu;

export function parseSearch(query: string): SearchClause[] {
  const clauses: SearchClause[] = [];
  for (const [whole, prefix, quoted, bare] of query.matchAll(CLAUSE)) {
    // A prefix with nothing after it yet ("speaker:") asks for nothing.
    if (bare?.endsWith(':') && fieldNamed(bare.slice(0, -1))) continue;
    const field = fieldNamed(prefix);
    const phrase = quoted !== undefined;
    // An unknown prefix ("10:30", "re:") is part of the text, not a field.
    const text = field || !prefix ? (quoted ?? bare ?? '') : phrase ? `${prefix} ${quoted}` : whole;
    // Punctuation alone ("-", an empty pair of quotes) asks for nothing.
    if (wordsIn(text).length > 0) clauses.push({ ...(field && { field }), text: text.trim(), phrase });
  }
  return clauses;
}

function fieldNamed(prefix: string | undefined): SearchField | undefined {
  const name = prefix?.toLowerCase();
  if (name === 'tags') return 'tag';
  return (SEARCH_FIELDS as readonly string[]).includes(name ?? '') ? (name as SearchField) : undefined;
}
