import { useCallback, useRef, useState } from 'react';
import type { ImperativePanelHandle } from 'react-resizable-panels';

/** A collapsible pane: its panel handle, whether it is collapsed, and the command that flips it. */
export interface PaneToggle {
  ref: React.RefObject<ImperativePanelHandle | null>;
  collapsed: boolean;
  /** Called by the panel when it collapses or expands (by dragging, or by `toggle`). */
  onCollapsedChange(collapsed: boolean): void;
  toggle(): void;
}

/** Collapse and expand one pane from outside it: a collapsed pane has no room for its own button. */
export function usePaneToggle(): PaneToggle {
  const ref = useRef<ImperativePanelHandle>(null);
  const [collapsed, setCollapsed] = useState(false);
  const toggle = useCallback(() => {
    const panel = ref.current;
    if (!panel) return;
    if (panel.isCollapsed()) panel.expand();
    else panel.collapse();
  }, []);
  return { ref, collapsed, onCollapsedChange: setCollapsed, toggle };
}
