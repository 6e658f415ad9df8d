import en from '../../../../public/i18n/en.json';
import fi from '../../../../public/i18n/fi.json';
import sv from '../../../../public/i18n/sv.json';
import { SUPPORTED_LANGUAGES } from './languages';

type Tree = { [key: string]: string | Tree };

/** Flattens nested translations to `a.b.c` keys, keeping each value. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path).forEach((v, k) => out.set(k, v));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  const files: Record<string, Map<string, string>> = { fi: flatten(fi), sv: flatten(sv), en: flatten(en) };
  const finnishKeys = [...files['fi'].keys()].sort();

  it('exist for every supported language', () => {
    expect(Object.keys(files).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  for (const language of ['sv', 'en']) {
    it(`${language} has exactly the Finnish key set`, () => {
      expect([...files[language].keys()].sort()).toEqual(finnishKeys);
    });

    it(`${language} uses the same interpolation parameters as Finnish`, () => {
      for (const key of finnishKeys) {
        expect(placeholders(files[language].get(key) ?? ''))
          .withContext(key)
          .toEqual(placeholders(files['fi'].get(key) ?? ''));
      }
    });
  }

  it('has no empty strings', () => {
    for (const [language, entries] of Object.entries(files)) {
      entries.forEach((value, key) => expect(value.trim()).withContext(`${language}: ${key}`).not.toBe(''));
    }
  });
});
