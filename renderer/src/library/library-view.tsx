import type { LibraryOverview, SourceSummary } from '../../../main/api';
import { RecordDetail } from './record-detail';
import { RecordList } from './record-list';
import { useRecord } from './use-record';
import type { RecordResults } from './use-record-results';

interface LibraryViewProps {
  overview: LibraryOverview;
  results: RecordResults;
  excluded: ReadonlySet<string>;
  selectedId: string | undefined;
  onSelect(recordId: string): void;
  onClearFilters(): void;
  onError(error: unknown): void;
}

/** The records the selection finds, above the chosen record in full with its source passage. */
export function LibraryView({ overview, results, excluded, selectedId, onSelect, onClearFilters, onError }: LibraryViewProps) {
  const found = useRecord(selectedId, onError);
  const sources = new Map<string, SourceSummary>(overview.sources.map((s) => [s.id, s]));
  return (
    <div className="library-view">
      <RecordList
        results={results}
        sources={sources}
        excluded={excluded}
        selectedId={selectedId}
        onSelect={onSelect}
        onClearFilters={onClearFilters}
      />
      <RecordDetail found={found} topics={overview.topics} chosen={selectedId !== undefined} />
    </div>
  );
}
