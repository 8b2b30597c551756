-- Push many outbox entries in one call, each still in its own transaction: app.apply_mutation, then COMMIT, per
-- entry, so a batch costs one round trip instead of one per entry. The answers come back together, in order.
-- p_entries = [{seq, table, row, base_rev}]. Run with CALL outside a transaction block. A procedure that commits
-- cannot carry a SET clause: everything here is schema-qualified and app.apply_mutation sets its own path.
-- Should the connection break or an entry raise, the entries already committed stay committed; pushing them
-- again answers "duplicate" with their first outcome.
CREATE PROCEDURE app.apply_mutations(p_client uuid, p_entries jsonb, INOUT p_results jsonb DEFAULT NULL)
LANGUAGE plpgsql
AS $$
DECLARE
    answers jsonb[] := ARRAY[]::jsonb[];
    entry jsonb;
    answer app.mutation_result;
BEGIN
    FOR i IN 0 .. pg_catalog.jsonb_array_length(p_entries) - 1 LOOP
        entry := p_entries -> i;
        answer := app.apply_mutation(p_client, (entry ->> 'seq')::bigint, entry ->> 'table', entry -> 'row',
                                     (entry ->> 'base_rev')::integer);
        answers := answers || pg_catalog.to_jsonb(answer);
        COMMIT;
    END LOOP;
    p_results := pg_catalog.to_jsonb(answers);
END $$;

REVOKE EXECUTE ON PROCEDURE app.apply_mutations(uuid, jsonb, jsonb) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE app.apply_mutations(uuid, jsonb, jsonb) TO @member@;
