import type { Briefing, Library, RecordItem, Source, Topic } from '../model';
import type { RuleRecords } from './rule-records';
import { selectedRecords } from './selected-records';
import type {
  BriefingModel,
  BriefingSection,
  Citation,
  ModelPosition,
  ModelRecord,
  ModelSource,
  SectionTopic,
  SharedTopic,
  SupersededVersion,
} from './briefing-model';
import { briefingPositions, oneSidedColumns } from './briefing-positions';
import { crossReferences } from './cross-references';
import { pinpointOf } from './pinpoint';
import { quotedPassage } from './quotation';
import { recordLink } from './record-link';
import { monthsBetween } from './record-age';
import { exportableRecords, isUnreviewed } from './unreviewed';
import { topRecommendations } from './top-recommendations';
import { buildTopicSourceMatrix, type PlacedRecord } from './topic-source-matrix';
import { inPrintOrder } from './record-order';

/** The parts of a Briefing that decide what it prints; `pdfa` may be left out (not archival). */
export type BriefingRequest = Pick<
  Briefing,
  'title' | 'subject' | 'to' | 'from' | 'date' | 'marking' | 'bluf' | 'draft' | 'selection' | 'items'
> &
  Partial<Pick<Briefing, 'pdfa' | 'paper' | 'omitAuthor'>> & {
    /** This export's version (default 1) and, when regenerated, the version it replaces. */
    version?: number;
    supersedes?: SupersededVersion;
  };

/**
 * Turns a briefing request into the BriefingModel a template renders.
 *
 * The selection decides which records are in the pool; `items` order them, annotate them and
 * exclude some. Records the items do not mention keep their default place: taxonomy order of
 * their section topic, then library order. Each record is printed once, under its first topic
 * that the selection asked for (or its first topic). Sections follow the order in which their
 * first record appears, so reordering records can reorder sections. Citations are numbered in
 * print order, one per paragraph of a source, so records quoting the same paragraph share a note.
 * `ruleRecords` finds the records of the selection's rule (default: in this thread).
 */
export function composeBriefing(library: Library, request: BriefingRequest, ruleRecords?: RuleRecords): BriefingModel {
  const topicsById = new Map(library.topics.map((t) => [t.id, t]));
  const sourcesById = new Map(library.sources.map((s) => [s.id, s]));
  const topicRank = new Map(library.topics.map((t, i) => [t.id, i]));

  // Records an import added unreviewed carry guessed sources ("Unknown publisher"): left out unless asked for.
  const pool = exportableRecords(selectedRecords(library, request.selection, ruleRecords), request.selection.includeUnreviewed);
  const sectionTopicOf = (record: RecordItem): string =>
    record.topics.find((t) => request.selection.topics.includes(t)) ?? record.topics[0]!;

  const ordered = orderRecords(pool, request.items, (r) => topicRank.get(sectionTopicOf(r)) ?? Infinity);
  const notes = new Map(request.items.map((item) => [item.recordId, item.note]));

  // Sections follow their first record; within the document, records print section by section.
  const grouped = new Map<string, RecordItem[]>();
  for (const record of ordered) getOrAdd(grouped, sectionTopicOf(record), () => []).push(record);
  const sectionTopics = new Map([...grouped.keys()].map((id) => [id, toModelTopic(topicsById.get(id), id)]));

  const citations = new Map<string, Citation>();
  const modelSources = new Map<string, ModelSource>();
  const placed: PlacedRecord[] = [];
  const sections: BriefingSection[] = [...grouped].map(([topicId, records]) => {
    const modelRecords = records.map((record) => {
      const source = sourcesById.get(record.sourceId);
      if (!source) throw new Error(`record ${record.id} cites unknown source "${record.sourceId}"`);
      const firstOfSource = !modelSources.has(source.id);
      const modelSource = getOrAdd(modelSources, source.id, () => toModelSource(source));
      // Numbered in print order, one note per paragraph of a source, shared by the records quoting it.
      const pinpoint = pinpointOf(source, record.location);
      const citation = getOrAdd(citations, `${source.id}\u0000${pinpoint.paragraph}`, () => ({
        number: citations.size + 1,
        source: modelSource,
        section: record.section,
        ...pinpoint,
        firstOfSource,
        recordIds: [],
      }));
      citation.recordIds.push(record.id);
      const modelRecord = toModelRecord(record, modelSource, citation.number, notes.get(record.id) ?? '', request.date);
      modelRecord.quote = quotedPassage(record.statement, source.text, record.location);
      placed.push({ record: modelRecord, topics: record.topics, sectionTopic: topicId });
      return modelRecord;
    });
    return { topic: sectionTopics.get(topicId)!, records: modelRecords, sources: [], seeAlso: [] };
  });

  const sourceList = [...modelSources.values()];
  const printed = placed.map((p) => p.record);
  const positions = briefingPositions(library.positions, printed, sourceList);
  const matrix = buildTopicSourceMatrix(sections, placed, sourceList);
  const seeAlso = crossReferences(placed, sectionTopics);
  sections.forEach((section, index) => {
    section.sources = matrix.rows[index]!.cells.filter((cell) => cell.count > 0);
    section.seeAlso = seeAlso.get(section.topic.id) ?? [];
  });

  const top = topRecommendations(sections);
  const model: BriefingModel = {
    title: request.title,
    subject: request.subject,
    to: request.to,
    from: request.from,
    date: request.date,
    marking: request.marking,
    bluf: request.bluf,
    blufByAnalyst: request.bluf.trim() !== '',
    version: request.version ?? 1,
    supersedes: request.supersedes ?? null,
    draft: request.draft,
    pdfa: request.pdfa ?? false,
    paper: request.paper ?? '',
    omitAuthor: request.omitAuthor ?? false,
    sections,
    topRecommendations: top.top,
    topAreKey: top.key,
    topMore: top.more,
    citations: [...citations.values()],
    sources: sourceList,
    sharedTopics: findSharedTopics(sections, ordered, sourceList, topicsById),
    positions,
    agreements: positions.filter((p) => p.kind === 'agreement'),
    divergences: positions.filter((p) => p.kind === 'divergence'),
    oneSided: oneSidedColumns(printed, positions, sourceList),
    matrix,
    stats: { records: ordered.length, topics: sections.length, sources: sourceList.length },
  };
  if (!model.blufByAnalyst) model.bluf = summarizeBriefing(model);
  return model;
}

/** Pool records (in library order) in the analyst's order: listed items first as listed, the rest by rank, then library order. */
function orderRecords(
  pool: readonly RecordItem[],
  items: BriefingRequest['items'],
  rank: (record: RecordItem) => number,
): RecordItem[] {
  const excluded = new Set(items.filter((item) => !item.included).map((item) => item.recordId));
  return inPrintOrder(
    pool.filter((record) => !excluded.has(record.id)),
    (record) => record.id,
    items,
    rank,
  );
}

/**
 * Topics of the briefing that records from more than one source address (any of their topics
 * counts), sections' topics first; each lists its sources in the briefing's source order.
 */
function findSharedTopics(
  sections: readonly BriefingSection[],
  records: readonly RecordItem[],
  sources: readonly ModelSource[],
  topicsById: ReadonlyMap<string, Topic>,
): SharedTopic[] {
  const sourcesByTopic = new Map<string, Set<string>>();
  for (const record of records) {
    for (const topic of record.topics) getOrAdd(sourcesByTopic, topic, () => new Set()).add(record.sourceId);
  }
  const topicOrder = [...sections.map((s) => s.topic.id), ...topicsById.keys()];
  return [...new Set(topicOrder)]
    .filter((id) => (sourcesByTopic.get(id)?.size ?? 0) > 1)
    .map((id) => ({
      topic: { id, label: topicsById.get(id)?.label ?? id },
      sources: sources.filter((source) => sourcesByTopic.get(id)!.has(source.id)),
    }));
}

/**
 * A factual bottom line for briefings whose analyst has not written one yet: the scope, then
 * what the sources agree on (linked positions, never a shared topic: "Both the Elbe Group
 * (2019) and the ELN (2021) call for a; b; and c."), the divergences, and, when nothing is
 * agreed, the topics more than one source covers, in those words.
 */
export function summarizeBriefing(model: BriefingModel): string {
  const { records, topics, sources } = model.stats;
  if (records === 0) return 'No records match this briefing’s selection.';
  const dialogues = [...new Set(model.sources.map((s) => s.dialogue || s.publisher))];
  const scope = `${records} ${records === 1 ? 'record' : 'records'} from ${sources} ${sources === 1 ? 'source' : 'sources'} (${dialogues.join('; ')}) on ${topics} ${topics === 1 ? 'topic' : 'topics'}.`;
  const shared = model.sharedTopics.map((c) => `${c.topic.label} (${c.sources.length})`);
  return [
    scope,
    ...agreementSentences(model.agreements),
    ...model.divergences.map((p) => p.sentence),
    // A bottom line stays short: where sources agree, the topics they share add nothing to act on.
    ...(shared.length && model.agreements.length === 0 ? [`Topics covered by more than one source: ${shared.join('; ')}.`] : []),
  ].join(' ');
}

/** One sentence per set of agreeing sources, listing what they call for. */
function agreementSentences(agreements: readonly ModelPosition[]): string[] {
  const bySources = new Map<string, ModelPosition[]>();
  for (const position of agreements) getOrAdd(bySources, position.sources.map((s) => s.id).join('\u0000'), () => []).push(position);
  return [...bySources.values()].map((group) => {
    if (group.length === 1) return group[0]!.sentence;
    const [lead] = group[0]!.sentence.split(' call for ');
    const calls = group.map((p) => p.sentence.slice(p.sentence.indexOf(' call for ') + ' call for '.length).replace(/\.$/, ''));
    return `${lead} call for ${calls.slice(0, -1).join('; ')}; and ${calls.at(-1)}.`;
  });
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function toModelTopic(topic: Topic | undefined, id: string): SectionTopic {
  return { id, label: topic?.label ?? id, description: topic?.description ?? '' };
}

function toModelSource(source: Source): ModelSource {
  const { id, title, publisher, container, authors, date, url, accessed, kind, dialogue, track, language } = source;
  return { id, title, publisher, container, authors, date, url, accessed: accessed ?? '', kind, dialogue, track, language };
}

function toModelRecord(record: RecordItem, source: ModelSource, citation: number, note: string, briefingDate: string): ModelRecord {
  const { id, kind, statement, summary, speaker, addressees, section, key } = record;
  return {
    id,
    kind,
    statement,
    quote: statement,
    summary,
    speaker,
    addressees,
    section,
    note,
    citation,
    source,
    key,
    unreviewed: isUnreviewed(record),
    ageMonths: monthsBetween(source.date, briefingDate),
    // Set by the layout, from the template's threshold (`flagOlderThanMonths`).
    old: false,
    position: null,
    link: recordLink(id, source.url),
  };
}
