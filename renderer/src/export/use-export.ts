import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorInfo, Briefing, Events } from '../../../main/api';
import { call, describeFailure, onEvent } from '../api';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: Events['export:progress'] | undefined }
  | { phase: 'done'; file: string; pageCount: number; notShelved?: string }
  | { phase: 'failed'; error: ApiErrorInfo };

export interface Exporter {
  state: ExportState;
  /** Asks main to show the save dialog and write the PDF. */
  start(briefing: Briefing): void;
  dismiss(): void;
}

/** Export to PDF: progress while main writes, then the file, or what went wrong. */
export function useExport(): Exporter {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const running = state.phase === 'running';

  useEffect(() => {
    if (!running) return;
    return onEvent('export:progress', (progress) =>
      setState((current) => (current.phase === 'running' ? { phase: 'running', progress } : current)),
    );
  }, [running]);

  const start = useCallback((briefing: Briefing) => {
    setState({ phase: 'running', progress: undefined });
    call('exportBriefing', briefing).then(
      (result) =>
        setState(
          result.canceled
            ? { phase: 'idle' }
            : { phase: 'done', file: result.file, pageCount: result.pageCount, notShelved: result.notShelved },
        ),
      (error: unknown) => setState({ phase: 'failed', error: describeFailure(error) }),
    );
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, dismiss };
}
