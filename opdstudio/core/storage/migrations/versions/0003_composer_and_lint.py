"""composer and lint

The composer's local autosave buffer (never synced), lint justifications, per-agency lint rule overrides, and
the post's lint_warning flag (the fact the on_warning approval levels read).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import opdstudio.core.domain.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_ID = sqlmodel.sql.sqltypes.AutoString


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", _ID(length=36), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("deleted_at", opdstudio.core.domain.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", opdstudio.core.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", opdstudio.core.domain.types.UTCDateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "lintoverrides",
        *_synced_columns(),
        sa.Column("organisation_id", _ID(), nullable=False),
        sa.Column("overrides", sa.JSON(), nullable=False),
        sa.Column("updated_by_id", _ID(), nullable=True),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"]),
        sa.ForeignKeyConstraint(["updated_by_id"], ["person.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("lintoverrides", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lintoverrides_organisation_id"), ["organisation_id"], unique=True)
        batch_op.create_index(batch_op.f("ix_lintoverrides_server_version"), ["server_version"], unique=False)

    op.create_table(
        "editorbuffer",
        sa.Column("id", _ID(length=36), nullable=False),
        sa.Column("person_id", _ID(), nullable=False),
        sa.Column("post_id", _ID(), nullable=True),
        sa.Column("organisation_id", _ID(), nullable=False),
        sa.Column("base_hash", _ID(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("view", sa.JSON(), nullable=False),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", opdstudio.core.domain.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"]),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("editorbuffer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_editorbuffer_pending"), ["pending"], unique=False)
        batch_op.create_index(batch_op.f("ix_editorbuffer_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_editorbuffer_post_id"), ["post_id"], unique=False)

    op.create_table(
        "lintjustification",
        *_synced_columns(),
        sa.Column("post_id", _ID(), nullable=False),
        sa.Column("rule", _ID(), nullable=False),
        sa.Column("subject", _ID(), nullable=False),
        sa.Column("excerpt", _ID(), nullable=False),
        sa.Column("content_hash", _ID(), nullable=False),
        sa.Column("text", _ID(), nullable=False),
        sa.Column("author_id", _ID(), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["person.id"]),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("lintjustification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lintjustification_post_id"), ["post_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lintjustification_server_version"), ["server_version"], unique=False)

    # ALTER TABLE in place (SQLite ≥ 3.35 adds and drops a column natively): copying the table would break the
    # publication_search_source view and the search triggers of 0002, which name the post table.
    with op.batch_alter_table("post", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("lint_warning", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("post", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("lint_warning")
    with op.batch_alter_table("lintjustification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lintjustification_server_version"))
        batch_op.drop_index(batch_op.f("ix_lintjustification_post_id"))
    op.drop_table("lintjustification")
    with op.batch_alter_table("editorbuffer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_editorbuffer_post_id"))
        batch_op.drop_index(batch_op.f("ix_editorbuffer_person_id"))
        batch_op.drop_index(batch_op.f("ix_editorbuffer_pending"))
    op.drop_table("editorbuffer")
    with op.batch_alter_table("lintoverrides", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lintoverrides_server_version"))
        batch_op.drop_index(batch_op.f("ix_lintoverrides_organisation_id"))
    op.drop_table("lintoverrides")
