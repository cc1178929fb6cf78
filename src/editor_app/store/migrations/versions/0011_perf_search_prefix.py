"""Search as you type (issue 19): the SQLite full-text index gets prefix indexes.

The FTS5 table is made again with ``prefix = '1 2 3'`` and filled from the old one
(its text is already folded: no article is read or indexed again). PostgreSQL and
other engines keep their index as it is.

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


def _remake(prefix: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    found = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE name = 'article_search'").scalar()
    if found is None or ("prefix" in found) == bool(prefix):  # none: not a SQLite FTS5 store
        return  # already the shape wanted (a store made since 0002 took it from create())
    extra = f", prefix = '{prefix}'" if prefix else ""
    bind.exec_driver_sql(
        f"CREATE VIRTUAL TABLE article_search_new USING fts5({_COLUMNS}, {_TOKENIZE}{extra})")
    bind.exec_driver_sql(f"INSERT INTO article_search_new (rowid, {_COLUMNS}) "
                         f"SELECT rowid, {_COLUMNS} FROM article_search")
    bind.exec_driver_sql("DROP TABLE article_search")
    bind.exec_driver_sql("ALTER TABLE article_search_new RENAME TO article_search")
    bind.exec_driver_sql("INSERT INTO article_search (article_search) VALUES ('optimize')")


def upgrade() -> None:
    _remake("1 2 3")


def downgrade() -> None:
    _remake("")
