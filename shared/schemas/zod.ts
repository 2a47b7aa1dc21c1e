/**
 * zod, configured once for every schema here: `jitless`, because zod otherwise probes
 * `new Function` and the app's CSP (no 'unsafe-eval') reports that as a violation in the
 * renderer. Schemas import `z` from this file, never from 'zod' directly.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
