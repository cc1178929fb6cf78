"""Publishing targets (issue 17): the portals, the post each article became, uploaded media.

Kept independent of 0004 (accounts, written in parallel): the lead chains it at merge.

Revision ID: 0005
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('publish_targets',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('username', sa.Text(), nullable=False),
    sa.Column('create_terms', sa.Boolean(), nullable=False),
    sa.Column('created_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publish_targets')),
    sa.UniqueConstraint('name', name=op.f('uq_publish_targets_name'))
    )
    op.create_table('remote_posts',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('remote_id', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('published_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_remote_posts_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['target_id'], ['publish_targets.id'], name=op.f('fk_remote_posts_target_id_publish_targets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'target_id', name=op.f('pk_remote_posts'))
    )
    op.create_table('remote_media',
    sa.Column('target_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('remote_id', sa.String(length=64), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['target_id'], ['publish_targets.id'], name=op.f('fk_remote_media_target_id_publish_targets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('target_id', 'sha256', name=op.f('pk_remote_media'))
    )


def downgrade() -> None:
    op.drop_table('remote_media')
    op.drop_table('remote_posts')
    op.drop_table('publish_targets')
