"""sync outbox

The client-local sync bookkeeping (never synced): ``outbox`` (local writes waiting for the server),
``sync_state`` (this installation's client id and pull cursor) and ``conflict_copy`` (local versions the server's
version replaced).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import opdstudio.core.domain.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_S = sqlmodel.sql.sqltypes.AutoString
_T = opdstudio.core.domain.types.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", _S(), nullable=False),
        sa.Column("row_id", _S(length=36), nullable=False),
        sa.Column("base_rev", sa.Integer(), nullable=True),
        sa.Column("columns", sa.JSON(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("created_at", _T(timezone=True), nullable=False),
        sa.Column("state", _S(), nullable=False),
        sa.Column("reason", _S(), nullable=False),
        sa.Column("last_error", _S(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("done_at", _T(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_row", ["table_name", "row_id", "state"], unique=False)
        batch_op.create_index("ix_outbox_state", ["state", "seq"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", _S(length=36), nullable=False),
        sa.Column("pull_cursor", sa.Integer(), nullable=False),
        sa.Column("last_synced_at", _T(timezone=True), nullable=True),
        sa.Column("last_error", _S(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )

    op.create_table(
        "conflict_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", _S(), nullable=False),
        sa.Column("row_id", _S(length=36), nullable=False),
        sa.Column("reason", _S(), nullable=False),
        sa.Column("local_row", sa.JSON(), nullable=False),
        sa.Column("server_row", sa.JSON(), nullable=True),
        sa.Column("created_at", _T(timezone=True), nullable=False),
        sa.Column("resolved_at", _T(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("conflict_copy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflict_copy_row_id"), ["row_id"], unique=False)


def downgrade() -> None:
    op.drop_table("conflict_copy")
    op.drop_table("sync_state")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_state")
        batch_op.drop_index("ix_outbox_row")
    op.drop_table("outbox")
