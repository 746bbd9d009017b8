// i18next for the client: Swedish by default, English as the second language; the choice is
// remembered in localStorage and reflected in <html lang>. Each language and namespace is its own
// chunk, so a visitor downloads only the language they read. All namespaces of that language load
// at start, side by side: a page shown never has to wait for a translation of one of its parts
// (that would replace it with the loading notice for a moment).
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@shared/i18n/languages';

const STORAGE_KEY = 'motesplats.language';

const bundles = import.meta.glob<{ default: ResourceKey }>('@shared/i18n/*/*.json');
const BUNDLE = /\/i18n\/([a-z]+)\/([a-z-]+)\.json$/;
/** Every namespace, as the files of the default language name them. */
const namespaces = Object.keys(bundles).flatMap((path) => {
  const [, language, namespace] = BUNDLE.exec(path) ?? [];
  return language === DEFAULT_LANGUAGE && namespace ? [namespace] : [];
});

/** Loads `<language>/<namespace>.json` on demand (one chunk each). */
const lazyBundles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const load = Object.entries(bundles).find(([path]) => {
      const [, lng, ns] = BUNDLE.exec(path) ?? [];
      return lng === language && ns === namespace;
    })?.[1];
    if (!load) {
      done(new Error(`no translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => done(null, module.default),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.find((language) => language === stored) ?? DEFAULT_LANGUAGE;
}

const language = storedLanguage();
void i18n
  .use(lazyBundles)
  .use(initReactI18next)
  .init({
    lng: language,
    // No fallback language: it would be downloaded too. Both languages have the same keys
    // (i18n/resources.test.ts).
    fallbackLng: false,
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
// Known at once; i18next settles its own language only when the first bundles have loaded.
document.documentElement.lang = language;

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  // The namespaces in use are loaded in the new language before it is switched to.
  void i18n.changeLanguage(language).then(() => {
    document.documentElement.lang = language;
  });
}

export { i18n };
