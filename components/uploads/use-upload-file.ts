"use client";
// The one mutation of uploads: send a file as the raw request body with XMLHttpRequest, because
// fetch reports no upload progress. Resolves with the new upload's id.
import { useMutation } from "@tanstack/react-query";
import { problemDetail } from "@/lib/shared/problem";
import { UploadRequestError } from "./query";

export type UploadVariables = {
  soort: string;
  file: File;
  onProgress: (sent: number, total: number) => void;
  signal: AbortSignal;
};

function sendFile(brin: string, { soort, file, onProgress, signal }: UploadVariables): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/instelling/${encodeURIComponent(brin)}/uploads/bestand?soort=${encodeURIComponent(soort)}`);
    xhr.setRequestHeader("Content-Type", "text/csv");
    // A header carries only Latin-1; the name may hold any character.
    xhr.setRequestHeader("X-Bestandsnaam", encodeURIComponent(file.name));
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (
        xhr.status === 201 &&
        typeof body === "object" &&
        body !== null &&
        "id" in body &&
        typeof body.id === "string"
      )
        resolve({ id: body.id });
      else reject(new UploadRequestError(xhr.status, problemDetail(body)));
    };
    xhr.onerror = () => reject(new UploadRequestError(0, null));
    xhr.onabort = () => reject(new UploadRequestError(0, null, true));
    signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

export function useUploadFile(brin: string) {
  return useMutation<{ id: string }, UploadRequestError, UploadVariables>({
    mutationFn: (variables) => sendFile(brin, variables),
  });
}
