"""shared schema: the synced tables, server-only tables, workflow triggers, sync functions, operator functions,
row-level security and privileges (SQL in ../sql/0001/, run in file-name order)

Revision ID: 0001
Revises:
Create Date: 2026-11-24 09:00:00
"""

from opdstudio.core.sync.server_schema import run_sql_files

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_files(revision)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is never downgraded; restore a backup instead")
