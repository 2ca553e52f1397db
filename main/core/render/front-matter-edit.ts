// Pure (yaml only): the template studio's Page setup form runs it in the window too.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document } from 'yaml';

/** The opening `---` line of front matter, and the closing one (`---` or `...`). */
export const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
export const CLOSING = /^(?:---|\.\.\.)[ \t]*\r?$/m;

/** Front matter that is not YAML keys and values: only the analyst can fix it, in the source. */
export class UnreadableFrontMatterError extends Error {
  override name = 'UnreadableFrontMatterError';
}

/** A front-matter value as written: a scalar, or a list of scalars (margins). */
export type FrontMatterValue = string | number | boolean | readonly (string | number)[];

/**
 * The values of a template's front matter as the YAML says them, unchecked (a form shows a
 * wrong value where it is, with its own message), or why they cannot be read: the YAML is not
 * keys and values, or the front matter is not closed.
 */
export function frontMatterValues(source: string): { values: Record<string, unknown>; problem?: string } {
  const found = locateFrontMatter(source);
  if (found === 'unclosed') return { values: {}, problem: 'the front matter starts with "---" but has no closing "---" line' };
  if (!found) return { values: {} };
  const doc = parseDocument(found.yaml);
  const error = doc.errors[0];
  if (error) return { values: {}, problem: `the front matter is not valid YAML: ${firstLine(error.message)}` };
  if (doc.contents !== null && !isMap(doc.contents)) return { values: {}, problem: 'the front matter must be YAML keys and values, e.g. "pageSize: A4"' };
  return { values: (doc.toJS() as Record<string, unknown> | null) ?? {} };
}

/**
 * Sets keys of a template's front matter (`undefined` removes one), keeping everything else
 * as it was: comments, the order and style of the other keys, keys Briefbook does not know, and
 * the body; a template without front matter gets one. A value that replaces another keeps the
 * old one's comment and quoting where it can. Throws {@link UnreadableFrontMatterError} for
 * front matter that is not YAML keys and values, which only the analyst can fix.
 */
export function setFrontMatterValues(source: string, changes: Record<string, FrontMatterValue | undefined>): string {
  const found = locateFrontMatter(source);
  const doc = parseDocument(found && found !== 'unclosed' ? found.yaml : '');
  if (found === 'unclosed' || doc.errors.length || (doc.contents !== null && !isMap(doc.contents))) {
    throw new UnreadableFrontMatterError('the front matter is not valid YAML keys and values');
  }
  for (const [key, value] of Object.entries(changes)) setValue(doc, key, value);
  const empty = doc.contents === null || (isMap(doc.contents) && doc.contents.items.length === 0);
  const yaml = empty ? '' : doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (!found) return yaml ? `---\n${yaml}---\n${source.replace(/^\uFEFF/, '')}` : source;
  return `${source.slice(0, found.start)}${yaml}${source.slice(found.end)}`;
}

function setValue(doc: Document, key: string, value: FrontMatterValue | undefined): void {
  if (value === undefined) {
    if (isMap(doc.contents)) doc.delete(key);
    return;
  }
  const node = doc.get(key, true);
  if (Array.isArray(value)) {
    // In place, so the list keeps its [flow] style and its comment.
    if (isSeq(node)) node.items = value.map((item) => doc.createNode(item));
    else doc.set(key, doc.createNode(value, { flow: true }));
  } else if (isScalar(node)) {
    node.value = value;
  } else {
    doc.set(key, value);
  }
}

/** Where the YAML between the `---` lines is in a template's text; undefined without front matter. */
function locateFrontMatter(source: string): { yaml: string; start: number; end: number } | 'unclosed' | undefined {
  const opening = OPENING.exec(source);
  if (!opening) return undefined;
  const start = opening[0].length;
  const closing = CLOSING.exec(source.slice(start));
  if (!closing) return 'unclosed';
  return { yaml: source.slice(start, start + closing.index), start, end: start + closing.index };
}

/** yaml's messages end in a code excerpt; the first line says what is wrong. */
export function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
