"""faster push: plpgsql helpers with cached plans, a constant synced-table list, app.apply_mutations (many entries
per call, one transaction each) (SQL in ../sql/0002/)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 09:00:00
"""

from opdstudio.core.sync.server_schema import run_sql_files

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_files(revision)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is never downgraded; restore a backup instead")
