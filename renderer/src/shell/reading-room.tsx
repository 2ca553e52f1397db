import { useEffect, type Ref } from 'react';
import { ReaderView } from '../reader/reader-view';
import { ShelfView } from '../shelf/shelf-view';
import type { Shelf } from '../shelf/use-shelf';
import '../shelf/shelf.css';
import '../reader/reader.css';

interface ReadingRoomProps {
  shelf: Shelf;
  /** The search field in view (the shelf's or the reader's), for Edit > Find. */
  searchRef: Ref<HTMLInputElement>;
}

/** The reading room: the shelf of finished documents, or the one open in the reader. */
export function ReadingRoom({ shelf, searchRef }: ReadingRoomProps) {
  const { refresh, openItem } = shelf;
  // The shelf changes while the analyst works elsewhere (every export adds to it).
  useEffect(refresh, [refresh]);

  return (
    <section id="reading-room-view" className="reading-room" role="tabpanel" aria-labelledby="tab-reading-room">
      {openItem ? (
        <ReaderView
          key={openItem.id}
          item={openItem}
          searchRef={searchRef}
          onClose={shelf.close}
          onPageChange={shelf.rememberPage}
          onShelfChanged={shelf.showChanged}
        />
      ) : (
        <ShelfView
          items={shelf.items}
          filter={shelf.filter}
          onFilter={shelf.setFilter}
          onOpen={shelf.open}
          onRemove={(item) => void shelf.remove(item)}
          onAddPdf={() => void shelf.addPdf()}
          searchRef={searchRef}
        />
      )}
    </section>
  );
}
