import type { Content, ContentNode } from 'pdfmake';
import type { StructureTag } from './structure-tags';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** A run of Cyrillic words with what lies between them, and the punctuation and space after it. */
const CYRILLIC_RUN = /\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\p{P}\p{N}\s]*\p{Script=Cyrillic})?\p{P}*\s*/gu;

/**
 * Marks Russian passages in a document written in another language, so a screen reader
 * switches voice: a block in Cyrillic script only gets `lang: 'ru'` on its structure element;
 * Cyrillic runs inside Latin text become Spans with `ru`. Passages that already say their
 * language (`lang` in the template) are left alone. Cyrillic is Russian here: it is the only
 * Cyrillic-script language among Briefbook's sources; a template can say otherwise with `lang`.
 */
export function markRussianPassages(content: Content[], documentLanguage: string): void {
  if (documentLanguage.startsWith('ru')) return;
  const visit = (node: Content, languageKnown: boolean): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, languageKnown);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const known = languageKnown || hasLanguage(node.tag);
    if (!known && node.text !== undefined && node.tag && node.tag !== 'Artifact' && isCyrillicOnly(textOf(node))) {
      node.tag = withLanguage(node.tag as StructureTag | string);
      return;
    }
    if (typeof node.text === 'string') {
      if (!known && CYRILLIC.test(node.text) && LATIN.test(node.text)) node.text = splitRuns(node.text);
    } else if (Array.isArray(node.text)) {
      node.text = (node.text as Content[]).flatMap((child) => {
        if (typeof child === 'string') return !known && CYRILLIC.test(child) ? splitRuns(child) : [child];
        visit(child, known);
        return [child];
      });
    }
    for (const key of ['stack', 'ul', 'ol', 'columns'] as const) if (Array.isArray(node[key])) visit(node[key] as Content[], known);
    const table = node.table as { body?: Content[][] } | undefined;
    if (table?.body) for (const row of table.body) visit(row, known);
  };
  visit(content, false);
}

function hasLanguage(tag: unknown): boolean {
  return !!tag && typeof tag === 'object' && !!(tag as StructureTag).lang;
}

/** An inline element's tag is shared by all its runs, so it is changed in place. */
function withLanguage(tag: StructureTag | string): StructureTag {
  if (typeof tag === 'string') return { type: tag, lang: 'ru' };
  tag.lang = 'ru';
  return tag;
}

function textOf(node: ContentNode): string {
  const text = node.text as Content;
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map((child) => (typeof child === 'string' ? child : textOf(child as ContentNode))).join('');
  return '';
}

function isCyrillicOnly(text: string): boolean {
  return CYRILLIC.test(text) && !LATIN.test(text);
}

/**
 * Splits text into runs, the Cyrillic ones tagged as Russian Spans. Each run ends after the
 * spaces that follow it, where pdfmake may break a line anyway, so the words it lays out
 * stay the same.
 */
function splitRuns(text: string): Content[] {
  const runs: Content[] = [];
  let last = 0;
  for (const match of text.matchAll(CYRILLIC_RUN)) {
    let start = match.index;
    // Start at the beginning of the word the run begins in.
    while (start > last && !/\s/.test(text[start - 1]!)) start--;
    if (start > last) runs.push(text.slice(last, start));
    runs.push({ text: text.slice(start, match.index + match[0].length), tag: { type: 'Span', lang: 'ru' } });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push(text.slice(last));
  return runs;
}
