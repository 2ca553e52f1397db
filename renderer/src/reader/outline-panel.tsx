import type { OutlineEntry, OutlineTarget } from './use-outline';

interface OutlinePanelProps {
  outline: OutlineEntry[] | undefined;
  /** The page being read: the bookmark of the section it is in is marked. */
  page: number;
  onGo(target: OutlineTarget): void;
}

/** The document's bookmarks; choosing one goes to where it leads. */
export function OutlinePanel({ outline, page, onGo }: OutlinePanelProps) {
  if (!outline) return <p className="reader-sidebar-note">Loading bookmarks…</p>;
  if (outline.length === 0) return <p className="reader-sidebar-note">This PDF has no bookmarks.</p>;
  return (
    <nav aria-label="Bookmarks">
      <OutlineList entries={outline} current={sectionAt(outline, page)} onGo={onGo} />
    </nav>
  );
}

interface OutlineListProps {
  entries: OutlineEntry[];
  current: OutlineEntry | undefined;
  onGo(target: OutlineTarget): void;
}

function OutlineList({ entries, current, onGo }: OutlineListProps) {
  return (
    <ul className="outline-list">
      {entries.map((entry, index) => (
        <li key={index}>
          <button
            type="button"
            className="outline-entry"
            disabled={!entry.target}
            aria-current={entry === current ? 'location' : undefined}
            title={entry.target ? `${entry.title} (page ${entry.target.page})` : entry.title}
            onClick={() => entry.target && onGo(entry.target)}
          >
            <span className="outline-title">{entry.title}</span>
            {entry.target && <span className="outline-page">{entry.target.page}</span>}
          </button>
          {entry.children.length > 0 && <OutlineList entries={entry.children} current={current} onGo={onGo} />}
        </li>
      ))}
    </ul>
  );
}

/** The last bookmark, in reading order, that starts on or before `page`. */
function sectionAt(outline: readonly OutlineEntry[], page: number): OutlineEntry | undefined {
  let found: OutlineEntry | undefined;
  const visit = (entries: readonly OutlineEntry[]) => {
    for (const entry of entries) {
      if (entry.target && entry.target.page <= page) found = entry;
      visit(entry.children);
    }
  };
  visit(outline);
  return found;
}
