"""composer and lint

Reserved slot in the migration chain for issues 3 and 4 (composer autosave, lint justifications); its owner fills upgrade() and downgrade().

Revision ID: 0003
Revises: 0002
"""

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
