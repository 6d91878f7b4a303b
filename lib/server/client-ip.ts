// The client's address for rate limits and lockout. The socket's peer is recorded by the server
// hook (lib/server/access-log.ts) in REMOTE_ADDRESS_HEADER, overwriting whatever a client sent;
// X-Forwarded-For is believed only for as many hops as TRUSTED_PROXIES says stand in front of us,
// read from the right, since everything left of them is whatever the client chose to write.

/** Set on every request by the server hook; never taken from a client. */
export const REMOTE_ADDRESS_HEADER = "x-bron-remote-address";

export const UNKNOWN_ADDRESS = "onbekend";

/** "::ffff:10.0.0.1" → "10.0.0.1", "[::1]:443" and "10.0.0.1:5000" without their port. */
function normaliseAddress(value: string): string {
  let a = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(a)) a = a.slice(7);
  return a.toLowerCase().slice(0, 64);
}

/**
 * Pure: the hop `trustedProxies` steps from our own socket peer. Each trusted proxy appended the
 * address it saw to X-Forwarded-For; with none trusted the peer itself is the client. Without a
 * recorded peer (a server without the hook, e.g. `next dev`) the last forwarded hop stands in for it.
 */
export function clientAddress(input: {
  forwardedFor?: string | null;
  remoteAddress?: string | null;
  trustedProxies: number;
}): string {
  const forwarded = (input.forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = input.remoteAddress ? [...forwarded, input.remoteAddress] : forwarded;
  if (chain.length === 0) return UNKNOWN_ADDRESS;
  const hop = chain[Math.max(0, chain.length - 1 - input.trustedProxies)]!;
  return normaliseAddress(hop) || UNKNOWN_ADDRESS;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** The client address of a request (a fetch Request's headers, or next-auth's plain header object). */
export function clientAddressOf(headers: HeaderSource | undefined, trustedProxies: number): string {
  if (!headers) return UNKNOWN_ADDRESS;
  return clientAddress({
    forwardedFor: header(headers, "x-forwarded-for"),
    remoteAddress: header(headers, REMOTE_ADDRESS_HEADER),
    trustedProxies,
  });
}
