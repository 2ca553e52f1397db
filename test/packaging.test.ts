/**
 * Packaging with electron-builder: the configuration is valid, and an unpacked Linux build of it
 * holds what the app needs, nothing it does not, and a locked-down Electron binary.
 *
 * Electron itself cannot be downloaded on the build machines, so the build runs on a stand-in
 * Electron distribution (see `standInElectron`). Everything electron-builder does to the app is
 * real: the asar, the node_modules it collects, the extra resources, the fuses. The packaged main
 * bundle is then started under plain Node with the fake `electron` module, as a packaged app, and
 * asked for a PDF preview the way the window would ask.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
// electron-builder's own modules, at the versions it packs with (dependencies of electron-builder).
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { SENTINEL } from '@electron/fuses/dist/constants';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { convertIcon, type IconFormat } from 'app-builder-lib/out/util/iconConverter';
import { DebugLogger } from 'builder-util';
import { build as buildRenderer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { embeddedFontFiles } from '../main/core/pdf/fonts';
import { projectRoot, resourceLayout } from '../main/core/resources';
import { normalize, readPdf } from './read-pdf';

const root = projectRoot();
const run = promisify(execFile);
const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  const load = () => getConfig(root, null, null);
  const validate = (config: object) => validateConfiguration(config, new DebugLogger(false));

  it("matches electron-builder's configuration schema", async () => {
    await expect(validate(await load())).resolves.toBeUndefined();
  });

  it('is rejected with a misspelt option, at the top level or inside one', async () => {
    const config = await load();
    await expect(validate({ ...config, extraResource: config.extraResources })).rejects.toThrow(/extraResource/);
    await expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).rejects.toThrow(
      /electronFuses/,
    );
  });

  it('names an icon for every platform that electron-builder uses as it is (converting one downloads a tool)', async () => {
    const config = await load();
    const build = path.join(root, 'build');
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-icons-'));
    try {
      const resolve = async (icon: string | null | undefined, format: IconFormat) => {
        const result = await convertIcon({ sources: [icon!], fallbackSources: [], roots: [build, root], format, outDir });
        expect(result.isFallback).toBe(false);
        for (const { file } of result.icons) expect(path.dirname(file).startsWith(build), file).toBe(true);
        return result.icons.map(({ size }) => size);
      };
      expect(await resolve(config.win?.icon, 'ico')).toEqual([256]);
      expect(await resolve(config.mac?.icon, 'icns')).toHaveLength(1);
      expect(await resolve(config.linux?.icon, 'set')).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});

/** Electron's fuse states as it ships them, in wire order (FuseV1Options): the stand-in's. */
const SHIPPED_FUSES = '10110001';

/**
 * A stand-in for an unpacked Electron for linux-x64, with what electron-builder uses of one: the
 * executable (renamed to the app's), `resources/` (app.asar and extra resources go there),
 * `locales/` and the licence files it must carry into the package. The executable is a script
 * holding a fuse wire where Electron's binary holds it, after the sentinel: wire version 1, the
 * number of fuses, then '0' or '1' per fuse. So @electron/fuses flips it as it would the real one.
 */
async function standInElectron(dir: string): Promise<string> {
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  await mkdir(path.join(dir, 'locales'));
  const executable = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# ${SENTINEL}`),
    Buffer.from([1, SHIPPED_FUSES.length]),
    Buffer.from(`${SHIPPED_FUSES}\necho "a stand-in for Electron, made by test/packaging.test.ts" >&2\nexit 1\n`),
  ]);
  await writeFile(path.join(dir, 'electron'), executable, { mode: 0o755 });
  await writeFile(path.join(dir, 'locales', 'en-US.pak'), '');
  await writeFile(path.join(dir, 'LICENSE'), 'The Electron licence (stand-in)\n');
  await writeFile(path.join(dir, 'LICENSES.chromium.html'), '<p>The Chromium licences (stand-in)</p>\n');
  return dir;
}

/** Files below `dir`, as sorted relative paths with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The package a bare import specifier names: `pdfmake/js/x` -> `pdfmake`, `@a/b/c` -> `@a/b`. */
function packageOf(specifier: string): string {
  return specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
}

describe('an unpacked Linux build (npm run pack)', () => {
  let work: string;
  let unpacked: string;
  let resources: string;
  let archive: string;
  /** Every path in app.asar, from its root, with forward slashes: `dist/main.js`. */
  let entries: string[];
  /** The packages in app.asar's node_modules, at any depth. */
  let packages: Set<string>;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'briefbook-packaging-'));
    // What `npm run build` makes: the main and preload bundles (built by the global setup), and the renderer.
    await buildRenderer({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
    const electronDist = await standInElectron(path.join(work, 'electron'));
    const builder = createRequire(import.meta.url).resolve('electron-builder/cli.js');
    // Nothing to download: Electron comes from electronDist, nothing is rebuilt (npmRebuild:
    // false) and --dir needs no packaging tool. A cache of its own keeps the build from reusing
    // tools from the user's electron-builder cache, so one that needed a tool would show it.
    await run(
      process.execPath,
      [builder, '--dir', '--linux', '--x64', `-c.electronDist=${electronDist}`, `-c.directories.output=${path.join(work, 'release')}`],
      { cwd: root, env: { ...process.env, ELECTRON_BUILDER_CACHE: path.join(work, 'cache') }, maxBuffer: 16 << 20 },
    );
    unpacked = path.join(work, 'release', 'linux-unpacked');
    resources = path.join(unpacked, 'resources');
    archive = path.join(resources, 'app.asar');
    entries = listPackage(archive, { isPack: false }).map((entry) => entry.split(path.sep).join('/').replace(/^\//, ''));
    packages = new Set(
      entries.flatMap((entry) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(entry)?.[1] ?? []),
    );
  }, 300_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('puts the bundles and package.json in app.asar, and none of the project besides', async () => {
    const bundle = ['package.json', 'dist/main.js', 'dist/export-worker.js', 'dist/search-worker.js', 'dist/preload.cjs', 'dist/renderer/index.html'];
    for (const file of bundle) expect(entries, file).toContain(file);
    expect(entries.some((entry) => /^dist\/renderer\/assets\/index-[\w-]+\.js$/.test(entry))).toBe(true);

    const own = entries.filter((entry) => !entry.startsWith('node_modules/') && entry !== 'node_modules');
    const allowed = (entry: string) => ['package.json', 'dist', 'dist/renderer', ...bundle].includes(entry) || entry.startsWith('dist/renderer/');
    expect(own.filter((entry) => !allowed(entry))).toEqual([]);

    const packaged = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { name: string; main: string };
    expect(packaged).toMatchObject({ name: 'briefbook', main: manifest.main });
  });

  it('ships no source maps, TypeScript or Markdown, not even from dependencies', () => {
    expect(entries.filter((entry) => /\.(map|tsx?|mts|cts|md)$/.test(entry))).toEqual([]);
  });

  it('holds every module the main bundle imports, and no devDependency', async () => {
    const main = await readFile(path.join(root, 'dist', 'main.js'), 'utf8');
    const imported = new Set(
      [...main.matchAll(/^import [^;]*?from "([^"]+)";$|\bimport\("([^"]+)"\)/gm)]
        .map((match) => (match[1] ?? match[2])!)
        .filter((specifier) => !specifier.startsWith('.') && !isBuiltin(specifier) && specifier !== 'electron')
        .map(packageOf),
    );
    expect(imported).toContain('pdfmake');
    for (const name of imported) expect(packages, `${name}, imported by dist/main.js`).toContain(name);
    // pdf.js (File > Import of a PDF) loads its worker by a path relative to itself.
    expect(entries).toEqual(expect.arrayContaining(['node_modules/pdfjs-dist/legacy/build/pdf.mjs', 'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs']));

    for (const name of Object.keys(manifest.devDependencies)) expect(packages, `devDependency ${name}`).not.toContain(name);
    // Dependencies the app does not load (electron-builder.yml says why).
    for (const name of ['commander', '@expo-google-fonts/pt-serif', '@expo-google-fonts/pt-sans']) {
      expect(packages, name).not.toContain(name);
    }
  });

  it('puts the templates, the default library and the fonts beside app.asar, where resourceLayout finds them', async () => {
    // app.asar.unpacked holds the one native module, @napi-rs/canvas (pdf.js in Node).
    expect((await readdir(resources)).sort()).toEqual(['app.asar', 'app.asar.unpacked', 'color', 'data', 'docs', 'fonts', 'templates']);
    // The workers run from outside the archive: a worker thread cannot load a script from app.asar.
    expect(existsSync(path.join(resources, 'app.asar.unpacked', 'dist', 'export-worker.js'))).toBe(true);
    expect(existsSync(path.join(resources, 'app.asar.unpacked', 'dist', 'search-worker.js'))).toBe(true);
    const layout = resourceLayout({ resourcesPath: resources });

    expect(await filesUnder(layout.templates)).toEqual((await filesUnder(path.join(root, 'templates'))).filter((file) => file.endsWith('.hbs')));
    expect(await filesUnder(layout.data)).toEqual(['library.json', ...(await filesUnder(path.join(root, 'data', 'sources'))).map((file) => `sources/${file}`)]);
    expect(await readFile(path.join(layout.data, 'library.json'))).toEqual(await readFile(path.join(root, 'data', 'library.json')));
    expect(await readFile(layout.colorProfile)).toEqual(await readFile(resourceLayout().colorProfile));

    const fonts = new Set(embeddedFontFiles(layout));
    expect(fonts.size).toBe(8);
    for (const file of fonts) {
      expect(file.startsWith(path.join(resources, 'fonts') + path.sep), file).toBe(true);
      expect((await stat(file)).size, file).toBeGreaterThan(0);
    }
    // Only the font files and their licences, which must travel with them.
    for (const family of ['pt-serif', 'pt-sans']) {
      const files = await filesUnder(path.join(resources, 'fonts', family));
      expect(files.filter((file) => !file.endsWith('.ttf'))).toEqual(['LICENSE', 'LICENSE_FONT']);
    }
  });

  it("flips the Electron fuses in the app's executable", async () => {
    const executable = path.join(unpacked, 'briefbook');
    expect((await stat(executable)).mode & 0o111).not.toBe(0);
    const wire = await getCurrentFuseWire(executable);
    const enabled = '1'.charCodeAt(0);
    const states = Object.fromEntries(
      Object.entries(FuseV1Options)
        .filter((entry): entry is [string, FuseV1Options] => typeof entry[1] === 'number')
        .map(([name, index]) => [name, wire[index] === enabled]),
    );
    expect(states).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      // The renderer page loads from file:// (electron-builder.yml says why).
      GrantFileProtocolExtraPrivileges: true,
    });
  });

  it("keeps Electron's and Chromium's licences beside the executable", async () => {
    const top = await readdir(unpacked);
    expect(top).toContain('LICENSE.electron.txt');
    expect(top).toContain('LICENSES.chromium.html');
  });

  it('runs as a packaged app: finds its page, makes the library from the shipped seed, previews a PDF in the shipped fonts, and reads it back', async () => {
    const app = path.join(work, 'app');
    const home = path.join(work, 'home');
    const pdfFile = path.join(work, 'preview.pdf');
    extractAll(archive, app);
    const { stdout, stderr } = await run(
      process.execPath,
      [
        '--import',
        path.join(root, 'test', 'fixtures', 'fake-electron', 'register.mjs'),
        path.join(root, 'test', 'fixtures', 'packaged-app', 'drive-main.mjs'),
        app,
        resources,
        pdfFile,
      ],
      { cwd: work, env: { ...process.env, BRIEFBOOK_HOME: home }, timeout: 60_000 },
    );
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line.call === 'dialog.showErrorBox')).toEqual([]);
    // The preview was laid out by the packaged export worker, not by main in its stead.
    expect(stderr).not.toMatch(/export worker could not start/);
    const result = lines.at(-1) as {
      page: string;
      pageCount: number;
      importedText: string;
      shelved: { status: string; item: { title: string; pages: number } };
    };
    expect(result.page).toBe(path.join(app, 'dist', 'renderer', 'index.html'));

    const seed = Library.parse(JSON.parse(await readFile(path.join(resources, 'data', 'library.json'), 'utf8')));
    const library = Library.parse(JSON.parse(await readFile(path.join(home, 'library.json'), 'utf8')));
    expect(library.records.map((record) => record.id)).toEqual(seed.records.map((record) => record.id));

    const pdf = await readPdf(await readFile(pdfFile));
    expect(pdf.numPages).toBe(result.pageCount);
    for (const record of seed.records) expect(pdf.pages.join(' ')).toContain(normalize(record.statement));
    expect(pdf.fonts).toEqual(expect.arrayContaining(['PTSerif-Regular', 'PTSerif-Bold', 'PTSans-Regular']));

    // The packaged pdf.js reads it back: its text for an import, its title and length for the shelf.
    expect(normalize(result.importedText)).toContain(normalize(seed.records[0]!.statement));
    expect(result.shelved).toMatchObject({ status: 'added', item: { title: pdf.info.Title, pages: pdf.numPages } });
  });
});
