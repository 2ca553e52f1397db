import type { FontDescriptor, Style } from 'pdfmake';
import { BLOCK_MARGINS, COLORS, LINE_HEIGHT, textStyles } from '../../main/core/pdf/stylesheet';
import type { ResolvedPageSetup } from '../../main/core/render/page-setup';
import { naturalLineHeight } from './font-metrics';

/**
 * CSS that makes Chromium print template HTML the way our pipeline lays it out: the same
 * embedded fonts, sizes, colours and block spacing, read from the same style sheet constants,
 * so the comparison is between two renderings of one design rather than of two designs.
 * Page size and margins come from the page setup; page numbers come from Chromium's footer.
 */
export function printStylesheet(setup: ResolvedPageSetup, fonts: Record<string, FontDescriptor>): string {
  const [left, top, right, bottom] = setup.margins;
  // pdfmake's line heights are multiples of the font's natural height, CSS ones of its size.
  const lineHeight = (factor: number, family: string = setup.font) => factor * naturalLineHeight(filesOf(fonts, family).normal);
  const rules = [
    ...fontFaces(setup, fonts),
    `@page { size: ${setup.pageSize} ${setup.orientation}; margin: ${top}pt ${right}pt ${bottom}pt ${left}pt; }`,
    `body { margin: 0; font-family: "${setup.font}"; font-size: ${setup.fontSize}pt; line-height: ${lineHeight(LINE_HEIGHT)}; color: ${COLORS.ink}; }`,
    'h1, h2, h3, h4, p, blockquote, table { margin: 0; }',
    'table { border-collapse: collapse; width: 100%; } td, th { vertical-align: top; padding: 1.5pt 0 1.5pt 6pt; } td:first-child { padding-left: 0; }',
    'table.endnotes td { padding-bottom: 4.5pt; }',
    `blockquote { border-left: 1.2pt solid ${COLORS.rule}; padding: 1pt 0 1pt 10pt; }`,
    `.box { background: ${COLORS.boxFill}; border-left: 2.5pt solid ${COLORS.accent}; padding: 9pt 12pt 4pt 12pt; }`,
    `hr { border: 0; border-top: 0.5pt solid ${COLORS.rule}; }`,
    '.page-break-before { break-before: page; }',
    // The template's data-pdfmake hint; Chromium's equivalent.
    `[data-pdfmake*='"unbreakable": true'] { break-inside: avoid; }`,
    'h1, h2, h3, h4 { break-after: avoid; }',
    ...Object.entries(textStyles(setup)).map(([name, style]) => `${selectorOf(name)} { ${declarations(style, lineHeight)} }`),
    ...Object.entries(BLOCK_MARGINS).map(([key, [l, t, r, b]]) => `${key} { margin: ${t}pt ${r}pt ${b}pt ${l}pt; }`),
  ];
  return rules.join('\n');
}

/** Header and footer templates for `page.pdf`: the marking banner, running text and "Page X of Y". */
export function pageTemplates(marking: string, setup: ResolvedPageSetup): { headerTemplate: string; footerTemplate: string } {
  const [left, , right] = setup.margins;
  // Single quotes: this goes inside a double-quoted style attribute ("PT Sans" would end it).
  const box = `width: 100%; margin: 0 ${right}pt 0 ${left}pt; font-family: '${setup.headingFont}', sans-serif; -webkit-print-color-adjust: exact;`;
  const banner = `<div style="font-size: 9pt; font-weight: bold; letter-spacing: 0.5pt; text-align: center;">${escapeHtml(marking)}</div>`;
  const running = (text: string) => `<div style="font-size: 8pt; color: ${COLORS.muted}; text-align: center;">${escapeHtml(text)}</div>`;
  return {
    headerTemplate: `<div style="${box}">${banner}${setup.headerText ? running(setup.headerText) : ''}</div>`,
    footerTemplate:
      `<div style="${box}"><div style="font-size: 8pt; color: ${COLORS.muted}; display: flex; justify-content: space-between;">` +
      `<span>${escapeHtml(setup.footerText)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>` +
      `<div style="margin-top: 7pt;">${banner}</div></div>`,
  };
}

function fontFaces(setup: ResolvedPageSetup, fonts: Record<string, FontDescriptor>): string[] {
  const faces: string[] = [];
  for (const family of new Set([setup.font, setup.headingFont])) {
    const files = filesOf(fonts, family);
    const variants: Array<[keyof FontDescriptor, string, string]> = [
      ['normal', 'normal', 'normal'],
      ['bold', 'bold', 'normal'],
      ['italics', 'normal', 'italic'],
      ['bolditalics', 'bold', 'italic'],
    ];
    for (const [key, weight, style] of variants) {
      faces.push(`@font-face { font-family: "${family}"; src: url("file://${files[key]}"); font-weight: ${weight}; font-style: ${style}; }`);
    }
  }
  return faces;
}

function filesOf(fonts: Record<string, FontDescriptor>, family: string): FontDescriptor {
  const files = fonts[family];
  if (!files) throw new Error(`no font files for ${family}`);
  return files;
}

/** `html-h2` styles `h2`; any other name is a class. */
function selectorOf(name: string): string {
  return name.startsWith('html-') ? name.slice('html-'.length) : `.${name}`;
}

function declarations(style: Style, lineHeight: (factor: number, family?: string) => number): string {
  const css: string[] = [];
  if (style.font) css.push(`font-family: "${style.font}"`);
  if (style.fontSize) css.push(`font-size: ${style.fontSize}pt`);
  if (style.bold !== undefined) css.push(`font-weight: ${style.bold ? 'bold' : 'normal'}`);
  if (style.italics !== undefined) css.push(`font-style: ${style.italics ? 'italic' : 'normal'}`);
  if (style.color) css.push(`color: ${style.color}`);
  if (style.lineHeight) css.push(`line-height: ${lineHeight(style.lineHeight, style.font)}`);
  if (style.characterSpacing) css.push(`letter-spacing: ${style.characterSpacing}pt`);
  return css.join('; ');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
