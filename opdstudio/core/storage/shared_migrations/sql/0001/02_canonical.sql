-- The same digests the Python code computes (opdstudio.core.domain.content_hash, opdstudio.core.services.audit):
-- canonical JSON = json.dumps(NFC strings, sort_keys=True, separators=(",", ":"), ensure_ascii=False).

-- A JSON string of s after NFC normalisation (PostgreSQL escapes exactly the characters Python escapes).
CREATE FUNCTION app.json_str(s text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT to_json(normalize(s, NFC))::text $$;

-- repr(float(x)) as Python prints it: shortest round-trip digits, fixed notation for exponents -4..15,
-- otherwise d.ddde±XX; an integral value keeps ".0". PostgreSQL prints the shortest digits too, except for exact
-- integers, which it prints in full; those are shortened here while they still read back as x.
CREATE FUNCTION app.py_float(x float8) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET extra_float_digits = 1
AS $$
DECLARE
    s text := x::text;
    sign text := '';
    mantissa text;
    exponent integer := 0;
    digits text;
    point integer;
    shorter text;
    shorter_point integer;
    e10 integer;
BEGIN
    IF left(s, 1) = '-' THEN
        sign := '-';
        s := substr(s, 2);
    END IF;
    IF s IN ('NaN', 'Infinity') THEN
        RAISE EXCEPTION 'not a finite number: %', x;
    END IF;
    IF position('e' IN s) > 0 THEN
        mantissa := split_part(s, 'e', 1);
        exponent := split_part(s, 'e', 2)::integer;
    ELSE
        mantissa := s;
    END IF;
    digits := split_part(mantissa, '.', 1) || split_part(mantissa, '.', 2);
    -- value = 0.<digits> * 10^point
    point := length(split_part(mantissa, '.', 1)) + exponent;
    point := point - (length(digits) - length(ltrim(digits, '0')));
    digits := rtrim(ltrim(digits, '0'), '0');
    IF digits = '' THEN
        RETURN sign || '0.0';
    END IF;
    FOR p IN 1 .. CASE WHEN x = trunc(x) AND abs(x) < 1e20 THEN length(digits) - 1 ELSE 0 END LOOP
        shorter := left(digits, p);
        shorter_point := point;
        IF substr(digits, p + 1, 1) >= '5' THEN
            shorter := (shorter::numeric + 1)::text;
            IF length(shorter) > p THEN
                shorter_point := point + 1;
            END IF;
        END IF;
        shorter := rtrim(shorter, '0');
        IF (sign || '0.' || shorter || 'e' || shorter_point)::float8 = x THEN
            digits := shorter;
            point := shorter_point;
            EXIT;
        END IF;
    END LOOP;
    e10 := point - 1;
    IF e10 < -4 OR e10 >= 16 THEN
        RETURN sign || left(digits, 1)
            || CASE WHEN length(digits) > 1 THEN '.' || substr(digits, 2) ELSE '' END
            || 'e' || CASE WHEN e10 < 0 THEN '-' ELSE '+' END
            || CASE WHEN abs(e10) < 10 THEN '0' ELSE '' END || abs(e10)::text;
    ELSIF point <= 0 THEN
        RETURN sign || '0.' || repeat('0', -point) || digits;
    ELSIF point >= length(digits) THEN
        RETURN sign || digits || repeat('0', point - length(digits)) || '.0';
    END IF;
    RETURN sign || left(digits, point) || '.' || substr(digits, point + 1);
END $$;

-- Canonical JSON of any jsonb value. A number written with a point is a float to Python (json.loads), so it is
-- printed as Python prints floats; jsonb never prints an exponent.
CREATE FUNCTION app.canonical_json(j jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
DECLARE
    kind text := jsonb_typeof(j);
    out text;
BEGIN
    IF kind = 'object' THEN
        SELECT '{' || coalesce(string_agg(app.json_str(key) || ':' || app.canonical_json(value), ','
                                          ORDER BY normalize(key, NFC) COLLATE "C"), '') || '}'
          INTO out FROM jsonb_each(j);
        RETURN out;
    ELSIF kind = 'array' THEN
        SELECT '[' || coalesce(string_agg(app.canonical_json(value), ',' ORDER BY ord), '') || ']'
          INTO out FROM jsonb_array_elements(j) WITH ORDINALITY AS e(value, ord);
        RETURN out;
    ELSIF kind = 'string' THEN
        RETURN app.json_str(j #>> '{}');
    ELSIF kind = 'number' AND (j #>> '{}') ~ '[.eE]' THEN
        RETURN app.py_float((j #>> '{}')::float8);
    END IF;
    RETURN j::text;
END $$;

-- The content hash of a post from its parts (see content_hash() in opdstudio/core/domain/content_hash.py):
-- variants = [{platform, title, text, extra}], photos = [{sha256, crop, caption, alt}] in post order,
-- targets = account ids. Crop values hash as floats with -0.0 as 0.0 (content_hash._crop; "+ 0" turns an IEEE
-- negative zero into 0, and jsonb holds none anyway).
CREATE FUNCTION app.content_hash_of(title text, main_text text, variants jsonb, photos jsonb, targets text[])
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT encode(sha256(convert_to(
    '{"main":' || app.json_str(main_text)
    || ',"photos":[' || coalesce((
        SELECT string_agg(
            '{"alt":' || app.json_str(coalesce(p ->> 'alt', ''))
            || ',"caption":' || app.json_str(coalesce(p ->> 'caption', ''))
            || ',"crop":{' || coalesce((
                SELECT string_agg(app.json_str(c.key) || ':'
                                  || app.py_float((c.value #>> '{}')::float8 + 0::float8), ','
                                  ORDER BY normalize(c.key, NFC) COLLATE "C")
                FROM jsonb_each(coalesce(p -> 'crop', '{}')) AS c), '') || '}'
            || ',"sha256":' || app.json_str(p ->> 'sha256') || '}',
            ',' ORDER BY ord)
        FROM jsonb_array_elements(coalesce(photos, '[]')) WITH ORDINALITY AS ph(p, ord)), '') || ']'
    || ',"targets":[' || coalesce((
        SELECT string_agg(app.json_str(t), ',' ORDER BY t COLLATE "C")
        FROM (SELECT DISTINCT unnest(targets) AS t) AS ts), '') || ']'
    || ',"title":' || app.json_str(title)
    || ',"variants":[' || coalesce((
        SELECT string_agg(
            '{"extra":' || app.canonical_json(coalesce(v -> 'extra', '{}'))
            || ',"platform":' || app.json_str(v ->> 'platform')
            || ',"text":' || app.json_str(coalesce(v ->> 'text', ''))
            || ',"title":' || app.json_str(coalesce(v ->> 'title', '')) || '}',
            ',' ORDER BY v ->> 'platform' COLLATE "C")
        FROM jsonb_array_elements(coalesce(variants, '[]')) AS vs(v)), '') || ']}',
    'UTF8')), 'hex')
$$;

-- datetime.isoformat() of an aware UTC datetime: microseconds only when not zero, "+00:00" suffix.
CREATE FUNCTION app.py_isoformat(ts timestamptz) RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
SELECT to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
    || CASE WHEN to_char(ts AT TIME ZONE 'UTC', 'US') = '000000' THEN ''
            ELSE '.' || to_char(ts AT TIME ZONE 'UTC', 'US') END
    || '+00:00'
$$;

-- The digest of an audit event (_event_digest() in opdstudio/core/services/audit.py).
CREATE FUNCTION app.audit_digest(e app.auditevent) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, app, pg_temp
AS $$
SELECT encode(sha256(convert_to(
    '{"action":' || app.json_str(e.action)
    || ',"actor":' || app.json_str(e.actor_id)
    || ',"at":' || app.json_str(app.py_isoformat(e.created_at))
    || ',"detail":' || app.canonical_json(e.detail)
    || ',"hash":' || app.json_str(e.content_hash)
    || ',"id":' || app.json_str(e.id)
    || ',"org":' || app.json_str(e.organisation_id)
    || ',"post":' || coalesce(app.json_str(e.post_id), 'null')
    || ',"prev":' || app.json_str(e.prev_hash)
    || ',"seq":' || e.seq::text || '}',
    'UTF8')), 'hex')
$$;
