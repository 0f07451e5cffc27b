import { z } from 'zod';

/**
 * The renderer runs under a Content Security Policy without 'unsafe-eval'. zod compiles faster object parsers
 * with `new Function` after probing whether that is allowed, and under the policy the probe itself is
 * reported as a violation. Imported first, this makes zod parse without compiling (the same results) and
 * never probe.
 */
z.config({ jitless: true });
