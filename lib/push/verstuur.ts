// One HTTPS POST to a supplier's endpoint, defensively: https only, no redirects followed, a connect
// and an overall timeout, at most 64 kB of the answer read, and no loopback, private, link-local or
// otherwise non-public address — checked on the addresses the connection actually uses (a custom
// DNS lookup), so a name that resolves differently between a check and the connect cannot slip by.
// TLS is verified as Node does it (system CAs plus NODE_EXTRA_CA_CERTS); nothing here turns it off.
import dns from "node:dns";
import https from "node:https";
import net from "node:net";

export type VerzendOpties = {
  /** PUSH_ALLOW_PRIVATE: on-premise set-ups and tests may deliver to private addresses. */
  allowPrivate: boolean;
  connectTimeoutMs: number;
  timeoutMs: number;
  maxAntwoordBytes: number;
};

export const STANDAARD_VERZENDING: Omit<VerzendOpties, "allowPrivate"> = {
  connectTimeoutMs: 5000,
  timeoutMs: 10_000,
  maxAntwoordBytes: 64 * 1024,
};

export type Verzending = { url: string; headers: Record<string, string>; body: string };

export type VerzendUitkomst = {
  ok: boolean;
  /** The HTTP status, null when no answer came. */
  status: number | null;
  /** Why it failed, in Dutch, for the delivery log; null on success. */
  fout: string | null;
  duurMs: number;
  /** The start of the answer (at most 500 characters), for the log. */
  antwoord: string;
};

const blocked = new net.BlockList();
for (const [net4, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  blocked.addSubnet(net4, prefix, "ipv4");
}
for (const [net6, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
  ["2001:db8::", 32],
  ["64:ff9b:1::", 48],
] as const) {
  blocked.addSubnet(net6, prefix, "ipv6");
}

/** Whether an IP address is loopback, private, link-local or otherwise not on the public internet. */
export function isNietPubliek(address: string): boolean {
  const kind = net.isIP(address);
  if (kind === 4) return blocked.check(address, "ipv4");
  if (kind === 6) {
    // IPv4-mapped (::ffff:10.0.0.1) and NAT64 (64:ff9b::a00:1) addresses: judge the IPv4 address.
    const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked.check(mapped[1]!, "ipv4");
    const lower = address.toLowerCase();
    if (lower.startsWith("::ffff:")) return true; // the hex form of a mapped address: refuse rather than parse
    return blocked.check(address, "ipv6");
  }
  return true; // not an address at all
}

export class GeweigerdAdres extends Error {
  constructor(address: string) {
    super(`Het adres ${address} is geen publiek internetadres; leveren daarheen staat uit (PUSH_ALLOW_PRIVATE).`);
    this.name = "GeweigerdAdres";
  }
}

/** What is wrong with a url as a push address before any connection: null when it may be tried. */
export function urlBezwaar(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "De url is ongeldig.";
  }
  if (url.protocol !== "https:") return "Alleen https-adressen worden beleverd.";
  if (url.username || url.password) return "Een url met gebruikersnaam of wachtwoord wordt niet beleverd.";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // A name is judged by what it resolves to, at the connect itself (guardedLookup).
  if (!allowPrivate && net.isIP(host) && isNietPubliek(host)) return new GeweigerdAdres(host).message;
  return null;
}

/**
 * Resolves a host name and refuses it when any of its addresses is not public (a name with one
 * private address among public ones is refused as a whole). Used at registration, where a name that
 * does not resolve (yet) is no objection: the ping will show it.
 */
export async function hostBezwaar(raw: string, allowPrivate: boolean, timeoutMs = 2000): Promise<string | null> {
  const direct = urlBezwaar(raw, allowPrivate);
  if (direct || allowPrivate) return direct;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host)) return null;
  const addresses = await Promise.race([
    dns.promises.lookup(host, { all: true }).catch(() => [] as dns.LookupAddress[]),
    new Promise<dns.LookupAddress[]>((resolve) => setTimeout(() => resolve([]), timeoutMs).unref()),
  ]);
  const bad = addresses.find((a) => isNietPubliek(a.address));
  return bad ? new GeweigerdAdres(bad.address).message : null;
}

/** A dns lookup for the connection itself that refuses non-public addresses. */
export function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0, hints: options.hints }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => isNietPubliek(a.address));
      if (bad) return callback(Object.assign(new GeweigerdAdres(bad.address), { code: "EPUSHPRIVATE" }), "", 0);
      if (addresses.length === 0)
        return callback(Object.assign(new Error(`Geen adres voor ${hostname}`), { code: "ENOTFOUND" }), "", 0);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function foutTekst(error: unknown): string {
  if (error instanceof GeweigerdAdres) return error.message;
  const e = error as NodeJS.ErrnoException & { code?: string };
  switch (e.code) {
    case "EPUSHTIMEOUT":
    case "EPUSHCONNECT":
      return e.message;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "De hostnaam is niet gevonden (DNS).";
    case "ECONNREFUSED":
      return "De verbinding werd geweigerd.";
    case "ECONNRESET":
      return "De verbinding werd verbroken.";
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "UNABLE_TO_GET_ISSUER_CERT_LOCALLY":
    case "CERT_HAS_EXPIRED":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return `Het TLS-certificaat van het endpoint wordt niet vertrouwd (${e.code}).`;
    default:
      return `De levering mislukte (${e.code ?? "onbekende fout"}).`;
  }
}

/** POSTs once; never throws. 2xx is success; anything else (a redirect too) is a failure. */
export function verstuur(verzending: Verzending, opties: VerzendOpties): Promise<VerzendUitkomst> {
  const start = performance.now();
  const duur = () => Math.round(performance.now() - start);
  const bezwaar = urlBezwaar(verzending.url, opties.allowPrivate);
  if (bezwaar) return Promise.resolve({ ok: false, status: null, fout: bezwaar, duurMs: 0, antwoord: "" });

  return new Promise<VerzendUitkomst>((resolve) => {
    let settled = false;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const finish = (uitkomst: Omit<VerzendUitkomst, "duurMs">) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      resolve({ ...uitkomst, duurMs: duur() });
    };
    const request = https.request(
      verzending.url,
      {
        method: "POST",
        headers: { ...verzending.headers, "content-length": String(Buffer.byteLength(verzending.body)) },
        lookup: guardedLookup(opties.allowPrivate),
        agent: false, // a fresh connection each time: every connect goes through the address check
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          const status = response.statusCode ?? 0;
          const antwoord = Buffer.concat(chunks).toString("utf8").slice(0, 500);
          const ok = status >= 200 && status < 300;
          const fout = ok
            ? null
            : status >= 300 && status < 400
              ? `Het endpoint antwoordde met een doorverwijzing (${status}); die wordt niet gevolgd.`
              : `Het endpoint antwoordde met status ${status}.`;
          finish({ ok, status, fout, antwoord });
          request.destroy();
        };
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > opties.maxAntwoordBytes) {
            // Enough read: the rest of a large answer is not our business.
            chunks.push(chunk.subarray(0, Math.max(0, opties.maxAntwoordBytes - (size - chunk.length))));
            done();
          } else chunks.push(chunk);
        });
        response.on("end", done);
        response.on("error", (error) =>
          finish({ ok: false, status: response.statusCode ?? null, fout: foutTekst(error), antwoord: "" }),
        );
      },
    );
    const abort = (code: string, message: string) => {
      request.destroy(Object.assign(new Error(message), { code }));
      finish({ ok: false, status: null, fout: message, antwoord: "" });
    };
    timers.push(
      setTimeout(
        () => abort("EPUSHCONNECT", `Geen verbinding binnen ${opties.connectTimeoutMs} ms.`),
        opties.connectTimeoutMs,
      ),
    );
    timers.push(
      setTimeout(
        () => abort("EPUSHTIMEOUT", `Geen (volledig) antwoord binnen ${opties.timeoutMs} ms.`),
        opties.timeoutMs,
      ),
    );
    request.on("socket", (socket) => socket.once("secureConnect", () => clearTimeout(timers[0])));
    request.on("error", (error) => finish({ ok: false, status: null, fout: foutTekst(error), antwoord: "" }));
    request.end(verzending.body);
  });
}
