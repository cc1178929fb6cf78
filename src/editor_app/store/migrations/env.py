"""Alembic environment: run from Python at start-up, with a connection we pass in."""

from alembic import context

from editor_app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _render_as_batch(connection) -> bool:
    return connection.dialect.name == "sqlite"


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=_render_as_batch(connection),
        # The FTS5 virtual table and its shadow tables are not in the models.
        include_name=lambda name, type_, parent: not (
            type_ == "table" and name and name.startswith("article_search")
        ),
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
