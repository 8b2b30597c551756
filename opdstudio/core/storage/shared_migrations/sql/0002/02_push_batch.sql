-- Push many outbox entries in one call, each still in its own transaction: app.apply_mutation, then COMMIT, per
-- entry, so a batch costs one round trip instead of one per entry. The answers come back together, in order.
-- p_entries = [{seq, table, row, base_rev, txn}]; p_refused = txns the client already knows were refused. Run with CALL outside a transaction block. A procedure that
-- commits cannot carry a SET clause: everything here is schema-qualified and app.apply_mutation sets its own path.
-- Should the connection break or an entry raise, the entries already committed stay committed; pushing them
-- again answers "duplicate" with their first outcome.
--
-- Entries with the same txn were written by one local action (a review, its audit event, the post status it
-- moves). Once one of them is rejected (now, or when first pushed), the later ones are answered rejected /
-- with_refused without being applied: an action never reaches the server in part because another part of it was
-- refused. They are not entered in the ledger; a replay finds the rejection again and answers the same.
CREATE PROCEDURE app.apply_mutations(p_client uuid, p_entries jsonb, p_refused text[] DEFAULT ARRAY[]::text[],
                                     INOUT p_results jsonb DEFAULT NULL)
LANGUAGE plpgsql
AS $$
DECLARE
    answers jsonb[] := ARRAY[]::jsonb[];
    refused text[] := coalesce(p_refused, ARRAY[]::text[]);
    entry jsonb;
    txn text;
    answer app.mutation_result;
BEGIN
    FOR i IN 0 .. pg_catalog.jsonb_array_length(p_entries) - 1 LOOP
        entry := p_entries -> i;
        txn := entry ->> 'txn';
        IF txn IS NOT NULL AND txn = ANY (refused) THEN
            answer := ROW('rejected', 'with_refused',
                          'Tidak dikirim: bagian lain dari tindakan yang sama ditolak server.',
                          'Not sent: another part of the same action was refused by the server.',
                          app.row_json(entry ->> 'table', entry -> 'row' ->> 'id'), NULL)::app.mutation_result;
        ELSE
            answer := app.apply_mutation(p_client, (entry ->> 'seq')::bigint, entry ->> 'table', entry -> 'row',
                                         (entry ->> 'base_rev')::integer);
            IF txn IS NOT NULL AND 'rejected' IN (answer.outcome, answer.original_outcome) THEN
                refused := refused || txn;
            END IF;
        END IF;
        answers := answers || pg_catalog.to_jsonb(answer);
        COMMIT;
    END LOOP;
    p_results := pg_catalog.to_jsonb(answers);
END $$;

REVOKE EXECUTE ON PROCEDURE app.apply_mutations(uuid, jsonb, text[], jsonb) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE app.apply_mutations(uuid, jsonb, text[], jsonb) TO @member@;
