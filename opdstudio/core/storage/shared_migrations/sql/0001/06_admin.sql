-- Operator administration. These run as the owner (SECURITY DEFINER) because creating login roles needs its
-- CREATEROLE; only the operator group (and superusers) may execute them. Passwords arrive as SCRAM-SHA-256
-- verifiers computed by the client, so no plain password reaches the server or its logs.

CREATE FUNCTION app.admin_add_org(p_name text, p_kind text, p_parent text, p_short_name text DEFAULT '')
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    new_id text;
BEGIN
    IF coalesce(btrim(p_name), '') = '' THEN
        PERFORM app.refuse('name_required', 'Nama organisasi wajib diisi.', 'The organisation name is required.');
    END IF;
    IF p_parent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM app.organisation o WHERE o.id = p_parent) THEN
        PERFORM app.refuse('unknown_org', 'Organisasi induk tidak ditemukan.', 'Parent organisation not found.');
    END IF;
    INSERT INTO app.organisation (id, name, short_name, kind, parent_id)
    VALUES (gen_random_uuid()::text, btrim(p_name), btrim(coalesce(p_short_name, '')), p_kind, p_parent)
    RETURNING id INTO new_id;
    RETURN new_id;
END $$;

-- Creates the login role (member of the member group) and the person; returns the person's id.
CREATE FUNCTION app.admin_add_user(p_login text, p_name text, p_title text, p_verifier text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    new_id text;
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.]{2,39}$' THEN
        PERFORM app.refuse('invalid_login',
            'Nama login harus 3–40 karakter: huruf kecil, angka, titik atau garis bawah, diawali huruf.',
            'A login must be 3–40 characters: lower-case letters, digits, dot or underscore, starting with a letter.');
    END IF;
    IF coalesce(btrim(p_name), '') = '' THEN
        PERFORM app.refuse('name_required', 'Nama wajib diisi.', 'The name is required.');
    END IF;
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
        PERFORM app.refuse('bad_verifier',
            'Kata sandi harus dikirim sebagai verifier SCRAM-SHA-256.',
            'The password must be sent as a SCRAM-SHA-256 verifier.');
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_login)
            OR EXISTS (SELECT 1 FROM app.person p WHERE p.login = p_login) THEN
        PERFORM app.refuse('login_taken',
            format('Login ''%s'' sudah dipakai.', p_login), format('The login ''%s'' is already taken.', p_login));
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, @member_name@);
    INSERT INTO app.person (id, name, login, title)
    VALUES (gen_random_uuid()::text, btrim(p_name), p_login, btrim(coalesce(p_title, '')))
    RETURNING id INTO new_id;
    INSERT INTO app.login_person (login, person_id) VALUES (p_login, new_id);
    RETURN new_id;
END $$;

-- Gives the login a role in an organisation (or changes its level); operators also join the operator group.
-- Returns the membership's id.
CREATE FUNCTION app.admin_grant(p_login text, p_org text, p_role text, p_level integer DEFAULT 1) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    who text;
    membership_id text;
BEGIN
    SELECT l.person_id INTO who FROM app.login_person l WHERE l.login = p_login;
    IF who IS NULL THEN
        PERFORM app.refuse('unknown_login',
            format('Login ''%s'' tidak ada di server.', p_login), format('No login ''%s'' on the server.', p_login));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM app.organisation o WHERE o.id = p_org) THEN
        PERFORM app.refuse('unknown_org', 'Organisasi tidak ditemukan.', 'Organisation not found.');
    END IF;
    IF p_role IS NULL OR p_role NOT IN ('admin', 'reviewer', 'oversight', 'operator') THEN
        PERFORM app.refuse('bad_role', format('Peran ''%s'' tidak dikenal.', p_role),
                           format('Unknown role ''%s''.', p_role));
    END IF;
    INSERT INTO app.membership (id, person_id, organisation_id, role, level)
    VALUES (gen_random_uuid()::text, who, p_org, p_role, greatest(coalesce(p_level, 1), 1))
    ON CONFLICT (person_id, organisation_id, role)
        DO UPDATE SET level = EXCLUDED.level, deleted_at = NULL, updated_at = now()
    RETURNING id INTO membership_id;
    IF p_role = 'operator' THEN
        EXECUTE format('GRANT %I TO %I', @operator_name@, p_login);
    END IF;
    RETURN membership_id;
END $$;

CREATE FUNCTION app.admin_set_password(p_login text, p_verifier text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM app.login_person l WHERE l.login = p_login) THEN
        PERFORM app.refuse('unknown_login',
            format('Login ''%s'' tidak ada di server.', p_login), format('No login ''%s'' on the server.', p_login));
    END IF;
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
        PERFORM app.refuse('bad_verifier',
            'Kata sandi harus dikirim sebagai verifier SCRAM-SHA-256.',
            'The password must be sent as a SCRAM-SHA-256 verifier.');
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
END $$;
