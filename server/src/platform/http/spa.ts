import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/**
 * Serves the built Angular app. Hashed bundles are immutable and cached for a year; index.html and
 * other unhashed files are revalidated every time, so a deploy is picked up on the next load. Any
 * non-API GET that accepts HTML falls back to index.html so deep links work (SPA routing).
 */
export function spaRouter(clientDist: string): Router | null {
  const indexFile = path.join(clientDist, 'index.html');
  if (!fs.existsSync(indexFile)) return null;
  const router = Router();
  const hashed = /-[0-9A-Z]{8}\.[a-z0-9]+$/; // Angular names bundles like main-7XK2QF3A.js
  router.use(
    express.static(clientDist, {
      index: false,
      setHeaders(res, filePath) {
        res.setHeader(
          'Cache-Control',
          hashed.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  const fallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' || req.path.startsWith('/api/') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  };
  router.use(fallback);
  return router;
}
