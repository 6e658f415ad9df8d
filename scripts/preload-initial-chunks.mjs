/**
 * After `ng build client`: a `<link rel="modulepreload">` in index.html for every chunk the app needs
 * to start (the static import closure of main), not only the first 10 the Angular builder lists. The
 * rest were otherwise discovered one import level at a time, after each level had been parsed; on a
 * slow tablet the offline visit form waited ~0.3 s for that. The service worker's hash of index.html
 * in ngsw.json is updated to match. Idempotent.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'dist/client/browser');
const indexPath = path.join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const main = /<script src="(main-[A-Z0-9]+\.js)" type="module"><\/script>/.exec(html)?.[1];
if (!main) throw new Error('preload-initial-chunks: no main script in index.html');

// Static imports only (`import{a}from"./chunk-X.js"`, `import"./chunk-X.js"`), never `import("...")`.
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[^"'();]*?from\s*)?"\.\/(chunk-[A-Z0-9]+\.js)"/g;
const closure = new Set();
const visit = (file) => {
  for (const [, dep] of readFileSync(path.join(dir, file), 'utf8').matchAll(STATIC_IMPORT)) {
    if (closure.has(dep)) continue;
    closure.add(dep);
    visit(dep);
  }
};
visit(main);

const missing = [...closure].filter((file) => !html.includes(`href="${file}"`));
if (missing.length > 0) {
  const links = missing.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
  html = html.replace('</head>', `${links}</head>`);
  writeFileSync(indexPath, html);
}
// The service worker checks every file against ngsw.json: the new index.html's hash (SHA-1, as the
// Angular builder writes it); nothing else changed.
const manifestPath = path.join(dir, 'ngsw.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
if (!manifest.hashTable?.['/index.html'])
  throw new Error('preload-initial-chunks: no /index.html in ngsw.json');
manifest.hashTable['/index.html'] = createHash('sha1').update(readFileSync(indexPath)).digest('hex');
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
console.log(
  `preload-initial-chunks: ${closure.size} initial chunks, ${missing.length} modulepreload links added`,
);
