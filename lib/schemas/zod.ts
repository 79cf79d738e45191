import { z } from "zod";

// In the browser, zod would probe for `new Function` to compile fast object parsers. The page's
// Content-Security-Policy forbids eval, and the probe is reported as a violation even though zod
// catches it, so schemas built in the browser use the interpreter. The server keeps the compiled path.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
