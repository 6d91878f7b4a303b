// RFC 4180 record tokenizer over a text buffer: a fast path for lines without quotes, a state machine for the rest.

/** A quoting error inside one record; the reader turns it into a refusal with the row number. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly kind: "unterminated" | "after-quote",
    /** 0-based index of the field in the record. */
    readonly field: number,
  ) {
    super(kind);
  }
}

const QUOTE = 34;
const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;

/**
 * Splits records one at a time. `next` returns the position after the record, or -1 when the
 * buffer ends before the record does (call again with more text, the same start position).
 * Records are counted by the caller; line breaks inside quotes never start a record.
 */
export class CsvTokenizer {
  /** Raw (untrimmed) fields of the last record. */
  fields: string[] = [];
  /** Set when `next` returned -1 inside an open quoted field. */
  inQuote = false;
  private s = "";
  // Position of the next '"' at or after the last search (-1: none in the rest of the buffer).
  // Cached so a quote-free buffer is scanned once, not once per record.
  private quoteAt = -1;
  private quoteValid = false;
  private readonly d: number;

  constructor(
    readonly delimiter: string,
    readonly eol: "\n" | "\r",
  ) {
    this.d = delimiter.charCodeAt(0);
  }

  /** Sets the buffer that following `next` calls read. */
  feed(s: string): void {
    this.s = s;
    this.quoteValid = false;
  }

  next(p: number, final: boolean): number {
    const s = this.s;
    this.inQuote = false;
    const nl = s.indexOf(this.eol, p);
    if (nl === -1 && !final) return -1;
    let lineEnd = nl === -1 ? s.length : nl;
    if (this.eol === "\n" && lineEnd > p && s.charCodeAt(lineEnd - 1) === CR) lineEnd--;
    if (!this.quoteValid || (this.quoteAt !== -1 && this.quoteAt < p)) {
      this.quoteAt = s.indexOf('"', p);
      this.quoteValid = true;
    }
    if (this.quoteAt === -1 || this.quoteAt >= lineEnd) {
      // Fast path: no quote on this line, so the native split is exact.
      this.fields = s.slice(p, lineEnd).split(this.delimiter);
      return nl === -1 ? s.length : nl + 1;
    }
    return this.quoted(p, nl, final);
  }

  /** Field-by-field state machine for a record that contains a quote somewhere. */
  private quoted(p: number, eolAt: number, final: boolean): number {
    const s = this.s;
    const n = s.length;
    const out: string[] = [];
    let i = p;
    for (;;) {
      let q = i;
      while (q < n && (s.charCodeAt(q) === SPACE || s.charCodeAt(q) === TAB)) q++;
      if (q < n && s.charCodeAt(q) === QUOTE) {
        let value = "";
        let j = q + 1;
        for (;;) {
          const k = s.indexOf('"', j);
          // A quote as the last character may still be the first half of "": wait for more text.
          if (k === -1 || (k + 1 === n && !final)) {
            if (!final) {
              this.inQuote = true;
              return -1;
            }
            throw new CsvSyntaxError("unterminated", out.length);
          }
          if (s.charCodeAt(k + 1) === QUOTE) {
            value += s.slice(j, k + 1);
            j = k + 2;
            continue;
          }
          value += s.slice(j, k);
          j = k + 1;
          break;
        }
        // Spaces after the closing quote are tolerated (values are trimmed anyway); text is not.
        while (j < n && (s.charCodeAt(j) === SPACE || s.charCodeAt(j) === TAB)) j++;
        if (j >= n) {
          if (!final) return -1;
          out.push(value);
          this.fields = out;
          return n;
        }
        const c = s.charCodeAt(j);
        if (c === this.d) {
          out.push(value);
          i = j + 1;
          continue;
        }
        if (this.eol === "\r" ? c === CR : c === LF) {
          out.push(value);
          this.fields = out;
          return j + 1;
        }
        if (c === CR && this.eol === "\n") {
          if (j + 1 >= n && !final) return -1;
          if (j + 1 >= n || s.charCodeAt(j + 1) === LF) {
            out.push(value);
            this.fields = out;
            return Math.min(j + 2, n);
          }
        }
        throw new CsvSyntaxError("after-quote", out.length);
      }
      // Unquoted field: a quote inside it is literal text (as spreadsheets read it).
      if (eolAt !== -1 && eolAt < i) eolAt = s.indexOf(this.eol, i);
      if (eolAt === -1 && !final) return -1;
      const stop = eolAt === -1 ? n : eolAt;
      const dAt = s.indexOf(this.delimiter, i);
      if (dAt !== -1 && dAt < stop) {
        out.push(s.slice(i, dAt));
        i = dAt + 1;
        continue;
      }
      let fieldEnd = stop;
      if (this.eol === "\n" && fieldEnd > i && s.charCodeAt(fieldEnd - 1) === CR) fieldEnd--;
      out.push(s.slice(i, fieldEnd));
      this.fields = out;
      return eolAt === -1 ? n : eolAt + 1;
    }
  }
}
