import { parse as parseYaml } from 'yaml';
import type { ProposedMetadata, ReadDocument } from './document';
import { collapseWhitespace, layoutBlocks, type LayoutBlock } from './layout-blocks';
import { normalizeText } from './normalize-text';
import { parseDate } from './parse-date';

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET_ITEM = /^( {0,3})[-*+][ \t]+(.*)$/;
const ORDERED_ITEM = /^( {0,3})(\d{1,9})[.)][ \t]+(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * Reads Markdown as text, keeping its structure: headings become heading lines (and are marked
 * as headings), list items become bullets or numbers, paragraphs are joined onto one line each.
 *
 * Inline syntax is removed so statements read as prose: emphasis, code spans, links (their text
 * stays), images (dropped), footnote marks, HTML tags and backslash escapes. YAML front matter
 * supplies metadata (title, author(s), date, publisher, url, lang). This covers the Markdown
 * analysts write and export (CommonMark block structure); it is not a full CommonMark parser
 * (nested block quotes in lists, for one, are flattened).
 */
export function readMarkdown(source: string): ReadDocument {
  const normalized = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const front = FRONT_MATTER.exec(normalized);
  const metadata = front ? frontMatterMetadata(front[1]!) : {};
  const lines = normalized.slice(front ? front[0].length : 0).split('\n');

  const blocks: LayoutBlock[] = [];
  let paragraph: string[] = [];
  let item: { text: string[]; ordinal?: number } | undefined;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: inline(paragraph.join(' ')) });
    if (item) blocks.push({ kind: 'item', text: inline(item.text.join(' ')), ordinal: item.ordinal });
    paragraph = [];
    item = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!)) code.push(lines[i]!);
      if (code.length) blocks.push({ kind: 'paragraph', text: collapseWhitespace(code.join(' ')) });
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    const next = lines[i + 1] ?? '';
    if (atx) {
      flush();
      blocks.push({ kind: 'heading', text: inline(atx[2]!), level: atx[1]!.length });
    } else if (paragraph.length && !item && SETEXT_UNDERLINE.test(line)) {
      const text = paragraph.join(' ');
      paragraph = [];
      blocks.push({ kind: 'heading', text: inline(text), level: line.trim().startsWith('=') ? 1 : 2 });
    } else if (!line.trim() || THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line) || TABLE_DIVIDER.test(line)) {
      if (!line.trim() && item && /^\s{2,}\S/.test(next)) continue; // a loose item continues after a blank line
      flush();
    } else if (BULLET_ITEM.test(line) || ORDERED_ITEM.test(line)) {
      flush();
      const ordered = ORDERED_ITEM.exec(line);
      item = ordered ? { text: [ordered[3]!], ordinal: Number(ordered[2]) } : { text: [BULLET_ITEM.exec(line)![2]!] };
    } else if (item && (/^\s/.test(line) || !SETEXT_UNDERLINE.test(next))) {
      item.text.push(line.replace(/^\s*>?\s*/, ''));
    } else {
      paragraph.push(line.replace(/^ {0,3}>[ \t]?/, '').replace(/^\s*\|/, '').replace(/\|\s*$/, ''));
    }
  }
  flush();

  const { text, headings } = layoutBlocks(blocks.filter((b) => b.text));
  return { format: 'markdown', text: normalizeText(text), headings, metadata };
}

/**
 * Inline Markdown to plain text.
 *
 * Every span a pattern may cross is bounded (1,000 characters of text, 2,000 of address): an
 * unbounded one rescans the rest of the paragraph from every unclosed `**`, `[` or `<`, which
 * made a long paragraph of them take minutes. Real emphasis and link texts are far shorter.
 */
function inline(markdown: string): string {
  return collapseWhitespace(
    markdown
      .replace(/!\[[^\]]{0,1000}\]\([^)]{0,2000}\)/g, '')
      .replace(/\[\^[^\]]{1,1000}\]/g, '')
      .replace(/\[([^\]]{1,1000})\]\([^)]{0,2000}\)/g, '$1')
      .replace(/\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]/g, '$1')
      .replace(/<(https?:[^>\s]{1,2000})>/g, '$1')
      .replace(/<\/?[A-Za-z][^>]{0,1000}>/g, '')
      .replace(/`+([^`]{1,1000})`+/g, '$1')
      .replace(/(\*\*|__)(?=\S)([\s\S]{0,1000}?\S)\1/g, '$2')
      .replace(/(?<![\p{L}\p{N}\\])([*_])(?=\S)([\s\S]{0,1000}?\S)\1(?![\p{L}\p{N}])/gu, '$2')
      .replace(/~~(?=\S)([\s\S]{0,1000}?\S)~~/g, '$1')
      .replace(/\|/g, ' | ') // collapseWhitespace then leaves one space either side
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~"])/g, '$1'),
  );
}

/** Bibliographic fields from YAML front matter, under their usual names. */
function frontMatterMetadata(yaml: string): ProposedMetadata {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return {};
  }
  if (!data || typeof data !== 'object') return {};
  const fields = data as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const authors = [fields.authors, fields.author].flat().map(text).filter((a): a is string => !!a);
  const date = fields.date instanceof Date ? fields.date.toISOString().slice(0, 10) : parseDate(String(fields.date ?? ''));
  return {
    title: text(fields.title),
    publisher: text(fields.publisher) ?? text(fields.site),
    authors: authors.length ? authors : undefined,
    date,
    url: text(fields.url) ?? text(fields.source),
    language: text(fields.lang) ?? text(fields.language),
  };
}
