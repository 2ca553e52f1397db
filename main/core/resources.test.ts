import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedFontFiles, fontDescriptors } from './pdf/fonts';
import { listBuiltInTemplates } from './render/templates';
import { projectRoot, resourceLayout, type ResourceLayout } from './resources';

/** Every font file the PDF export would embed with this layout. */
function fontFiles(layout: ResourceLayout): string[] {
  return embeddedFontFiles(layout);
}

describe('resourceLayout in development', () => {
  it('finds the templates and the default library in the project, and the fonts in their npm packages', async () => {
    const root = projectRoot();
    const layout = resourceLayout();

    expect(layout.templates).toBe(path.join(root, 'templates'));
    expect(layout.data).toBe(path.join(root, 'data'));
    expect(existsSync(path.join(layout.data, 'library.json'))).toBe(true);
    expect((await listBuiltInTemplates(layout)).map((template) => template.id)).toContain('memo');
    expect(layout.fonts.ptSerif).toMatch(/@expo-google-fonts[/\\]pt-serif$/);
    expect(layout.fonts.ptSans).toMatch(/@expo-google-fonts[/\\]pt-sans$/);
    for (const doc of Object.values(layout.docs)) expect(existsSync(doc), doc).toBe(true);
    const fonts = fontFiles(layout);
    expect(fonts).toHaveLength(8);
    for (const file of fonts) expect(existsSync(file), file).toBe(true);
  });
});

describe('resourceLayout in a packaged app', () => {
  let resources: string;

  // The layout electron-builder.yml's extraResources produce beside app.asar (the packaging test
  // checks the real build against it): fonts keep their packages' per-style folders.
  beforeAll(async () => {
    resources = await mkdtemp(path.join(os.tmpdir(), 'briefbook-resources-'));
    const development = resourceLayout();
    await cp(development.templates, path.join(resources, 'templates'), { recursive: true });
    await mkdir(path.join(resources, 'data'));
    await cp(path.join(development.data, 'library.json'), path.join(resources, 'data', 'library.json'));
    for (const [family, from] of [
      ['pt-serif', development.fonts.ptSerif],
      ['pt-sans', development.fonts.ptSans],
    ] as const) {
      await cp(from, path.join(resources, 'fonts', family), {
        recursive: true,
        filter: async (source) => source.endsWith('.ttf') || (await stat(source)).isDirectory(),
      });
    }
  });

  afterAll(async () => {
    await rm(resources, { recursive: true, force: true });
  });

  it('finds templates, data and fonts under process.resourcesPath, and nothing in the project', async () => {
    const layout = resourceLayout({ resourcesPath: resources });

    expect(layout).toEqual({
      templates: path.join(resources, 'templates'),
      data: path.join(resources, 'data'),
      fonts: { ptSerif: path.join(resources, 'fonts', 'pt-serif'), ptSans: path.join(resources, 'fonts', 'pt-sans') },
      colorProfile: path.join(resources, 'color', 'sRGB_IEC61966_2_1.icc'),
      docs: {
        guide: path.join(resources, 'docs', 'README.md'),
        templates: path.join(resources, 'docs', 'templates.md'),
        importer: path.join(resources, 'docs', 'importer.md'),
      },
    });
    expect(existsSync(path.join(layout.data, 'library.json'))).toBe(true);
    const templates = await listBuiltInTemplates(layout);
    expect(templates.map((template) => template.id)).toContain('memo');
    for (const template of templates) expect(template.file.startsWith(resources + path.sep)).toBe(true);
    const fonts = fontFiles(layout);
    expect(fonts).toHaveLength(8);
    for (const file of fonts) {
      expect(file.startsWith(resources + path.sep), file).toBe(true);
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('names the missing font file when the resources are incomplete', async () => {
    const dir = path.join(resources, 'fonts', 'pt-sans', '700Bold');
    const [file] = await readdir(dir);
    await rm(path.join(dir, file!));
    expect(() => fontDescriptors(resourceLayout({ resourcesPath: resources }))).toThrow(/PTSans_700Bold\.ttf not found/);
  });
});
