"""People who sign in, an audit log for people and categories, retired categories,
and the indexed search of a PostgreSQL store.

- ``credentials``: argon2id password hashes, one per person, apart from ``people``.
- ``sign_in_failures``: failed sign-ins per login, so the backoff survives a restart.
- ``audit_log``: who added, renamed, moved, retired, disabled… whom or what, and when.
- ``categories.retired_at``: a retired category keeps its articles.
- PostgreSQL only: ``article_search`` becomes two ``tsvector``s (headline, whole
  article) with GIN indexes (it was plain text scanned with LIKE), rebuilt
  from the articles.

Independent of 0003 (revision rules); the merge re-chains ``down_revision``.

Revision ID: 0004
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types
from editor_app.store import search_index

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('credentials',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('password_hash', sa.String(length=512), nullable=False),
    sa.Column('changed_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_credentials_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('person_id', name=op.f('pk_credentials'))
    )
    op.create_table('sign_in_failures',
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('blocked_until', editor_app.store.types.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('login', name=op.f('pk_sign_in_failures'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('subject_kind', sa.String(length=16), nullable=False),
    sa.Column('subject_id', sa.String(length=36), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['people.id'], name=op.f('fk_audit_log_actor_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_subject', ['subject_kind', 'subject_id', 'at'], unique=False)
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retired_at', editor_app.store.types.UTCDateTime(), nullable=True))

    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        search_index.drop(bind)
        search_index.create(bind)
        search_index.rebuild(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        search_index.drop(bind)
        bind.exec_driver_sql(
            "CREATE TABLE article_search (pk INTEGER PRIMARY KEY, title TEXT NOT NULL, "
            "summary TEXT NOT NULL, body TEXT NOT NULL, meta TEXT NOT NULL)")
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.drop_column('retired_at')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_subject')
    op.drop_table('audit_log')
    op.drop_table('sign_in_failures')
    op.drop_table('credentials')
