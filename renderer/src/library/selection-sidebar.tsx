import type { LibraryOverview } from '../../../main/api';
import { formatDate } from '../shared/format';
import type { LibraryFilters } from '../shared/library-filters';
import { FacetList } from './facet-list';
import type { FacetCounts } from './use-facet-counts';

interface SelectionSidebarProps {
  overview: LibraryOverview;
  filters: LibraryFilters;
  counts: FacetCounts | undefined;
  onChange(change: Partial<LibraryFilters>): void;
}

/** The library's filters as facets: which topics and which sources to browse (the briefing is not changed). */
export function SelectionSidebar({ overview, filters, counts, onChange }: SelectionSidebarProps) {
  const topics = overview.topics.map((topic) => ({
    id: topic.id,
    label: topic.label,
    title: topic.description || topic.label,
    count: counts?.topics.get(topic.id) ?? topic.records,
  }));
  const sources = overview.sources.map((source) => ({
    id: source.id,
    label: source.publisher,
    detail: [formatDate(source.date), dialogueBeyond(source.publisher, source.dialogue)].filter(Boolean).join(' · '),
    title: `${source.title}\n${source.publisher}, ${formatDate(source.date)}`,
    count: counts?.sources.get(source.id) ?? source.records,
  }));

  return (
    <nav className="sidebar" aria-label="Browse by topic and source">
      <FacetList legend="Topics" options={topics} selected={filters.topics} onChange={(topics) => onChange({ topics })} />
      <FacetList legend="Sources" options={sources} selected={filters.sources} onChange={(sources) => onChange({ sources })} />
    </nav>
  );
}

/** The dialogue's name without the publisher it repeats ("European Leadership Network NATO-Russia …" → "NATO-Russia …"). */
function dialogueBeyond(publisher: string, dialogue: string): string {
  return dialogue.startsWith(publisher) ? dialogue.slice(publisher.length).trim() : dialogue;
}
