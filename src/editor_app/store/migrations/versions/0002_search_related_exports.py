"""Full-text search index, editor pins for related articles, export records.

The search index holds folded text (see domain/search_text.py), so this
migration also fills it for every article already in the store.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types
from editor_app.store import search_index

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('export_records',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=False),
    sa.Column('exporter_id', sa.String(length=36), nullable=False),
    sa.Column('at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_export_records_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['exporter_id'], ['people.id'], name=op.f('fk_export_records_exporter_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_records'))
    )
    with op.batch_alter_table('export_records', schema=None) as batch_op:
        batch_op.create_index('ix_export_records_article_at', ['article_id', 'at'], unique=False)

    op.create_table('related_pins',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('related_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_related_pins_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['related_id'], ['articles.id'], name=op.f('fk_related_pins_related_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'related_id', name=op.f('pk_related_pins'))
    )
    bind = op.get_bind()
    search_index.create(bind)
    search_index.rebuild(bind)


def downgrade() -> None:
    search_index.drop(op.get_bind())
    op.drop_table('related_pins')
    with op.batch_alter_table('export_records', schema=None) as batch_op:
        batch_op.drop_index('ix_export_records_article_at')
    op.drop_table('export_records')
