-- What a client calls to sync: app.apply_mutation (push one outbox entry), app.pull (rows changed since a
-- cursor), app.put_photo_blob / app.missing_photo_blobs (photo bytes). All run with the caller's rights, so
-- row-level security and the triggers judge every row. The contract is described in opdstudio/core/sync/__init__.py.

CREATE TYPE app.mutation_result AS (
    outcome text,           -- applied | duplicate | conflict | rejected
    reason text,            -- a stable code ('' when applied)
    message_id text,        -- what to tell the person, Indonesian
    message_en text,        -- the same in English
    server_row jsonb,       -- the row as the caller may see it on the server now (NULL: none)
    original_outcome text   -- for a duplicate: what the first push of this (client, seq) returned
);

-- The tables a client syncs: every table of schema app with a server_version column.
CREATE FUNCTION app.synced_tables() RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT coalesce(array_agg(c.relname::text ORDER BY c.relname), ARRAY[]::text[])
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
WHERE c.relnamespace = 'app'::regnamespace AND c.relkind = 'r' AND a.attname = 'server_version'
  AND NOT a.attisdropped
$$;

-- One synced row as JSON, as the caller may see it (NULL when absent or hidden).
CREATE FUNCTION app.row_json(p_table text, p_id text) RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    found_row jsonb;
BEGIN
    IF NOT p_table = ANY (app.synced_tables()) THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT to_jsonb(t) FROM app.%I AS t WHERE t.id = $1', p_table) INTO found_row USING p_id;
    RETURN found_row;
END $$;

-- The visible row that already holds the values of p_row for the columns of a unique constraint.
CREATE FUNCTION app.row_by_constraint(p_table text, p_constraint text, p_row jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    condition text;
    found_row jsonb;
BEGIN
    SELECT string_agg(format('t.%1$I IS NOT DISTINCT FROM r.%1$I', a.attname), ' AND ')
      INTO condition
    FROM pg_constraint c
    CROSS JOIN unnest(c.conkey) AS k (attnum)
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
    WHERE c.conname = p_constraint AND c.conrelid = format('app.%I', p_table)::regclass;
    IF condition IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT to_jsonb(t) FROM app.%1$I AS t, jsonb_populate_record(NULL::app.%1$I, $1) AS r '
                   'WHERE %2$s LIMIT 1', p_table, condition)
      INTO found_row USING p_row;
    RETURN found_row;
END $$;

-- Push one outbox entry in the caller's transaction. p_base_rev NULL inserts p_row; otherwise p_row (all or some
-- columns) replaces the row whose rev is p_base_rev (compare-and-set). See the contract for the outcomes.
CREATE FUNCTION app.apply_mutation(p_client uuid, p_seq bigint, p_table text, p_row jsonb, p_base_rev integer)
RETURNS app.mutation_result
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    bookkeeping constant text[] := ARRAY['rev', 'server_version', 'created_at', 'updated_at'];
    row_id text := p_row ->> 'id';
    previous app.applied_mutation;
    result app.mutation_result;
    current_row jsonb;
    incoming jsonb;
    written jsonb;
    column_list text;
    err_message text;
    err_detail text;
    err_hint text;
    err_constraint text;
BEGIN
    PERFORM app.begin_write();
    SELECT * INTO previous FROM app.applied_mutation m WHERE m.client_id = p_client AND m.seq = p_seq;
    IF FOUND THEN
        RETURN ROW('duplicate', previous.reason, previous.message_id, previous.message_en,
                   app.row_json(previous.table_name, previous.row_id), previous.outcome)::app.mutation_result;
    END IF;

    IF p_table IS NULL OR NOT p_table = ANY (app.synced_tables()) THEN
        result := ROW('rejected', 'unknown_table', format('Tabel ''%s'' tidak disinkronkan.', p_table),
                      format('Table ''%s'' is not synced.', p_table), NULL, NULL);
    ELSIF row_id IS NULL THEN
        result := ROW('rejected', 'no_id', 'Baris tanpa id.', 'A row without an id.', NULL, NULL);
    ELSE
        current_row := app.row_json(p_table, row_id);
        BEGIN
            IF p_base_rev IS NULL AND current_row IS NOT NULL THEN
                result := ROW('conflict', 'exists', 'Baris ini sudah ada di server.',
                              'This row already exists on the server.', current_row, NULL);
            ELSIF p_base_rev IS NULL THEN
                SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO column_list
                FROM pg_attribute a
                WHERE a.attrelid = format('app.%I', p_table)::regclass AND a.attnum > 0 AND NOT a.attisdropped
                  AND a.attname <> 'server_version' AND p_row ? a.attname;
                EXECUTE format('INSERT INTO app.%1$I AS t (%2$s) SELECT %2$s FROM jsonb_populate_record('
                               'NULL::app.%1$I, $1) RETURNING to_jsonb(t)', p_table, column_list)
                  INTO written USING p_row;
                result := ROW('applied', '', '', '', written, NULL);
            ELSIF current_row IS NULL THEN
                result := ROW('rejected', 'not_found', 'Baris tidak ditemukan di server atau tidak boleh Anda lihat.',
                              'The row is not on the server or you may not see it.', NULL, NULL);
            ELSE
                EXECUTE format('SELECT to_jsonb(r) FROM jsonb_populate_record('
                               '(SELECT t FROM app.%1$I AS t WHERE t.id = $2), $1) AS r', p_table)
                  INTO incoming USING p_row, row_id;
                IF (incoming - bookkeeping) = (current_row - bookkeeping) THEN
                    result := ROW('applied', 'unchanged', '', '', current_row, NULL);
                ELSIF (current_row ->> 'rev')::integer <> p_base_rev THEN
                    result := ROW('conflict', 'rev',
                                  'Baris ini sudah diubah orang lain; versi server dipakai dan versi Anda disimpan.',
                                  'Someone else changed this row; the server version stays and yours is kept aside.',
                                  current_row, NULL);
                ELSE
                    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO column_list
                    FROM pg_attribute a
                    WHERE a.attrelid = format('app.%I', p_table)::regclass AND a.attnum > 0 AND NOT a.attisdropped
                      AND a.attname NOT IN ('id', 'rev', 'server_version', 'created_at');
                    EXECUTE format('UPDATE app.%1$I AS t SET (%2$s) = (SELECT %2$s FROM jsonb_populate_record(t, $1)) '
                                   'WHERE t.id = $2 RETURNING to_jsonb(t)', p_table, column_list)
                      INTO written USING p_row, row_id;
                    IF written IS NULL THEN
                        result := ROW('rejected', 'not_permitted', 'Anda tidak boleh mengubah baris ini.',
                                      'You may not change this row.', current_row, NULL);
                    ELSE
                        result := ROW('applied', '', '', '', written, NULL);
                    END IF;
                END IF;
            END IF;
        EXCEPTION
            WHEN SQLSTATE 'OPD01' THEN
                GET STACKED DIAGNOSTICS err_message = MESSAGE_TEXT, err_detail = PG_EXCEPTION_DETAIL,
                                        err_hint = PG_EXCEPTION_HINT;
                result := ROW('rejected', err_hint, err_message, err_detail, current_row, NULL);
            WHEN unique_violation THEN
                GET STACKED DIAGNOSTICS err_constraint = CONSTRAINT_NAME;
                written := app.row_by_constraint(p_table, err_constraint, p_row);
                result := ROW(CASE WHEN written IS NULL THEN 'rejected' ELSE 'conflict' END, 'duplicate_key',
                              'Data yang sama sudah tercatat di server.', 'The same data is already on the server.',
                              coalesce(written, current_row), NULL);
            WHEN insufficient_privilege THEN
                result := ROW('rejected', 'not_permitted', 'Anda tidak berwenang menulis baris ini.',
                              'You are not allowed to write this row.', current_row, NULL);
            WHEN integrity_constraint_violation OR data_exception THEN
                GET STACKED DIAGNOSTICS err_message = MESSAGE_TEXT;
                result := ROW('rejected', 'invalid', 'Data baris ini tidak sah: ' || err_message,
                              'This row''s data is invalid: ' || err_message, current_row, NULL);
        END;
    END IF;

    INSERT INTO app.applied_mutation (client_id, seq, table_name, row_id, outcome, reason, message_id, message_en)
    VALUES (p_client, p_seq, coalesce(p_table, ''), row_id, result.outcome, result.reason, result.message_id,
            result.message_en);
    RETURN result;
END $$;

-- Rows the caller may see whose server_version is above p_since, in server_version order, at most p_limit.
-- The next cursor is the last server_version returned.
CREATE FUNCTION app.pull(p_since bigint, p_limit integer DEFAULT 1000)
RETURNS TABLE (server_version bigint, table_name text, row_data jsonb)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    query text;
BEGIN
    SELECT string_agg(format('(SELECT t.server_version, %L::text, to_jsonb(t) FROM app.%I AS t '
                             'WHERE t.server_version > $1 ORDER BY t.server_version LIMIT $2)', name, name),
                      ' UNION ALL ')
      INTO query
    FROM unnest(app.synced_tables()) AS name;
    RETURN QUERY EXECUTE query || ' ORDER BY 1 LIMIT $2' USING p_since, p_limit;
END $$;

-- Store a photo's bytes once per SHA-256; true when this call stored them, false when the server had them.
CREATE FUNCTION app.put_photo_blob(p_sha256 text, p_data bytea) RETURNS boolean
LANGUAGE sql VOLATILE
SET search_path = pg_catalog, app, pg_temp
AS $$
WITH stored AS (
    INSERT INTO app.photoblob (sha256, data, size_bytes, uploaded_by_id)
    VALUES (p_sha256, p_data, octet_length(p_data), app.person_id())
    ON CONFLICT (sha256) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM stored)
$$;

-- Of these SHA-256s, the ones whose bytes the server does not hold yet.
CREATE FUNCTION app.missing_photo_blobs(p_sha256s text[]) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT DISTINCT s FROM unnest(p_sha256s) AS s
WHERE NOT EXISTS (SELECT 1 FROM app.photoblob b WHERE b.sha256 = s)
$$;
