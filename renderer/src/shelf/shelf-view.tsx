import type { Ref } from 'react';
import type { ShelfItem } from '../../../main/api';
import { EmptyState } from '../shared/empty-state';
import { plural } from '../shared/format';
import { OpenIcon, SearchIcon } from '../shared/icons';
import { countShows, filterShelf, markingsOf, NO_FILTER, type ShelfFilter, type ShelfShow } from './shelf-filter';
import { ShelfRow } from './shelf-row';

interface ShelfViewProps {
  items: ShelfItem[] | undefined;
  filter: ShelfFilter;
  onFilter(filter: ShelfFilter): void;
  onOpen(id: string): void;
  onRemove(item: ShelfItem): void;
  onAddPdf(): void;
  searchRef: Ref<HTMLInputElement>;
}

const SHOWS: { show: ShelfShow; label: string }[] = [
  { show: 'all', label: 'All' },
  { show: 'briefings', label: 'Briefings' },
  { show: 'files', label: 'Added PDFs' },
  { show: 'stale', label: 'Out of date' },
];

/** The finished briefings and added PDFs, newest first, to search, filter and open. */
export function ShelfView({ items, filter, onFilter, onOpen, onRemove, onAddPdf, searchRef }: ShelfViewProps) {
  const shown = items ? filterShelf(items, filter) : [];
  const counts = countShows(items ?? []);
  const markings = markingsOf(items ?? []);
  return (
    <section className="shelf" aria-label="Shelf">
      <header className="shelf-header">
        <div>
          <h2 className="shelf-heading">Reading room</h2>
          <p className="shelf-intro">Finished briefings and other PDFs, kept on this computer to read without a network.</p>
        </div>
        <button type="button" className="button" onClick={onAddPdf}>
          <OpenIcon />
          Add PDF…
        </button>
      </header>

      <div className="shelf-controls">
        <div className="shelf-search">
          <SearchIcon />
          <input
            ref={searchRef}
            type="search"
            value={filter.text}
            placeholder="Search titles, files and markings"
            aria-label="Search the shelf"
            onChange={(event) => onFilter({ ...filter, text: event.target.value })}
          />
        </div>
        <div className="segmented" role="radiogroup" aria-label="Show">
          {SHOWS.map(({ show, label }) => (
            <button
              key={show}
              type="button"
              role="radio"
              aria-checked={filter.show === show}
              className="segment"
              onClick={() => onFilter({ ...filter, show })}
            >
              {label}
              <span className="segment-count">{counts[show]}</span>
            </button>
          ))}
        </div>
        <select
          className="shelf-marking"
          aria-label="Marking"
          value={filter.marking}
          onChange={(event) => onFilter({ ...filter, marking: event.target.value })}
        >
          <option value="">Any marking</option>
          {markings.map((marking) => (
            <option key={marking} value={marking}>
              {marking}
            </option>
          ))}
        </select>
        <span className="shelf-count" role="status">
          {items ? plural(shown.length, 'document') : 'Loading…'}
        </span>
      </div>

      {items && items.length === 0 ? (
        <EmptyState title="Nothing on the shelf yet" action={{ label: 'Add PDF…', onClick: onAddPdf }}>
          Every briefing you export is put here, ready to read offline. You can add any other PDF from disk too.
        </EmptyState>
      ) : items && shown.length === 0 ? (
        <EmptyState title="No documents match" action={{ label: 'Clear filters', onClick: () => onFilter(NO_FILTER) }}>
          Nothing on the shelf matches this search and these filters.
        </EmptyState>
      ) : (
        <div className="shelf-table-wrap">
          <table className="shelf-table" aria-label="Documents">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Marking</th>
                <th scope="col">Date</th>
                <th scope="col">Length</th>
                <th scope="col">State</th>
                <th scope="col" aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {shown.map((item) => (
                <ShelfRow key={item.id} item={item} onOpen={onOpen} onRemove={onRemove} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
