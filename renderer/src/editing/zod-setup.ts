/**
 * zod in the window. The page's Content Security Policy forbids `eval`, which zod would otherwise
 * probe (with `new Function`) to compile fast parsers, and Chromium reports the probe as a CSP
 * violation even though zod catches it. Jitless parsing is plenty fast for forms.
 */
import { z } from 'zod';

z.config({ jitless: true });
