import type { Content } from 'pdfmake';

/**
 * Link targets a PDF may carry: web and mail addresses, places in the document, and records of
 * the library (`briefbook:record/ID`, which only Briefbook's reader follows).
 */
const SAFE_LINK = /^(?:https?:|mailto:|briefbook:record\/[a-z0-9-]+$)/i;

/** A structure type PDFKit may write as a PDF name: it writes names without escaping them. */
const STRUCTURE_TYPE = /^[A-Za-z][A-Za-z0-9]*$/;

/** An `<image>` (or filter image) element inside SVG markup, namespaced or not. */
const SVG_IMAGE = /<\s*(?:[\w-]+:)?(?:image|feimage)\b/i;

/**
 * Makes converted template content safe to hand to pdfmake. Templates are untrusted, and a
 * template can put any pdfmake property on any node through `data-pdfmake`.
 *
 * pdfmake's resource policies already stop images, fonts and attachments from being read
 * from disk or the network. Two things get past them, and are dealt with here: links to
 * `javascript:`, `file:` and the like are removed (the text stays), and SVG containing
 * `<image>` is refused, because pdfmake's SVG renderer opens such images through PDFKit
 * directly, reading local files without asking the policy. Structure tags (`tag`, `rowTag`)
 * that are not plain names are removed: PDFKit would write them into the PDF unescaped.
 */
export function sanitizeContent(content: Content): void {
  visit(content);
}

function isSafeTag(tag: unknown): boolean {
  if (typeof tag === 'string') return STRUCTURE_TYPE.test(tag);
  if (!tag || typeof tag !== 'object') return false;
  const { type, scope, parent } = tag as { type?: unknown; scope?: unknown; parent?: unknown };
  return typeof type === 'string' && STRUCTURE_TYPE.test(type) && (scope === undefined || ['Row', 'Column', 'Both'].includes(scope as string)) && (parent === undefined || isSafeTag(parent));
}

function visit(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.link === 'string' && !SAFE_LINK.test(record.link)) delete record.link;
  for (const key of ['tag', 'rowTag'] as const) if (record[key] !== undefined && !isSafeTag(record[key])) delete record[key];
  if (typeof record.svg === 'string' && SVG_IMAGE.test(record.svg)) {
    throw new Error('a template may not put images inside SVG (<image> in an <svg>); use <img src="data:…"> instead');
  }
  for (const value of Object.values(record)) visit(value);
}
