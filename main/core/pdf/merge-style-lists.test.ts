import { createRequire } from 'node:module';
import type { Content, Style } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { renderTemplate } from '../render/engine';
import { loadTemplate } from '../render/templates';
import { htmlToContent } from './html-to-content';
import { mergeStyleLists } from './merge-style-lists';
import { textStyles } from './stylesheet';

/** pdfmake's own style resolution, so the merge is checked against what pdfmake would do. */
interface StyleStack {
  autopush(node: unknown): number;
  pop(count: number): void;
  getProperty(property: string): unknown;
}
const { default: StyleContextStack } = createRequire(import.meta.url)('pdfmake/js/StyleContextStack.js') as {
  default: new (styles: Record<string, Style>, defaultStyle: Style) => StyleStack;
};

const PROPERTIES = ['font', 'fontSize', 'bold', 'italics', 'color', 'lineHeight', 'characterSpacing', 'alignment', 'background', 'decoration'];

/** Every property of every node, resolved the way pdfmake's layout does: the node's styles over its ancestors'. */
function resolveAll(content: Content, styles: Record<string, Style>): unknown[] {
  const stack = new StyleContextStack(styles, { font: 'PT Serif', fontSize: 10 });
  const resolved: unknown[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const pushed = stack.autopush(node);
    resolved.push(PROPERTIES.map((property) => stack.getProperty(property)));
    for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value);
    stack.pop(pushed);
  };
  walk(content);
  return resolved;
}

describe('mergeStyleLists', () => {
  it('leaves every property of the memo resolving to what it did, with one style name per node', async () => {
    const template = await loadTemplate('memo');
    const html = renderTemplate(template, briefingModel());
    const styles = textStyles(template.setup);
    const before = resolveAll(htmlToContent(html, template.setup), styles);

    const merged = htmlToContent(html, template.setup);
    const mergedStyles = textStyles(template.setup);
    mergeStyleLists(merged, mergedStyles);

    expect(resolveAll(merged, mergedStyles)).toEqual(before);
    expect(JSON.stringify(merged)).not.toMatch(/"style":\[/);
  });

  it('lets a later name win, passes over null values, and drops lists that style nothing', () => {
    const styles: Record<string, Style> = { a: { bold: true, color: 'red' }, b: { color: 'blue', italics: undefined }, c: { color: null as unknown as string } };
    const content: Content = [
      { text: 'x', style: ['html-div', 'a', 'b', 'c'] },
      { text: 'y', style: ['html-div', 'record'] },
      { text: 'z', style: ['a', 'b', 'c', 'html-div'] },
    ];
    mergeStyleLists(content, styles);
    const [x, y, z] = content as Array<{ style?: string }>;
    expect(styles[x!.style!]).toEqual({ bold: true, color: 'blue' });
    expect(y!.style).toBeUndefined();
    expect(styles[z!.style!]).toEqual(styles[x!.style!]);
  });

  it('leaves alone lists that name a style extending another', () => {
    const styles = { base: { bold: true }, derived: { extends: 'base' } } as unknown as Record<string, Style>;
    const content: Content = [{ text: 'x', style: ['base', 'derived'] }];
    mergeStyleLists(content, styles);
    expect(content).toEqual([{ text: 'x', style: ['base', 'derived'] }]);
  });
});
