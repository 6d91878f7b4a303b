"use client";
// A filter form's empty fields stay out of the URL it submits (`?soort=LUXE`, not
// `?soort=LUXE&van=&tot=`): they are disabled for the moment of submitting, which keeps them out of
// the form data. Without JavaScript the form still works, with the empty fields in the URL.
import { useEffect, useRef } from "react";

export function LegeVeldenWeg() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const onSubmit = () => {
      const leeg = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[name], select[name]")].filter(
        (f) => !f.disabled && f.type !== "checkbox" && f.value === "",
      );
      for (const f of leeg) f.disabled = true;
      // Enabled again once the browser has read the form (and when the page comes back from history).
      setTimeout(() => leeg.forEach((f) => (f.disabled = false)), 0);
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, []);
  return <span ref={ref} hidden />;
}
