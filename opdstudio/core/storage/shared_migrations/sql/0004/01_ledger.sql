-- The push ledger (app.applied_mutation) bound to the login. An installation's client id belongs to the login
-- that first pushed with it (app.client_login, server-only); a ledger row for a client id another login owns is
-- refused, so nobody can fill another installation's future sequence numbers and jam its pushes. And only the
-- push procedures write the ledger: a row inserted by anything but app.push_batch / app.apply_mutation (read from
-- the call stack; members cannot create functions in app or any other schema) is refused too. These refusals use
-- SQLSTATE OPD03, which the push procedures do not catch: the whole push fails with the message and nothing is
-- answered "applied" (a per-entry answer would report rows rolled back with the ledger row as written).
CREATE TABLE app.client_login (
    client_id uuid PRIMARY KEY,
    login text NOT NULL,
    first_seen timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE app.client_login ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.client_login FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON app.client_login TO @owner@ USING (true) WITH CHECK (true);
REVOKE ALL ON app.client_login FROM PUBLIC;

-- The client ids already in use belong to the login that wrote their first ledger row.
INSERT INTO app.client_login (client_id, login, first_seen)
SELECT DISTINCT ON (m.client_id) m.client_id, m.login, m.applied_at
FROM app.applied_mutation m
ORDER BY m.client_id, m.applied_at, m.seq;

-- Runs as the owner (it reads and claims app.client_login); NEW.login is the writer, since the row-level policy
-- write_own checks login = current_user after this trigger.
CREATE FUNCTION app.tg_ledger_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    stack text;
    owner_login text;
BEGIN
    GET DIAGNOSTICS stack = PG_CONTEXT;
    IF stack !~ '\nPL/pgSQL function (app\.)?(push_batch\(uuid,jsonb,text\[\],integer\)|apply_mutation\(uuid,bigint,text,jsonb,integer\)) line \d+ at SQL statement' THEN
        RAISE EXCEPTION USING ERRCODE = 'OPD03', HINT = 'ledger_direct',
            MESSAGE = 'Catatan sinkronisasi hanya ditulis oleh prosedur kirim server.',
            DETAIL = 'The sync ledger is written only by the server''s push procedure.';
    END IF;
    INSERT INTO app.client_login (client_id, login) VALUES (NEW.client_id, NEW.login)
    ON CONFLICT (client_id) DO NOTHING;
    SELECT c.login INTO owner_login FROM app.client_login c WHERE c.client_id = NEW.client_id;
    IF owner_login IS DISTINCT FROM NEW.login THEN
        RAISE EXCEPTION USING ERRCODE = 'OPD03', HINT = 'foreign_client',
            MESSAGE = 'Id instalasi ini milik login lain; instalasi ini tidak dapat mengirim atas namanya.',
            DETAIL = 'This installation id belongs to another login; this installation cannot push under it.';
    END IF;
    RETURN NEW;
END $$;
REVOKE EXECUTE ON FUNCTION app.tg_ledger_guard() FROM PUBLIC;

CREATE TRIGGER a_ledger_guard BEFORE INSERT ON app.applied_mutation
FOR EACH ROW EXECUTE FUNCTION app.tg_ledger_guard();
