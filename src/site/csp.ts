/**
 * The pages' Content-Security-Policy: scripts only from this site's own files (no inline script;
 * JSON-LD is data, not script), WebAssembly for the Pagefind search index, nothing from any other
 * origin. Inline style attributes carry chart geometry.
 */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
