import { createContext, useContext } from 'react';

/** Opens the library at a record, its passage marked: where a record link in a PDF leads. */
export const OpenRecordContext = createContext<(recordId: string) => void>(() => undefined);

export function useOpenRecord(): (recordId: string) => void {
  return useContext(OpenRecordContext);
}
