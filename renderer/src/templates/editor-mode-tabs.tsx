/** What the middle of the studio shows of the open template. */
export type EditorMode = 'source' | 'page-setup';

const MODES: { mode: EditorMode; label: string }[] = [
  { mode: 'source', label: 'Source' },
  { mode: 'page-setup', label: 'Page setup' },
];

/** Source or Page setup: two views of the same text. */
export function EditorModeTabs({ mode, onChange }: { mode: EditorMode; onChange(mode: EditorMode): void }) {
  return (
    <div className="editor-modes" role="tablist" aria-label="Edit the template as">
      {MODES.map((item) => (
        <button key={item.mode} type="button" role="tab" aria-selected={mode === item.mode} className={`editor-mode${mode === item.mode ? ' is-active' : ''}`} onClick={() => onChange(item.mode)}>
          {item.label}
        </button>
      ))}
    </div>
  );
}
