"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""

from opdstudio.core.sync.server_schema import run_sql_files

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    run_sql_files(revision)


def downgrade() -> None:
    raise NotImplementedError("the shared schema is never downgraded; restore a backup instead")
