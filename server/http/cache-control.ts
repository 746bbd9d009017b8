// Caching of API answers. An answer to a signed-in request may be personal (who I am, my
// notifications, my export, what I may do here), so it carries `Cache-Control: private, no-store`:
// no shared cache (a proxy, a CDN) keeps it, nor the browser of a shared computer. Every API answer
// varies by Cookie, so a cache never hands an anonymous answer to a signed-in person or the other
// way round. Anonymous public answers stay cacheable by whatever rules their routes set.
import type { RequestHandler } from 'express';

export const PERSONAL_CACHE_CONTROL = 'private, no-store';

export const noStoreWhenPersonal: RequestHandler = (req, res, next) => {
  res.vary('Cookie');
  if (req.user) res.setHeader('Cache-Control', PERSONAL_CACHE_CONTROL);
  next();
};
