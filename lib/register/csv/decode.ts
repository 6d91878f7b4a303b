// Byte → text decoding for uploads: UTF-8 (BOM or not), else Windows-1252; UTF-16 and binary refused.
import { FileRefusedError } from "./errors";

export type CsvEncoding = "utf-8" | "windows-1252";

const EMPTY = new Uint8Array(0);
const NON_ASCII = /[^\x00-\x7F]/;

/** Enough bytes to see a BOM and judge NUL density before any text is handed on. */
const SNIFF_BYTES = 4096;

// Text never holds C0 controls other than tab/LF/CR, nor C1 controls: in Windows-1252 mode the
// five undefined bytes (81 8D 8F 90 9D) survive as C1 after mapping, so this also catches them.
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/;
// UTF-8 of é, ë, ü, NBSP, ° … (lead byte C2/C3 and a continuation byte) seen through latin1: "Ã©".
// Windows-1252 text practically never has Â or Ã before such a byte, so after a fallback this
// means mixed encodings. (Other lead bytes are left out: "é" + NBSP would look like one.)
const UTF8_PAIR = /[\xC2\xC3][\x80-\xBF]/;
// Windows-1252 differs from latin1 only in 0x80–0x9F (Node's TextDecoder('windows-1252') decodes
// plain latin1 there, so the table is ours). Empty = undefined byte: left as C1 so CONTROL refuses it.
const W1252 = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ";

const refuseUtf16 = () =>
  new FileRefusedError(
    "utf16",
    "Het bestand is geen geldige UTF-8- of Windows-1252-tekst (het lijkt UTF-16). Sla het op als 'CSV UTF-8'.",
  );
const refuseBinary = () =>
  new FileRefusedError(
    "binair",
    "Het bestand is geen geldige UTF-8- of Windows-1252-tekst: het bevat binaire gegevens of stuurtekens. Lever een CSV-bestand aan.",
  );
const refuseMixed = () =>
  new FileRefusedError(
    "codering",
    "Het bestand is geen geldige UTF-8-tekst: het mengt UTF-8 met een andere tekenset. Sla het opnieuw op als 'CSV UTF-8'.",
  );

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (UTF8_PAIR.test(latin1)) throw refuseMixed();
  return latin1.replace(/[\x80-\x9F]/g, (c) => W1252[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Incremental decoder. The choice UTF-8 vs Windows-1252 is made on the fly: a file stays UTF-8
 * until an invalid sequence appears; falling back is only safe while everything before was plain
 * ASCII (identical in both), so a BOM or earlier valid multi-byte UTF-8 makes that a refusal.
 */
export class CsvTextDecoder {
  encoding: CsvEncoding = "utf-8";
  private head: Uint8Array[] = [];
  private headLength = 0;
  private sniffed = false;
  private bom = false;
  private nonAscii = false;
  private tail: Uint8Array = EMPTY;
  private readonly utf8 = new TextDecoder("utf-8", { fatal: true });

  decode(chunk: Uint8Array): string {
    if (this.sniffed) return this.convert(chunk, false);
    this.head.push(chunk);
    this.headLength += chunk.byteLength;
    return this.headLength < SNIFF_BYTES ? "" : this.sniff(false);
  }

  end(): string {
    return this.sniffed ? this.convert(new Uint8Array(0), true) : this.sniff(true);
  }

  private sniff(final: boolean): string {
    this.sniffed = true;
    const bytes = Buffer.concat(this.head);
    this.head = [];
    const [b0, b1, b2] = bytes;
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) throw refuseUtf16();
    let nul = 0;
    for (const b of bytes) if (b === 0) nul++;
    // UTF-16 of Latin text is about half NUL bytes; any NUL at all means it is not text.
    if (nul > 0) throw nul * 4 >= bytes.length ? refuseUtf16() : refuseBinary();
    this.bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
    return this.convert(bytes, final);
  }

  private convert(bytes: Uint8Array, final: boolean): string {
    let text: string;
    if (this.encoding === "utf-8") {
      try {
        text = this.utf8.decode(bytes, { stream: !final });
        if (!this.nonAscii) {
          this.nonAscii = NON_ASCII.test(text);
          // Bytes ≥ 0x80 at the end that produced no text yet wait inside the UTF-8 decoder for the
          // rest of their sequence; keep them, so a fallback can still read them as Windows-1252.
          this.tail = this.nonAscii ? EMPTY : highTail(bytes, this.tail);
        }
      } catch {
        if (this.bom || this.nonAscii) throw refuseMixed();
        this.encoding = "windows-1252";
        text = decodeWindows1252(this.tail.length ? Buffer.concat([this.tail, bytes]) : bytes);
        this.tail = EMPTY;
      }
    } else {
      text = decodeWindows1252(bytes);
    }
    if (CONTROL.test(text)) throw refuseBinary();
    return text;
  }
}

/** The trailing bytes ≥ 0x80 (at most 3, the longest unfinished UTF-8 sequence) after `before`. */
function highTail(bytes: Uint8Array, before: Uint8Array): Uint8Array {
  let n = 0;
  while (n < 3 && n < bytes.length && bytes[bytes.length - 1 - n]! >= 0x80) n++;
  if (n === bytes.length && before.length) return Buffer.concat([before, bytes]).subarray(-3);
  return bytes.slice(bytes.length - n);
}
