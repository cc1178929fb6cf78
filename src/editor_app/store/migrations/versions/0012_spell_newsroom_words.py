"""Spelling (issue 16): the newsroom's own dictionary, words beyond hunspell-vi.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Starts empty: the demo and seed text spell-check clean against hunspell-vi alone.
    op.create_table('spell_words',
    sa.Column('word', sa.Text(), nullable=False),
    sa.Column('added_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('added_by_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['added_by_id'], ['people.id'], name=op.f('fk_spell_words_added_by_id_people')),
    sa.PrimaryKeyConstraint('word', name=op.f('pk_spell_words'))
    )


def downgrade() -> None:
    op.drop_table('spell_words')
