// Who delivered an upload, as the list and detail pages show it.
import type { Uploader } from "@/lib/register/uploads/queries";

export function uploaderName(
  uploader: Uploader,
  t: (key: "api" | "onbekend", values?: { clientId: string }) => string,
): string {
  if (!uploader) return t("onbekend");
  return uploader.kind === "USER" ? uploader.naam : t("api", { clientId: uploader.clientId });
}
