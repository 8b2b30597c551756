"""publication search

Full-text search and time-ordered keys for the publication log, and an index for the last publication of an
account.

On SQLite (the local profile) every live publication gets a row in ``publication_search_key`` whose integer
``key`` sorts like its publication time: ``round(published_at in ms since 1970) * 1024 + n`` (n separates
publications within one millisecond). The FTS5 table ``publication_search`` is an external-content index over
the view ``publication_search_source`` (post title, post text, organisation name, account handle and filter
tags: ``o<organisation id>``, ``p<platform>``, ``a<author id>``), keyed by that key, so "newest first" is
FTS5's own rowid order and any page, search or filter is a bounded read. Triggers keep both in step with
publications, posts, organisations and accounts. PostgreSQL gets only the plain index (a tsvector index comes
with the shared log).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_FIELDS = "title, body, organisation, handle, tags"


def _base(at: str) -> str:
    """SQL of the first key of the millisecond of the stored UTC time ``at``."""
    return (
        f"((CAST(strftime('%s', {at}) AS INTEGER) * 1000 + CAST(substr(strftime('%f', {at}), 4, 3) AS INTEGER)) * 1024)"
    )


def _unindex(keys: str) -> str:
    return (
        f"INSERT INTO publication_search(publication_search, rowid, {_FIELDS}) "
        f"SELECT 'delete', key, {_FIELDS} FROM publication_search_source WHERE key IN ({keys});"
    )


def _index(keys: str) -> str:
    return (
        f"INSERT INTO publication_search(rowid, {_FIELDS}) "
        f"SELECT key, {_FIELDS} FROM publication_search_source WHERE key IN ({keys});"
    )


def _keys_of(where: str) -> str:
    return (
        "SELECT k.key FROM publication_search_key k JOIN publication p ON p.id = k.publication_id "
        f"JOIN post ON post.id = p.post_id WHERE {where}"
    )


def _key_of(publication_id: str) -> str:
    return f"SELECT key FROM publication_search_key WHERE publication_id = {publication_id}"


_ADD = f"""
    INSERT INTO publication_search_key(key, publication_id) VALUES (
        coalesce((SELECT max(key) + 1 FROM publication_search_key
                  WHERE key >= {_base("NEW.published_at")} AND key < {_base("NEW.published_at")} + 1024),
                 {_base("NEW.published_at")}),
        NEW.id);
    {_index(_key_of("NEW.id"))}
"""
_REMOVE = f"""
    {_unindex(_key_of("OLD.id"))}
    DELETE FROM publication_search_key WHERE publication_id = OLD.id;
"""
_PUBLICATION_COLUMNS = "deleted_at, post_id, account_id, published_at"
_POST_CHANGED = (
    "OLD.title IS NOT NEW.title OR OLD.main_text IS NOT NEW.main_text "
    "OR OLD.organisation_id IS NOT NEW.organisation_id OR OLD.author_id IS NOT NEW.author_id"
)
_ACCOUNT_CHANGED = "OLD.handle IS NOT NEW.handle OR OLD.platform IS NOT NEW.platform"

_CREATE = [
    "CREATE TABLE publication_search_key (key INTEGER PRIMARY KEY, publication_id VARCHAR NOT NULL UNIQUE)",
    """
    CREATE VIEW publication_search_source AS
    SELECT k.key AS key, post.title AS title, post.main_text AS body, organisation.name AS organisation,
           officialaccount.handle AS handle,
           'o' || replace(post.organisation_id, '-', '') || ' p' || officialaccount.platform
               || ' a' || replace(post.author_id, '-', '') AS tags
    FROM publication_search_key k
    JOIN publication ON publication.id = k.publication_id
    JOIN post ON post.id = publication.post_id
    JOIN organisation ON organisation.id = post.organisation_id
    JOIN officialaccount ON officialaccount.id = publication.account_id
    """,
    f"""
    CREATE VIRTUAL TABLE publication_search USING fts5(
        {_FIELDS}, content='publication_search_source', content_rowid='key',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')
    """,
    f"""
    INSERT INTO publication_search_key(key, publication_id)
    SELECT {_base("published_at")}
           + row_number() OVER (PARTITION BY {_base("published_at")} ORDER BY id) - 1, id
    FROM publication WHERE deleted_at IS NULL
    """,
    "INSERT INTO publication_search(publication_search) VALUES ('rebuild')",
    f"CREATE TRIGGER publication_search_ai AFTER INSERT ON publication WHEN NEW.deleted_at IS NULL BEGIN {_ADD} END",
    f"CREATE TRIGGER publication_search_bd BEFORE DELETE ON publication BEGIN {_REMOVE} END",
    f"CREATE TRIGGER publication_search_bu BEFORE UPDATE OF {_PUBLICATION_COLUMNS} ON publication BEGIN {_REMOVE} END",
    f"CREATE TRIGGER publication_search_au AFTER UPDATE OF {_PUBLICATION_COLUMNS} ON publication "
    f"WHEN NEW.deleted_at IS NULL BEGIN {_ADD} END",
    f"CREATE TRIGGER publication_search_post_bu BEFORE UPDATE OF title, main_text, organisation_id, author_id "
    f"ON post WHEN {_POST_CHANGED} BEGIN {_unindex(_keys_of('p.post_id = OLD.id'))} END",
    f"CREATE TRIGGER publication_search_post_au AFTER UPDATE OF title, main_text, organisation_id, author_id "
    f"ON post WHEN {_POST_CHANGED} BEGIN {_index(_keys_of('p.post_id = NEW.id'))} END",
    f"CREATE TRIGGER publication_search_org_bu BEFORE UPDATE OF name ON organisation "
    f"WHEN OLD.name IS NOT NEW.name BEGIN {_unindex(_keys_of('post.organisation_id = OLD.id'))} END",
    f"CREATE TRIGGER publication_search_org_au AFTER UPDATE OF name ON organisation "
    f"WHEN OLD.name IS NOT NEW.name BEGIN {_index(_keys_of('post.organisation_id = NEW.id'))} END",
    f"CREATE TRIGGER publication_search_account_bu BEFORE UPDATE OF handle, platform ON officialaccount "
    f"WHEN {_ACCOUNT_CHANGED} BEGIN {_unindex(_keys_of('p.account_id = OLD.id'))} END",
    f"CREATE TRIGGER publication_search_account_au AFTER UPDATE OF handle, platform ON officialaccount "
    f"WHEN {_ACCOUNT_CHANGED} BEGIN {_index(_keys_of('p.account_id = NEW.id'))} END",
]
_TRIGGERS = [
    "publication_search_ai",
    "publication_search_bd",
    "publication_search_bu",
    "publication_search_au",
    "publication_search_post_bu",
    "publication_search_post_au",
    "publication_search_org_bu",
    "publication_search_org_au",
    "publication_search_account_bu",
    "publication_search_account_au",
]


def upgrade() -> None:
    op.create_index("ix_publication_account_published", "publication", ["account_id", "published_at"])
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS publication_search")
        op.execute("DROP VIEW IF EXISTS publication_search_source")
        op.execute("DROP TABLE IF EXISTS publication_search_key")
    op.drop_index("ix_publication_account_published", "publication")
