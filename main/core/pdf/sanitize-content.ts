import type { Content } from 'pdfmake';

/** Link targets a PDF may carry: web and mail addresses, and places in the document. */
const SAFE_LINK = /^(?:https?:|mailto:)/i;

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
 * directly, reading local files without asking the policy.
 */
export function sanitizeContent(content: Content): void {
  visit(content);
}

function visit(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (typeof record.link === 'string' && !SAFE_LINK.test(record.link)) delete record.link;
  if (typeof record.svg === 'string' && SVG_IMAGE.test(record.svg)) {
    throw new Error('a template may not put images inside SVG (<image> in an <svg>); use <img src="data:…"> instead');
  }
  for (const value of Object.values(record)) visit(value);
}
