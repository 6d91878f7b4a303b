// Input of the user forms as zod: errors carry a key of the `toegang.fouten` catalogue. Institution
// roles need at least one institution; DUO roles have none (they see every institution).
import { z } from "zod";
import { Rol } from "@/generated/prisma/enums";
import { DUO_ROLES } from "@/lib/auth/roles";

export const ROLLEN = Object.values(Rol) as [Rol, ...Rol[]];
const BRIN = /^\d{2}[A-Z]{2}$/;
const emailAdres = z.email({ error: "emailOngeldig" });

export const gebruikerSchema = z
  .object({
    naam: z.string({ error: "naamVerplicht" }).trim().min(1, { error: "naamVerplicht" }).max(200, { error: "teLang" }),
    // Accounts are found by lower-case e-mail address (as sign-in does).
    email: z
      .string({ error: "emailVerplicht" })
      .trim()
      .toLowerCase()
      .min(1, { error: "emailVerplicht" })
      .refine((v) => v.length <= 254 && emailAdres.safeParse(v).success, { error: "emailOngeldig" }),
    rol: z.enum(ROLLEN, { error: "rolOnbekend" }),
    instellingen: z
      .array(z.string().trim().toUpperCase().regex(BRIN, { error: "instellingOnbekend" }))
      .max(200, { error: "teLang" })
      .transform((l) => [...new Set(l)].sort()),
  })
  .superRefine((v, ctx) => {
    const duo = DUO_ROLES.includes(v.rol);
    if (duo && v.instellingen.length > 0)
      ctx.addIssue({ code: "custom", path: ["instellingen"], message: "duoGeenInstellingen" });
    if (!duo && v.instellingen.length === 0)
      ctx.addIssue({ code: "custom", path: ["instellingen"], message: "instellingVerplicht" });
  });
export type GebruikerInvoer = z.infer<typeof gebruikerSchema>;

/** The list's filter from the query string; anything unreadable is simply no filter. */
export const gebruikerFilterSchema = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  rol: z.enum(ROLLEN).optional().catch(undefined),
  brin: z.string().trim().toUpperCase().regex(BRIN).optional().catch(undefined),
  status: z.enum(["actief", "inactief"]).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type GebruikerFilter = z.infer<typeof gebruikerFilterSchema>;
