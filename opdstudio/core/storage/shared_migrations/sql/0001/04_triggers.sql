-- Triggers: bookkeeping and the workflow rules, enforced whatever client writes. They run with the writer's
-- rights (so current_user is the writer) and read across agencies only through the helpers. BEFORE triggers
-- fire in name order: "a_stamp" first, so a writer takes the counter row before any other lock.

-- rev + 1 on every update, server_version from the counter, id and created_at fixed.
CREATE FUNCTION app.tg_stamp() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id IS DISTINCT FROM OLD.id THEN
            PERFORM app.refuse('immutable', 'Id baris tidak dapat diubah.', 'A row''s id cannot be changed.');
        END IF;
        NEW.rev := OLD.rev + 1;
        NEW.created_at := OLD.created_at;
    ELSIF NEW.rev IS NULL OR NEW.rev < 1 THEN
        NEW.rev := 1;
    END IF;
    NEW.server_version := app.next_server_version();
    RETURN NEW;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisation', 'person', 'membership', 'approvallevel', 'officialaccount', 'post',
                             'posttarget', 'postvariant', 'photo', 'postphoto', 'review', 'publication',
                             'auditevent', 'lintjustification', 'lintoverrides'] LOOP
        EXECUTE format('CREATE TRIGGER a_stamp BEFORE INSERT OR UPDATE ON app.%I '
                       'FOR EACH ROW EXECUTE FUNCTION app.tg_stamp()', t);
    END LOOP;
END $$;

-- Reviews, publications, audit events, lint justifications, photo bytes and the push ledger are append-only.
CREATE FUNCTION app.tg_append_only() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    PERFORM app.refuse('append_only',
        format('Baris %s hanya dapat ditambah, tidak dapat diubah atau dihapus.', TG_TABLE_NAME),
        format('%s rows can only be added, never changed or deleted.', TG_TABLE_NAME));
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['review', 'publication', 'auditevent', 'lintjustification', 'photoblob',
                             'applied_mutation'] LOOP
        EXECUTE format('CREATE TRIGGER b_append_only BEFORE UPDATE OR DELETE ON app.%I '
                       'FOR EACH ROW EXECUTE FUNCTION app.tg_append_only()', t);
        EXECUTE format('CREATE TRIGGER b_append_only_truncate BEFORE TRUNCATE ON app.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION app.tg_append_only()', t);
    END LOOP;
END $$;

-- Posts: who may change what, and the allowed status transitions.
--   draft             -> in_review, approved (content whose exact hash is already approved)
--   changes_requested -> in_review, approved
--   in_review         -> draft (withdrawn by an edit), approved, changes_requested, rejected
--   approved          -> draft (approval voided by an edit), in_review (edited and resubmitted), published
--   published, rejected: final.
-- Only an admin of the post's organisation (or above) creates a post, changes anything but the status, or moves
-- it to draft / in_review / published. "approved" and "published" need app.is_approved(); "changes_requested"
-- and "rejected" need a review with that decision on the current hash. A reviewer's decision moves the status
-- itself (app.tg_review_decided), so a reviewer's client never has to. lint_warning is written like the content,
-- by an admin only; the server cannot run lint, so it trusts the admin's client for it (a modified client could
-- clear it and spare the post its on_warning levels, exactly as it could skip lint itself).
CREATE FUNCTION app.tg_post_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    me text := app.person_id();
    is_admin boolean := app.has_role(me, NEW.organisation_id, 'admin');
    bookkeeping constant text[] := ARRAY['status', 'rev', 'server_version', 'created_at', 'updated_at'];
    other_changed boolean;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT is_admin THEN
            PERFORM app.refuse('not_admin',
                'Hanya admin media sosial organisasi ini yang dapat membuat post.',
                'Only a social-media admin of this organisation can create a post.');
        END IF;
        IF NEW.author_id IS DISTINCT FROM me THEN
            PERFORM app.refuse('not_yourself',
                'Post baru harus ditulis atas nama Anda sendiri.', 'A new post must be written in your own name.');
        END IF;
        IF NEW.status NOT IN ('draft', 'in_review') THEN
            PERFORM app.refuse('bad_transition',
                format('Post baru tidak dapat langsung berstatus ''%s''.', NEW.status),
                format('A new post cannot start as ''%s''.', NEW.status));
        END IF;
        RETURN NEW;
    END IF;

    IF NEW.organisation_id <> OLD.organisation_id OR NEW.author_id <> OLD.author_id THEN
        PERFORM app.refuse('immutable',
            'Organisasi dan penulis post tidak dapat diubah.', 'A post''s organisation and author cannot be changed.');
    END IF;
    other_changed := (to_jsonb(NEW) - bookkeeping) <> (to_jsonb(OLD) - bookkeeping);
    IF other_changed AND NOT is_admin THEN
        PERFORM app.refuse('not_admin',
            'Hanya admin media sosial organisasi ini yang dapat mengubah post; peninjau hanya memberi keputusan.',
            'Only a social-media admin of this organisation can change a post; a reviewer only decides.');
    END IF;
    IF other_changed AND OLD.status IN ('published', 'rejected') THEN
        PERFORM app.refuse('frozen',
            'Post yang sudah terbit atau ditolak tidak dapat diubah lagi; buat post baru.',
            'A published or rejected post can no longer be changed; create a new post.');
    END IF;
    IF NEW.deleted_at IS DISTINCT FROM OLD.deleted_at AND OLD.status NOT IN ('draft', 'changes_requested') THEN
        PERFORM app.refuse('not_deletable',
            'Hanya draf yang dapat dihapus.', 'Only a draft can be deleted.');
    END IF;

    IF NEW.status <> OLD.status THEN
        IF NOT (OLD.status, NEW.status) IN (
                ('draft', 'in_review'), ('draft', 'approved'),
                ('changes_requested', 'in_review'), ('changes_requested', 'approved'),
                ('in_review', 'draft'), ('in_review', 'approved'), ('in_review', 'changes_requested'),
                ('in_review', 'rejected'),
                ('approved', 'draft'), ('approved', 'in_review'), ('approved', 'published')) THEN
            PERFORM app.refuse('bad_transition',
                format('Status post tidak dapat berubah dari ''%s'' ke ''%s''.', OLD.status, NEW.status),
                format('A post cannot go from ''%s'' to ''%s''.', OLD.status, NEW.status));
        END IF;
        IF NEW.status IN ('draft', 'in_review', 'published') AND NOT is_admin THEN
            PERFORM app.refuse('not_admin',
                'Hanya admin media sosial organisasi ini yang dapat mengajukan, menarik atau mencatat publikasi.',
                'Only a social-media admin of this organisation can submit, withdraw or record a publication.');
        END IF;
    END IF;

    IF ((NEW.status = 'approved' AND (OLD.status <> 'approved' OR other_changed))
            OR (NEW.status = 'published' AND OLD.status <> 'published'))
            AND NOT app.is_approved(NEW) THEN
        PERFORM app.refuse('not_approved',
            'Post ini belum disetujui untuk versi isinya sekarang.',
            'This post is not approved for its current content.');
    END IF;
    IF NEW.status IN ('changes_requested', 'rejected') AND NEW.status <> OLD.status AND NOT EXISTS (
            SELECT 1 FROM app.review r
            WHERE r.post_id = NEW.id AND r.content_hash = NEW.content_hash
              AND r.decision = CASE NEW.status WHEN 'rejected' THEN 'reject' ELSE 'request_changes' END) THEN
        PERFORM app.refuse('no_decision',
            'Status ini memerlukan keputusan peninjau atas versi ini.',
            'This status needs a reviewer''s decision on this version.');
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER b_guard BEFORE INSERT OR UPDATE ON app.post
FOR EACH ROW EXECUTE FUNCTION app.tg_post_guard();

-- A post's parts (targets, variants, photo placements, lint justifications) stay with their post and change
-- only while the post can still change.
CREATE FUNCTION app.tg_post_part_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    post_status text;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.post_id <> OLD.post_id THEN
        PERFORM app.refuse('immutable',
            'Bagian post tidak dapat dipindah ke post lain.', 'A part of a post cannot move to another post.');
    END IF;
    SELECT p.status INTO post_status FROM app.post p WHERE p.id = NEW.post_id AND p.deleted_at IS NULL;
    IF post_status IS NULL THEN
        PERFORM app.refuse('post_not_found', 'Post tidak ditemukan.', 'Post not found.');
    END IF;
    IF post_status IN ('published', 'rejected') THEN
        PERFORM app.refuse('frozen',
            'Post yang sudah terbit atau ditolak tidak dapat diubah lagi; buat post baru.',
            'A published or rejected post can no longer be changed; create a new post.');
    END IF;
    RETURN NEW;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['posttarget', 'postvariant', 'postphoto', 'lintjustification'] LOOP
        EXECUTE format('CREATE TRIGGER b_guard BEFORE INSERT OR UPDATE ON app.%I '
                       'FOR EACH ROW EXECUTE FUNCTION app.tg_post_part_guard()', t);
    END LOOP;
END $$;

-- A review (services/workflow._check_reviewer): signed by the writer, never by the author or anyone who created,
-- edited, withdrew or voided the approval of the post (app.wrote_post), by a reviewer of the post's organisation or
-- one above, while the post is in review, on its current hash, at the reviewer's own level (the highest they hold
-- there, app.reviewer_level), which must reach the waiting level; an approval covers every level up to it. The
-- post row is locked first, so of two decisions sent at once exactly one lands.
CREATE FUNCTION app.tg_review_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    me text := app.person_id();
    p app.post;
    my_level integer;
    waiting integer;
BEGIN
    SELECT * INTO p FROM app.post WHERE id = NEW.post_id AND deleted_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM app.refuse('post_not_found', 'Post tidak ditemukan.', 'Post not found.');
    END IF;
    IF NEW.reviewer_id IS DISTINCT FROM me THEN
        PERFORM app.refuse('not_yourself',
            'Tinjauan harus ditandatangani atas nama Anda sendiri.', 'A review must be signed in your own name.');
    END IF;
    IF p.author_id = me THEN
        PERFORM app.refuse('self_review',
            'Anda tidak dapat meninjau post Anda sendiri.', 'You cannot review your own post.');
    END IF;
    IF app.wrote_post(me, p.id) THEN
        PERFORM app.refuse('editor_review',
            'Anda ikut mengubah post ini, jadi tidak dapat meninjaunya.',
            'You edited this post, so you cannot review it.');
    END IF;
    my_level := app.reviewer_level(me, p.organisation_id);
    IF my_level IS NULL THEN
        PERFORM app.refuse('not_reviewer',
            'Anda bukan atasan (peninjau) di organisasi post ini atau organisasi induknya.',
            'You are not a reviewer in this post''s organisation or any organisation above it.');
    END IF;
    IF p.status <> 'in_review' THEN
        PERFORM app.refuse('not_in_review',
            format('Post ini tidak sedang menunggu tinjauan (statusnya ''%s'').', p.status),
            format('This post is not waiting for review (it is ''%s'').', p.status));
    END IF;
    IF NEW.content_hash IS DISTINCT FROM p.content_hash OR p.content_hash <> app.content_hash(p) THEN
        PERFORM app.refuse('stale_hash',
            'Isi post sudah berubah sejak Anda membukanya. Muat ulang dan tinjau versi terbaru.',
            'The post changed since you opened it. Reload and review the latest version.');
    END IF;
    waiting := app.waiting_level(p);
    IF waiting IS NULL OR my_level < waiting THEN
        PERFORM app.refuse('wrong_level',
            format('Post ini menunggu persetujuan tingkat %s; tingkat Anda %s.', waiting, my_level),
            format('This post waits for level %s approval; your level is %s.', waiting, my_level));
    END IF;
    IF NEW.level IS DISTINCT FROM my_level THEN
        PERFORM app.refuse('wrong_level',
            format('Tinjauan dicatat pada tingkat Anda sendiri (%s), bukan tingkat %s.', my_level, NEW.level),
            format('A review is recorded at your own level (%s), not level %s.', my_level, NEW.level));
    END IF;
    IF NEW.decision <> 'approve' AND btrim(NEW.comment) = '' THEN
        PERFORM app.refuse('comment_required',
            'Tulis alasan atau apa yang perlu diperbaiki.', 'Write the reason or what needs to change.');
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER b_guard BEFORE INSERT ON app.review
FOR EACH ROW EXECUTE FUNCTION app.tg_review_guard();

-- The decision moves the post: approved once approvals of the current hash cover every required level (no level
-- waits), otherwise changes_requested or rejected.
CREATE FUNCTION app.tg_review_decided() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    p app.post;
    next_status text;
BEGIN
    SELECT * INTO p FROM app.post WHERE id = NEW.post_id;
    next_status := CASE NEW.decision
        WHEN 'reject' THEN 'rejected'
        WHEN 'request_changes' THEN 'changes_requested'
        ELSE CASE WHEN app.waiting_level(p) IS NULL THEN 'approved' ELSE p.status END
    END;
    IF next_status <> p.status THEN
        UPDATE app.post SET status = next_status, updated_at = now() WHERE id = p.id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER c_decided AFTER INSERT ON app.review
FOR EACH ROW EXECUTE FUNCTION app.tg_review_decided();

-- A publication: recorded by an admin of the post's organisation in their own name, only for an approved post
-- and exactly its approved hash, on one of the post's target accounts, with a full URL.
CREATE FUNCTION app.tg_publication_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    me text := app.person_id();
    p app.post;
BEGIN
    SELECT * INTO p FROM app.post WHERE id = NEW.post_id AND deleted_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM app.refuse('post_not_found', 'Post tidak ditemukan.', 'Post not found.');
    END IF;
    IF NEW.recorded_by_id IS DISTINCT FROM me OR NOT app.has_role(me, p.organisation_id, 'admin') THEN
        PERFORM app.refuse('not_admin',
            'Hanya admin media sosial organisasi ini yang dapat mencatat publikasi, atas nama sendiri.',
            'Only a social-media admin of this organisation can record a publication, in their own name.');
    END IF;
    IF p.status NOT IN ('approved', 'published') OR NEW.content_hash IS DISTINCT FROM p.content_hash
            OR NOT app.is_approved(p) THEN
        PERFORM app.refuse('not_approved',
            'Hanya konten yang disetujui, persis versi yang disetujui, yang dapat dicatat sebagai terbit.',
            'Only approved content, exactly the approved version, can be recorded as published.');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM app.posttarget t
                   WHERE t.post_id = p.id AND t.account_id = NEW.account_id AND t.deleted_at IS NULL) THEN
        PERFORM app.refuse('not_a_target',
            'Akun ini bukan tujuan post tersebut.', 'This account is not one of the post''s targets.');
    END IF;
    IF NEW.url !~ '^https?://[^/\s]+' THEN
        PERFORM app.refuse('bad_url',
            'Tautan publikasi harus berupa URL lengkap (https://…).',
            'The publication link must be a full URL (https://…).');
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER b_guard BEFORE INSERT ON app.publication
FOR EACH ROW EXECUTE FUNCTION app.tg_publication_guard();

CREATE FUNCTION app.tg_publication_done() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    UPDATE app.post SET status = 'published', updated_at = now() WHERE id = NEW.post_id AND status = 'approved';
    RETURN NULL;
END $$;

CREATE TRIGGER c_done AFTER INSERT ON app.publication
FOR EACH ROW EXECUTE FUNCTION app.tg_publication_done();

-- Audit events: written by an admin or reviewer of the organisation in their own name; the server appends
-- them to the organisation's chain (seq, prev_hash, event_hash), one writer per chain at a time.
CREATE FUNCTION app.tg_audit_chain() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    me text := app.person_id();
    tail record;
BEGIN
    IF NEW.actor_id IS DISTINCT FROM me OR NOT (app.has_role(me, NEW.organisation_id, 'admin')
                                              OR app.has_role(me, NEW.organisation_id, 'reviewer')) THEN
        PERFORM app.refuse('not_actor',
            'Peristiwa audit hanya dicatat oleh admin atau peninjau organisasi itu, atas nama sendiri.',
            'An audit event is recorded only by an admin or reviewer of that organisation, in their own name.');
    END IF;
    IF NEW.post_id IS NOT NULL AND app.post_org(NEW.post_id) IS DISTINCT FROM NEW.organisation_id THEN
        PERFORM app.refuse('audit_org',
            'Peristiwa audit sebuah post harus berada di rantai organisasi post itu.',
            'A post''s audit event belongs to the chain of the post''s organisation.');
    END IF;
    tail := app.audit_tail(NEW.organisation_id);
    NEW.seq := coalesce(tail.seq, 0) + 1;
    NEW.prev_hash := coalesce(tail.event_hash, '');
    NEW.event_hash := app.audit_digest(NEW);
    RETURN NEW;
END $$;

CREATE TRIGGER b_chain BEFORE INSERT ON app.auditevent
FOR EACH ROW EXECUTE FUNCTION app.tg_audit_chain();

-- People: a login never changes; someone editing their own row changes only name, title and language.
CREATE FUNCTION app.tg_person_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    me text := app.person_id();
    own constant text[] := ARRAY['name', 'title', 'language', 'rev', 'server_version', 'created_at', 'updated_at'];
BEGIN
    IF NEW.login <> OLD.login THEN
        PERFORM app.refuse('immutable',
            'Login tidak dapat diubah; ia juga nama peran PostgreSQL.',
            'A login cannot change; it is also the PostgreSQL role name.');
    END IF;
    IF me = OLD.id AND NOT app.holds_role_anywhere(me, 'operator')
            AND (to_jsonb(NEW) - own) <> (to_jsonb(OLD) - own) THEN
        PERFORM app.refuse('self_update',
            'Anda hanya dapat mengubah nama, jabatan dan bahasa Anda sendiri.',
            'You can change only your own name, title and language.');
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER b_guard BEFORE UPDATE ON app.person
FOR EACH ROW EXECUTE FUNCTION app.tg_person_guard();

-- Photos: the bytes are on the server before the row (upload with app.put_photo_blob); sha256 never changes.
CREATE FUNCTION app.tg_photo_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.sha256 <> OLD.sha256 THEN
        PERFORM app.refuse('immutable', 'SHA-256 foto tidak dapat diubah.', 'A photo''s SHA-256 cannot change.');
    END IF;
    IF TG_OP = 'INSERT' AND NOT app.has_photo_blob(NEW.sha256) THEN
        PERFORM app.refuse('blob_missing',
            'Foto belum diunggah ke server.', 'The photo has not been uploaded to the server yet.');
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER b_guard BEFORE INSERT OR UPDATE ON app.photo
FOR EACH ROW EXECUTE FUNCTION app.tg_photo_guard();

CREATE FUNCTION app.tg_photoblob_guard() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    IF encode(sha256(NEW.data), 'hex') <> NEW.sha256 THEN
        PERFORM app.refuse('blob_hash',
            'Isi foto tidak cocok dengan SHA-256-nya.', 'The photo''s bytes do not match its SHA-256.');
    END IF;
    NEW.size_bytes := octet_length(NEW.data);
    NEW.created_at := now();
    RETURN NEW;
END $$;

CREATE TRIGGER a_guard BEFORE INSERT ON app.photoblob
FOR EACH ROW EXECUTE FUNCTION app.tg_photoblob_guard();
