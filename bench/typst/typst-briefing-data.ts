import type { BriefingModel } from '../../main/core/compose/briefing-model';
import { citeShort, citeSource, formatDate, kindLabel } from '../../main/core/render/helpers';
import type { ResolvedPageSetup } from '../../main/core/render/page-setup';

/** Which of Briefbook's documents the Typst template (bench/typst/briefing.typ) sets. */
export type TypstDocumentKind = 'memo' | 'book';

/**
 * The briefing model as the Typst template reads it (`json("/briefing.json")`): the same
 * records, notes and page setup Briefbook prints, with the text our Handlebars helpers make
 * (dates, kind labels, endnote text) already formatted, since Typst has none of them.
 */
export function typstBriefingData(model: BriefingModel, setup: ResolvedPageSetup, kind: TypstDocumentKind): string {
  return JSON.stringify({
    kind,
    setup,
    title: model.title,
    subject: model.subject,
    to: model.to,
    from: model.from,
    dateText: formatDate(model.date),
    marking: setup.marking || model.marking,
    bluf: model.bluf,
    stats: model.stats,
    sections: model.sections.map((section) => ({
      topic: { label: section.topic.label, description: section.topic.description },
      records: section.records.map((record) => ({
        kindLabel: kindLabel(record.kind),
        summary: record.summary,
        link: record.link,
        statement: record.statement,
        citation: record.citation,
        speaker: record.speaker,
        note: record.note,
      })),
    })),
    sharedTopics: model.sharedTopics.map((shared) => ({
      label: shared.topic.label,
      sources: shared.sources.map((source) => `${source.title} (${source.publisher})`).join('; '),
    })),
    sources: model.sources.map((source) => ({
      title: source.title,
      line: source.dialogue ? `${source.publisher} · ${source.dialogue}` : source.publisher,
      dateText: formatDate(source.date, 'short'),
    })),
    notes: model.citations.map((citation) => ({
      number: citation.number,
      text: citation.firstOfSource ? citeSource(citation) : citeShort(citation),
      url: citation.firstOfSource ? citation.source.url : '',
    })),
  });
}
