import type { Position } from '../model';
import type { ModelPosition, ModelRecord, ModelSource, OneSidedColumn, PositionKind } from './briefing-model';

/**
 * The library's positions as this briefing prints them: those with at least two of their
 * records in the briefing, in order of their first printed record. Each printed record of such
 * a position gets its `position` reference set (the records are shared with sections and the
 * matrix). A position's kind is decided by its printed records alone: two dialogues agree in a
 * briefing only when both records are in it.
 */
export function briefingPositions(positions: readonly Position[], printed: readonly ModelRecord[], sources: readonly ModelSource[]): ModelPosition[] {
  const printOrder = new Map(printed.map((record, index) => [record.id, index]));
  const byId = new Map(printed.map((record) => [record.id, record]));
  const result: ModelPosition[] = [];
  for (const position of positions) {
    const members = position.members.filter((m) => byId.has(m.recordId)).sort((a, b) => printOrder.get(a.recordId)! - printOrder.get(b.recordId)!);
    if (members.length < 2) continue;
    const records = members.map((m) => byId.get(m.recordId)!);
    const agreeing = members.filter((m) => m.stance === 'agrees').map((m) => byId.get(m.recordId)!);
    const opposing = members.filter((m) => m.stance === 'opposes').map((m) => byId.get(m.recordId)!);
    const agreeingSources = sources.filter((source) => agreeing.some((r) => r.source.id === source.id));
    const kind: PositionKind = opposing.length > 0 ? 'divergence' : agreeingSources.length > 1 ? 'agreement' : 'one-sided';
    const opposingSources = sources.filter((source) => opposing.some((r) => r.source.id === source.id));
    const modelPosition: ModelPosition = {
      id: position.id,
      label: position.label,
      kind,
      sentence: positionSentence(kind, position.label, agreeingSources, opposingSources),
      sources: agreeingSources,
      records,
      agreeing,
      opposing,
      cells: sources.map((source) => {
        const bySource = (list: ModelRecord[]) => list.filter((r) => r.source.id === source.id);
        return { source, records: bySource(records), agreeing: bySource(agreeing), opposing: bySource(opposing) };
      }),
    };
    for (const record of records) record.position = { id: position.id, label: position.label, kind };
    result.push(modelPosition);
  }
  return result.sort((a, b) => printOrder.get(a.records[0]!.id)! - printOrder.get(b.records[0]!.id)!);
}

/**
 * Each source's recommendations and proposals that no record of another source in the briefing
 * joins (in no position, or in one whose other printed records are all from the same source).
 */
export function oneSidedColumns(printed: readonly ModelRecord[], positions: readonly ModelPosition[], sources: readonly ModelSource[]): OneSidedColumn[] {
  const joined = new Set(positions.filter((p) => p.kind !== 'one-sided').flatMap((p) => p.records.map((r) => r.id)));
  return sources
    .map((source) => ({
      source,
      records: printed.filter(
        (r) => r.source.id === source.id && !joined.has(r.id) && (r.kind === 'recommendation' || r.kind === 'proposal'),
      ),
    }))
    .filter((column) => column.records.length > 0);
}

/** "Both the Elbe Group (2019) and the ELN (2021) call for talks on …", or who calls for and who opposes it. */
function positionSentence(kind: PositionKind, label: string, agreeing: readonly ModelSource[], opposing: readonly ModelSource[]): string {
  const what = lowerFirst(label.replace(/[.\s]+$/, ''));
  const names = agreeing.map(partyName);
  if (kind === 'agreement') {
    return names.length === 2 ? `Both ${names[0]} and ${names[1]} call for ${what}.` : `${joinNames(names)} all call for ${what}.`;
  }
  const calls = `${upperFirst(joinNames(names))} ${names.length > 1 ? 'call' : 'calls'} for ${what}`;
  if (kind === 'one-sided') return `${calls}.`;
  const against = opposing.filter((s) => !agreeing.includes(s)).map(partyName);
  return against.length > 0 ? `${calls}; ${joinNames(against)} ${against.length > 1 ? 'oppose' : 'opposes'} it.` : `${calls}, but some of its records oppose it.`;
}

/**
 * How a summary names a source: "the Elbe Group (2019)". The dialogue it reports, else its
 * publisher; a dialogue named after its publisher ("European Leadership Network NATO-Russia
 * risk-reduction dialogue") goes by the publisher's initials ("the ELN").
 */
export function partyName(source: ModelSource): string {
  const year = source.date.slice(0, 4);
  const name = source.dialogue || source.publisher;
  const publisherWords = source.publisher.split(/\s+/).filter(Boolean);
  const short =
    source.dialogue && source.dialogue !== source.publisher && source.dialogue.startsWith(source.publisher) && publisherWords.length > 1
      ? publisherWords.map((word) => word[0]!.toUpperCase()).join('')
      : name;
  return `the ${short} (${year})`;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "Talks on …" reads "talks on …" after "call for"; "NATO …" and "INF …" keep their capitals. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
