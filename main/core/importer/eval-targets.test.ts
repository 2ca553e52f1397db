// The evaluation of `npm run eval:import` as a test, so that a change to the rules that loses
// records (or proposes junk) on the seed articles or the labelled fixtures fails CI.
import { describe, expect, it } from 'vitest';
import { evaluateImporter, TARGETS } from '../../../scripts/eval-import';

describe('import evaluation', () => {
  it(`meets precision >= ${TARGETS.precision} and recall >= ${TARGETS.recall} on every seed article and fixture`, async () => {
    const evaluations = await evaluateImporter();
    expect(evaluations.filter((e) => e.group === 'seed').map((e) => e.name)).toEqual([
      'elbe-group-track2-2019.txt',
      'eln-mil-to-mil-2021.txt',
    ]);
    expect(evaluations.filter((e) => e.group === 'fixture').length).toBeGreaterThanOrEqual(7);
    for (const e of evaluations) {
      const summary = { name: e.name, precision: e.precision, recall: e.recall, missed: e.missed, extra: e.extra };
      expect(e.precision, JSON.stringify(summary, null, 2)).toBeGreaterThanOrEqual(TARGETS.precision);
      expect(e.recall, JSON.stringify(summary, null, 2)).toBeGreaterThanOrEqual(TARGETS.recall);
      expect(e.metadataMismatches, e.name).toEqual([]);
    }
  });
});
