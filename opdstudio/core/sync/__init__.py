"""The shared PostgreSQL database: its schema, roles and row-level security, operator administration, and the
contract a client's sync engine relies on.

Modules: ``roles`` (group role names), ``server_schema`` (Alembic migrations in
``storage/shared_migrations``, the schema check before a sync), ``connection`` (engines, SCRAM verifiers),
``protocol`` (typed calls of the sync functions below), ``admin`` (``opdstudio server …``); the client side:
``outbox``, ``push``, ``pull``, ``photo_download``, ``conflicts``, ``engine`` (``SyncEngine``), ``settings``,
``join``, ``sync_log``.

Identity
    Each person connects with their own LOGIN role (``Person.login``), which is a member of ``<db>_member``.
    Every policy and trigger names the person through ``app.person_id()`` = the ``app.login_person`` row of
    ``current_user``; no setting a client can change counts. A role that is nobody sees and writes nothing.
    All tables and functions belong to the NOLOGIN ``<db>_owner``; ROW LEVEL SECURITY is FORCEd on every table.

Tables (schema ``app``)
    The synced tables mirror the local models column for column (``server_version`` is bigint):
    organisation, person, membership, approvallevel, officialaccount, post, posttarget, postvariant, photo,
    postphoto, review, publication, auditevent, lintjustification, lintoverrides (``app.synced_tables()``).
    ``photo.sha256`` is not unique here. Server-only: ``server_clock`` (the version counter), ``login_person``,
    ``applied_mutation`` (the push ledger), ``photoblob`` (photo bytes), ``role_scope`` (who holds which role in
    which organisation, directly or from above; rebuilt by triggers whenever memberships or the tree change, read
    only by the owner's helpers), ``alembic_version`` (schema revision; a client syncs only with the revision it
    knows as newest, ``server_schema.check_server_schema``).

    The server assigns, whatever the client sent: ``server_version`` on every insert and update (from the one
    counter row, locked until commit, so versions follow commit order); ``rev`` = old rev + 1 on every update
    (an insert keeps the client's rev); ``created_at`` never changes; an audit event's ``seq``, ``prev_hash`` and
    ``event_hash`` (appended to its organisation's chain under a per-organisation advisory lock; the digest is
    ``services.audit._event_digest`` over the row as stored, jsonb-normalised ``detail`` included); a post's
    ``status`` after a review (approved once approvals of the current hash cover every required level,
    otherwise changes_requested / rejected) and after a publication (published).

Push: ``SELECT app.push_batch(client_id uuid, entries jsonb, refused text[], budget_ms int)`` → answers jsonb
    Many outbox entries in one server transaction (the statement's own, in autocommit), with a savepoint per local
    action. ``entries`` = ``[{seq, table, row, base_rev, txn}]``; the answers come back in order, each an
    ``app.mutation_result`` (below). Entries with the same ``txn`` were written by one local action and are
    applied together or not at all: when one is rejected or meets a conflict, the action rolls back to its
    savepoint, that entry gets its own answer and the others ``rejected`` / ``with_refused`` (so do the entries of
    a txn in ``refused``, rejected in an earlier push). Every answered entry is entered in the ledger in the same
    transaction. After ``budget_ms`` on the version lock the batch stops at the next action and answers fewer
    entries than it got; send the rest again. A batch holds at most one entry per row. Writes use static
    per-table statements (``app.push_row_<table>``); ``app.apply_mutation`` (one entry, as below) stays for
    older clients.

``app.apply_mutation(client_id uuid, seq bigint, table text, row jsonb, base_rev int)``
    One outbox entry, in its own transaction, with the pusher's rights (RLS and triggers judge it). ``row`` holds
    column → value (ISO dates); ``base_rev`` NULL inserts, otherwise it is the rev the client last saw and the
    row (every column or only some) replaces the server's. Returns ``app.mutation_result``
    (``protocol.MutationResult``): ``outcome``, ``reason``, ``message_id``/``message_en``, ``server_row`` (the row
    as the pusher may see it now) and ``original_outcome``:

    * ``applied`` — written (or, reason ``unchanged``, the server already held these values: nothing written,
      even when ``base_rev`` was stale). Store ``server_row`` locally (rev, server_version, audit seq/hashes).
    * ``conflict`` — reason ``rev`` (someone changed the row since ``base_rev``), ``exists`` (insert of an id the
      server has) or ``duplicate_key`` (another row holds the same natural key, e.g. one variant per platform;
      ``server_row`` is that row). The server row wins in place; keep the local version as a conflict copy.
    * ``rejected`` — not written; ``reason`` is a stable code (``self_review``, ``editor_review``, ``stale_hash``,
      ``not_approved``, ``wrong_level``, ``not_in_review``, ``bad_transition``, ``not_admin``, ``frozen``,
      ``blob_missing``, ``not_permitted`` (row-level security), ``not_found``, ``invalid``, ``unknown_table`` …) and
      the messages say why in Indonesian and English. Show it; do not retry.
    * ``duplicate`` — this (client_id, seq) was pushed before (a lost acknowledgement): nothing is written again;
      ``original_outcome``, ``reason`` and the messages are those of the first push.

    Push in outbox order (parents before children: organisation, person, post before its parts, photo bytes
    before photo rows). A reviewer's client may push its post status update after the review; it comes back
    ``applied``/``unchanged``. ``app.apply_mutation`` takes the counter row first, so concurrent pushes queue
    instead of deadlocking; plain SQL writers may get a deadlock error (40P01), which is safe to retry.
    Use READ COMMITTED (the default) and commit promptly: the counter row is held until commit, and the server
    ends a session idle inside a transaction after a minute (a cut connection then loses only that entry).

Pull: ``app.pull(since bigint, limit int = 1000)``
    ``(server_version, table_name, row_data jsonb)`` of every row the caller may see with server_version >
    ``since``, in server_version order. The cursor becomes the last server_version returned; repeat while a
    page is full. No committed row is ever skipped. Rows that become visible without changing (the person
    gained a role somewhere) keep their old versions: after a membership change of one's own, pull from 0.

Photos
    ``app.missing_photo_blobs(text[])`` → the SHA-256s the server lacks; ``app.put_photo_blob(sha256, bytea)``
    → true when stored, false when already there (the bytes must hash to the name); read them with
    ``SELECT data FROM app.photoblob WHERE sha256 = …``. A photo row is refused until its bytes are there.

Workflow the triggers enforce (raw SQL included) — exactly the client's rules (``domain.workflow``,
``services.workflow``)
    Post transitions: draft → in_review | approved; changes_requested → in_review | approved; in_review → draft
    | approved | changes_requested | rejected; approved → draft | in_review | published; published and rejected
    are final. Only an admin of the post's organisation (or one above) creates posts, changes anything but the
    status, submits, withdraws or publishes; a reviewer only decides. A review: in the reviewer's own name, never
    by the author nor by anyone with an audit event that created, edited, withdrew or voided the approval of the
    post (``app.wrote_post``), by someone holding ``reviewer`` in the post's organisation or above, while in review,
    on the post's current hash, at the reviewer's own level (``Review.level`` = their highest reviewer level there,
    ``app.reviewer_level``), which must reach the waiting level; a comment for a rejection or a change request; the
    post row is locked, so of two decisions sent at once exactly one lands. An approval at level L covers every
    required level ≤ L (a kepala dinas who approves first needs no kepala bidang after them); the waiting level
    (``app.waiting_level``) is the lowest required level above the highest approval of the current hash. "Approved"
    (``app.is_approved``) = the stored hash equals the hash the server computes from the post's rows
    (``app.content_hash``, the same digest as ``domain.content_hash``) and no required level waits. Required levels
    (``app.required_levels``) follow ``workflow.required_levels``: the live levels of the nearest organisation
    (itself or above) that has any, else level 1; ``always`` applies, ``on_warning`` when the post's
    ``lint_warning`` is true, ``on_regent_mention`` when the text names the regent (``app.mentions_regent``, the
    pattern of ``workflow.mentions_regent``), ``on_warning_or_regent`` when either; none applying means the lowest.
    ``lint_warning`` is client-asserted: the server cannot run lint, so the admin's client sets it from
    ``lint_service.has_warning`` when it saves content and when it submits, and only an admin may write it (like
    the content); a modified client could clear it, as it could skip lint. A publication needs an approved post,
    exactly its hash, one of its targets and a full URL. Reviews, publications, audit events, lint justifications,
    photo bytes and the ledger are append-only (no UPDATE, DELETE or TRUNCATE privilege, and a trigger refuses them
    even for the owner or a superuser). Lint overrides are written by a reviewer, oversight or operator of the
    organisation or one above it, never by an admin alone (``lint_service.set_overrides``).

Refusals
    Triggers raise SQLSTATE ``OPD01`` with MESSAGE (Indonesian), DETAIL (English) and HINT (the code);
    row-level security raises ``42501``. ``protocol.refusal()`` turns either into an ``OpdError``.

Administration
    ``opdstudio server init URL`` (a superuser; creates ``<db>_owner``, ``<db>_member``, ``<db>_operator``, the
    schema, and upgrades it; idempotent). Operators (members of ``<db>_operator``) run ``app.admin_add_org``,
    ``app.admin_add_user`` (creates the LOGIN role from a SCRAM verifier computed by the client),
    ``app.admin_grant`` and ``app.admin_set_password``; see ``opdstudio server --help``.
"""
