import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../main/api';
import { onEvent } from '../api';

/** Runs the handler for each command the application menu sends. */
export function useMenuCommands(handlers: Record<MenuCommand, () => void>): void {
  // The subscription lives for the window; the handlers change with every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => onEvent('menu:command', (command) => latest.current[command]?.()), []);
}
