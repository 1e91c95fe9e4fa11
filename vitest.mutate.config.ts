/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Mutation testing (npm run mutate) runs the unit tests only: each of the ~2,700 mutants
// re-runs the tests that cover it, and the golden tests' Astro renderer costs seconds a run.
// The golden files still run in npm test; mutants only they kill show up here as survivors.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Two Stryker workers share two cores with the mutant's own test run: a geometry test that
    // takes 3 s alone passed 5 s under that load and failed the dry run. A mutant that loops
    // forever is still caught by Stryker's own timeout (timeoutMS in stryker.config.json).
    testTimeout: 30_000,
  },
});
