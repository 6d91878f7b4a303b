// Reference data the register pages offer as choices (RIO: national, not of one institution).
import { defaultClient, type Client } from "./shared";

/** Every opleiding in RIO by code: a student may be enrolled in one without a licence (M03). */
export async function opleidingKeuzes(client: Client = defaultClient): Promise<{ opleidingscode: string; naam: string }[]> {
  return client.opleiding.findMany({ select: { opleidingscode: true, naam: true }, orderBy: { opleidingscode: "asc" } });
}
