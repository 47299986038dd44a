// Imported first: the server's Content Security Policy allows no eval, and Zod otherwise probes for it with
// `Function('')` as each schema is built (the browser reports every refused probe). Told up front, it parses
// without compiled fast paths, which the web's small forms do not miss.
import { z } from 'zod';

z.config({ jitless: true });
