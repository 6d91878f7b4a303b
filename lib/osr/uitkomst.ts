// What an OSR mutation answers: done, or refused with a key of the `osr.fouten` catalogue (and the
// fields it concerns). A refusal changes nothing.
import type { VeldFouten } from "./validation";

export type Uitkomst<T = Record<never, never>> = ({ ok: true } & T) | { ok: false; fout: string; velden?: VeldFouten };

export const geweigerd = (fout: string, velden?: VeldFouten): { ok: false; fout: string; velden?: VeldFouten } => ({ ok: false, fout, ...(velden ? { velden } : {}) });
