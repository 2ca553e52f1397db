import type { Ref } from 'react';
import { ChevronLeftIcon, ChevronRightIcon, SearchIcon } from '../shared/icons';
import type { DocumentSearch } from './use-document-search';

interface SearchFieldProps {
  search: DocumentSearch;
  inputRef: Ref<HTMLInputElement>;
  /** Escape: back to the pages. */
  onDone(): void;
}

/** Find in the document: the query, how many hits and which is shown, previous and next. */
export function SearchField({ search, inputRef, onDone }: SearchFieldProps) {
  const { query, hits, current, searching } = search;
  const status = !query.trim() ? '' : searching ? 'Searching…' : hits.length === 0 ? 'No matches' : `${current + 1} of ${hits.length}`;
  return (
    <div className="reader-search" role="search">
      <SearchIcon />
      <input
        ref={inputRef}
        type="search"
        value={query}
        placeholder="Find in document"
        aria-label="Find in document"
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (event.shiftKey) search.previous();
            else search.next();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            search.setQuery('');
            onDone();
          }
        }}
      />
      <span className="reader-search-status" role="status" aria-label="Matches">
        {status}
      </span>
      <button type="button" className="icon-button" aria-label="Previous match" disabled={hits.length === 0} onClick={search.previous}>
        <ChevronLeftIcon />
      </button>
      <button type="button" className="icon-button" aria-label="Next match" disabled={hits.length === 0} onClick={search.next}>
        <ChevronRightIcon />
      </button>
    </div>
  );
}
