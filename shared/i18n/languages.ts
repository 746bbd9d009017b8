// The languages of the interface: Swedish by default, English second. Apart from the
// translations themselves, so the client can know them without loading every language.
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';
