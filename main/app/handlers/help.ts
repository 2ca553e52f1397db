import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handler-context';

/** Help: the guides shipped with the app, opened in the system's viewer by id (never by a path the page names). */
export function helpHandlers(context: HandlerContext): GroupHandlers<'help'> {
  return {
    'help:open-doc': async ({ doc }) => context.openPath(context.layout.docs[doc]),
  };
}
