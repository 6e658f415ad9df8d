import { readFileSync } from 'node:fs';
import { AUDIT_ACTIONS, AUDIT_VIEWS, LANGUAGES } from '@keha/shared';
import { ACCESS_LOG_WORDING } from './access-log-wording.js';

type Tree = { [key: string]: string | Tree };

/** The client's translations (client/public/i18n), read from the repository next to this workspace. */
function clientTranslations(language: string): Tree {
  const file = new URL(`../../../../client/public/i18n/${language}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as Tree;
}

/** Every `a.b.c` leaf under a subtree, as ngx-translate resolves nested keys. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else leaves(value, path).forEach((v, k) => out.set(k, v));
  }
  return out;
}

/**
 * The access log API sends stable codes; the server's CSV/PDF and the client's screen word them. One
 * code list (shared) against both wordings keeps the report and the screen saying the same thing.
 */
describe('access log wording of audit codes', () => {
  for (const language of LANGUAGES) {
    const log = (clientTranslations(language)['access'] as Tree)['log'] as Tree;

    for (const [kind, codes] of [
      ['actions', AUDIT_ACTIONS],
      ['views', AUDIT_VIEWS],
    ] as const) {
      it(`${language}: the server and the client word exactly the shared ${kind}, the same way`, () => {
        const server = new Map(Object.entries(ACCESS_LOG_WORDING[language][kind]));
        const client = leaves(log[kind] as Tree);
        expect([...server.keys()].sort()).toEqual([...codes].sort());
        expect([...client.keys()].sort()).toEqual([...codes].sort());
        for (const code of codes) expect(client.get(code)).withContext(code).toBe(server.get(code)!);
      });
    }
  }
});
