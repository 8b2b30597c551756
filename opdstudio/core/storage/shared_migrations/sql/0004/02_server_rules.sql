-- Rules the client used to keep alone, now the server's: a new row's rev is the server's (1), so nobody freezes a
-- row with rev = 2147483647; a target or a publication only on an account of the post's organisation or one above
-- it; a publication link on the account's platform (a website account: on its own site); a lint-override row
-- always in its writer's name.

CREATE OR REPLACE FUNCTION app.tg_stamp() RETURNS trigger
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
    ELSE
        NEW.rev := 1;
    END IF;
    NEW.server_version := app.next_server_version();
    RETURN NEW;
END $$;

-- The host of an http(s) URL, lower case, without user info, port or a leading 'www.'; NULL for anything else.
CREATE FUNCTION app.url_host(p_url text) RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, app, pg_temp
AS $$ SELECT regexp_replace(lower(substring(btrim(p_url) FROM '^[Hh][Tt][Tt][Pp][Ss]?://(?:[^/?#@\s]*@)?([^/?#:@\s]+)')),
                            '^www\.', '') $$;

-- The domains a platform's links live on (accounts.PLATFORM_DOMAINS); NULL for a website (its own site).
CREATE FUNCTION app.platform_domains(p_platform text) RETURNS text[]
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, app, pg_temp
AS $$ SELECT CASE p_platform
    WHEN 'facebook' THEN ARRAY['facebook.com', 'fb.com', 'fb.me']
    WHEN 'instagram' THEN ARRAY['instagram.com']
    WHEN 'tiktok' THEN ARRAY['tiktok.com']
    WHEN 'youtube' THEN ARRAY['youtube.com', 'youtu.be']
    WHEN 'x' THEN ARRAY['x.com', 'twitter.com']
END $$;

-- A target or publication on an account of the post's organisation or one above it.
CREATE FUNCTION app.tg_account_in_tree() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    account app.officialaccount;
    host text;
    domains text[];
BEGIN
    SELECT * INTO account FROM app.officialaccount a WHERE a.id = NEW.account_id;
    IF NOT FOUND OR NOT account.organisation_id = ANY (app.org_ancestors(app.post_org(NEW.post_id))) THEN
        PERFORM app.refuse('foreign_account',
            'Akun ini bukan milik organisasi post ini atau organisasi di atasnya.',
            'This account does not belong to the post''s organisation or one above it.');
    END IF;
    IF TG_TABLE_NAME = 'publication' THEN
        host := app.url_host(NEW.url);
        domains := coalesce(app.platform_domains(account.platform), ARRAY[app.url_host(account.url)]);
        IF host IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(domains) AS d
                                       WHERE d <> '' AND (host = d OR right(host, length(d) + 1) = '.' || d)) THEN
            PERFORM app.refuse('bad_url',
                format('Tautan publikasi harus berada di %s.', array_to_string(domains, ', ')),
                format('The publication link must be on %s.', array_to_string(domains, ', ')));
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER c_account_in_tree BEFORE INSERT OR UPDATE ON app.posttarget
FOR EACH ROW EXECUTE FUNCTION app.tg_account_in_tree();
CREATE TRIGGER c_account_in_tree BEFORE INSERT ON app.publication
FOR EACH ROW EXECUTE FUNCTION app.tg_account_in_tree();

ALTER POLICY rules_insert ON app.lintoverrides
WITH CHECK (updated_by_id = (SELECT app.person_id())
            AND (app.has_role((SELECT app.person_id()), organisation_id, 'reviewer')
                 OR app.has_role((SELECT app.person_id()), organisation_id, 'oversight')
                 OR app.has_role((SELECT app.person_id()), organisation_id, 'operator')));
ALTER POLICY rules_update ON app.lintoverrides
USING (app.has_role((SELECT app.person_id()), organisation_id, 'reviewer')
       OR app.has_role((SELECT app.person_id()), organisation_id, 'oversight')
       OR app.has_role((SELECT app.person_id()), organisation_id, 'operator'))
WITH CHECK (updated_by_id = (SELECT app.person_id())
            AND (app.has_role((SELECT app.person_id()), organisation_id, 'reviewer')
                 OR app.has_role((SELECT app.person_id()), organisation_id, 'oversight')
                 OR app.has_role((SELECT app.person_id()), organisation_id, 'operator')));

GRANT EXECUTE ON FUNCTION app.url_host(text), app.platform_domains(text) TO @member@;
