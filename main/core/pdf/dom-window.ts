import { JSDOM } from 'jsdom';

let window: JSDOM['window'] | undefined;

/**
 * The one DOM window html-to-pdfmake parses HTML with. Creating a JSDOM takes a few hundred
 * milliseconds; parsing a memo with an existing one takes a few. Scripts never run in it
 * (jsdom's default), and it loads no subresources.
 */
export function sharedWindow(): JSDOM['window'] {
  return (window ??= new JSDOM('').window);
}
