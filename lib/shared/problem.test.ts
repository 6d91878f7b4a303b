// The app's one error shape: the body the API and the portal's JSON routes send, and the one reader
// the browser code uses for it.
import { describe, expect, it } from "vitest";
import { problemBody, problemDetail } from "./problem";

describe("problem+json", () => {
  it("gives status, a Dutch title and a type per status, and the message as detail", () => {
    expect(problemBody(404, "Deze upload bestaat niet.")).toEqual({
      type: "https://bron.duo.example/api/v1/problemen/niet-gevonden",
      title: "Niet gevonden",
      status: 404,
      detail: "Deze upload bestaat niet.",
    });
    expect(problemBody(418, "x", { instance: "/a", extra: { invalidParams: [] } })).toMatchObject({
      title: "Fout",
      instance: "/a",
      invalidParams: [],
    });
  });

  it("is read back to its message, and anything else to null", () => {
    expect(problemDetail(problemBody(400, "Het bestand is leeg."))).toBe("Het bestand is leeg.");
    expect(problemDetail({ melding: "oud formaat" })).toBeNull();
    expect(problemDetail(null)).toBeNull();
    expect(problemDetail("tekst")).toBeNull();
    expect(problemDetail({ detail: 3 })).toBeNull();
  });
});
