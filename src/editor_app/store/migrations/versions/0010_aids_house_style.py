"""House style (issue 16): the newsroom's term list, seeded, and newsroom-wide settings.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('house_terms',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('canonical', sa.Text(), nullable=False),
    sa.Column('variants', editor_app.store.types.JSONText(), nullable=False),
    sa.Column('before_name', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_house_terms')),
    sa.UniqueConstraint('canonical', name=op.f('uq_house_terms_canonical'))
    )
    op.create_table('newsroom_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_by_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['updated_by_id'], ['people.id'], name=op.f('fk_newsroom_settings_updated_by_id_people')),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_newsroom_settings'))
    )
    # Every newsroom starts with the common official names; staff edit the list.
    from editor_app.store.seed import seed_house_terms

    seed_house_terms(op.get_bind())


def downgrade() -> None:
    op.drop_table('newsroom_settings')
    op.drop_table('house_terms')
