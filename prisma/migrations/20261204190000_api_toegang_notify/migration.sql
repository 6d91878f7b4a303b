-- Who an API client is and what it may do at a school (ApiClient, its Leverancier, Mandaat, the
-- Instelling) is kept in memory by each server process for at most a second (lib/api/toegang.ts).
-- Any change to these tables, by whatever code or by hand, tells every process at its commit to
-- forget it: a revoked client or an ended mandate still bites at once (api.md, osr.md).
CREATE FUNCTION "notify_api_toegang"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('api_toegang', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ApiClient_api_toegang" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ApiClient"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_api_toegang"();
CREATE TRIGGER "Leverancier_api_toegang" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Leverancier"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_api_toegang"();
CREATE TRIGGER "Mandaat_api_toegang" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Mandaat"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_api_toegang"();
CREATE TRIGGER "Instelling_api_toegang" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Instelling"
  FOR EACH STATEMENT EXECUTE FUNCTION "notify_api_toegang"();
