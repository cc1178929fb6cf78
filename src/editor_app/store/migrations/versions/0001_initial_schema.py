"""Initial schema: people, categories, articles, revisions, audit, comments, media.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 17:55:17.740903
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('categories',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['categories.id'], name=op.f('fk_categories_parent_id_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('name', name=op.f('uq_categories_name')),
    sa.UniqueConstraint('slug', name=op.f('uq_categories_slug'))
    )
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_categories_parent_id'), ['parent_id'], unique=False)

    op.create_table('media',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('mime', sa.String(length=64), nullable=False),
    sa.Column('ext', sa.String(length=8), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_media'))
    )
    op.create_table('people',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('department', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('login', name=op.f('uq_people_login'))
    )
    op.create_table('articles',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('subtitle', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('slug', sa.String(length=80), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('category_id', sa.String(length=36), nullable=True),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('byline', sa.Text(), nullable=False),
    sa.Column('department', sa.Text(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('dateline', sa.Text(), nullable=False),
    sa.Column('featured_sha256', sa.String(length=64), nullable=True),
    sa.Column('featured_caption', sa.Text(), nullable=False),
    sa.Column('featured_credit', sa.Text(), nullable=False),
    sa.Column('featured_alt', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('revision_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('submitted_at', editor_app.store.types.UTCDateTime(), nullable=True),
    sa.Column('approved_at', editor_app.store.types.UTCDateTime(), nullable=True),
    sa.Column('approved_by_id', sa.String(length=36), nullable=True),
    sa.Column('exported_at', editor_app.store.types.UTCDateTime(), nullable=True),
    sa.CheckConstraint('approved_by_id IS NULL OR approved_by_id <> author_id', name=op.f('ck_articles_not_self_approved')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_articles_version_positive')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['people.id'], name=op.f('fk_articles_approved_by_id_people')),
    sa.ForeignKeyConstraint(['author_id'], ['people.id'], name=op.f('fk_articles_author_id_people')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_articles_category_id_categories')),
    sa.ForeignKeyConstraint(['featured_sha256'], ['media.sha256'], name=op.f('fk_articles_featured_sha256_media')),
    sa.PrimaryKeyConstraint('pk', name=op.f('pk_articles')),
    sa.UniqueConstraint('id', name=op.f('uq_articles_id')),
    sa.UniqueConstraint('slug', name=op.f('uq_articles_slug'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index('ix_articles_author_updated', ['author_id', 'updated_at'], unique=False)
        batch_op.create_index('ix_articles_category_status_updated', ['category_id', 'status', 'updated_at'], unique=False)
        batch_op.create_index('ix_articles_status_updated', ['status', 'updated_at'], unique=False)
        batch_op.create_index('ix_articles_updated', ['updated_at'], unique=False)

    op.create_table('article_authors',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_authors_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_article_authors_person_id_people')),
    sa.PrimaryKeyConstraint('article_id', 'person_id', name=op.f('pk_article_authors'))
    )
    op.create_table('article_media',
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('credit', sa.Text(), nullable=False),
    sa.Column('alt', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_media_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sha256'], ['media.sha256'], name=op.f('fk_article_media_sha256_media')),
    sa.PrimaryKeyConstraint('article_id', 'sha256', name=op.f('pk_article_media'))
    )
    op.create_table('comments',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_comments_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['author_id'], ['people.id'], name=op.f('fk_comments_author_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comments'))
    )
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_index('ix_comments_article_created', ['article_id', 'created_at'], unique=False)

    op.create_table('revisions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('snapshot', editor_app.store.types.JSONText(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_revisions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['author_id'], ['people.id'], name=op.f('fk_revisions_author_id_people')),
    sa.ForeignKeyConstraint(['parent_id'], ['revisions.id'], name=op.f('fk_revisions_parent_id_revisions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revisions')),
    sa.UniqueConstraint('article_id', 'number', name=op.f('uq_revisions_article_id'))
    )
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.create_index('ix_revisions_article_number', ['article_id', 'number'], unique=False)

    op.create_table('transitions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['people.id'], name=op.f('fk_transitions_actor_id_people')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_transitions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transitions'))
    )
    with op.batch_alter_table('transitions', schema=None) as batch_op:
        batch_op.create_index('ix_transitions_article_at', ['article_id', 'at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('transitions', schema=None) as batch_op:
        batch_op.drop_index('ix_transitions_article_at')

    op.drop_table('transitions')
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.drop_index('ix_revisions_article_number')

    op.drop_table('revisions')
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index('ix_comments_article_created')

    op.drop_table('comments')
    op.drop_table('article_media')
    op.drop_table('article_authors')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index('ix_articles_updated')
        batch_op.drop_index('ix_articles_status_updated')
        batch_op.drop_index('ix_articles_category_status_updated')
        batch_op.drop_index('ix_articles_author_updated')

    op.drop_table('articles')
    op.drop_table('people')
    op.drop_table('media')
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_categories_parent_id'))

    op.drop_table('categories')
