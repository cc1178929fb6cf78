"""Bring a store to the current schema, through Alembic, at start-up.

Alembic is imported only when the store is behind: the common start, on a
store already at head, costs one small query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from editor_app import resources
from editor_app.store.engine import WRITE_OPTION

if TYPE_CHECKING:
    from collections.abc import Callable

HEAD = "0013"
MIGRATIONS = resources.migrations()


def _config():  # noqa: ANN202 - alembic is imported lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script_head() -> str:
    """The head revision Alembic sees in the migration scripts (for tests)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(
    engine: Engine, target: str = "head", before: Callable[[str | None], None] | None = None
) -> bool:
    """Migrate to *target*; call *before(current)* first (a backup). True if it migrated."""
    current = current_revision(engine)
    if target == "head" and current == HEAD:
        return False
    if before is not None:
        before(current)
    from alembic import command

    cfg = _config()
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return True
