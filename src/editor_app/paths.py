"""Where things live. Every location can be redirected (tests, portable installs)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "editor-app"
ENV_DATA_DIR = "EDITOR_APP_DATA_DIR"
ENV_DATABASE = "EDITOR_APP_DATABASE_URL"
ENV_LOG_DIR = "EDITOR_APP_LOG_DIR"
LOG_FILE = "editor-app.log"
DB_FILE = "newsroom.sqlite3"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    database_url: str
    database_file: Path | None  # None when the store is not an embedded SQLite file
    log_dir: Path | None = None  # None: beside the data (logs/); resolve() fills it in

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def recovery_dir(self) -> Path:
        return self.data_dir / "recovery"

    @property
    def log_file(self) -> Path:
        """The rotating log: what went wrong, with tracebacks, for a person to send us."""
        return (self.log_dir or self.data_dir / "logs") / LOG_FILE

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "instance.lock"


def resolve(data_dir: str | os.PathLike[str] | None = None, database: str | None = None,
            log_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Command-line options first, then the environment, then platform defaults."""
    data = data_dir or os.environ.get(ENV_DATA_DIR)
    logs = log_dir or os.environ.get(ENV_LOG_DIR)
    if data:
        base = Path(data).expanduser().resolve()
        config = base / "config"
        log_path = base / "logs"  # a redirected data folder keeps its log with it
    else:
        import platformdirs

        base = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        log_path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    if logs:
        log_path = Path(logs).expanduser().resolve()
    url = database or os.environ.get(ENV_DATABASE)
    db_file = None
    if not url:
        db_file = base / DB_FILE
        url = f"sqlite:///{db_file}"
    elif url.startswith("sqlite:///") and "?" not in url:
        db_file = Path(url.removeprefix("sqlite:///"))
    return Paths(base, config, url, db_file, log_path)
