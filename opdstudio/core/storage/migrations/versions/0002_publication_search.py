"""publication search

Reserved slot in the migration chain for issue 7 (publication log search); its owner fills upgrade() and downgrade().

Revision ID: 0002
Revises: 0001
"""

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
