-- Row-level security, forced on every table (the owner too), and the privileges of the group roles.
-- Policies name the person through app.person_id(), i.e. current_user; nothing a client can SET counts.
--   directory (organisation, person, membership, approvallevel, officialaccount, lintoverrides): every signed-in
--     person reads it; operators write organisations, people, memberships and approval levels; the registry
--     (officialaccount) is written by the organisation's admins, oversight and operators; lint overrides by a
--     reviewer, oversight or operator of the organisation or one above it, never on an admin's say alone
--     (lint_service.set_overrides: an admin must not switch off the rules that stop their own posts); a person
--     may edit their own name, title and language.
--   posts and their parts, reviews, publications, audit events: read within the reader's own tree (the
--     organisations where they hold a role, and everything below), oversight and operators read everything;
--     written by admins (posts, parts, publications), reviewers (reviews, post status) of the post's
--     organisation or one above it, always in the writer's own name; the triggers judge the rest.
--   photos and their bytes: the importer's, and readable wherever a visible post uses them.
--   login_person, applied_mutation: a login sees its own rows only. Nobody deletes or truncates anything.

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'app'::regnamespace AND c.relkind = 'r' LOOP
        EXECUTE format('ALTER TABLE app.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE app.%I FORCE ROW LEVEL SECURITY', t);
        -- The owner runs the SECURITY DEFINER helpers and the operator functions.
        EXECUTE format('CREATE POLICY owner_all ON app.%I TO %s USING (true) WITH CHECK (true)', t, '@owner@');
    END LOOP;
    FOREACH t IN ARRAY ARRAY['organisation', 'person', 'membership', 'approvallevel', 'officialaccount',
                             'lintoverrides'] LOOP
        EXECUTE format('CREATE POLICY read_directory ON app.%I FOR SELECT TO %s '
                       'USING ((SELECT app.person_id()) IS NOT NULL)', t, '@member@');
    END LOOP;
    FOREACH t IN ARRAY ARRAY['organisation', 'person', 'membership', 'approvallevel'] LOOP
        EXECUTE format('CREATE POLICY operator_insert ON app.%I FOR INSERT TO %s '
                       'WITH CHECK (app.holds_role_anywhere((SELECT app.person_id()), ''operator''))', t, '@member@');
    END LOOP;
    FOREACH t IN ARRAY ARRAY['organisation', 'membership', 'approvallevel'] LOOP
        EXECUTE format('CREATE POLICY operator_update ON app.%I FOR UPDATE TO %s '
                       'USING (app.holds_role_anywhere((SELECT app.person_id()), ''operator'')) '
                       'WITH CHECK (app.holds_role_anywhere((SELECT app.person_id()), ''operator''))', t, '@member@');
    END LOOP;
    FOREACH t IN ARRAY ARRAY['posttarget', 'postvariant', 'postphoto', 'review', 'publication',
                             'lintjustification'] LOOP
        EXECUTE format('CREATE POLICY read_with_post ON app.%I FOR SELECT TO %s '
                       'USING (EXISTS (SELECT 1 FROM app.post p WHERE p.id = post_id))', t, '@member@');
    END LOOP;
    FOREACH t IN ARRAY ARRAY['posttarget', 'postvariant', 'postphoto'] LOOP
        EXECUTE format('CREATE POLICY admin_insert ON app.%I FOR INSERT TO %s '
                       'WITH CHECK (app.has_role((SELECT app.person_id()), app.post_org(post_id), ''admin''))',
                       t, '@member@');
        EXECUTE format('CREATE POLICY admin_update ON app.%I FOR UPDATE TO %s '
                       'USING (app.has_role((SELECT app.person_id()), app.post_org(post_id), ''admin'')) '
                       'WITH CHECK (app.has_role((SELECT app.person_id()), app.post_org(post_id), ''admin''))',
                       t, '@member@');
    END LOOP;
END $$;

CREATE POLICY self_or_operator_update ON app.person FOR UPDATE TO @member@
USING (id = (SELECT app.person_id()) OR app.holds_role_anywhere((SELECT app.person_id()), 'operator'))
WITH CHECK (id = (SELECT app.person_id()) OR app.holds_role_anywhere((SELECT app.person_id()), 'operator'));

CREATE POLICY registry_insert ON app.officialaccount FOR INSERT TO @member@
WITH CHECK (app.has_role((SELECT app.person_id()), organisation_id, 'admin')
            OR app.holds_role_anywhere((SELECT app.person_id()), 'oversight')
            OR app.holds_role_anywhere((SELECT app.person_id()), 'operator'));
CREATE POLICY registry_update ON app.officialaccount FOR UPDATE TO @member@
USING (app.has_role((SELECT app.person_id()), organisation_id, 'admin')
       OR app.holds_role_anywhere((SELECT app.person_id()), 'oversight')
       OR app.holds_role_anywhere((SELECT app.person_id()), 'operator'))
WITH CHECK (app.has_role((SELECT app.person_id()), organisation_id, 'admin')
            OR app.holds_role_anywhere((SELECT app.person_id()), 'oversight')
            OR app.holds_role_anywhere((SELECT app.person_id()), 'operator'));

CREATE POLICY rules_insert ON app.lintoverrides FOR INSERT TO @member@
WITH CHECK (coalesce(updated_by_id = (SELECT app.person_id()), true)
            AND (app.has_role((SELECT app.person_id()), organisation_id, 'reviewer')
                 OR app.has_role((SELECT app.person_id()), organisation_id, 'oversight')
                 OR app.has_role((SELECT app.person_id()), organisation_id, 'operator')));
CREATE POLICY rules_update ON app.lintoverrides FOR UPDATE TO @member@
USING (app.has_role((SELECT app.person_id()), organisation_id, 'reviewer')
       OR app.has_role((SELECT app.person_id()), organisation_id, 'oversight')
       OR app.has_role((SELECT app.person_id()), organisation_id, 'operator'))
WITH CHECK (coalesce(updated_by_id = (SELECT app.person_id()), true)
            AND (app.has_role((SELECT app.person_id()), organisation_id, 'reviewer')
                 OR app.has_role((SELECT app.person_id()), organisation_id, 'oversight')
                 OR app.has_role((SELECT app.person_id()), organisation_id, 'operator')));

CREATE POLICY read_tree ON app.post FOR SELECT TO @member@
USING (organisation_id IN (SELECT unnest(app.visible_orgs((SELECT app.person_id())))));
CREATE POLICY admin_insert ON app.post FOR INSERT TO @member@
WITH CHECK (author_id = (SELECT app.person_id())
            AND app.has_role((SELECT app.person_id()), organisation_id, 'admin'));
CREATE POLICY admin_or_reviewer_update ON app.post FOR UPDATE TO @member@
USING (app.has_role((SELECT app.person_id()), organisation_id, 'admin')
       OR app.has_role((SELECT app.person_id()), organisation_id, 'reviewer'))
WITH CHECK (app.has_role((SELECT app.person_id()), organisation_id, 'admin')
            OR app.has_role((SELECT app.person_id()), organisation_id, 'reviewer'));

CREATE POLICY reviewer_insert ON app.review FOR INSERT TO @member@
WITH CHECK (reviewer_id = (SELECT app.person_id())
            AND app.has_role((SELECT app.person_id()), app.post_org(post_id), 'reviewer'));

CREATE POLICY admin_insert ON app.publication FOR INSERT TO @member@
WITH CHECK (recorded_by_id = (SELECT app.person_id())
            AND app.has_role((SELECT app.person_id()), app.post_org(post_id), 'admin'));

CREATE POLICY author_insert ON app.lintjustification FOR INSERT TO @member@
WITH CHECK (author_id = (SELECT app.person_id())
            AND app.has_role((SELECT app.person_id()), app.post_org(post_id), 'admin'));

CREATE POLICY read_tree ON app.auditevent FOR SELECT TO @member@
USING (organisation_id IN (SELECT unnest(app.visible_orgs((SELECT app.person_id())))));
CREATE POLICY actor_insert ON app.auditevent FOR INSERT TO @member@
WITH CHECK (actor_id = (SELECT app.person_id())
            AND (app.has_role((SELECT app.person_id()), organisation_id, 'admin')
                 OR app.has_role((SELECT app.person_id()), organisation_id, 'reviewer')));

CREATE POLICY read_own_or_used ON app.photo FOR SELECT TO @member@
USING (imported_by_id = (SELECT app.person_id())
       OR EXISTS (SELECT 1 FROM app.postphoto pp WHERE pp.photo_id = photo.id));
CREATE POLICY importer_insert ON app.photo FOR INSERT TO @member@
WITH CHECK (imported_by_id = (SELECT app.person_id())
            AND app.holds_role_anywhere((SELECT app.person_id()), 'admin'));
CREATE POLICY importer_update ON app.photo FOR UPDATE TO @member@
USING (imported_by_id = (SELECT app.person_id()))
WITH CHECK (imported_by_id = (SELECT app.person_id()));

CREATE POLICY read_own_or_used ON app.photoblob FOR SELECT TO @member@
USING (uploaded_by_id = (SELECT app.person_id())
       OR EXISTS (SELECT 1 FROM app.photo ph WHERE ph.sha256 = photoblob.sha256));
CREATE POLICY uploader_insert ON app.photoblob FOR INSERT TO @member@
WITH CHECK (uploaded_by_id = (SELECT app.person_id())
            AND app.holds_role_anywhere((SELECT app.person_id()), 'admin'));

CREATE POLICY read_own ON app.login_person FOR SELECT TO @member@ USING (login = current_user);

CREATE POLICY read_own ON app.applied_mutation FOR SELECT TO @member@ USING (login = current_user);
CREATE POLICY write_own ON app.applied_mutation FOR INSERT TO @member@ WITH CHECK (login = current_user);

CREATE POLICY read_all ON app.server_clock FOR SELECT TO @member@ USING (true);
CREATE POLICY read_all ON app.alembic_version FOR SELECT TO @member@ USING (true);

-- Privileges: members may select, insert and update what the policies then narrow; append-only tables get no
-- UPDATE; nobody but the owner has DELETE or TRUNCATE.
REVOKE ALL ON ALL TABLES IN SCHEMA app FROM PUBLIC;
GRANT USAGE ON SCHEMA app TO @member@, @operator@;
GRANT SELECT, INSERT, UPDATE ON app.organisation, app.person, app.membership, app.approvallevel,
    app.officialaccount, app.post, app.posttarget, app.postvariant, app.photo, app.postphoto, app.lintoverrides
    TO @member@;
GRANT SELECT, INSERT ON app.review, app.publication, app.auditevent, app.lintjustification, app.photoblob,
    app.applied_mutation TO @member@;
GRANT SELECT ON app.login_person, app.server_clock, app.alembic_version TO @member@;

ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA app FROM PUBLIC;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO @member@;
REVOKE EXECUTE ON FUNCTION app.admin_add_org(text, text, text, text), app.admin_add_user(text, text, text, text),
    app.admin_grant(text, text, text, integer), app.admin_set_password(text, text) FROM @member@;
GRANT EXECUTE ON FUNCTION app.admin_add_org(text, text, text, text), app.admin_add_user(text, text, text, text),
    app.admin_grant(text, text, text, integer), app.admin_set_password(text, text) TO @operator@;
