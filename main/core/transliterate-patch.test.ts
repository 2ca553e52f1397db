import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unpatchedPackage } from '../../test/unpatched-pdf-libraries';
import { projectRoot } from './resources';

type Transliterate = (text: string, options?: { locale?: string }) => string;
interface TransliterateModule {
  default: Transliterate;
  briefbookPatch?: string;
}

const PACKAGE = '@sindresorhus/transliterate';

/** The installed package's module, loaded afresh (its own copy of the module's state). */
async function loadFresh(folder: string): Promise<TransliterateModule> {
  return (await import(`${pathToFileURL(path.join(folder, 'index.js')).href}?${Math.random()}`)) as TransliterateModule;
}

/** How many regular expressions `run` makes. */
async function regexpsMadeBy(run: () => Promise<unknown>): Promise<number> {
  const Original = globalThis.RegExp;
  let made = 0;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string, string?]) {
      made++;
      return new target(...args);
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return made;
}

describe('the transliterate patch: locale patterns compiled on first use', () => {
  const installed = path.join(projectRoot(), 'node_modules', PACKAGE);

  it('spells every sample in Latin letters as the published package does, in every locale it knows', async () => {
    const [patched, published] = [await loadFresh(installed), await loadFresh(unpatchedPackage(PACKAGE))];
    expect(patched.briefbookPatch).toBe('lazy-locale-patterns');
    expect(published.briefbookPatch).toBeUndefined();
    const samples = ['Мирный диалог', 'Щука и ёж', 'Łódź', 'Ærøskøbing', 'Straße Über', 'İstanbul ığ', 'Київ', 'Ελληνικά', 'ქართული', 'Đà Nẵng', 'Ørsted Å'];
    const locales = [undefined, 'de', 'da', 'sv', 'nb', 'no', 'tr', 'ru', 'uk', 'hu', 'vi', 'de-AT', 'xx'];
    for (const locale of locales) {
      for (const text of samples) expect(patched.default(text, { locale }), `${text} (${locale})`).toBe(published.default(text, { locale }));
    }
  });

  it('makes one pattern when it loads, where the published package made one per locale', async () => {
    const folder = unpatchedPackage(PACKAGE);
    const patchedLoad = await regexpsMadeBy(() => loadFresh(installed));
    const publishedLoad = await regexpsMadeBy(() => loadFresh(folder));
    // The default pattern; the published package also made one for each of its 7 locales.
    expect(patchedLoad).toBe(1);
    expect(publishedLoad).toBe(8);
  });
});
