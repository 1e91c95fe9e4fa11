/**
 * The publication's languages. They live here, below everything else: the
 * data layer (src/lib) may use the interface wording in src/i18n, and src/i18n
 * imports nothing from src/lib, so the dependency runs one way.
 */
export type Lang = 'en' | 'fr' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'fr', 'nl'];
