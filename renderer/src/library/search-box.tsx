import { useEffect, useState, type Ref } from 'react';
import { useDebouncedValue } from '../shared/use-debounced-value';
import { useEffectEvent } from '../shared/use-effect-event';
import { SearchIcon } from '../shared/icons';

/** Typing settles for this long before the library is searched. */
const SEARCH_DEBOUNCE_MS = 150;

interface SearchBoxProps {
  value: string;
  onSearch(text: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** Free-text search over the library; reports the text once typing pauses. */
export function SearchBox({ value, onSearch, inputRef }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const settled = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);

  // Undo, redo and opening a briefing change the search from outside.
  useEffect(() => setText(value), [value]);
  const search = useEffectEvent((text: string) => {
    if (text !== value) onSearch(text);
  });
  // Runs only when the typed text settles: `value` catching up after a search must not search again.
  useEffect(() => search(settled), [settled]);

  return (
    <div className="search-box">
      <SearchIcon />
      <input
        ref={inputRef}
        type="search"
        value={text}
        placeholder="Search records"
        aria-label="Search records"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text) {
            event.preventDefault();
            setText('');
          }
        }}
      />
    </div>
  );
}
