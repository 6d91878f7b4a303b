// The request id that ties a response (X-Request-Id), its access-log line and its error lines
// together: the one the server hook (lib/server/access-log.ts) put on the request, else a new one.

export const REQUEST_ID_HEADER = "x-request-id";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Only a UUID is taken over: anything else a client wrote there is replaced. */
export function requestIdOf(headers: Headers): string {
  const value = headers.get(REQUEST_ID_HEADER);
  return value && UUID.test(value) ? value : crypto.randomUUID();
}
