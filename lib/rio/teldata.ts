// The count dates every install starts with (domain.md): mbo 1 October and 1 February of
// studiejaren 2023-2024 up to 2026-2027; po 1 February 2024 up to 2027.
export function initialTeldata(): { sector: "PO" | "MBO"; datum: string }[] {
  const list: { sector: "PO" | "MBO"; datum: string }[] = [];
  for (let year = 2023; year <= 2026; year++) {
    list.push({ sector: "MBO", datum: `${year}-10-01` }, { sector: "MBO", datum: `${year + 1}-02-01` });
  }
  for (let year = 2024; year <= 2027; year++) list.push({ sector: "PO", datum: `${year}-02-01` });
  return list;
}
