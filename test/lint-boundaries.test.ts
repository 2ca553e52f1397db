/**
 * The process and layer boundaries of DESIGN.md are lint rules (eslint.config.js). Each case
 * here hands ESLint one import a boundary forbids, as if it were a file in the folder the
 * boundary guards, and expects that rule to refuse it; the allowed imports beside them pass.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../main/core/resources';

const root = projectRoot();
// The cycle rule walks every module a probe reaches; it has its own cases at the end.
const eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });

/** Lints `code` as the (new) file `file` of the project; answers the rules that reported. */
async function rulesBroken(file: string, code: string, linter = eslint, base = root): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: path.join(base, file) });
  expect(result, `${file} was linted`).toBeDefined();
  // A parse error has no rule: it would otherwise pass for a refusal.
  expect(result!.messages.filter((m) => m.fatal)).toEqual([]);
  return result!.messages.map((m) => m.ruleId ?? 'none');
}

/** A new file in `folder`, with `code` (imports, then an export that uses them). */
const probe = (folder: string) => path.join(folder, 'lint-boundary-probe.ts');

const PATHS = 'import-x/no-restricted-paths';
const IMPORTS = 'no-restricted-imports';
const NODE = 'import-x/no-nodejs-modules';

describe.each([
  // main/core runs under plain Node and knows nothing above it.
  ['main/core', "import { app } from 'electron';\nexport const a = app;", IMPORTS],
  ['main/core', "import { app } from 'electron/main';\nexport const a = app;", IMPORTS],
  ['main/core', "import { methods } from '../api';\nexport const m = methods;", PATHS],
  ['main/core', "import type { Channel } from '../api';\nexport type C = Channel;", PATHS],
  ['main/core/library', "import { methods } from '../../api';\nexport const m = methods;", PATHS],
  ['main/core', "import { methods } from '../api-methods';\nexport const m = methods;", PATHS],
  ['main/core', "import { createHandlers } from '../app/handlers';\nexport const h = createHandlers;", PATHS],
  // main/app is Electron glue: the renderer is on the other side of IPC.
  ['main/app', "import * as page from '../../renderer/src/main';\nexport const p = page;", PATHS],
  // What serves the window names templates by id: loading one by path is the command line's alone.
  ['main/app/handlers', "import { loadTemplateFile } from '../../core/render/template-file';\nexport const l = loadTemplateFile;", PATHS],
  ['main/core/export-worker', "import { templateFileRenderer } from '../export-with-template-file';\nexport const r = templateFileRenderer;", PATHS],
  // The preload carries channel names and nothing of core, not even types (it needs none:
  // the contract re-exports what a page sees); a value import of the contract would bundle
  // zod and the model into the sandbox.
  ['main/preload', "import { projectRoot } from '../core/resources';\nexport const r = projectRoot;", PATHS],
  ['main/preload', "import type { LibraryStore } from '../core/library';\nexport type S = LibraryStore;", PATHS],
  ['main/preload', "import { createHandlers } from '../app/handlers';\nexport const h = createHandlers;", PATHS],
  ['main/preload', "import { methods } from '../api';\nexport const m = methods;", IMPORTS],
  // The renderer has no Node, however a builtin is spelled, and no electron.
  ['renderer/src', "import fs from 'fs';\nexport const f = fs;", NODE],
  ['renderer/src', "import { readFile } from 'node:fs';\nexport const f = readFile;", NODE],
  ['renderer/src', "import { readFile } from 'fs/promises';\nexport const f = readFile;", NODE],
  ['renderer/src', "import path from 'path';\nexport const p = path;", NODE],
  ['renderer/src', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;", IMPORTS],
])('in %s', (folder, code, rule) => {
  it(`${rule} refuses ${code.split('\n')[0]}`, async () => {
    expect(await rulesBroken(probe(folder), `${code}\n`)).toContain(rule);
  });
});

describe.each([
  ['main/core', "import { readFile } from 'node:fs/promises';\nimport { Briefing } from './model';\nexport const both = [readFile, Briefing];"],
  ['main/app', "import { app } from 'electron';\nimport { Briefing } from '../core/model';\nexport const both = [app, Briefing];"],
  [
    'main/preload',
    "import { contextBridge } from 'electron';\nimport type { BriefbookApi } from '../api';\nimport { methods } from '../api-methods';\nexport const exposed: [unknown, Partial<BriefbookApi>] = [contextBridge, methods];",
  ],
  ['renderer/src', "import type { Briefing } from '../../main/api';\nimport { plural } from './shared/format';\nexport const p: [typeof plural, Briefing?] = [plural];"],
])('in %s', (folder, code) => {
  it('the allowed imports pass', async () => {
    expect(await rulesBroken(probe(folder), `${code}\n`)).toEqual([]);
  });
});

// The renderer's layers: shell/ composes the features; a feature imports only itself and
// shared/; shared/ imports no feature and not the window. Every feature folder gets both cases.
const rendererFolders = readdirSync(path.join(root, 'renderer/src'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
const features = rendererFolders.map((entry) => entry.name).filter((name) => !['shell', 'shared', 'styles'].includes(name));

/** An import of a real module of `folder` (the rule resolves imports to files), from a sibling folder. */
function importFrom(folder: string): string {
  const module = readdirSync(path.join(root, 'renderer/src', folder)).find((file) => /^[^.]+\.tsx?$/.test(file) && !file.includes('.test.'));
  expect(module, `renderer/src/${folder} has a module`).toBeDefined();
  return `import * as other from '../${folder}/${module!.replace(/\.tsx?$/, '')}';\nexport const o = other;`;
}

describe('renderer layers', () => {
  it('has the feature folders the rules guard', () => {
    expect(features).toEqual(expect.arrayContaining(['briefing', 'composer', 'editing', 'import', 'library', 'reader', 'shelf', 'templates']));
  });

  it.each(features)('shared/ may not import the %s feature', async (feature) => {
    expect(await rulesBroken(probe('renderer/src/shared'), importFrom(feature))).toContain(PATHS);
  });

  it('shared/ may not import the window (shell/)', async () => {
    expect(await rulesBroken(probe('renderer/src/shared'), importFrom('shell'))).toContain(PATHS);
  });

  it.each(features)('the %s feature may not import another feature', async (feature) => {
    const other = features.find((name) => name !== feature)!;
    expect(await rulesBroken(probe(`renderer/src/${feature}`), importFrom(other))).toContain(PATHS);
  });

  it.each(features)('the %s feature may not import the window (shell/)', async (feature) => {
    expect(await rulesBroken(probe(`renderer/src/${feature}`), importFrom('shell'))).toContain(PATHS);
  });

  it('refuses a type-only import from another feature too', async () => {
    const code = "import type { ShelfFilter } from '../shelf/shelf-filter';\nexport type F = ShelfFilter;";
    expect(await rulesBroken(probe('renderer/src/reader'), code)).toContain(PATHS);
  });

  it.each(features)('the %s feature may import shared/, and the window may import it', async (feature) => {
    expect(await rulesBroken(probe(`renderer/src/${feature}`), importFrom('shared'))).toEqual([]);
    expect(await rulesBroken(probe('renderer/src/shell'), importFrom(feature))).toEqual([]);
  });
});

describe('React hooks', () => {
  const component = (body: string) =>
    [
      "import { useEffect, useState } from 'react';",
      'export function Probe({ id, open }: { id: string; open: boolean }) {',
      body,
      '  return <p>{id}</p>;',
      '}',
      '',
    ].join('\n');

  it('refuses a hook called conditionally', async () => {
    const code = component('  if (open) useState(0);');
    expect(await rulesBroken(`renderer/src/lint-boundary-probe.tsx`, code)).toContain('react-hooks/rules-of-hooks');
  });

  it('refuses an effect that reads a value missing from its dependencies', async () => {
    const code = component('  useEffect(() => console.log(id, open), [id]);');
    const [result] = await eslint.lintText(code, { filePath: path.join(root, `renderer/src/lint-boundary-probe.tsx`) });
    const missing = result!.messages.find((m) => m.ruleId === 'react-hooks/exhaustive-deps');
    expect(missing?.severity).toBe(2);
  });

  it('refuses a request effect that reads a value missing from its dependencies', async () => {
    const code = [
      "import { useRequestEffect } from './shared/use-request-effect';",
      'export function useProbe(id: string, open: boolean, show: (found: string) => void) {',
      '  useRequestEffect(() => (open ? Promise.resolve(id) : undefined), [id], { onResult: show, onError: console.error });',
      '}',
      '',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'renderer/src/lint-boundary-probe.ts') });
    const missing = result!.messages.find((m) => m.ruleId === 'react-hooks/exhaustive-deps');
    expect(missing?.message).toContain("'open'");
    expect(missing?.severity).toBe(2);
  });

  it('accepts hooks used as React means them', async () => {
    const code = component('  const [seen, setSeen] = useState(open);\n  useEffect(() => setSeen(seen || open), [seen, open]);');
    expect(await rulesBroken(`renderer/src/lint-boundary-probe.tsx`, code)).toEqual([]);
  });
});

describe('import cycles', () => {
  // Two modules that import each other, on disk (the rule follows real files), outside the
  // project so that `eslint .` never sees them; the project's own configuration lints them.
  let folder: string;
  let linter: ESLint;
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'briefbook-cycle-'));
    writeFileSync(path.join(folder, 'first.ts'), "import { second } from './second';\nexport const first = () => second();\n");
    writeFileSync(path.join(folder, 'second.ts'), "import { first } from './first';\nexport const second = () => first;\n");
    writeFileSync(path.join(folder, 'third.ts'), "import { second } from './second';\nexport const third = second;\n");
    linter = new ESLint({ cwd: folder, overrideConfigFile: path.join(root, 'eslint.config.js') });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a module that imports one importing it back', async () => {
    const code = "import { second } from './second';\nexport const first = () => second();\n";
    expect(await rulesBroken('first.ts', code, linter, folder)).toContain('import-x/no-cycle');
  });

  it('accepts a module that only imports one of the circle', async () => {
    const code = "import { second } from './second';\nexport const third = second;\n";
    expect(await rulesBroken('third.ts', code, linter, folder)).toEqual([]);
  });

  it('accepts a type-only import back, which the build erases', async () => {
    writeFileSync(path.join(folder, 'typed.ts'), "import type { Uses } from './user';\nexport type Typed = Uses | number;\n");
    writeFileSync(path.join(folder, 'user.ts'), "import type { Typed } from './typed';\nexport type Uses = string;\nexport const x: Typed = 1;\n");
    const code = "import type { Typed } from './typed';\nexport type Uses = string;\nexport const x: Typed = 1;\n";
    expect(await rulesBroken('user.ts', code, linter, folder)).toEqual([]);
  });
});
