import type { Briefing, Library, Selection } from '../model';
import { defaultSubject, defaultTitle } from './default-wording';

/** Fields a caller may set on a new briefing; everything else gets a sensible default. */
export type NewBriefingFields = Partial<
  Pick<Briefing, 'id' | 'title' | 'subject' | 'to' | 'from' | 'date' | 'marking' | 'bluf' | 'draft' | 'pdfa' | 'templateId' | 'paper' | 'omitAuthor'>
> & { selection?: Partial<Selection> };

/**
 * A new briefing over `library`: the whole library unless a selection is given.
 * The subject names the chosen topics, so a quick export still says what it is about; the
 * title and subject name the kinds of record chosen (a briefing of concerns is not titled
 * "Recommendations").
 */
export function newBriefing(library: Library, fields: NewBriefingFields = {}, now: Date = new Date()): Briefing {
  const selection: Selection = {
    topics: fields.selection?.topics ?? [],
    sources: fields.selection?.sources ?? [],
    kinds: fields.selection?.kinds ?? [],
    search: fields.selection?.search ?? '',
    ...(fields.selection?.includeUnreviewed ? { includeUnreviewed: true } : {}),
    applyFilters: fields.selection?.applyFilters ?? true,
    added: fields.selection?.added ?? [],
  };
  const topicLabels = library.topics.filter((t) => selection.topics.includes(t.id)).map((t) => t.label);
  const timestamp = now.toISOString();
  return {
    id: fields.id ?? `briefing-${now.getTime().toString(36)}`,
    title: fields.title ?? defaultTitle(selection.kinds),
    subject: fields.subject ?? defaultSubject(selection.kinds, topicLabels),
    to: fields.to ?? 'Director',
    from: fields.from ?? 'Analysis staff',
    date: fields.date ?? timestamp.slice(0, 10),
    marking: fields.marking ?? 'UNCLASSIFIED',
    bluf: fields.bluf ?? '',
    selection,
    items: [],
    templateId: fields.templateId ?? 'memo',
    draft: fields.draft ?? false,
    pdfa: fields.pdfa ?? false,
    ...(fields.paper ? { paper: fields.paper } : {}),
    ...(fields.omitAuthor ? { omitAuthor: true } : {}),
    exports: [],
    createdAt: timestamp,
    updatedAt: timestamp,
  };
}
