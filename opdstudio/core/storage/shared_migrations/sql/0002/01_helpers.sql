-- Faster helpers, same answers. A LANGUAGE sql function that cannot be inlined (SECURITY DEFINER, SET
-- search_path) is planned again on every statement that calls it; the policies and triggers call these several
-- times per written row, which made a push cost milliseconds per entry. In plpgsql their statements keep cached
-- plans. Who holds which role where is precomputed in app.role_scope, so the row-level security of every
-- statement is an index lookup instead of a walk up or down the organisation tree.

-- Every (person, organisation, role) where the person holds the role in the organisation or in one above it,
-- with the highest level of those memberships. Server-only, rebuilt whenever memberships or the organisation
-- tree change (both rare: the operator's work); only the owner's SECURITY DEFINER helpers read it.
CREATE TABLE app.role_scope (
    person_id text NOT NULL,
    role text NOT NULL,
    organisation_id text NOT NULL,
    level integer NOT NULL,
    PRIMARY KEY (person_id, role, organisation_id)
);
ALTER TABLE app.role_scope ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.role_scope FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON app.role_scope TO @owner@ USING (true) WITH CHECK (true);
REVOKE ALL ON app.role_scope FROM PUBLIC;

CREATE FUNCTION app.rebuild_role_scope() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    DELETE FROM app.role_scope;
    INSERT INTO app.role_scope (person_id, role, organisation_id, level)
    WITH RECURSIVE below (person_id, role, organisation_id, level, depth) AS (
        SELECT m.person_id, m.role, m.organisation_id, m.level, 0
        FROM app.membership m WHERE m.deleted_at IS NULL
        UNION ALL
        SELECT b.person_id, b.role, o.id, b.level, b.depth + 1
        FROM below b JOIN app.organisation o ON o.parent_id = b.organisation_id
        WHERE b.depth < 64)
    SELECT person_id, role, organisation_id, max(level) FROM below GROUP BY person_id, role, organisation_id;
    RETURN NULL;
END $$;

CREATE TRIGGER z_role_scope AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON app.membership
FOR EACH STATEMENT EXECUTE FUNCTION app.rebuild_role_scope();
CREATE TRIGGER z_role_scope AFTER INSERT OR UPDATE OF parent_id, deleted_at OR DELETE OR TRUNCATE ON app.organisation
FOR EACH STATEMENT EXECUTE FUNCTION app.rebuild_role_scope();
-- Fill it for the memberships that exist already (a no-op UPDATE fires the statement trigger).
UPDATE app.membership SET id = id WHERE false;

CREATE OR REPLACE FUNCTION app.org_ancestors(p_org text) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    RETURN (WITH RECURSIVE up (id, parent_id, depth) AS (
                SELECT o.id, o.parent_id, 0 FROM app.organisation o WHERE o.id = p_org
                UNION ALL
                SELECT o.id, o.parent_id, up.depth + 1 FROM app.organisation o JOIN up ON o.id = up.parent_id
                WHERE up.depth < 64)
            SELECT coalesce(array_agg(id ORDER BY depth), ARRAY[]::text[]) FROM up);
END $$;

CREATE OR REPLACE FUNCTION app.has_role(p_person text, p_org text, p_role text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM app.role_scope s
                   WHERE s.person_id = p_person AND s.role = p_role AND s.organisation_id = p_org);
END $$;

CREATE OR REPLACE FUNCTION app.holds_role_anywhere(p_person text, p_role text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM app.membership m
                   WHERE m.person_id = p_person AND m.role = p_role AND m.deleted_at IS NULL);
END $$;

CREATE OR REPLACE FUNCTION app.reviewer_level(p_person text, p_org text) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    RETURN (SELECT s.level FROM app.role_scope s
            WHERE s.person_id = p_person AND s.role = 'reviewer' AND s.organisation_id = p_org);
END $$;

CREATE OR REPLACE FUNCTION app.visible_orgs(p_person text) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM app.role_scope s WHERE s.person_id = p_person AND s.role IN ('oversight', 'operator')) THEN
        RETURN ARRAY(SELECT o.id FROM app.organisation o);
    END IF;
    RETURN ARRAY(SELECT DISTINCT s.organisation_id FROM app.role_scope s WHERE s.person_id = p_person);
END $$;

CREATE OR REPLACE FUNCTION app.post_org(p_post text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    RETURN (SELECT organisation_id FROM app.post WHERE id = p_post);
END $$;

-- The remaining SQL helpers become plpgsql with the same bodies, for the same reason.
CREATE OR REPLACE FUNCTION app.person_id() RETURNS text
LANGUAGE plpgsql STABLE SECURITY INVOKER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$ BEGIN RETURN (SELECT person_id FROM app.login_person WHERE login = current_user); END $$;

CREATE OR REPLACE FUNCTION app.json_str(s text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ BEGIN RETURN to_json(normalize(s, NFC))::text; END $$;

CREATE OR REPLACE FUNCTION app.py_isoformat(ts timestamptz) RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN to_char(ts AT TIME ZONE 'UTC', 'US') = '000000' THEN ''
                ELSE '.' || to_char(ts AT TIME ZONE 'UTC', 'US') END
        || '+00:00';
END $$;

CREATE OR REPLACE FUNCTION app.audit_digest(e app.auditevent) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    RETURN encode(sha256(convert_to(
        '{"action":' || app.json_str(e.action)
        || ',"actor":' || app.json_str(e.actor_id)
        || ',"at":' || app.json_str(app.py_isoformat(e.created_at))
        || ',"detail":' || app.canonical_json(e.detail)
        || ',"hash":' || app.json_str(e.content_hash)
        || ',"id":' || app.json_str(e.id)
        || ',"org":' || app.json_str(e.organisation_id)
        || ',"post":' || coalesce(app.json_str(e.post_id), 'null')
        || ',"prev":' || app.json_str(e.prev_hash)
        || ',"seq":' || e.seq::text || '}',
        'UTF8')), 'hex');
END $$;

CREATE OR REPLACE FUNCTION app.approved_up_to(p app.post) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    RETURN (SELECT coalesce(max(rv.level), 0) FROM app.review rv
            WHERE rv.post_id = p.id AND rv.decision = 'approve' AND rv.content_hash = p.content_hash);
END $$;

CREATE OR REPLACE FUNCTION app.waiting_level(p app.post) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    covered integer := app.approved_up_to(p);
BEGIN
    RETURN (SELECT min(r.level) FROM unnest(app.required_levels(p)) AS r (level) WHERE r.level > covered);
END $$;

CREATE OR REPLACE FUNCTION app.wrote_post(p_person text, p_post text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM app.auditevent e
                   WHERE e.post_id = p_post AND e.actor_id = p_person
                     AND e.action IN ('created', 'edited', 'withdrawn', 'approval_voided'));
END $$;

CREATE OR REPLACE FUNCTION app.is_approved(p app.post) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$ BEGIN RETURN p.content_hash = app.content_hash(p) AND app.waiting_level(p) IS NULL; END $$;

CREATE OR REPLACE FUNCTION app.begin_write() RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$ BEGIN RETURN (SELECT version FROM app.server_clock FOR UPDATE); END $$;

CREATE OR REPLACE FUNCTION app.next_server_version() RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    next_version bigint;
BEGIN
    UPDATE app.server_clock SET version = version + 1 RETURNING version INTO next_version;
    RETURN next_version;
END $$;

CREATE OR REPLACE FUNCTION app.has_photo_blob(p_sha256 text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$ BEGIN RETURN EXISTS (SELECT 1 FROM app.photoblob b WHERE b.sha256 = p_sha256); END $$;

-- The synced tables are fixed by the migrations: the list is computed once here (a migration that adds a table
-- runs this again) instead of reading the catalog on every call.
DO $$
BEGIN
    EXECUTE format('CREATE OR REPLACE FUNCTION app.synced_tables() RETURNS text[] '
                   'LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
                   format('SELECT %L::text[]',
                          (SELECT array_agg(c.relname::text ORDER BY c.relname)
                           FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
                           WHERE c.relnamespace = 'app'::regnamespace AND c.relkind = 'r'
                             AND a.attname = 'server_version' AND NOT a.attisdropped)));
END $$;
