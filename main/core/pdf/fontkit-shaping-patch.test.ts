import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpatchedPdfLibraries } from '../../../test/unpatched-pdf-libraries';
import { defaultResourceLayout, projectRoot } from '../resources';
import { embeddedFontFiles } from './fonts';

interface GlyphRun {
  glyphs: Array<{ id: number }>;
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>;
  features: Record<string, boolean>;
}
interface Font {
  layout(text: string, features?: string[] | Record<string, boolean>, script?: string, language?: string): GlyphRun;
  _layoutEngine?: { engine?: { plans?: Map<string, unknown> } };
}
interface Fontkit {
  openSync(file: string): Font;
}

const patched = createRequire(import.meta.url)('fontkit') as Fontkit;
const original = unpatchedPdfLibraries()('fontkit') as Fontkit;

/** Every word of the default library and of a Russian statement, and strings that exercise ligatures, kerning, fractions and marks. */
function words(): string[] {
  const root = projectRoot();
  const text = ['data/library.json', 'test/fixtures/import/russian-statement.txt'].map((file) => readFileSync(path.join(root, file), 'utf8')).join(' ');
  const found = new Set(text.match(/[\p{L}\p{N}'’.,;:!?()«»“”-]+/gu) ?? []);
  for (const extra of ['office', 'affluent', 'ffi', 'AVATAR', 'Wa', 'T.', '1⁄2', '3⁄16', 'é', 'é', 'Й', 'ё', 'x̧', '—', '']) found.add(extra);
  return [...found];
}

/** What a run's shaping decided: glyphs, their positions, the features applied. */
const shaped = (run: GlyphRun) => ({
  glyphs: run.glyphs.map((glyph) => glyph.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  features: Object.keys(run.features).sort(),
});

describe('the fontkit shaping patch: plans, lookups and coverage indexes kept', () => {
  const layout = defaultResourceLayout();
  const all = words();

  it('shapes every word of the library as the original fontkit does, in every face, whatever the features, script or language', () => {
    expect(all.length).toBeGreaterThan(1500);
    expect(all.filter((word) => /\p{Script=Cyrillic}/u.test(word)).length).toBeGreaterThan(50);
    // The calls alternate between feature sets, scripts and languages, so anything kept from
    // one call that should not apply to the next would show.
    const settings: Array<[string[] | Record<string, boolean> | undefined, string | undefined, string | undefined]> = [
      [undefined, undefined, undefined],
      [['liga', 'kern'], undefined, undefined],
      [{ liga: false, kern: true }, undefined, undefined],
      [[], 'latn', 'TRK'],
      [[], 'cyrl', 'RUS'],
      [{ lnum: true }, undefined, 'ENG'],
    ];
    for (const file of embeddedFontFiles(layout)) {
      const [ours, theirs] = [patched.openSync(file), original.openSync(file)];
      const differing: string[] = [];
      all.forEach((word, i) => {
        const [features, script, language] = settings[i % settings.length]!;
        const copy = (value: typeof features) => (Array.isArray(value) ? [...value] : value && { ...value });
        const a = shaped(ours.layout(word, copy(features), script, language));
        const b = shaped(theirs.layout(word, copy(features), script, language));
        if (JSON.stringify(a) !== JSON.stringify(b)) differing.push(`${path.basename(file)} ${JSON.stringify(word)} ${JSON.stringify([features, script, language])}`);
      });
      expect(differing).toEqual([]);
      // The patch is in the build PDFKit loads: the default shaper's plans were kept.
      expect(ours._layoutEngine?.engine?.plans?.size).toBeGreaterThan(0);
    }
  });

  it('keeps the features a ligature inherits from its first glyph, so later lookups (kerning) still apply to it', () => {
    // DejaVu Serif kerns its "ff" ligature against the punctuation after it; the embedded fonts
    // have no such pair. Debian's fonts-dejavu-core (.ci/run installs it).
    const file = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';
    if (!existsSync(file)) throw new Error(`${file} is missing: install Debian's fonts-dejavu-core (sudo apt-get install -y fonts-dejavu-core)`);
    const [ours, theirs] = [patched.openSync(file), original.openSync(file)];
    for (const word of ['ff.', 'ff,', 'ff-', 'ff’', 'office.', 'ffi.']) {
      expect(shaped(ours.layout(word)), word).toEqual(shaped(theirs.layout(word)));
    }
    // The pair is there: without kerning the ligature is placed otherwise.
    expect(shaped(theirs.layout('ff.', { kern: false })).positions).not.toEqual(shaped(theirs.layout('ff.')).positions);
  });

  it('shapes Arabic, Devanagari and Tibetan text as the original fontkit does (their shapers’ tables are made on first use)', () => {
    // DejaVu Sans has Arabic glyphs; the other scripts run their shapers' tables and state
    // machines whatever glyphs the font lacks. Debian's fonts-dejavu-core (.ci/run installs it).
    const files = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', ...embeddedFontFiles(layout).slice(0, 1)];
    const texts = ['السلام عليكم', 'مفاوضات الحد من التسلح', 'हथियार नियंत्रण वार्ता', 'क्षत्रिय', 'བོད་ཡིག', 'ꦗꦮ'];
    for (const file of files) {
      if (!existsSync(file)) throw new Error(`${file} is missing: install Debian's fonts-dejavu-core (sudo apt-get install -y fonts-dejavu-core)`);
      const [ours, theirs] = [patched.openSync(file), original.openSync(file)];
      for (const text of texts) expect(shaped(ours.layout(text)), `${path.basename(file)} ${text}`).toEqual(shaped(theirs.layout(text)));
    }
    // Arabic is joined: its letters take their contextual forms.
    expect(shaped(patched.openSync(files[0]!).layout('السلام')).features).toEqual(expect.arrayContaining(['init', 'fina']));
  });
});
