import { describe, expect, it } from 'vitest';
import { asMarking, markingAmong } from './handling-marking';

describe('asMarking', () => {
  it('knows TLP, national, NATO, EU, UK, US and Russian markings, tidied', () => {
    const cases: [string, string][] = [
      ['TLP:AMBER', 'TLP:AMBER'],
      ['tlp: amber+strict', 'TLP:AMBER+STRICT'],
      ['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE'],
      ['OFFICIAL - SENSITIVE', 'OFFICIAL-SENSITIVE'],
      ['OFFICIAL-SENSITIVE: COMMERCIAL', 'OFFICIAL-SENSITIVE: COMMERCIAL'],
      ['CONFIDENTIAL', 'CONFIDENTIAL'],
      ['SECRET // NOFORN', 'SECRET//NOFORN'],
      ['UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'],
      ['NATO  RESTRICTED', 'NATO RESTRICTED'],
      ['COSMIC TOP SECRET', 'COSMIC TOP SECRET'],
      ['RESTREINT UE/EU RESTRICTED', 'RESTREINT UE/EU RESTRICTED'],
      ['CUI', 'CUI'],
      ['ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ', 'ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ'],
    ];
    for (const [text, marking] of cases) expect(asMarking(text), text).toBe(marking);
  });

  it('takes only a whole phrase in capitals: titles and sentences that use the words are not markings', () => {
    for (const text of ['Secret', 'The Secret Channel', 'Confidential talks', 'OFFICIALLY', 'SECRET TALKS IN GENEVA', 'TLP:PURPLE', '']) {
      expect(asMarking(text), text).toBeUndefined();
    }
  });
});

describe('markingAmong', () => {
  it('finds a marking among the phrases of a list', () => {
    expect(markingAmong('arms control, TLP:GREEN; Russia')).toBe('TLP:GREEN');
    expect(markingAmong('OFFICIAL – Arctic council notes')).toBe('OFFICIAL');
    expect(markingAmong('arms control, secret talks')).toBeUndefined();
  });

  it('keeps the commas of a caveat list', () => {
    expect(markingAmong('SECRET//REL TO USA, GBR, arms control')).toBe('SECRET//REL TO USA, GBR');
    expect(markingAmong('Russia, SECRET//REL TO USA, GBR; Arctic')).toBe('SECRET//REL TO USA, GBR');
    expect(markingAmong('TLP:AMBER, UNCLASSIFIED')).toBe('TLP:AMBER');
  });
});
