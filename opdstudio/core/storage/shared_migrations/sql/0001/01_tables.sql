-- Tables of the shared database: the synced tables mirror the local models (opdstudio.core.domain.models and
-- .drafting) column for column; server_version is bigint here. Server-only tables follow at the end.

CREATE TABLE app.organisation (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    name text NOT NULL,
    short_name text NOT NULL DEFAULT '',
    kind text NOT NULL DEFAULT 'dinas',
    parent_id text REFERENCES app.organisation (id),
    CHECK (parent_id IS DISTINCT FROM id)
);
CREATE INDEX ix_organisation_parent_id ON app.organisation (parent_id);

CREATE TABLE app.person (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    name text NOT NULL,
    login text NOT NULL UNIQUE,
    title text NOT NULL DEFAULT '',
    language text NOT NULL DEFAULT 'id'
);

CREATE TABLE app.membership (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    person_id text NOT NULL REFERENCES app.person (id),
    organisation_id text NOT NULL REFERENCES app.organisation (id),
    role text NOT NULL CHECK (role IN ('admin', 'reviewer', 'oversight', 'operator')),
    level integer NOT NULL DEFAULT 1 CHECK (level >= 1),
    UNIQUE (person_id, organisation_id, role)
);
CREATE INDEX ix_membership_organisation_id ON app.membership (organisation_id);

CREATE TABLE app.approvallevel (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    organisation_id text NOT NULL REFERENCES app.organisation (id),
    level integer NOT NULL CHECK (level >= 1),
    label text NOT NULL,
    condition text NOT NULL DEFAULT 'always'
        CHECK (condition IN ('always', 'on_warning', 'on_regent_mention', 'on_warning_or_regent')),
    UNIQUE (organisation_id, level)
);

CREATE TABLE app.officialaccount (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    organisation_id text NOT NULL REFERENCES app.organisation (id),
    platform text NOT NULL,
    handle text NOT NULL,
    url text NOT NULL,
    managed_by_id text REFERENCES app.person (id),
    reported_on date,
    status text NOT NULL DEFAULT 'active'
);
CREATE INDEX ix_officialaccount_organisation_id ON app.officialaccount (organisation_id);

CREATE TABLE app.post (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    organisation_id text NOT NULL REFERENCES app.organisation (id),
    author_id text NOT NULL REFERENCES app.person (id),
    title text NOT NULL DEFAULT '',
    kind text NOT NULL DEFAULT 'social',
    status text NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_review', 'changes_requested', 'approved', 'published', 'rejected')),
    main_text text NOT NULL DEFAULT '',
    event_date date,
    event_place text NOT NULL DEFAULT '',
    programme text NOT NULL DEFAULT '',
    content_hash text NOT NULL DEFAULT '',
    -- Lint left a warn or block finding in the content (services.lint_service.has_warning), as the admin's client
    -- asserts it (the server cannot run lint); it brings in the policy's on_warning levels (app.required_levels).
    lint_warning boolean NOT NULL DEFAULT false,
    submitted_at timestamptz
);
CREATE INDEX ix_post_organisation_id ON app.post (organisation_id);
CREATE INDEX ix_post_author_id ON app.post (author_id);

CREATE TABLE app.posttarget (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    post_id text NOT NULL REFERENCES app.post (id),
    account_id text NOT NULL REFERENCES app.officialaccount (id),
    UNIQUE (post_id, account_id)
);

CREATE TABLE app.postvariant (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    post_id text NOT NULL REFERENCES app.post (id),
    platform text NOT NULL,
    follows_main boolean NOT NULL DEFAULT true,
    title text NOT NULL DEFAULT '',
    text text NOT NULL DEFAULT '',
    extra jsonb NOT NULL DEFAULT '{}',
    UNIQUE (post_id, platform)
);

-- Unlike the local table, sha256 is not unique: two agencies may import the same picture as two rows.
CREATE TABLE app.photo (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    sha256 varchar(64) NOT NULL,
    original_name text NOT NULL,
    size_bytes bigint NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    taken_at timestamptz,
    has_gps boolean NOT NULL DEFAULT false,
    contains_children boolean NOT NULL DEFAULT false,
    consent_note text NOT NULL DEFAULT '',
    imported_by_id text REFERENCES app.person (id)
);
CREATE INDEX ix_photo_sha256 ON app.photo (sha256);

CREATE TABLE app.postphoto (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    post_id text NOT NULL REFERENCES app.post (id),
    photo_id text NOT NULL REFERENCES app.photo (id),
    position integer NOT NULL,
    crop jsonb NOT NULL DEFAULT '{}',
    caption text NOT NULL DEFAULT '',
    alt_text text NOT NULL DEFAULT ''
);
CREATE INDEX ix_postphoto_post_id ON app.postphoto (post_id);
CREATE INDEX ix_postphoto_photo_id ON app.postphoto (photo_id);

CREATE TABLE app.review (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    post_id text NOT NULL REFERENCES app.post (id),
    reviewer_id text NOT NULL REFERENCES app.person (id),
    level integer NOT NULL DEFAULT 1,
    decision text NOT NULL CHECK (decision IN ('approve', 'request_changes', 'reject')),
    comment text NOT NULL DEFAULT '',
    content_hash text NOT NULL
);
CREATE INDEX ix_review_post_id ON app.review (post_id);

CREATE TABLE app.publication (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    post_id text NOT NULL REFERENCES app.post (id),
    account_id text NOT NULL REFERENCES app.officialaccount (id),
    url text NOT NULL,
    published_at timestamptz NOT NULL,
    content_hash text NOT NULL,
    recorded_by_id text NOT NULL REFERENCES app.person (id)
);
CREATE INDEX ix_publication_post_id ON app.publication (post_id);
CREATE INDEX ix_publication_published ON app.publication (published_at, id);

-- seq, prev_hash and event_hash are assigned by the server (app.tg_audit_chain), whatever the client sent.
CREATE TABLE app.auditevent (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    organisation_id text NOT NULL REFERENCES app.organisation (id),
    seq integer NOT NULL,
    post_id text REFERENCES app.post (id),
    actor_id text NOT NULL REFERENCES app.person (id),
    action text NOT NULL,
    content_hash text NOT NULL DEFAULT '',
    detail jsonb NOT NULL DEFAULT '{}',
    prev_hash text NOT NULL DEFAULT '',
    event_hash text NOT NULL DEFAULT '',
    UNIQUE (organisation_id, seq)
);
CREATE INDEX ix_auditevent_post_id ON app.auditevent (post_id);

CREATE TABLE app.lintjustification (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    post_id text NOT NULL REFERENCES app.post (id),
    rule text NOT NULL,
    subject text NOT NULL,
    excerpt text NOT NULL DEFAULT '',
    content_hash text NOT NULL,
    text text NOT NULL,
    author_id text NOT NULL REFERENCES app.person (id)
);
CREATE INDEX ix_lintjustification_post_id ON app.lintjustification (post_id);

CREATE TABLE app.lintoverrides (
    id varchar(36) PRIMARY KEY,
    rev integer NOT NULL DEFAULT 1,
    server_version bigint,
    deleted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    organisation_id text NOT NULL UNIQUE REFERENCES app.organisation (id),
    overrides jsonb NOT NULL DEFAULT '[]',
    updated_by_id text REFERENCES app.person (id)
);

-- A pull reads "server_version > cursor" from every synced table.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organisation', 'person', 'membership', 'approvallevel', 'officialaccount', 'post',
                             'posttarget', 'postvariant', 'photo', 'postphoto', 'review', 'publication',
                             'auditevent', 'lintjustification', 'lintoverrides'] LOOP
        EXECUTE format('CREATE UNIQUE INDEX %I ON app.%I (server_version)', 'ix_' || t || '_server_version', t);
    END LOOP;
END $$;

-- Server-only tables.

-- The one row every write transaction updates: server_version comes from here, so versions follow commit order.
CREATE TABLE app.server_clock (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version bigint NOT NULL DEFAULT 0
);
INSERT INTO app.server_clock DEFAULT VALUES;

-- Which person a PostgreSQL login role is; the policies resolve current_user through it.
CREATE TABLE app.login_person (
    login text PRIMARY KEY,
    person_id text NOT NULL UNIQUE REFERENCES app.person (id),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Every outbox entry a client pushed, so a replayed push is a no-op.
CREATE TABLE app.applied_mutation (
    client_id uuid NOT NULL,
    seq bigint NOT NULL,
    login text NOT NULL DEFAULT current_user,
    table_name text NOT NULL,
    row_id text,
    outcome text NOT NULL CHECK (outcome IN ('applied', 'conflict', 'rejected')),
    reason text NOT NULL DEFAULT '',
    message_id text NOT NULL DEFAULT '',
    message_en text NOT NULL DEFAULT '',
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, seq)
);

-- Photo originals, stored once per SHA-256 whoever uploads them.
CREATE TABLE app.photoblob (
    sha256 varchar(64) PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    data bytea NOT NULL,
    size_bytes bigint NOT NULL,
    uploaded_by_id text NOT NULL REFERENCES app.person (id),
    created_at timestamptz NOT NULL DEFAULT now()
);
