/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets golden tests render .astro components with the Container API.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'golden', include: ['tests/golden/**/*.test.ts'] } },
      // Builds of other content folders share .astro/: run these files one at a time.
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000, fileParallelism: false } },
      // One browser, pages in sequence: a 2-core CI machine gains nothing from parallel Chromiums.
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
