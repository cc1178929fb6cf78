"""Search index brought up to date lazily (issue 19): the articles it is behind on.

Created on every dialect so the schema is one; only SQLite's desktop saves fill it
(PostgreSQL writes its tsvectors in the save). Starts empty: every article is indexed.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('index_pending',
    sa.Column('pk', sa.Integer(), autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_index_pending'))
    )


def downgrade() -> None:
    # The index is what 0012 expects only once the articles waiting are indexed.
    from editor_app.store import search_index

    search_index.catch_up(op.get_bind())
    op.drop_table('index_pending')
