"""Devices where someone stays signed in (issue 12): the hash of each device's secret.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('remembered_devices',
    sa.Column('secret_hash', sa.String(length=64), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_remembered_devices_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('secret_hash', name=op.f('pk_remembered_devices'))
    )
    with op.batch_alter_table('remembered_devices', schema=None) as batch_op:
        batch_op.create_index('ix_remembered_devices_person', ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('remembered_devices', schema=None) as batch_op:
        batch_op.drop_index('ix_remembered_devices_person')
    op.drop_table('remembered_devices')
