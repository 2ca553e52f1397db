import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The International Color Consortium's sRGB profile, as PDFKit ships it (free to redistribute). */
const SRGB_PROFILE = 'sRGB_IEC61966_2_1.icc';

/** Where the files Briefbook ships (templates, default data, fonts) live on this machine. */
export interface ResourceLayout {
  /** Built-in `.hbs` templates and `partials/`. */
  templates: string;
  /** The embedded default library (`library.json`) and `sources/` texts. */
  data: string;
  /** One folder per font family, each holding its `.ttf` files. */
  fonts: { ptSerif: string; ptSans: string };
  /** The sRGB ICC profile a PDF/A export names as its output intent (the one PDFKit ships). */
  colorProfile: string;
  /** The guides Help opens: the user guide (the README) and the Markdown guides in `docs/`. */
  docs: { guide: string; templates: string; importer: string };
}

/**
 * Resolves the shipped resources, both in development and in a packaged app.
 *
 * Packaged (electron-builder) apps pass `process.resourcesPath`: everything sits in
 * `extraResources` beside `app.asar`. Otherwise the files are found from the project root
 * (the nearest folder up from this module whose package.json is Briefbook's), which holds for
 * the TypeScript sources, the esbuild bundles in `dist/` and an npm-installed package alike.
 */
export function resourceLayout(options: { resourcesPath?: string } = {}): ResourceLayout {
  if (options.resourcesPath) {
    const base = options.resourcesPath;
    return {
      templates: path.join(base, 'templates'),
      data: path.join(base, 'data'),
      fonts: { ptSerif: path.join(base, 'fonts', 'pt-serif'), ptSans: path.join(base, 'fonts', 'pt-sans') },
      colorProfile: path.join(base, 'color', SRGB_PROFILE),
      docs: shippedDocs(path.join(base, 'docs'), path.join(base, 'docs', 'README.md')),
    };
  }
  const root = projectRoot();
  const require = createRequire(path.join(root, 'package.json'));
  const fontDir = (pkg: string) => path.dirname(require.resolve(`${pkg}/package.json`));
  return {
    templates: path.join(root, 'templates'),
    data: path.join(root, 'data'),
    fonts: {
      ptSerif: fontDir('@expo-google-fonts/pt-serif'),
      ptSans: fontDir('@expo-google-fonts/pt-sans'),
    },
    colorProfile: path.join(path.dirname(require.resolve('pdfkit/package.json')), 'js', 'data', SRGB_PROFILE),
    docs: shippedDocs(path.join(root, 'docs'), path.join(root, 'README.md')),
  };
}

function shippedDocs(folder: string, guide: string): ResourceLayout['docs'] {
  return { guide, templates: path.join(folder, 'templates.md'), importer: path.join(folder, 'importer.md') };
}

/** The folder holding Briefbook's package.json, searched upwards from this module. */
export function projectRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'briefbook') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Briefbook's package.json was not found above ${from}`);
  }
}

let developmentLayout: ResourceLayout | undefined;

/**
 * {@link resourceLayout} without a resources path, worked out once: finding the project root
 * reads package.json files, which a per-export call should not repeat. A packaged app passes
 * its own layout instead.
 */
export function defaultResourceLayout(): ResourceLayout {
  return (developmentLayout ??= resourceLayout());
}
