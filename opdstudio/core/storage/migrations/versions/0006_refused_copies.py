"""conflict copies also keep what the server refused

``conflict_copy.kind``: ``conflict`` (the server's version won a compare-and-set) or ``refused`` (the server's
rules said no; the person's version is kept with the server's reason). ``conflict_copy.message``: the server's
message, Indonesian and English joined by " / ".

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflict_copy", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(), nullable=False, server_default="conflict"))
        batch_op.add_column(sa.Column("message", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("conflict_copy", schema=None) as batch_op:
        batch_op.drop_column("message")
        batch_op.drop_column("kind")
