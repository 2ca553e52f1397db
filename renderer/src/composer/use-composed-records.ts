import { useEffect, useRef, useState } from 'react';
import type { Briefing, BriefingModel } from '../../../main/api';
import { call } from '../api';
import { useLibraryRevision } from '../shared/library-revision';
import type { SectionIds } from './arrange';
import { useRequestEffect } from '../shared/use-request-effect';

type ModelSection = BriefingModel['sections'][number];
export type ModelRecord = ModelSection['records'][number];

/** Every record the selection puts in the briefing, with its section, before the analyst's edits. */
export interface ComposedRecords {
  records: ReadonlyMap<string, ModelRecord>;
  topics: ReadonlyMap<string, ModelSection['topic']>;
  /** Sections and records in compose's default order. */
  defaultSections: SectionIds[];
}

/**
 * Composes the briefing without its items, so excluded records are listed too and the analyst
 * can bring them back. It depends on the selection only: order, inclusion and notes are applied
 * locally (see `arrange`), so it is fetched again only when the selection changes.
 */
export function useComposedRecords(briefing: Briefing | undefined, onError: (error: unknown) => void): ComposedRecords | undefined {
  const [composed, setComposed] = useState<{ key: string; value: ComposedRecords }>();
  const revision = useLibraryRevision();
  const key = briefing ? `${JSON.stringify(briefing.selection)}@${revision}` : undefined;
  const current = useRef(briefing);
  useEffect(() => {
    current.current = briefing;
  }, [briefing]);

  useRequestEffect(
    () => {
      const request = current.current;
      if (key === undefined || !request) return undefined;
      return call('composeBriefing', { ...request, items: [] }).then((model) => ({ key, value: toComposedRecords(model) }));
    },
    [key, onError],
    { onResult: setComposed, onError },
  );

  return composed?.value;
}

function toComposedRecords(model: BriefingModel): ComposedRecords {
  return {
    records: new Map(model.sections.flatMap((section) => section.records.map((record) => [record.id, record] as const))),
    topics: new Map(model.sections.map((section) => [section.topic.id, section.topic])),
    defaultSections: model.sections.map((section) => ({ topicId: section.topic.id, ids: section.records.map((r) => r.id) })),
  };
}
