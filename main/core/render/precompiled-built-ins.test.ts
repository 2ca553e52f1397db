import Handlebars from 'handlebars';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import type * as EngineModule from './engine';
import type * as ParseTemplateModule from './parse-template';
import type * as TemplatesModule from './templates';
import { defaultResourceLayout, projectRoot } from '../resources';
import { renderRunningText, renderTemplate } from './engine';
import { parseTemplate } from './parse-template';
import type { PrecompiledBody } from './precompiled-built-ins';
import { precompiledBuiltInsSource } from './precompiled-built-ins-source';
import { TemplateError } from './template-error';
import { loadTemplate, templateIds } from './templates';

// Every Handlebars environment parses with the one jison parser (left out of Handlebars' types).
const parser = (Handlebars as unknown as { Parser: { parse(text: string): unknown } }).Parser;

type Engine = typeof EngineModule;
type Templates = typeof TemplatesModule;
type ParseTemplate = typeof ParseTemplateModule;

/** The render modules loaded afresh with the built-in templates compiled as the build ships them. */
let shipped: { engine: Engine; templates: Templates; parseTemplate: ParseTemplate['parseTemplate']; list: readonly PrecompiledBody[] };

beforeAll(async () => {
  // The module the build writes, written and imported as the bundles import it.
  const file = path.join(projectRoot(), 'test-output', 'precompiled', `built-ins-${process.pid}.mjs`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await precompiledBuiltInsSource());
  const { PRECOMPILED_BUILT_INS: list } = (await import(pathToFileURL(file).href)) as { PRECOMPILED_BUILT_INS: PrecompiledBody[] };
  vi.resetModules();
  vi.doMock('./precompiled-built-ins', () => ({ PRECOMPILED_BUILT_INS: list }));
  const [engine, templates, parse] = await Promise.all([import('./engine'), import('./templates'), import('./parse-template')]);
  vi.doUnmock('./precompiled-built-ins');
  shipped = { engine, templates, parseTemplate: parse.parseTemplate, list };
});

describe('the built-in templates as the bundles ship them, compiled at build time', () => {
  it('render every built-in template, header and footer as compiling it on loading does, without parsing it', async () => {
    const ids = await templateIds(defaultResourceLayout().templates);
    expect(ids).toContain('memo');
    const parse = vi.spyOn(parser, 'parse');
    try {
      for (const id of ids) {
        const model = briefingModel();
        parse.mockClear();
        const compiledAtBuild = await shipped.templates.loadTemplate(id);
        expect(parse, id).not.toHaveBeenCalled();
        // Loaded through the modules as the sources have them: compiled as it loaded.
        const compiledOnLoad = await loadTemplate(id);
        expect(shipped.engine.renderTemplate(compiledAtBuild, model), id).toBe(renderTemplate(compiledOnLoad, model));
        expect(shipped.engine.renderRunningText(compiledAtBuild, model), id).toEqual(renderRunningText(compiledOnLoad, model));
      }
    } finally {
      parse.mockRestore();
    }
    // Header or footer text with fields in it is compiled too, as plain text.
    expect(shipped.list.some((body) => body.noEscape)).toBe(true);
  });

  it('compile an edited copy of a built-in body as it loads, never serving the compiled original', async () => {
    const memo = await shipped.templates.loadTemplate('memo');
    const parse = vi.spyOn(parser, 'parse');
    try {
      const edited = shipped.parseTemplate({ id: 'mine', file: '/user/templates/mine.hbs', source: `---\nname: Mine\n---\n${memo.body}<p>{{title}} again</p>`, builtIn: false, partials: memo.partials });
      expect(parse).toHaveBeenCalledTimes(1);
      expect(shipped.engine.renderTemplate(edited, briefingModel())).toBe(`${shipped.engine.renderTemplate(memo, briefingModel())}<p>${briefingModel().title} again</p>`);
    } finally {
      parse.mockRestore();
    }
  });

  it('still report a partial the template calls and does not have, at its place', async () => {
    const memo = await loadTemplate('memo');
    const withoutPartials = (parse: ParseTemplate['parseTemplate']) => {
      try {
        parse({ id: 'mine', file: '/user/templates/mine.hbs', source: `---\nname: Mine\n---\n${memo.body}`, builtIn: false, partials: {} });
      } catch (error) {
        if (error instanceof Error) return error;
      }
      throw new Error('expected the missing partial to be reported');
    };
    const compiledOnLoad = withoutPartials(parseTemplate);
    const compiledAtBuild = withoutPartials(shipped.parseTemplate);
    expect(compiledOnLoad).toBeInstanceOf(TemplateError);
    expect(compiledOnLoad.message).toMatch(/^mine\.hbs:\d+:\d+: unknown partial "[a-z-]+"$/);
    expect(compiledAtBuild.name).toBe('TemplateError');
    expect(compiledAtBuild.message).toBe(compiledOnLoad.message);
  });
});
