/**
 * The browser host's API socket, as both ends name it (electron/host/browser-host/api-socket.ts
 * serves it, renderer/src/api/bridge.ts opens it): where it is opened, the subprotocol the page
 * asks for and the host answers with, and the one that carries the session token (a browser
 * cannot set headers on a WebSocket).
 */
export const API_SOCKET_PATH = '/api/socket';
export const API_SUBPROTOCOL = 'parkzero';
export const TOKEN_SUBPROTOCOL_PREFIX = 'parkzero-token.';

/** The subprotocols the page offers: the API's, and the one with the token. */
export function socketProtocols(token: string): string[] {
  return [API_SUBPROTOCOL, `${TOKEN_SUBPROTOCOL_PREFIX}${token}`];
}
