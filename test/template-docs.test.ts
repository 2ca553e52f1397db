// docs/templates.md is generated in part from the code it describes; it must not drift.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_DOCS, generateTemplateDocs } from '../scripts/gen-template-docs';
import { TEMPLATE_IMAGES } from '../scripts/template-images';

describe('docs/templates.md', () => {
  it('is up to date (run npx tsx scripts/gen-template-docs.ts)', async () => {
    const current = await readFile(TEMPLATE_DOCS, 'utf8');
    expect(await generateTemplateDocs(current)).toBe(current);
  });

  it('shows a page image of every built-in template, and every image exists', async () => {
    const text = await readFile(TEMPLATE_DOCS, 'utf8');
    expect(Object.keys(TEMPLATE_IMAGES).sort()).toEqual(['book', 'comparison', 'memo', 'one-pager']);
    for (const { file } of Object.values(TEMPLATE_IMAGES).flat()) {
      expect(text).toContain(`(images/${file})`);
      expect(existsSync(path.join(path.dirname(TEMPLATE_DOCS), 'images', file)), file).toBe(true);
    }
  });
});
