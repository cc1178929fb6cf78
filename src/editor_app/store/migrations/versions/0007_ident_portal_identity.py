"""The portal's identity (issue 17): name, owning agency, base URL, logo, section paths.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('portal_identity',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('agency', sa.Text(), nullable=False),
    sa.Column('base_url', sa.Text(), nullable=False),
    sa.Column('logo_sha256', sa.String(length=64), nullable=True),
    sa.Column('sections', editor_app.store.types.JSONText(), nullable=False),
    sa.Column('updated_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_by_id', sa.String(length=36), nullable=True),
    sa.CheckConstraint('id = 1', name=op.f('ck_portal_identity_single_row')),
    sa.ForeignKeyConstraint(['logo_sha256'], ['media.sha256'], name=op.f('fk_portal_identity_logo_sha256_media')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['people.id'], name=op.f('fk_portal_identity_updated_by_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portal_identity'))
    )


def downgrade() -> None:
    op.drop_table('portal_identity')
