import styleContextStackModule, { type StyleContextStackClass } from 'pdfmake/js/StyleContextStack.js';
import { describe, expect, it } from 'vitest';
import { unpatchedPdfLibraries } from '../../../test/unpatched-pdf-libraries';

/** The class from a transpiled CommonJS module, whichever way the importer did the interop. */
const classOf = (module: StyleContextStackClass | { default: StyleContextStackClass }) => ('default' in module ? module.default : module);

/** pdfmake's style stack with the style-lookups patch, and as published. */
const StyleStack = classOf(styleContextStackModule);
const Published = classOf(unpatchedPdfLibraries()('pdfmake/js/StyleContextStack.js') as StyleContextStackClass);
const pdfmakeStyleLookups = { getProperty: Published.prototype.getProperty, getStyleProperty: Published.getStyleProperty };

const PROPERTIES = ['font', 'fontSize', 'bold', 'color', 'margin', 'missing'];

const styles: Record<string, Record<string, unknown>> = {
  body: { font: 'PT Serif', fontSize: 11 },
  bold: { bold: true },
  quiet: { color: '#555', bold: null },
  heading: { extends: 'body', fontSize: 14, bold: true },
  subheading: { extends: ['quiet', 'heading'], color: undefined },
  loopA: { extends: 'loopB' },
  loopB: { extends: ['loopA', 'bold'] },
  margins: { margin: [0, 2, 0, 2] },
  light: { bold: false, fontSize: 8, font: 'PT Sans' },
};

const stacks: Array<Array<string | Record<string, unknown>>> = [
  [],
  ['body'],
  ['body', { color: 'red' }, 'bold'],
  ['light', 'heading'],
  ['heading', 'no-such-style', { fontSize: 0 }],
  ['subheading', { bold: false }],
  ['loopA'],
  [{ style: 'bold', font: 'PT Sans' }, 'margins', { margin: null }],
];

const items: Array<string | Record<string, unknown>> = [
  'plain text',
  {},
  { text: 'x', fontSize: 9 },
  { text: 'x', style: 'bold' },
  { text: 'x', style: ['quiet', 'heading'] },
  { text: 'x', style: ['heading', 'light'] },
  { text: 'x', style: ['loopB', { color: 'blue' }] },
  { text: 'x', style: 'no-such-style', color: null },
  { section: [], style: 'heading' },
  { text: 'x', style: ['subheading'], bold: undefined },
];

describe('the patched style lookups', () => {
  it("give pdfmake's answers for every property, stack, style and node, as the stack grows and shrinks", () => {
    for (const defaultStyle of [{ font: 'Default', color: 'black' }, undefined]) {
      for (const overrides of stacks) {
        const stack = new StyleStack(styles, defaultStyle);
        for (const item of overrides) stack.push(item);
        expectSameAnswers(stack);
        stack.pop();
        expectSameAnswers(stack);
        stack.push({ color: 'green', fontSize: 7 });
        expectSameAnswers(stack);
        stack.push('light');
        expectSameAnswers(stack.clone());
        stack.pop(2);
        expectSameAnswers(stack);
      }
    }
  });

  it('is the patched one, not the published one', () => {
    expect(StyleStack.prototype.getProperty).not.toBe(Published.prototype.getProperty);
  });
});

/** Asks both lookups every question about `stack`, twice (the second time the stack remembers). */
function expectSameAnswers(stack: InstanceType<typeof StyleStack>): void {
  const before = [...stack.styleOverrides];
  for (let round = 0; round < 2; round++) {
    for (const property of PROPERTIES) {
      const where = `${JSON.stringify(stack.styleOverrides)} ${property}`;
      expect(installedGetProperty(stack, property), where).toEqual(pdfmakeStyleLookups.getProperty.call(stack, property));
      for (const item of items) {
        for (const fallback of ['fallback', null]) {
          const ours = installedGetStyleProperty(item, stack, property, fallback);
          expect(ours, `${where} ${JSON.stringify(item)}`).toEqual(pdfmakeStyleLookups.getStyleProperty(item, stack, property, fallback));
        }
        expect(installedGetStyleProperty(item, undefined, property, 'fallback')).toEqual(pdfmakeStyleLookups.getStyleProperty(item, undefined, property, 'fallback'));
      }
    }
  }
  // pdfmake's own lookup leaves the stack as it found it; so must this one.
  expect(stack.styleOverrides).toEqual(before);
}

function installedGetProperty(stack: InstanceType<typeof StyleStack>, property: string): unknown {
  return StyleStack.prototype.getProperty.call(stack, property);
}

function installedGetStyleProperty(...args: Parameters<typeof StyleStack.getStyleProperty>): unknown {
  return StyleStack.getStyleProperty(...args);
}
