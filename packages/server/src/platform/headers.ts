// Security headers on every response, through @fastify/helmet: a Content Security Policy fitted to the web
// app (a Vite build whose scripts, fonts and styles are all our own files), no framing, no MIME sniffing, and
// no address (which may hold a member's id) sent to other sites.
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  const https = app.config.publicUrl?.toLowerCase().startsWith('https:') ?? false;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Mantine writes its CSS variables and component styles into <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // QR codes and charts are drawn into data: and blob: images; downloads are blob: links.
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Only when the public address is https: on a plain-http intranet install it would break every file.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    // The browser sends the full address only to ourselves (so the Origin/Referer check still sees our own
    // pages); other sites get nothing, not even the host.
    referrerPolicy: { policy: 'same-origin' },
    // Browsers ignore it over http; over https it keeps them there. Not for other hosts of the domain.
    strictTransportSecurity: { maxAge: 180 * 86_400, includeSubDomains: false },
  });
}
