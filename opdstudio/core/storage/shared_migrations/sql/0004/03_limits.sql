-- No single login stalls the others. Each person's login gets a connection limit and statement / idle-transaction
-- time limits as its own defaults (app.admin_limit_login, run by 'server add-user' and here for the logins there
-- already are). PostgreSQL lets a session SET those two timeouts itself, so they bound a client that keeps the
-- defaults, not a hostile one; the connection limit holds whatever the session does. Advisory locks and large
-- objects are taken from everyone but the owner's helpers (app.audit_tail takes its per-organisation lock as
-- the owner): that needs the superuser who runs 'server init'; without one the step is skipped with a notice.

CREATE FUNCTION app.admin_limit_login(p_login text, p_connections integer DEFAULT 10) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    IF NOT pg_has_role(p_login, @member_name@, 'MEMBER') OR p_connections IS NULL OR p_connections < 1 THEN
        PERFORM app.refuse('not_a_person', 'Login ini bukan login orang OPD Studio.',
                           'This login is not an OPD Studio person''s login.');
    END IF;
    EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', p_login, p_connections);
    EXECUTE format('ALTER ROLE %I SET statement_timeout = %L', p_login, '2min');
    EXECUTE format('ALTER ROLE %I SET idle_in_transaction_session_timeout = %L', p_login, '1min');
    EXECUTE format('ALTER ROLE %I SET lock_timeout = %L', p_login, '1min');
END $$;
REVOKE EXECUTE ON FUNCTION app.admin_limit_login(text, integer) FROM PUBLIC, @member@;
GRANT EXECUTE ON FUNCTION app.admin_limit_login(text, integer) TO @operator@;

DO $$
DECLARE
    login text;
    f regprocedure;
BEGIN
    FOR login IN SELECT p.login FROM app.login_person p JOIN pg_roles r ON r.rolname = p.login LOOP
        PERFORM app.admin_limit_login(login);
    END LOOP;
    IF NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN
        RAISE NOTICE 'advisory-lock and large-object functions left as they are: run the upgrade as a superuser';
        RETURN;
    END IF;
    RESET ROLE;
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
             WHERE p.pronamespace = 'pg_catalog'::regnamespace
               AND (p.proname ~ '^pg_(try_)?advisory_'
                    OR p.proname IN ('lo_from_bytea', 'lo_create', 'lo_creat', 'lo_import', 'lo_put', 'lowrite',
                                     'lo_open', 'lo_truncate', 'lo_truncate64', 'lo_unlink')) LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
    EXECUTE format('GRANT EXECUTE ON FUNCTION pg_advisory_xact_lock(bigint) TO %I', @owner_name@);
    EXECUTE format('SET LOCAL ROLE %I', @owner_name@);
END $$;
