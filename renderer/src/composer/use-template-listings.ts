import { useEffect, useState } from 'react';
import type { TemplateListing } from '../../../main/api';
import { call, describeFailure } from '../api';

/** The templates a briefing can print with, listed once each time the composer is shown (so a paper saved in the studio shows). */
export function useTemplateListings(): { templates?: TemplateListing[]; failure?: string } {
  const [templates, setTemplates] = useState<TemplateListing[]>();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    call('listTemplates').then(setTemplates, (error: unknown) => setFailure(describeFailure(error).message));
  }, []);
  return { templates, failure };
}
