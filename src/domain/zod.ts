import { z } from 'zod'

/**
 * The one place the app takes zod from, configured before any schema can be built or used:
 * zod compiles validators with `new Function` when it may, and probes for that on the first
 * parse. The app's content security policy (script-src 'self') forbids eval, so the probe itself
 * is a CSP violation in the console. Validating without compiling is fast enough for the app's
 * record sizes. Because every schema module imports `z` from here, the setting runs first
 * whichever chunk the bundler puts zod in (lint refuses a direct value import of 'zod').
 */
z.config({ jitless: true })

export { z }
