-- Helpers the policies and triggers call. Identity always comes from current_user, read in the caller's own
-- context (app.person_id() runs with the caller's rights). The SECURITY DEFINER helpers below take a person or a
-- post explicitly and only read the directory (organisations, memberships, approval levels — readable by every
-- signed-in person anyway) or the rows that make up a post's approval (its parts, reviews and, for who wrote it,
-- its audit events); each has a fixed search_path.

-- A refusal of the workflow: SQLSTATE OPD01, MESSAGE in Indonesian, DETAIL in English, HINT a stable code.
CREATE FUNCTION app.refuse(code text, message_id text, message_en text) RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'OPD01', MESSAGE = message_id, DETAIL = message_en, HINT = code;
END $$;

-- The person the current login role is (NULL for a role that is nobody).
CREATE FUNCTION app.person_id() RETURNS text
LANGUAGE sql STABLE SECURITY INVOKER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$ SELECT person_id FROM app.login_person WHERE login = current_user $$;

-- The organisation followed by its parent, grandparent ... up to the root.
CREATE FUNCTION app.org_ancestors(p_org text) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
WITH RECURSIVE up (id, parent_id, depth) AS (
    SELECT o.id, o.parent_id, 0 FROM app.organisation o WHERE o.id = p_org
    UNION ALL
    SELECT o.id, o.parent_id, up.depth + 1 FROM app.organisation o JOIN up ON o.id = up.parent_id
    WHERE up.depth < 64
)
SELECT coalesce(array_agg(id ORDER BY depth), ARRAY[]::text[]) FROM up
$$;

-- Whether the person holds the role in the organisation or in one above it.
CREATE FUNCTION app.has_role(p_person text, p_org text, p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT EXISTS (
    SELECT 1 FROM app.membership m
    WHERE m.person_id = p_person AND m.role = p_role AND m.deleted_at IS NULL
      AND m.organisation_id = ANY (app.org_ancestors(p_org)))
$$;

-- Whether the person holds the role in any organisation.
CREATE FUNCTION app.holds_role_anywhere(p_person text, p_role text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT EXISTS (
    SELECT 1 FROM app.membership m WHERE m.person_id = p_person AND m.role = p_role AND m.deleted_at IS NULL)
$$;

-- The highest approval level the person may sign for posts of the organisation (NULL: not a reviewer there).
CREATE FUNCTION app.reviewer_level(p_person text, p_org text) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT max(m.level) FROM app.membership m
WHERE m.person_id = p_person AND m.role = 'reviewer' AND m.deleted_at IS NULL
  AND m.organisation_id = ANY (app.org_ancestors(p_org))
$$;

-- The organisations whose posts the person may read: every one for oversight and operators, otherwise the
-- organisations where the person holds any role, with everything below them.
CREATE FUNCTION app.visible_orgs(p_person text) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT CASE
    WHEN app.holds_role_anywhere(p_person, 'oversight') OR app.holds_role_anywhere(p_person, 'operator')
        THEN (SELECT coalesce(array_agg(o.id), ARRAY[]::text[]) FROM app.organisation o)
    ELSE (
        WITH RECURSIVE down (id) AS (
            SELECT m.organisation_id FROM app.membership m WHERE m.person_id = p_person AND m.deleted_at IS NULL
            UNION
            SELECT o.id FROM app.organisation o JOIN down ON o.parent_id = down.id
        )
        SELECT coalesce(array_agg(id), ARRAY[]::text[]) FROM down)
END
$$;

-- The organisation of a post (NULL when there is no such post).
CREATE FUNCTION app.post_org(p_post text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$ SELECT organisation_id FROM app.post WHERE id = p_post $$;

-- The content hash of a post as its rows on this server say (title and main text from the given row, so a
-- BEFORE trigger can pass NEW).
CREATE FUNCTION app.content_hash(p app.post) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT app.content_hash_of(
    p.title,
    p.main_text,
    (SELECT jsonb_agg(jsonb_build_object('platform', v.platform, 'title', v.title, 'text', v.text, 'extra', v.extra))
     FROM app.postvariant v WHERE v.post_id = p.id AND v.deleted_at IS NULL),
    (SELECT jsonb_agg(jsonb_build_object('sha256', ph.sha256, 'crop', pp.crop, 'caption', pp.caption,
                                         'alt', pp.alt_text) ORDER BY pp.position, pp.id)
     FROM app.postphoto pp JOIN app.photo ph ON ph.id = pp.photo_id
     WHERE pp.post_id = p.id AND pp.deleted_at IS NULL),
    ARRAY(SELECT t.account_id FROM app.posttarget t JOIN app.officialaccount a ON a.id = t.account_id
          WHERE t.post_id = p.id AND t.deleted_at IS NULL))
$$;

-- Whether the post's text names the regent / mayor / governor by title, abbreviations and inside hashtags
-- included (mentions_regent() in domain/workflow.py: the same pattern, case-insensitive, not preceded by a letter).
CREATE FUNCTION app.mentions_regent(p app.post) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
WITH pattern (re) AS (
    VALUES ('(?<![a-z])(bupati|wakil\s+bupati|wabup|wali\s*kota|wakil\s+wali\s*kota|wawali|gubernur|wagub)'))
SELECT p.title ~* re OR p.main_text ~* re
    OR EXISTS (SELECT 1 FROM app.postvariant v
               WHERE v.post_id = p.id AND v.deleted_at IS NULL AND (v.title ~* re OR v.text ~* re))
    OR EXISTS (SELECT 1 FROM app.postphoto pp
               WHERE pp.post_id = p.id AND pp.deleted_at IS NULL AND (pp.caption ~* re OR pp.alt_text ~* re))
FROM pattern
$$;

-- The approval levels the post must pass, ascending (required_levels() in domain/workflow.py): the live levels of
-- the nearest organisation (itself or above) that defines any, else level 1. "always" applies; "on_warning" when
-- p.lint_warning (the flag the admin's client sets from lint, services/workflow.policy_facts); "on_regent_mention"
-- when app.mentions_regent(); "on_warning_or_regent" when either. When no level applies, the lowest one.
CREATE FUNCTION app.required_levels(p app.post) RETURNS integer[]
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    policy_org text;
    warning boolean := coalesce(p.lint_warning, false);
    regent boolean;
    needed integer[];
BEGIN
    SELECT a.org INTO policy_org
    FROM unnest(app.org_ancestors(p.organisation_id)) WITH ORDINALITY AS a (org, n)
    WHERE EXISTS (SELECT 1 FROM app.approvallevel l WHERE l.organisation_id = a.org AND l.deleted_at IS NULL)
    ORDER BY a.n LIMIT 1;
    IF policy_org IS NULL THEN
        RETURN ARRAY[1];
    END IF;
    regent := app.mentions_regent(p);
    SELECT array_agg(DISTINCT l.level ORDER BY l.level) INTO needed
    FROM app.approvallevel l
    WHERE l.organisation_id = policy_org AND l.deleted_at IS NULL
      AND (l.condition = 'always'
           OR (l.condition = 'on_warning' AND warning)
           OR (l.condition = 'on_regent_mention' AND regent)
           OR (l.condition = 'on_warning_or_regent' AND (warning OR regent)));
    IF needed IS NULL THEN
        SELECT ARRAY[min(l.level)] INTO needed
        FROM app.approvallevel l WHERE l.organisation_id = policy_org AND l.deleted_at IS NULL;
    END IF;
    RETURN needed;
END $$;

-- The highest level holding an approval of exactly p.content_hash (0: none). A reviewer signs at their own level
-- and an approval covers every level up to it (approval_state() in domain/workflow.py): a kepala dinas who
-- approves first needs no kepala bidang after them.
CREATE FUNCTION app.approved_up_to(p app.post) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT coalesce(max(rv.level), 0) FROM app.review rv
WHERE rv.post_id = p.id AND rv.decision = 'approve' AND rv.content_hash = p.content_hash
$$;

-- The lowest required level not covered by an approval of exactly p.content_hash (NULL: every level approved).
CREATE FUNCTION app.waiting_level(p app.post) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$ SELECT min(r.level) FROM unnest(app.required_levels(p)) AS r (level) WHERE r.level > app.approved_up_to(p) $$;

-- Whether the person wrote the post: an audit event of theirs created, edited, withdrew it or voided its approval
-- (services/workflow._check_reviewer). Such a person may not review it, like its author.
CREATE FUNCTION app.wrote_post(p_person text, p_post text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT EXISTS (
    SELECT 1 FROM app.auditevent e
    WHERE e.post_id = p_post AND e.actor_id = p_person
      AND e.action IN ('created', 'edited', 'withdrawn', 'approval_voided'))
$$;

-- Approved = the stored hash is the hash of the post's rows on this server, and every required level holds an
-- approval of that hash. Derived from the reviews, never from the status column.
CREATE FUNCTION app.is_approved(p app.post) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$ SELECT p.content_hash = app.content_hash(p) AND app.waiting_level(p) IS NULL $$;

-- Locks the organisation's audit chain for this transaction and returns its last (seq, event_hash).
CREATE FUNCTION app.audit_tail(p_org text, OUT seq integer, OUT event_hash text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('opdstudio.audit:' || p_org, 0));
    SELECT e.seq, e.event_hash INTO seq, event_hash
    FROM app.auditevent e WHERE e.organisation_id = p_org ORDER BY e.seq DESC LIMIT 1;
END $$;

-- Takes the counter row's lock (first thing app.apply_mutation does, so writers queue in one order).
CREATE FUNCTION app.begin_write() RETURNS bigint
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$ SELECT version FROM app.server_clock FOR UPDATE $$;

-- The next server_version; the counter row stays locked until the transaction ends.
CREATE FUNCTION app.next_server_version() RETURNS bigint
LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, app, pg_temp
AS $$ UPDATE app.server_clock SET version = version + 1 RETURNING version $$;

-- Whether the server holds the photo bytes with this SHA-256 (whoever uploaded them).
CREATE FUNCTION app.has_photo_blob(p_sha256 text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM app.photoblob b WHERE b.sha256 = p_sha256) $$;
