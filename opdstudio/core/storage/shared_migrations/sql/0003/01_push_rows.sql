-- One synced row written with static SQL: a function per table, generated here from the catalog once (a migration
-- that changes a synced table runs this again), so no entry pays for format() + EXECUTE planning or a pg_attribute
-- lookup; plpgsql keeps the plans for the session. Same answers as app.apply_mutation (see the contract in
-- opdstudio/core/sync/__init__.py), without its ledger, lock or exception block: app.push_batch does those once
-- per batch / per action. Errors (refusals by the triggers, RLS, keys) propagate to the caller.

-- An insert whose row lacks some of the table's columns (a client older than the table): only the columns sent.
CREATE FUNCTION app.push_insert_some(p_table text, p_row jsonb) RETURNS app.mutation_result
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    column_list text;
    written jsonb;
BEGIN
    SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO column_list
    FROM pg_attribute a
    WHERE a.attrelid = format('app.%I', p_table)::regclass AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attname <> 'server_version' AND p_row ? a.attname;
    EXECUTE format('INSERT INTO app.%1$I AS t (%2$s) SELECT %2$s FROM jsonb_populate_record('
                   'NULL::app.%1$I, $1) RETURNING to_jsonb(t)', p_table, column_list)
      INTO written USING p_row;
    RETURN ROW('applied', '', '', '', written, NULL)::app.mutation_result;
END $$;

DO $gen$
DECLARE
    t text;
    all_cols text[];
    insert_cols text;
    update_cols text;
    update_vals text;
    dispatch text := '';
BEGIN
    FOREACH t IN ARRAY app.synced_tables() LOOP
        SELECT array_agg(a.attname::text ORDER BY a.attnum), string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
          INTO all_cols, insert_cols
        FROM pg_attribute a
        WHERE a.attrelid = format('app.%I', t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attname <> 'server_version';
        SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum),
               string_agg('r.' || quote_ident(a.attname), ', ' ORDER BY a.attnum)
          INTO update_cols, update_vals
        FROM pg_attribute a
        WHERE a.attrelid = format('app.%I', t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attname NOT IN ('id', 'rev', 'server_version', 'created_at');
        EXECUTE format($f$
CREATE FUNCTION app.%1$I(p_row jsonb, p_base_rev integer) RETURNS app.mutation_result
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, app, pg_temp
AS $body$
DECLARE
    bookkeeping constant text[] := ARRAY['rev', 'server_version', 'created_at', 'updated_at'];
    cur app.%2$I;
    r app.%2$I;
    written app.%2$I;
BEGIN
    SELECT * INTO cur FROM app.%2$I AS t WHERE t.id = p_row ->> 'id';
    IF p_base_rev IS NULL THEN
        IF FOUND THEN
            RETURN ROW('conflict', 'exists', 'Baris ini sudah ada di server.',
                       'This row already exists on the server.', to_jsonb(cur), NULL)::app.mutation_result;
        END IF;
        IF NOT p_row ?& %3$L::text[] THEN
            RETURN app.push_insert_some(%2$L, p_row);
        END IF;
        INSERT INTO app.%2$I AS t (%4$s) SELECT %4$s FROM jsonb_populate_record(NULL::app.%2$I, p_row)
        RETURNING * INTO written;
        RETURN ROW('applied', '', '', '', to_jsonb(written), NULL)::app.mutation_result;
    END IF;
    IF NOT FOUND THEN
        RETURN ROW('rejected', 'not_found', 'Baris tidak ditemukan di server atau tidak boleh Anda lihat.',
                   'The row is not on the server or you may not see it.', NULL, NULL)::app.mutation_result;
    END IF;
    r := jsonb_populate_record(cur, p_row);
    IF (to_jsonb(r) - bookkeeping) = (to_jsonb(cur) - bookkeeping) THEN
        RETURN ROW('applied', 'unchanged', '', '', to_jsonb(cur), NULL)::app.mutation_result;
    END IF;
    IF cur.rev <> p_base_rev THEN
        RETURN ROW('conflict', 'rev',
                   'Baris ini sudah diubah orang lain; versi server dipakai dan versi Anda disimpan.',
                   'Someone else changed this row; the server version stays and yours is kept aside.',
                   to_jsonb(cur), NULL)::app.mutation_result;
    END IF;
    UPDATE app.%2$I AS t SET (%5$s) = (SELECT %6$s) WHERE t.id = cur.id RETURNING * INTO written;
    IF NOT FOUND THEN
        RETURN ROW('rejected', 'not_permitted', 'Anda tidak boleh mengubah baris ini.',
                   'You may not change this row.', to_jsonb(cur), NULL)::app.mutation_result;
    END IF;
    RETURN ROW('applied', '', '', '', to_jsonb(written), NULL)::app.mutation_result;
END $body$
$f$, 'push_row_' || t, t, all_cols, insert_cols, update_cols, update_vals);
        EXECUTE format('GRANT EXECUTE ON FUNCTION app.%I(jsonb, integer) TO @member@', 'push_row_' || t);
        dispatch := dispatch || format(E'    IF p_table = %L THEN RETURN app.%I(p_row, p_base_rev); END IF;\n',
                                       t, 'push_row_' || t);
    END LOOP;
    EXECUTE format($f$
CREATE FUNCTION app.push_row(p_table text, p_row jsonb, p_base_rev integer) RETURNS app.mutation_result
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, app, pg_temp
AS $body$
BEGIN
%s    RETURN ROW('rejected', 'unknown_table', format('Tabel ''%%s'' tidak disinkronkan.', p_table),
               format('Table ''%%s'' is not synced.', p_table), NULL, NULL)::app.mutation_result;
END $body$
$f$, dispatch);
END $gen$;

GRANT EXECUTE ON FUNCTION app.push_insert_some(text, jsonb), app.push_row(text, jsonb, integer) TO @member@;
