/// <reference types="astro/client" />

// Plain `tsc` (no Astro language server) needs to know what an .astro import is:
// the golden tests import components to render them with the Container API.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
