"""hardening: the push ledger bound to the login, server-side rules the client used to keep alone, and limits so
that no login stalls the others (SQL in ../sql/0004/)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 23:15:00
"""

from opdstudio.core.sync.server_schema import run_sql_files

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_files(revision)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is never downgraded; restore a backup instead")
