import { describe, expect, it } from 'vitest';
import { resolvePageSetup } from '../render/page-setup';
import { BLOCK_MARGINS, CLASS_REFERENCE, TABLE_LAYOUTS, TABLE_LAYOUT_REFERENCE, textStyles } from './stylesheet';

/** Classes the converter itself acts on (html-to-content.ts), besides the style sheet. */
const CONVERTER_CLASSES = ['box', 'page-break-before'];

describe('the class reference', () => {
  const styled = Object.keys(textStyles(resolvePageSetup({}))).filter((name) => !name.startsWith('html-'));
  const spaced = Object.keys(BLOCK_MARGINS).filter((key) => key.startsWith('.')).map((key) => key.slice(1));

  it('documents every class that has an effect', () => {
    const effective = [...new Set([...styled, ...spaced, ...CONVERTER_CLASSES])].sort();
    expect(Object.keys(CLASS_REFERENCE).sort()).toEqual(effective);
  });

  it('documents every table layout', () => {
    expect(Object.keys(TABLE_LAYOUT_REFERENCE).sort()).toEqual(Object.keys(TABLE_LAYOUTS).sort());
  });
});
