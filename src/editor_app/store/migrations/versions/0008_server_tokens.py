"""Sign-in tokens of the newsroom server (issue 13): SHA-256 hashes, expiry, device.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('api_tokens',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('device', sa.Text(), nullable=False),
    sa.Column('created_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('expires_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('revoked_at', editor_app.store.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_api_tokens_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_tokens_token_hash'))
    )
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_tokens_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_tokens_person_id'))
    op.drop_table('api_tokens')
