// The version of the supplier API: the major is in the path (/api/v1), the whole in the API-Version
// header of every response (next.config.mjs) and in the OpenAPI document. Keep them equal.
export const API_VERSION = "1.0.0";
