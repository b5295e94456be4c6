import { z } from 'zod'

/**
 * zod compiles validators with `new Function` when it may, and probes for that on the first
 * parse. The app's content security policy (script-src 'self') forbids eval, so the probe
 * itself is a CSP violation in the console. Validating without compiling is fast enough for
 * the app's record sizes. Imported first by main.ts, before anything parses.
 */
z.config({ jitless: true })
