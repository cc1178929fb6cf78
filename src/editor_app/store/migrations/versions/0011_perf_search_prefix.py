"""Search as you type (issue 19): prefix indexes, and the headlines in an index of their own.

SQLite only. The FTS5 table is made again with ``prefix = '1 2 3 4 5 6'`` and filled from
the old one (its text is already folded: no article is read or indexed again), and
``article_titles`` takes the headline column of it. PostgreSQL keeps its tsvectors.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_COLUMNS = "title, summary, body, meta"
_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 0'"
_PREFIX = "1 2 3 4 5 6"


def _sql_of(name: str) -> str | None:
    return op.get_bind().exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE name = ?", (name,)).scalar()


def _remake(prefix: str) -> None:
    found = _sql_of("article_search")
    if found is None or ("prefix" in found) == bool(prefix):
        return  # already the shape wanted (a store made since 0002 took it from create())
    bind = op.get_bind()
    extra = f", prefix = '{prefix}'" if prefix else ""
    bind.exec_driver_sql(
        f"CREATE VIRTUAL TABLE article_search_new USING fts5({_COLUMNS}, {_TOKENIZE}{extra})")
    bind.exec_driver_sql(f"INSERT INTO article_search_new (rowid, {_COLUMNS}) "
                         f"SELECT rowid, {_COLUMNS} FROM article_search")
    bind.exec_driver_sql("DROP TABLE article_search")
    bind.exec_driver_sql("ALTER TABLE article_search_new RENAME TO article_search")
    bind.exec_driver_sql("INSERT INTO article_search (article_search) VALUES ('optimize')")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _remake(_PREFIX)
    if _sql_of("article_titles") is None:
        bind = op.get_bind()
        bind.exec_driver_sql(f"CREATE VIRTUAL TABLE article_titles USING fts5("
                             f"title, {_TOKENIZE}, prefix = '{_PREFIX}')")
        bind.exec_driver_sql("INSERT INTO article_titles (rowid, title) "
                             "SELECT rowid, title FROM article_search")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.get_bind().exec_driver_sql("DROP TABLE IF EXISTS article_titles")
    _remake("")
