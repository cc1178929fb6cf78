"""Four eyes in the database: nobody who wrote an article approves it.

The CHECK ``not_self_approved`` only sees the owner. These triggers refuse an
approver who is the owner, a listed author or the writer of any revision of
the article, from whichever side the change comes: setting the approver, listing
the approver as an author, or the approver writing a revision while the approval
stands. The services refuse the same first, with a message a person understands.
Approvals already in the store are left as they are.

A later migration that rebuilds one of these tables in SQLite batch mode drops
its triggers: it must create them again (tests/store/test_four_eyes.py checks
they exist at head).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

MESSAGE = "four eyes: the approver wrote or co-wrote this article"

# Is NEW.approved_by_id (on articles) someone who wrote the article?
_APPROVER_WROTE = """NEW.approved_by_id IS NOT NULL AND (
    NEW.approved_by_id = NEW.author_id
    OR EXISTS (SELECT 1 FROM article_authors
               WHERE article_id = NEW.id AND person_id = NEW.approved_by_id)
    OR EXISTS (SELECT 1 FROM revisions
               WHERE article_id = NEW.id AND author_id = NEW.approved_by_id))"""
# Does a new author / revision writer ({who}) approve the article it joins?
_WRITER_APPROVED = """EXISTS (SELECT 1 FROM articles
    WHERE id = NEW.article_id AND approved_by_id = NEW.{who})"""

# (name, table, event, condition)
_TRIGGERS = (
    ("four_eyes_articles_insert", "articles", "INSERT", _APPROVER_WROTE),
    ("four_eyes_articles_update", "articles", "UPDATE OF approved_by_id, author_id",
     _APPROVER_WROTE),
    ("four_eyes_authors_insert", "article_authors", "INSERT",
     _WRITER_APPROVED.format(who="person_id")),
    ("four_eyes_authors_update", "article_authors", "UPDATE OF person_id",
     _WRITER_APPROVED.format(who="person_id")),
    ("four_eyes_revisions_insert", "revisions", "INSERT",
     _WRITER_APPROVED.format(who="author_id")),
)


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    for name, table, event, condition in _TRIGGERS:
        if dialect == "sqlite":
            bind.exec_driver_sql(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW "
                f"WHEN {condition} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
        elif dialect == "postgresql":
            bind.exec_driver_sql(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF {condition} THEN RAISE EXCEPTION '{MESSAGE}' "
                "USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$"
            )
            bind.exec_driver_sql(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {name}()"
            )
        # Other engines: the services' check is the only one (none is supported today).


def downgrade() -> None:
    bind = op.get_bind()
    for name, table, _event, _condition in reversed(_TRIGGERS):
        if bind.dialect.name == "sqlite":
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        elif bind.dialect.name == "postgresql":
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")
