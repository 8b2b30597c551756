-- A change to a part of an approved post (a variant's text, a target, a photo placement: added, edited or
-- deleted) voids the approval on the server: at commit, a post whose part changed in the transaction and that is
-- still 'approved' goes back to draft, as the writer (an admin of the post's organisation, the only one the
-- policies let write parts; the post's guard allows approved → draft for them). At commit, so that the client's
-- own edit (parts first, then the post set to draft, one action) finds the post as it left it. Before this the
-- post stayed 'approved' while its content differed from what was approved.
CREATE FUNCTION app.tg_part_voids_approval() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    bookkeeping constant text[] := ARRAY['rev', 'server_version', 'created_at', 'updated_at'];
BEGIN
    IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - bookkeeping) = (to_jsonb(OLD) - bookkeeping) THEN
        RETURN NULL;
    END IF;
    UPDATE app.post p SET status = 'draft' WHERE p.id = NEW.post_id AND p.status = 'approved';
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['posttarget', 'postvariant', 'postphoto'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER d_voids_approval AFTER INSERT OR UPDATE ON app.%I '
                       'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.tg_part_voids_approval()',
                       t);
    END LOOP;
END $$;
