"""The window's parts, built once around one session context (see gui/session/context.py).

Each part is named for what it does and listens to the context; none calls another
to refresh it. This object only holds them, so tests and start-up can reach each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor_app.gui.errors import ErrorReporter
from editor_app.gui.session.administration import Administration
from editor_app.gui.session.context import SessionContext
from editor_app.gui.session.editing import Editing
from editor_app.gui.session.formatting import Formatting
from editor_app.gui.session.house_style import HouseStyleDesk
from editor_app.gui.session.lifecycle import Lifecycle
from editor_app.gui.session.pasting import PastedImages
from editor_app.gui.session.permissions import Permissions
from editor_app.gui.session.portal import PortalIdentity
from editor_app.gui.session.printing import Printing
from editor_app.gui.session.publish import Publish
from editor_app.gui.session.recent import RecentArticles
from editor_app.gui.session.return_notice import ReturnNotice
from editor_app.gui.session.review_side import ReviewSide
from editor_app.gui.session.rich_mode import RichMode
from editor_app.gui.session.spelling import SpellingDesk
from editor_app.gui.session.startup import Startup
from editor_app.gui.session.sync_desk import SyncDesk
from editor_app.gui.session.sync_notices import SyncNotices
from editor_app.gui.session.transfer import Transfer
from editor_app.gui.session.workflow import Workflow

if TYPE_CHECKING:
    from pathlib import Path

    from editor_app.domain.entities import Person
    from editor_app.gui.application import Appearance
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.autosave import AutosaveSession
    from editor_app.gui.settings import SettingsStore
    from editor_app.gui.tasks import Tasks
    from editor_app.services import Services


class WindowParts(QObject):
    def __init__(self, window: MainWindow, tasks: Tasks, settings: SettingsStore,
                 appearance: Appearance, cache_dir: Path, log_file: Path | None = None) -> None:
        super().__init__(window)
        self.errors = ErrorReporter(log_file, window)
        tasks.on_failure = self.errors.report
        self.context = SessionContext(tasks, self)
        self.permissions = Permissions(window, self.context)
        self.editing = Editing(window, self.context, settings)
        self.autosave: AutosaveSession = self.editing.autosave
        self.formatting = Formatting(window, self.context, self.autosave)
        self.house_style = HouseStyleDesk(window, self.context)
        self.startup = Startup(window, self.context, settings, self.autosave)
        self.workflow = Workflow(window, self.context, self.autosave, appearance)
        self.review = ReviewSide(window, self.context, self.autosave, appearance, cache_dir)
        self.transfer = Transfer(window, self.context, self.editing)
        self.administration = Administration(window, self.context)
        self.portal = PortalIdentity(window, self.context)
        self.publish = Publish(window, self.context, self.autosave)
        self.return_notice = ReturnNotice(window, self.context)
        self.sync_notices = SyncNotices(window, self.context, self.autosave)
        self.recent = RecentArticles(window, self.context, settings, self.editing)
        self.printing = Printing(window, self.context, self.review,
                                 settings.preferences.preview_engine)
        self.lifecycle = Lifecycle(window, tasks, settings, appearance, self.editing, log_file)
        # After Lifecycle: its Settings dialog has closed when RichMode reads the choice.
        self.rich_mode = RichMode(window, self.context, settings)
        self.pasted_images = PastedImages(window, self.context)
        self.spelling = SpellingDesk(window, self.context, settings)
        self.spelling.marks.defer_to = lambda p: self.house_style.marks.at(p) is not None
        self.spelling.rich_marks.defer_to = \
            lambda p: self.house_style.rich_marks.at(p) is not None
        # The newsroom server: connect, sync in the background, what arrives.
        self.sync = SyncDesk(window, self.context, self.autosave, self.editing, self.review)
        window.list_panel.bind(self.context)

    def attach(self, services: Services, *, read_only: bool = False) -> None:
        self.startup.attach(services, read_only=read_only)

    def open_article(self, article_id: str) -> None:
        self.editing.open_article(article_id)

    @property
    def person(self) -> Person | None:
        return self.context.person
