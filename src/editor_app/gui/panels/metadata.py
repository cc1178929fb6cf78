"""Everything about an article that is not its body."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain.text import nfc, slugify

if TYPE_CHECKING:
    from editor_app.domain.entities import Article, ArticleFields, Category, Person

SUMMARY_SOFT_LIMIT = 300  # the portal shows about this much sapo before it wraps badly
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.gif *.webp)"


class ImageDrop(QLabel):
    """A thumbnail that also accepts an image file dropped on it."""

    dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(160, 90))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QLabel.Shape.StyledPanel)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.dropped.emit(urls[0].toLocalFile())


class MetadataPanel(QScrollArea):
    changed = Signal()
    image_chosen = Signal(str)  # a file path; the window stores it through the services

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("metadata_panel")
        body = QWidget(self)
        self.form = QFormLayout(body)
        self.title = QLineEdit(body)
        self.title.setObjectName("title")
        self.subtitle = QLineEdit(body)
        self.summary = QPlainTextEdit(body)
        self.summary.setObjectName("summary")
        self.summary.setFixedHeight(90)
        self.summary_count = QLabel(body)
        self.category = QComboBox(body)
        self.category.setObjectName("category")
        self.tags = QLineEdit(body)
        self.byline = QLineEdit(body)
        self.department = QLineEdit(body)
        self.authors = QListWidget(body)
        self.authors.setFixedHeight(90)
        self.source = QLineEdit(body)
        self.dateline = QLineEdit(body)
        self.slug = QLineEdit(body)
        self.slug.setObjectName("slug")
        self.image = ImageDrop(body)
        self.pick_image = QPushButton(body)
        self.clear_image = QPushButton(body)
        self.caption = QLineEdit(body)
        self.credit = QLineEdit(body)
        self.alt = QLineEdit(body)
        self.featured_sha256 = ""
        image_buttons = QHBoxLayout()
        image_buttons.addWidget(self.pick_image)
        image_buttons.addWidget(self.clear_image)
        image_box = QVBoxLayout()
        image_box.addWidget(self.image)
        image_box.addLayout(image_buttons)
        self.labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget | QVBoxLayout]] = [
            ("title", self.title), ("subtitle", self.subtitle), ("summary", self.summary),
            ("", self.summary_count), ("category", self.category), ("tags", self.tags),
            ("byline", self.byline), ("department", self.department), ("authors", self.authors),
            ("source", self.source), ("dateline", self.dateline), ("image", image_box),
            ("caption", self.caption), ("credit", self.credit), ("alt", self.alt),
            ("slug", self.slug),
        ]
        for key, widget in rows:
            label = QLabel(body)
            self.labels[key] = label
            if isinstance(widget, QVBoxLayout):
                self.form.addRow(label, widget)
            else:
                self.form.addRow(label, widget)
        self.setWidget(body)
        self._loading = False
        self._slug_touched = False
        for edit in (self.title, self.subtitle, self.tags, self.byline, self.department,
                     self.source, self.dateline, self.caption, self.credit, self.alt):
            edit.textEdited.connect(self._edited)
        self.slug.textEdited.connect(self._slug_edited)
        self.summary.textChanged.connect(self._summary_changed)
        self.category.currentIndexChanged.connect(self._edited)
        self.authors.itemChanged.connect(self._edited)
        self.title.textEdited.connect(self._title_edited)
        self.pick_image.clicked.connect(self._pick_image)
        self.clear_image.clicked.connect(self._clear_image)
        self.image.dropped.connect(self.image_chosen)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "title": self.tr("Headline"), "subtitle": self.tr("Subtitle"),
            "summary": self.tr("Summary (sapo)"), "": "", "category": self.tr("Category"),
            "tags": self.tr("Tags"), "byline": self.tr("Byline"),
            "department": self.tr("Department"), "authors": self.tr("Authors"),
            "source": self.tr("Source (Nguồn)"), "dateline": self.tr("Dateline"),
            "image": self.tr("Featured image"), "caption": self.tr("Caption"),
            "credit": self.tr("Photo credit"), "alt": self.tr("Alt text"), "slug": self.tr("Slug"),
        }
        for key, label in self.labels.items():
            label.setText(names[key])
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.pick_image.setText(self.tr("Choose…"))
        self.clear_image.setText(self.tr("Remove"))
        if not self.featured_sha256:
            self.image.setText(self.tr("Drop an image here"))
        self._summary_changed(emit=False)

    # -- loading and reading ---------------------------------------------------
    def set_choices(self, categories: list[Category], people: list[Person]) -> None:
        self._loading = True
        self.category.clear()
        self.category.addItem("—", "")
        for c in categories:
            self.category.addItem(c.path, c.id)
        self.authors.clear()
        for p in people:
            item = QListWidgetItem(f"{p.name} ({p.login})", self.authors)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._loading = False

    def load(self, a: Article, thumbnail: bytes | None = None) -> None:
        self._loading = True
        self.title.setText(a.title)
        self.subtitle.setText(a.subtitle)
        self.summary.setPlainText(a.summary)
        self.category.setCurrentIndex(max(0, self.category.findData(a.category_id or "")))
        self.tags.setText(", ".join(a.tags))
        self.byline.setText(a.byline)
        self.department.setText(a.department)
        ids = {p.id for p in a.authors}
        for i in range(self.authors.count()):
            item = self.authors.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.source.setText(a.source)
        self.dateline.setText(a.dateline)
        self.slug.setText(a.slug)
        self._slug_touched = a.slug != slugify(a.title)
        f = a.featured
        self.set_image(f.sha256 if f else "", thumbnail)
        self.caption.setText(f.caption if f else "")
        self.credit.setText(f.credit if f else "")
        self.alt.setText(f.alt if f else "")
        for edit in (self.title, self.subtitle, self.slug, self.byline):
            edit.setCursorPosition(0)  # show the start of a long headline, not its end
        self._loading = False
        self._summary_changed(emit=False)

    def clear(self) -> None:
        self._loading = True
        for w in (self.title, self.subtitle, self.tags, self.byline, self.department,
                  self.source, self.dateline, self.slug, self.caption, self.credit, self.alt):
            w.clear()
        self.summary.clear()
        self.category.setCurrentIndex(0)
        self.set_image("", None)
        self._loading = False

    def set_image(self, sha256: str, data: bytes | None) -> None:
        self.featured_sha256 = sha256
        if sha256 and data:
            pix = QPixmap()
            pix.loadFromData(data)
            self.image.setPixmap(pix.scaled(QSize(240, 135), Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))
        else:
            self.image.setPixmap(QPixmap())
            self.image.setText(self.tr("Drop an image here"))

    def fields(self) -> ArticleFields:
        # Imported here: the entities' dataclasses are not needed to paint the window.
        from editor_app.domain.entities import ArticleFields

        authors = tuple(
            self.authors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.authors.count())
            if self.authors.item(i).checkState() == Qt.CheckState.Checked
        )
        return ArticleFields(
            title=nfc(self.title.text()), subtitle=nfc(self.subtitle.text()),
            summary=nfc(self.summary.toPlainText()),
            category_id=self.category.currentData() or "",
            tags=tuple(t.strip() for t in nfc(self.tags.text()).split(",") if t.strip()),
            byline=nfc(self.byline.text()), department=nfc(self.department.text()),
            author_ids=authors or None, source=nfc(self.source.text()),
            dateline=nfc(self.dateline.text()), slug=self.slug.text().strip() or None,
            featured_sha256=self.featured_sha256, featured_caption=nfc(self.caption.text()),
            featured_credit=nfc(self.credit.text()), featured_alt=nfc(self.alt.text()),
        )

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.title, self.subtitle, self.tags, self.byline, self.department,
                  self.source, self.dateline, self.slug, self.caption, self.credit, self.alt):
            w.setReadOnly(read_only)
        self.summary.setReadOnly(read_only)
        for widget in (self.category, self.authors, self.pick_image, self.clear_image):
            widget.setEnabled(not read_only)
        self.image.setAcceptDrops(not read_only)

    def focus_field(self, field: str) -> None:
        """Put the cursor in the field a checklist item names (title, summary, …)."""
        widgets = {"title": self.title, "subtitle": self.subtitle, "summary": self.summary,
                   "category": self.category, "byline": self.byline, "source": self.source,
                   "image": self.caption}
        target = widgets.get(field)
        if target is not None:
            QTimer.singleShot(0, target.setFocus)

    # -- reactions -------------------------------------------------------------
    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _title_edited(self, text: str) -> None:
        if not self._slug_touched:
            self.slug.setText(slugify(text))

    def _slug_edited(self, text: str) -> None:
        self._slug_touched = bool(text)
        self._edited()

    def _summary_changed(self, emit: bool = True) -> None:
        n = len(self.summary.toPlainText())
        over = n > SUMMARY_SOFT_LIMIT
        self.summary_count.setText(self.tr("%1 / %2 characters").replace("%1", str(n))
                                   .replace("%2", str(SUMMARY_SOFT_LIMIT)))
        self.summary_count.setStyleSheet("color: #b3171d; font-weight: bold;" if over else "")
        if emit and not self._loading:
            self.changed.emit()

    def _pick_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Featured image"), "", IMAGE_FILTER)
        if path:
            self.image_chosen.emit(path)

    def _clear_image(self) -> None:
        self.set_image("", None)
        self.caption.clear()
        self.credit.clear()
        self.alt.clear()
        self._edited()
