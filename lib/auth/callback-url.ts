// Where to send someone after signing in: only a place on the portal's own origin. The value is
// resolved as a browser resolves a Location header (backslashes as slashes, tabs and newlines
// dropped), so `/\evil.example` and `/%09/evil.example` are seen for the other hosts they are.

const MAX_LENGTH = 2048;

/**
 * The path (with query and fragment) to redirect to, or undefined when `value` leads anywhere but
 * `origin`. `origin` is the portal's own (any URL on it will do; only its origin is used).
 */
export function safeCallbackPath(value: unknown, origin: string): string | undefined {
  const raw = Array.isArray(value) ? (value[0] as unknown) : value;
  if (typeof raw !== "string" || raw === "" || raw.length > MAX_LENGTH) return undefined;
  let base: URL;
  let resolved: URL;
  try {
    base = new URL(origin);
    resolved = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (resolved.origin !== base.origin || resolved.username || resolved.password) return undefined;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example` on our origin, but sent back as a
  // relative Location it is protocol-relative: another host again.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return undefined;
  return path;
}

/** The absolute URL next-auth's redirect callback must answer: the callback on our origin, else our home. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const path = safeCallbackPath(url, baseUrl);
  return new URL(path ?? "/", baseUrl).toString();
}
