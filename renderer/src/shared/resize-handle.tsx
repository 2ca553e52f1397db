import { PanelResizeHandle } from 'react-resizable-panels';

/** The line between two panes: drag it, or focus it and use the arrow keys, to resize them. */
export function ResizeHandle({ direction = 'horizontal' }: { direction?: 'horizontal' | 'vertical' }) {
  return <PanelResizeHandle className={`resize-handle resize-handle-${direction}`} />;
}
