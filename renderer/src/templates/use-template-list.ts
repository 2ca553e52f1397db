import { useCallback, useEffect, useState } from 'react';
import type { TemplateListing, TrashedTemplate } from '../../../main/api';
import { call } from '../api';

export interface TemplateList {
  templates: TemplateListing[] | undefined;
  trash: TrashedTemplate[];
  refresh(): Promise<void>;
}

/** Every template (built-in first, then the analyst's own) and the trash, re-read on demand. */
export function useTemplateList(onError: (error: unknown) => void): TemplateList {
  const [templates, setTemplates] = useState<TemplateListing[]>();
  const [trash, setTrash] = useState<TrashedTemplate[]>([]);

  const refresh = useCallback(async () => {
    try {
      const [listed, trashed] = await Promise.all([call('listTemplates'), call('listTemplateTrash')]);
      setTemplates(listed);
      setTrash(trashed);
    } catch (error) {
      onError(error);
    }
  }, [onError]);

  useEffect(() => void refresh(), [refresh]);
  return { templates, trash, refresh };
}
