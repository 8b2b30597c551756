-- Push a batch of outbox entries in the caller's transaction (one statement: in autocommit it is its own
-- transaction), with a savepoint per local action: the entries sharing a txn (a review, its audit event, the post
-- status it moves) are applied together or not at all. When one of them is refused or meets a conflict, the
-- action rolls back to its savepoint; that entry gets its own answer and the others of the action are answered
-- rejected / with_refused (or conflict / with_conflict). The ledger (app.applied_mutation) is written in the same transaction, for every
-- entry with its answer, so a batch whose reply was lost replays as "duplicate" with the first answers.
--
-- p_entries = [{seq, table, row, base_rev, txn}] in outbox order; p_refused = txns the client knows were refused
-- (their entries are answered with_refused, not applied, not entered in the ledger). The counter row is taken
-- once, first; once p_budget_ms have passed the batch stops at the next action and answers only the entries it
-- reached (the client sends the rest again), so nobody waits long on the lock. Answers come back in order, as
-- app.mutation_result objects.
CREATE FUNCTION app.push_batch(p_client uuid, p_entries jsonb, p_refused text[] DEFAULT ARRAY[]::text[],
                               p_budget_ms integer DEFAULT 250)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    started timestamptz := clock_timestamp();
    budget interval := make_interval(secs => coalesce(p_budget_ms, 250) / 1000.0);
    n integer := jsonb_array_length(p_entries);
    answers jsonb[] := ARRAY[]::jsonb[];
    refused text[] := coalesce(p_refused, ARRAY[]::text[]);
    ledger jsonb;
    seen jsonb;
    i integer := 0;
    j integer;
    last integer;
    txn text;
    entry jsonb;
    answer app.mutation_result;
    failure app.mutation_result;
    failed integer;
    done jsonb[];
    err_message text;
    err_detail text;
    err_hint text;
    err_constraint text;
BEGIN
    PERFORM app.begin_write();
    SELECT coalesce(jsonb_object_agg(m.seq::text, to_jsonb(m)), '{}'::jsonb) INTO ledger
    FROM app.applied_mutation m
    WHERE m.client_id = p_client
      AND m.seq IN (SELECT (e ->> 'seq')::bigint FROM jsonb_array_elements(p_entries) AS e);

    WHILE i < n LOOP
        entry := p_entries -> i;
        seen := ledger -> (entry ->> 'seq');
        IF seen IS NOT NULL THEN  -- pushed before: its first answer
            answers := answers || jsonb_build_object(
                'outcome', 'duplicate', 'reason', seen ->> 'reason', 'message_id', seen ->> 'message_id',
                'message_en', seen ->> 'message_en', 'original_outcome', seen ->> 'outcome',
                'server_row', app.row_json(seen ->> 'table_name', seen ->> 'row_id'));
            i := i + 1;
            CONTINUE;
        END IF;
        IF i > 0 AND clock_timestamp() - started > budget THEN
            EXIT;
        END IF;
        txn := entry ->> 'txn';
        last := i;  -- the action: entries i .. last (same txn, not in the ledger)
        WHILE txn IS NOT NULL AND last + 1 < n AND (p_entries -> (last + 1) ->> 'txn') = txn
              AND NOT ledger ? (p_entries -> (last + 1) ->> 'seq') LOOP
            last := last + 1;
        END LOOP;

        IF txn IS NOT NULL AND txn = ANY (refused) THEN
            FOR j IN i .. last LOOP
                answers := answers || jsonb_build_object(
                    'outcome', 'rejected', 'reason', 'with_refused',
                    'message_id', 'Tidak dikirim: bagian lain dari tindakan yang sama ditolak server.',
                    'message_en', 'Not sent: another part of the same action was refused by the server.',
                    'original_outcome', NULL,
                    'server_row', app.row_json(p_entries -> j ->> 'table', p_entries -> j -> 'row' ->> 'id'));
            END LOOP;
            i := last + 1;
            CONTINUE;
        END IF;

        failed := NULL;
        done := ARRAY[]::jsonb[];
        BEGIN  -- the action's savepoint
            FOR j IN i .. last LOOP
                failed := j;
                entry := p_entries -> j;
                IF entry -> 'row' ->> 'id' IS NULL THEN
                    failure := ROW('rejected', 'no_id', 'Baris tanpa id.', 'A row without an id.', NULL, NULL);
                    RAISE SQLSTATE 'OPD02';
                END IF;
                answer := app.push_row(entry ->> 'table', entry -> 'row', (entry ->> 'base_rev')::integer);
                IF answer.outcome <> 'applied' THEN
                    failure := answer;
                    RAISE SQLSTATE 'OPD02';
                END IF;
                done := done || to_jsonb(answer);
            END LOOP;
            failed := NULL;
            INSERT INTO app.applied_mutation (client_id, seq, table_name, row_id, outcome)
            SELECT p_client, (e ->> 'seq')::bigint, e ->> 'table', e -> 'row' ->> 'id', 'applied'
            FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x (e, k)
            WHERE x.k - 1 BETWEEN i AND last;
        EXCEPTION
            WHEN SQLSTATE 'OPD02' THEN
                NULL;  -- failure holds the answer
            WHEN SQLSTATE 'OPD01' THEN
                GET STACKED DIAGNOSTICS err_message = MESSAGE_TEXT, err_detail = PG_EXCEPTION_DETAIL,
                                        err_hint = PG_EXCEPTION_HINT;
                failure := ROW('rejected', err_hint, err_message, err_detail, NULL, NULL);
            WHEN unique_violation THEN
                GET STACKED DIAGNOSTICS err_constraint = CONSTRAINT_NAME;
                entry := p_entries -> failed;
                failure := ROW('rejected', 'duplicate_key', 'Data yang sama sudah tercatat di server.',
                               'The same data is already on the server.',
                               app.row_by_constraint(entry ->> 'table', err_constraint, entry -> 'row'), NULL);
                IF failure.server_row IS NOT NULL THEN
                    failure.outcome := 'conflict';
                END IF;
            WHEN insufficient_privilege THEN
                failure := ROW('rejected', 'not_permitted', 'Anda tidak berwenang menulis baris ini.',
                               'You are not allowed to write this row.', NULL, NULL);
            WHEN integrity_constraint_violation OR data_exception THEN
                GET STACKED DIAGNOSTICS err_message = MESSAGE_TEXT;
                failure := ROW('rejected', 'invalid', 'Data baris ini tidak sah: ' || err_message,
                               'This row''s data is invalid: ' || err_message, NULL, NULL);
        END;

        IF failed IS NULL THEN
            answers := answers || done;
        ELSE  -- rolled back to the savepoint: the failing entry's answer, the rest of the action with it
            FOR j IN i .. last LOOP
                entry := p_entries -> j;
                IF j = failed THEN
                    answer := failure;
                    IF answer.server_row IS NULL THEN
                        answer.server_row := app.row_json(entry ->> 'table', entry -> 'row' ->> 'id');
                    END IF;
                ELSIF failure.outcome = 'conflict' THEN
                    answer := ROW('conflict', 'with_conflict',
                                  'Tidak dikirim: bagian lain dari tindakan yang sama berbenturan dengan perubahan '
                                  'di server.',
                                  'Not sent: another part of the same action conflicts with a change on the server.',
                                  app.row_json(entry ->> 'table', entry -> 'row' ->> 'id'), NULL);
                ELSE
                    answer := ROW('rejected', 'with_refused',
                                  'Tidak dikirim: bagian lain dari tindakan yang sama ditolak server.',
                                  'Not sent: another part of the same action was refused by the server.',
                                  app.row_json(entry ->> 'table', entry -> 'row' ->> 'id'), NULL);
                END IF;
                answers := answers || to_jsonb(answer);
                INSERT INTO app.applied_mutation (client_id, seq, table_name, row_id, outcome, reason, message_id,
                                                  message_en)
                VALUES (p_client, (entry ->> 'seq')::bigint, coalesce(entry ->> 'table', ''), entry -> 'row' ->> 'id',
                        answer.outcome, coalesce(answer.reason, ''), coalesce(answer.message_id, ''),
                        coalesce(answer.message_en, ''));
            END LOOP;
            IF txn IS NOT NULL THEN
                refused := refused || txn;
            END IF;
        END IF;
        i := last + 1;
    END LOOP;
    RETURN to_jsonb(answers);
END $$;

REVOKE EXECUTE ON FUNCTION app.push_batch(uuid, jsonb, text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.push_batch(uuid, jsonb, text[], integer) TO @member@;
