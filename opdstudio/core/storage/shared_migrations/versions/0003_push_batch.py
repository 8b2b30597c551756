"""push in one transaction: app.push_batch applies a batch with a savepoint per local action, answered entry by
entry, with static per-table statements (SQL in ../sql/0003/)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 22:00:00
"""

from opdstudio.core.sync.server_schema import run_sql_files

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_files(revision)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is never downgraded; restore a backup instead")
