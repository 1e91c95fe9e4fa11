/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Mutation testing (npm run mutate) runs only the fast suites: unit and golden tests.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
  },
});
