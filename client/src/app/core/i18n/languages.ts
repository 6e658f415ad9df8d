export const SUPPORTED_LANGUAGES = ['fi', 'sv', 'en'] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Finnish is the working language of the teams; Swedish and English are offered alongside. */
export const DEFAULT_LANGUAGE: Language = 'fi';

export const LANGUAGE_STORAGE_KEY = 'keha.language';

export function isSupportedLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}
