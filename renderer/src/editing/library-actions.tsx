import { ImportIcon, SourcesIcon, TopicsIcon, TrashIcon } from '../shared/icons';

interface LibraryActionsProps {
  onImport(): void;
  onSources(): void;
  onTopics(): void;
  onRecentlyDeleted(): void;
}

/** The library's own commands, at the foot of the sidebar: bring articles in, keep sources and topics in order. */
export function LibraryActions({ onImport, onSources, onTopics, onRecentlyDeleted }: LibraryActionsProps) {
  return (
    <nav className="library-actions" aria-label="Library">
      <button type="button" className="library-action" onClick={onImport}>
        <ImportIcon />
        Import article…
      </button>
      <button type="button" className="library-action" onClick={onSources}>
        <SourcesIcon />
        Sources
      </button>
      <button type="button" className="library-action" onClick={onTopics}>
        <TopicsIcon />
        Topics
      </button>
      <button type="button" className="library-action" onClick={onRecentlyDeleted}>
        <TrashIcon />
        Recently deleted
      </button>
    </nav>
  );
}
