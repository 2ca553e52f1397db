import { describe, expect, it } from 'vitest';
import { printedModelPaper, printedPaper } from './paper-choice';
import { paperForLocale, systemPaper } from './paper-for-locale';

describe('printedPaper', () => {
  it('prints on the paper the template names when the briefing picks none, whatever the region', () => {
    expect(printedPaper({ named: 'LETTER', locale: paperForLocale('de-DE') })).toBe('LETTER');
    expect(printedPaper({ chosen: '', named: 'A4', locale: paperForLocale('en-US') })).toBe('A4');
  });

  it('prints on the paper the analyst picked for the briefing over the template’s A4 or Letter', () => {
    expect(printedPaper({ chosen: 'letter', named: 'A4', locale: 'a4' })).toBe('LETTER');
    expect(printedPaper({ chosen: 'a4', named: 'LETTER', locale: 'letter' })).toBe('A4');
    expect(printedPaper({ chosen: 'a4', locale: 'letter' })).toBe('A4');
  });

  it('prints a template that names no paper on the paper of the analyst’s region', () => {
    expect(printedPaper({ locale: paperForLocale('en-US') })).toBe('LETTER');
    expect(printedPaper({ locale: paperForLocale('fr_CA.UTF-8') })).toBe('LETTER');
    expect(printedPaper({ locale: paperForLocale('de-DE') })).toBe('A4');
    expect(printedPaper({ locale: paperForLocale('C.UTF-8') })).toBe('A4');
  });

  it('keeps a template made for Legal or A5 on it, whatever the briefing picks', () => {
    expect(printedPaper({ chosen: 'letter', named: 'LEGAL', locale: 'a4' })).toBe('LEGAL');
    expect(printedPaper({ chosen: 'a4', named: 'A5', locale: 'letter' })).toBe('A5');
  });

  it('gives the model’s paper as templates read it: a4 or letter, empty for Legal or A5', () => {
    expect(printedModelPaper({ named: 'LETTER', locale: 'a4' })).toBe('letter');
    expect(printedModelPaper({ locale: 'a4' })).toBe('a4');
    expect(printedModelPaper({ chosen: 'letter', named: 'LEGAL', locale: 'letter' })).toBe('');
  });
});

describe('systemPaper', () => {
  it('reads LC_ALL before LC_PAPER before LANG, then the locale the system reports', () => {
    expect(systemPaper({ LANG: 'en_US.UTF-8' })).toBe('letter');
    expect(systemPaper({ LANG: 'en_US.UTF-8', LC_PAPER: 'de_DE.UTF-8' })).toBe('a4');
    expect(systemPaper({ LC_ALL: 'en_CA.UTF-8', LC_PAPER: 'de_DE.UTF-8' })).toBe('letter');
    // A program started from the Finder or the Windows shell has no locale variables.
    expect(systemPaper({}, 'en-US')).toBe('letter');
    expect(systemPaper({ LANG: '' }, 'de-DE')).toBe('a4');
  });
});
