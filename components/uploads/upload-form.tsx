"use client";
// Choose the soort and a CSV file (file input; dropping a file on the zone is an extra), send it with
// visible transfer progress, then open the upload's own page where processing can be followed.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { formatBytes } from "@/components/ui/format";
import { ProgressBar } from "./progress-bar";
import type { UploadRequestError } from "./query";
import { useUploadFile } from "./use-upload-file";

/** formats.md: 200 MB. Checked here too so nobody waits for a transfer that will be refused. */
const MAX_BYTES = 200 * 1024 * 1024;

export function UploadForm({ brin, soorten }: { brin: string; soorten: string[] }) {
  const t = useTranslations("uploads");
  const locale = useLocale();
  const router = useRouter();
  const upload = useUploadFile(brin);
  const [soort, setSoort] = useState(soorten.length === 1 ? (soorten[0] ?? "") : "");
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [errors, setErrors] = useState<{ soort?: string; file?: string }>({});
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const firstSoort = useRef<HTMLInputElement>(null);

  function choose(chosen: File | null) {
    setFile(chosen);
    setErrors((e) => ({ ...e, file: undefined }));
    upload.reset();
  }

  function onDrop(event: React.DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (!dropped) return;
    // Keep the input in step, so what the page shows is what the input holds.
    if (fileInput.current) fileInput.current.files = event.dataTransfer.files;
    choose(dropped);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: { soort?: string; file?: string } = {};
    if (!soort) found.soort = t("form.soortRequired");
    if (!file) found.file = t("form.fileRequired");
    else if (file.size === 0) found.file = t("form.empty");
    else if (file.size > MAX_BYTES) found.file = t("form.tooLarge");
    setErrors(found);
    if (found.soort) return firstSoort.current?.focus();
    if (found.file || !file) return fileInput.current?.focus();
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ sent: 0, total: file.size });
    upload.mutate(
      { soort, file, signal: controller.signal, onProgress: (sent, total) => setProgress({ sent, total }) },
      {
        onSuccess: ({ id }) => router.push(`/instelling/${brin}/uploads/${id}`),
        onSettled: (_data, error) => {
          if (error) setProgress(null);
        },
      },
    );
  }

  // After success the page changes; until then the form stays locked so nobody sends the file twice.
  const sending = upload.isPending || upload.isSuccess;
  const percent = progress && progress.total > 0 ? (progress.sent * 100) / progress.total : 0;
  const fileError = errors.file;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-describedby="upload-intro">
      <p id="upload-intro" className="utrecht-paragraph">
        {t("intro")}
      </p>
      <fieldset className="utrecht-form-fieldset" aria-describedby={errors.soort ? "soort-error" : undefined}>
        <legend className="utrecht-form-fieldset__legend mb-2 font-semibold">{t("form.soort")}</legend>
        {errors.soort ? (
          <p id="soort-error" className="mb-2 font-semibold text-[var(--bron-error)]">
            {errors.soort}
          </p>
        ) : null}
        <div className="flex flex-col gap-2">
          {soorten.map((s, index) => (
            <label key={s} className="utrecht-form-label flex items-center gap-2">
              <input
                ref={index === 0 ? firstSoort : undefined}
                type="radio"
                name="soort"
                value={s}
                checked={soort === s}
                disabled={sending}
                onChange={() => {
                  setSoort(s);
                  setErrors((e) => ({ ...e, soort: undefined }));
                }}
                className="utrecht-radio-button h-5 w-5"
              />
              {t(`soorten.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
        className={`flex flex-col gap-2 rounded border-2 border-dashed p-6 ${dragging ? "border-[var(--bron-lint)] bg-[#e6eef7]" : "border-[var(--bron-border)] bg-[var(--bron-subtle)]"}`}
      >
        <label htmlFor="upload-bestand" className="utrecht-form-label font-semibold">
          {t("form.file")}
        </label>
        <p id="upload-bestand-hint" className="text-sm text-[var(--bron-muted)]">
          {t("form.fileHint")}
        </p>
        {fileError ? (
          <p id="upload-bestand-error" className="font-semibold text-[var(--bron-error)]">
            {fileError}
          </p>
        ) : null}
        <input
          ref={fileInput}
          id="upload-bestand"
          name="bestand"
          type="file"
          accept=".csv,text/csv"
          disabled={sending}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "upload-bestand-hint upload-bestand-error" : "upload-bestand-hint"}
          onChange={(event) => choose(event.currentTarget.files?.[0] ?? null)}
        />
        <p className="text-sm" aria-hidden="true">
          {dragging ? t("form.dropActive") : t("form.drop")}
        </p>
        {file ? (
          <p className="text-sm">{t("form.chosen", { naam: file.name, grootte: formatBytes(file.size, locale) })}</p>
        ) : null}
      </div>

      {sending && progress ? (
        <div className="flex flex-col gap-2">
          <ProgressBar
            id="transfer"
            label={percent >= 100 ? t("form.storing") : t("form.transfer")}
            value={percent}
            valueText={t("form.transferText", {
              verstuurd: formatBytes(progress.sent, locale),
              totaal: formatBytes(progress.total, locale),
            })}
          />
          <p className="text-sm text-[var(--bron-muted)]">
            {t("form.transferText", {
              verstuurd: formatBytes(progress.sent, locale),
              totaal: formatBytes(progress.total, locale),
            })}
          </p>
        </div>
      ) : null}

      {upload.error ? <UploadErrorAlert error={upload.error} /> : null}

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={sending}
          aria-busy={sending}
          className="utrecht-button utrecht-button--primary-action"
        >
          {sending ? t("form.sending") : t("form.submit")}
        </button>
        {upload.isPending ? (
          <button
            type="button"
            onClick={() => abort.current?.abort()}
            className="utrecht-button utrecht-button--secondary-action"
          >
            {t("form.cancel")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function UploadErrorAlert({ error }: { error: UploadRequestError }) {
  const t = useTranslations("uploads.form");
  const text = error.cancelled ? t("cancelled") : (error.melding ?? t("failed"));
  return (
    <div role="alert" className={`utrecht-alert ${error.cancelled ? "utrecht-alert--info" : "utrecht-alert--error"}`}>
      <p className="utrecht-paragraph">{text}</p>
    </div>
  );
}
