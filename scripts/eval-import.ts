// Scores the importer against answer keys: the records of the default library (data/library.json)
// for the two seed articles, the labelled fixtures in test/fixtures/import/, and the corpus of real
// public pages in eval/corpus/ (kind-aware, with a held-back third: see scripts/eval-corpus.ts).
// Usage: npm run eval:import [-- --seed S --fold N] [-- --show-held-back]
// Exits 1 when a seed or fixture misses its targets, or the held-back third misses CORPUS_TARGETS.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../main/core/importer/document';
import { importFile, type ImportResult } from '../main/core/importer/import-source';
import { scoreCandidates, type CandidateScore } from '../main/core/importer/score-candidates';
import { Library, type RecordKind } from '../main/core/model';
import { makeFixturePdf } from '../test/fixtures/import/make-fixture-pdf';
import { evaluateCorpus, HOLDOUT, totals, type CorpusEvaluation, type CorpusTotals } from './eval-corpus';

export const TARGETS = { precision: 0.8, recall: 0.9 };
/** Kind-aware targets on the held-back third of the corpus. */
export const CORPUS_TARGETS = { precision: 0.9, recall: 0.9 };

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fixtureDir = path.join(root, 'test/fixtures/import');

/** One expected record: where it is and what kind it is. */
interface ExpectedRecord extends Span {
  kind: RecordKind;
  topics?: string[];
}

export interface DocumentEvaluation extends CandidateScore {
  name: string;
  group: 'seed' | 'fixture';
  /** Share of matched candidates whose kind is the expected one. */
  kindAgreement: number;
  /** Share of matched candidates whose first topic is one of the record's (seeds only: fixtures have none). */
  topicAgreement?: number;
  /** Proposed metadata that differs from the answer key. */
  metadataMismatches: string[];
  missed: string[];
  extra: string[];
}

/** An answer key of the fixtures: statements a careful analyst would record, and the metadata. */
interface FixtureKey {
  description: string;
  metadata?: Record<string, unknown>;
  expected: { statement: string; kind: RecordKind }[];
}

/** Runs the importer on every answer-keyed document and scores it. */
export async function evaluateImporter(): Promise<DocumentEvaluation[]> {
  const library = Library.parse(JSON.parse(await readFile(path.join(root, 'data/library.json'), 'utf8')));
  const evaluations: DocumentEvaluation[] = [];

  const sourceDir = path.join(root, 'data/sources');
  for (const name of (await readdir(sourceDir)).filter((f) => f.endsWith('.txt')).sort()) {
    const file = path.join(sourceDir, name);
    const text = await readFile(file, 'utf8');
    const source = library.sources.find((s) => s.text === text);
    if (!source) continue;
    const result = await importFile(file, { topics: library.topics });
    const expected = library.records
      .filter((r) => r.sourceId === source.id)
      .map((r) => ({ ...r.location, kind: r.kind, topics: r.topics }));
    evaluations.push(evaluate(name, 'seed', result, expected, []));
  }

  const scratch = await mkdtemp(path.join(os.tmpdir(), 'briefbook-eval-'));
  try {
    for (const keyFile of (await readdir(fixtureDir)).filter((f) => f.endsWith('.expected.json')).sort()) {
      const base = keyFile.replace(/\.expected\.json$/, '');
      const key = JSON.parse(await readFile(path.join(fixtureDir, keyFile), 'utf8')) as FixtureKey;
      const file = await fixtureFile(base, scratch);
      const result = await importFile(file, { topics: library.topics });
      const expected = key.expected.map(({ statement, kind }) => ({ ...locate(result.source.text, statement, base), kind }));
      evaluations.push(evaluate(path.basename(file), 'fixture', result, expected, metadataMismatches(result, key.metadata ?? {})));
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return evaluations;
}

/** The fixture document for an answer key; PDF fixtures are built from their layout file. */
async function fixtureFile(base: string, scratch: string): Promise<string> {
  const files = await readdir(fixtureDir);
  const layout = files.find((f) => f === `${base}.pdf.json`);
  if (layout) {
    const pdf = path.join(scratch, `${base}.pdf`);
    await writeFile(pdf, await makeFixturePdf(path.join(fixtureDir, layout)));
    return pdf;
  }
  const document = files.find((f) => f.startsWith(`${base}.`) && !f.endsWith('.json'));
  if (!document) throw new Error(`no document for answer key ${base}.expected.json`);
  return path.join(fixtureDir, document);
}

/** Where an expected statement stands in the imported text; a statement not found is a reader bug. */
function locate(text: string, statement: string, fixture: string): Span {
  const start = text.indexOf(statement);
  if (start < 0) throw new Error(`${fixture}: expected statement not in the imported text: "${statement}"`);
  return { start, end: start + statement.length };
}

function evaluate(
  name: string,
  group: DocumentEvaluation['group'],
  result: ImportResult,
  expected: ExpectedRecord[],
  metadataMismatchList: string[],
): DocumentEvaluation {
  const score = scoreCandidates(
    result.candidates.map((c) => c.location),
    expected,
  );
  const matchedCandidates = new Set(score.pairs.map(([i]) => i));
  const matchedExpected = new Set(score.pairs.map(([, j]) => j));
  const share = (count: number) => (score.pairs.length ? count / score.pairs.length : 1);
  const text = result.source.text;
  return {
    ...score,
    name,
    group,
    kindAgreement: share(score.pairs.filter(([i, j]) => result.candidates[i]!.kind === expected[j]!.kind).length),
    topicAgreement:
      group === 'seed'
        ? share(score.pairs.filter(([i, j]) => expected[j]!.topics!.includes(result.candidates[i]!.topics[0] ?? '')).length)
        : undefined,
    metadataMismatches: metadataMismatchList,
    missed: expected.filter((_, j) => !matchedExpected.has(j)).map((e) => text.slice(e.start, e.end)),
    extra: result.candidates.filter((_, i) => !matchedCandidates.has(i)).map((c) => c.statement),
  };
}

function metadataMismatches(result: ImportResult, expected: Record<string, unknown>): string[] {
  const source = result.source as unknown as Record<string, unknown>;
  return Object.entries(expected)
    .filter(([field, value]) => JSON.stringify(source[field]) !== JSON.stringify(value))
    .map(([field, value]) => `${field}: expected ${JSON.stringify(value)}, proposed ${JSON.stringify(source[field])}`);
}

/** True when a document meets both targets. */
export function meetsTargets(evaluation: CandidateScore): boolean {
  return evaluation.precision >= TARGETS.precision && evaluation.recall >= TARGETS.recall;
}

function printReport(evaluations: DocumentEvaluation[]): void {
  const pct = (x: number | undefined) => (x === undefined ? '   -' : `${Math.round(x * 100)}%`.padStart(4));
  const line = (cells: string[]) => console.log(cells.join('  '));
  line(['document'.padEnd(34), 'expected', 'proposed', 'matched', 'precision', 'recall', 'kind', 'topic', 'target']);
  const total = (group: DocumentEvaluation['group']) => {
    const docs = evaluations.filter((e) => e.group === group);
    const sum = (f: (e: DocumentEvaluation) => number) => docs.reduce((s, e) => s + f(e), 0);
    const [expected, proposed, matched] = [sum((e) => e.expected), sum((e) => e.proposed), sum((e) => e.matched)];
    return { expected, proposed, matched, precision: proposed ? matched / proposed : 1, recall: expected ? matched / expected : 1 };
  };
  for (const group of ['seed', 'fixture'] as const) {
    for (const e of evaluations.filter((x) => x.group === group)) {
      line([
        e.name.padEnd(34),
        String(e.expected).padStart(8),
        String(e.proposed).padStart(8),
        String(e.matched).padStart(7),
        pct(e.precision).padStart(9),
        pct(e.recall).padStart(6),
        pct(e.kindAgreement),
        pct(e.topicAgreement).padStart(5),
        meetsTargets(e) ? 'ok' : 'MISSED',
      ]);
    }
    const t = total(group);
    line([
      `total (${group}s)`.padEnd(34),
      String(t.expected).padStart(8),
      String(t.proposed).padStart(8),
      String(t.matched).padStart(7),
      pct(t.precision).padStart(9),
      pct(t.recall).padStart(6),
    ]);
    console.log('');
  }
  for (const e of evaluations) {
    if (!e.missed.length && !e.extra.length && !e.metadataMismatches.length) continue;
    console.log(`${e.name}:`);
    for (const s of e.missed) console.log(`  missed:   ${s.slice(0, 110)}`);
    for (const s of e.extra) console.log(`  extra:    ${s.slice(0, 110)}`);
    for (const m of e.metadataMismatches) console.log(`  metadata: ${m}`);
  }
  console.log(`\nTargets on each document: precision >= ${TARGETS.precision}, recall >= ${TARGETS.recall}.`);
}

/** The library's topics, for topic suggestions during the corpus import. */
export async function libraryTopics() {
  return Library.parse(JSON.parse(await readFile(path.join(root, 'data/library.json'), 'utf8'))).topics;
}

/** True when the held-back third meets the kind-aware targets. */
export function meetsCorpusTargets(t: CorpusTotals): boolean {
  return t.precision >= CORPUS_TARGETS.precision && t.recall >= CORPUS_TARGETS.recall;
}

function printCorpusReport(evaluations: CorpusEvaluation[], showHeldBack: boolean): void {
  const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);
  const header = ['', 'docs', 'labels', 'proposed', 'matched', 'precision', 'recall', 'any kind', 'metadata'];
  const row = (label: string, t: CorpusTotals) =>
    console.log(
      [
        label.padEnd(40),
        String(t.documents).padStart(4),
        String(t.expected).padStart(6),
        String(t.proposed).padStart(8),
        String(t.matched).padStart(7),
        pct(t.precision).padStart(9),
        pct(t.recall).padStart(6),
        pct(t.recallAnyKind).padStart(8),
        `${t.metadataRight}/${t.metadataChecked}`.padStart(8),
      ].join('  '),
    );
  const head = (title: string) => console.log([title.padEnd(40), ...header.slice(1).map((h, i) => h.padStart([4, 6, 8, 7, 9, 6, 8, 8][i]!))].join('  '));
  const parts = [
    { label: 'development', docs: evaluations.filter((e) => !e.heldBack) },
    { label: 'held-back', docs: evaluations.filter((e) => e.heldBack) },
  ];
  console.log(`\nCorpus (eval/corpus/, kind-aware; held back: seed "${HOLDOUT.seed}", fold ${HOLDOUT.fold} of ${HOLDOUT.folds})\n`);
  for (const part of parts) {
    head(`${part.label}: document`);
    for (const e of part.docs) row(`${e.name}`, totals([e]));
    row(`total (${part.label})`, totals(part.docs));
    console.log('');
  }
  head('by style (development | held-back)');
  for (const style of [...new Set(evaluations.map((e) => e.style))].sort()) {
    for (const part of parts) {
      const docs = part.docs.filter((e) => e.style === style);
      if (docs.length) row(`${style} (${part.label})`, totals(docs));
    }
  }
  for (const language of [...new Set(evaluations.map((e) => e.language))].sort()) {
    for (const part of parts) {
      const docs = part.docs.filter((e) => e.language === language);
      if (docs.length) row(`language ${language} (${part.label})`, totals(docs));
    }
  }
  for (const batch of [...new Set(evaluations.map((e) => e.batch))].sort()) {
    row(`batch ${batch}`, totals(evaluations.filter((e) => e.batch === batch)));
  }
  row('total (all)', totals(evaluations));
  console.log('');
  for (const e of evaluations) {
    if (e.heldBack && !showHeldBack) continue;
    if (!e.missed.length && !e.extra.length && !e.metadataWrong.length) continue;
    console.log(`${e.name}${e.heldBack ? ' (held back)' : ''}:`);
    for (const s of e.missed) console.log(`  missed:   ${s.slice(0, 110)}`);
    for (const s of e.extra) console.log(`  extra:    ${s.slice(0, 110)}`);
    for (const m of e.metadataWrong) console.log(`  metadata: ${m}`);
  }
  const slowest = Math.max(...evaluations.map((e) => e.millis));
  console.log(`\nSlowest corpus import: ${Math.round(slowest)} ms.`);
  console.log(`Targets on the held-back third: precision >= ${CORPUS_TARGETS.precision}, recall >= ${CORPUS_TARGETS.recall}.`);
}

/** `--name value` from the command line. */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const evaluations = await evaluateImporter();
  printReport(evaluations);
  const holdout = { ...HOLDOUT, seed: option('seed') ?? HOLDOUT.seed, fold: Number(option('fold') ?? HOLDOUT.fold) };
  Object.assign(HOLDOUT, holdout);
  const corpus = await evaluateCorpus(await libraryTopics(), holdout);
  printCorpusReport(corpus, process.argv.includes('--show-held-back'));
  const heldBack = totals(corpus.filter((e) => e.heldBack));
  process.exitCode = evaluations.every(meetsTargets) && meetsCorpusTargets(heldBack) ? 0 : 1;
}
