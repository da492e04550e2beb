/**
 * The Content-Security-Policy for every renderer page, in Electron and in the browser host.
 * No remote origins at all: ParkZero is offline. 'unsafe-inline' for styles only, because
 * echarts and React set element styles; scripts stay strictly 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
