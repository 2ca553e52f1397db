import { useState } from 'react';
import { ChevronLeftIcon, ChevronRightIcon } from '../icons';

interface PageNavigatorProps {
  page: number;
  pageCount: number;
  onGo(page: number): void;
}

/** Previous / page number / next. The number field goes to its page on Enter or when left. */
export function PageNavigator({ page, pageCount, onGo }: PageNavigatorProps) {
  // What the analyst is typing; undefined shows the current page.
  const [typed, setTyped] = useState<string>();

  const commit = () => {
    const wanted = Number.parseInt(typed ?? '', 10);
    if (Number.isInteger(wanted)) onGo(Math.min(Math.max(wanted, 1), pageCount));
    setTyped(undefined);
  };

  return (
    <div className="page-navigator" role="group" aria-label="Pages">
      <button type="button" className="icon-button" aria-label="Previous page" disabled={page <= 1} onClick={() => onGo(page - 1)}>
        <ChevronLeftIcon />
      </button>
      <input
        className="page-input"
        type="text"
        inputMode="numeric"
        aria-label="Page number"
        value={pageCount ? (typed ?? String(page)) : ''}
        disabled={!pageCount}
        onChange={(event) => setTyped(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
      <span className="page-count">of {pageCount || '–'}</span>
      <button type="button" className="icon-button" aria-label="Next page" disabled={page >= pageCount} onClick={() => onGo(page + 1)}>
        <ChevronRightIcon />
      </button>
    </div>
  );
}
