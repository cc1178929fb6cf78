"""Offline sync (issue 13): change log, receipts, outbox, merge parents, conflict heads.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

import editor_app.store.types

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('object_id', sa.String(length=64), nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=True),
    sa.Column('at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_log'))
    )
    with op.batch_alter_table('sync_log', schema=None) as batch_op:
        batch_op.create_index('ix_sync_log_article_seq', ['article_id', 'seq'], unique=False)
    op.create_table('sync_receipts',
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.Column('answer', editor_app.store.types.JSONText(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['people.id'], name=op.f('fk_sync_receipts_actor_id_people')),
    sa.PrimaryKeyConstraint('change_id', name=op.f('pk_sync_receipts'))
    )
    op.create_table('sync_outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.String(length=36), nullable=False),
    sa.Column('payload', editor_app.store.types.JSONText(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', editor_app.store.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_outbox')),
    sa.UniqueConstraint('change_id', name=op.f('uq_sync_outbox_change_id'))
    )
    op.create_table('sync_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=8), nullable=False),
    sa.Column('cursor', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_state'))
    )
    # Columns added in place, not in batch mode: rebuilding articles or revisions in
    # SQLite would drop the four-eyes triggers of 0003.
    op.add_column('articles', sa.Column('conflict_revision_id', sa.String(length=36),
                                        nullable=True))
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE revisions ADD COLUMN merge_parent_id VARCHAR(36) '
                   'REFERENCES revisions (id)')
    else:
        op.add_column('revisions', sa.Column('merge_parent_id', sa.String(length=36),
                                             nullable=True))
        op.create_foreign_key(op.f('fk_revisions_merge_parent_id_revisions'), 'revisions',
                              'revisions', ['merge_parent_id'], ['id'])


# 0003's trigger on revisions, made again after SQLite rebuilds the table.
_REVISIONS_TRIGGER = (
    "CREATE TRIGGER four_eyes_revisions_insert BEFORE INSERT ON revisions FOR EACH ROW "
    "WHEN EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id "
    "AND approved_by_id = NEW.author_id) "
    "BEGIN SELECT RAISE(ABORT, 'four eyes: the approver wrote or co-wrote this article'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        # A column with a foreign key cannot be dropped in place: the table is rebuilt,
        # with the old rename rules so the triggers on articles keep pointing at it.
        op.execute('PRAGMA legacy_alter_table = ON')
        with op.batch_alter_table('revisions', schema=None) as batch_op:
            batch_op.drop_column('merge_parent_id')
        op.execute('PRAGMA legacy_alter_table = OFF')
        op.execute('DROP TRIGGER IF EXISTS four_eyes_revisions_insert')
        op.execute(_REVISIONS_TRIGGER)
    else:
        op.drop_constraint(op.f('fk_revisions_merge_parent_id_revisions'), 'revisions',
                           type_='foreignkey')
        op.drop_column('revisions', 'merge_parent_id')
    op.drop_column('articles', 'conflict_revision_id')
    op.drop_table('sync_state')
    op.drop_table('sync_outbox')
    op.drop_table('sync_receipts')
    with op.batch_alter_table('sync_log', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_log_article_seq')
    op.drop_table('sync_log')
