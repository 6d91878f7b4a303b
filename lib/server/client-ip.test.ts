// The client address: the socket's peer unless trusted proxies stand in front; a client cannot
// choose its own address by writing X-Forwarded-For.
import { describe, expect, it } from "vitest";
import { clientAddress, clientAddressOf, REMOTE_ADDRESS_HEADER, UNKNOWN_ADDRESS } from "./client-ip";

describe("clientAddress", () => {
  it("without trusted proxies: the socket's peer, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ forwardedFor: "1.2.3.4", remoteAddress: "203.0.113.9", trustedProxies: 0 })).toBe(
      "203.0.113.9",
    );
  });

  it("behind one proxy: the address that proxy saw, not what the client wrote before it", () => {
    expect(clientAddress({ forwardedFor: "1.2.3.4, 198.51.100.7", remoteAddress: "10.0.0.2", trustedProxies: 1 })).toBe(
      "198.51.100.7",
    );
  });

  it("behind two proxies: two hops from the right", () => {
    expect(
      clientAddress({ forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.3", remoteAddress: "10.0.0.2", trustedProxies: 2 }),
    ).toBe("198.51.100.7");
  });

  it("more trusted hops than there are: the leftmost", () => {
    expect(clientAddress({ forwardedFor: "198.51.100.7", remoteAddress: "10.0.0.2", trustedProxies: 5 })).toBe(
      "198.51.100.7",
    );
  });

  it("normalises IPv4-mapped IPv6, ports and case", () => {
    expect(clientAddress({ remoteAddress: "::ffff:192.0.2.1", trustedProxies: 0 })).toBe("192.0.2.1");
    expect(clientAddress({ forwardedFor: "192.0.2.1:5000", remoteAddress: "10.0.0.2", trustedProxies: 1 })).toBe(
      "192.0.2.1",
    );
    expect(clientAddress({ forwardedFor: "[2001:DB8::1]:443", remoteAddress: "10.0.0.2", trustedProxies: 1 })).toBe(
      "2001:db8::1",
    );
  });

  it("without a recorded peer (no server hook) the last forwarded hop stands in; without anything: unknown", () => {
    expect(clientAddress({ forwardedFor: "1.2.3.4, 127.0.0.1", trustedProxies: 0 })).toBe("127.0.0.1");
    expect(clientAddress({ trustedProxies: 0 })).toBe(UNKNOWN_ADDRESS);
  });
});

describe("clientAddressOf", () => {
  it("reads fetch Headers and next-auth's plain header object alike", () => {
    const plain = { "x-forwarded-for": "198.51.100.7", [REMOTE_ADDRESS_HEADER]: "10.0.0.2" };
    expect(clientAddressOf(new Headers(plain), 1)).toBe("198.51.100.7");
    expect(clientAddressOf(plain, 1)).toBe("198.51.100.7");
    expect(clientAddressOf(plain, 0)).toBe("10.0.0.2");
    expect(clientAddressOf(undefined, 0)).toBe(UNKNOWN_ADDRESS);
  });
});
