"""Images in the window: shown in the preview at once, with caption and credit (issue 15)."""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog

from editor_app.domain.entities import ArticleFields
from editor_app.gui.session import workflow as workflow_module


def png(path, colour="#3070b0"):
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return str(path)


def open_own_draft(desk, **fields):
    art = desk.services.drafting.create(desk.controller.person,
                                        ArticleFields(title="Ảnh mới", **fields))
    desk.open(art.id)
    return art


def preview_loads(view, src: str) -> bool:
    """What the preview (QTextBrowser) gets for an image address: empty is a broken image."""
    data = view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
    return bool(data)


def test_a_body_image_asks_caption_and_credit_and_shows_in_the_preview(
        desk_factory, newsroom_dir, qtbot, monkeypatch, tmp_path):
    from editor_app.gui.dialogs.image_details import ImageDetailsDialog

    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    art = open_own_draft(desk)
    w.side.setCurrentWidget(w.preview)
    file = png(tmp_path / "cau-moi.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (file, "")))
    asked = []

    def fill(dlg):
        asked.append(dlg)
        dlg.caption.setText("Cây cầu mới bắc qua sông Lô")
        dlg.credit.setText("Ảnh: Nguyễn Văn An")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageDetailsDialog, "exec", fill)
    w.registry["image"].trigger()
    qtbot.waitUntil(lambda: "media/" in w.editor.toPlainText(), timeout=10_000)
    desk.settle()
    assert len(asked) == 1
    stored = desk.services.drafting.get(art.id)
    assert [(m.caption, m.credit) for m in stored.media] == [
        ("Cây cầu mới bắc qua sông Lô", "Ảnh: Nguyễn Văn An")]
    src = w.editor.toPlainText().split("](")[1].split(")")[0]
    qtbot.waitUntil(lambda: w.preview.view is not None and preview_loads(w.preview.view, src),
                    timeout=10_000)


def test_a_new_featured_image_shows_in_the_preview_at_once(desk_factory, newsroom_dir, qtbot,
                                                          tmp_path):
    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    open_own_draft(desk, summary="Sapo.")
    w.side.setCurrentWidget(w.preview)
    desk.settle()
    w.metadata.image_chosen.emit(png(tmp_path / "anh-dai-dien.png", "#b03030"))
    qtbot.waitUntil(lambda: bool(w.metadata.featured_sha256), timeout=10_000)
    sha = w.metadata.featured_sha256
    src = f"media/{sha}.png"

    def shown() -> bool:
        view = w.preview.view
        return view is not None and src in view.toHtml() and preview_loads(view, src)

    qtbot.waitUntil(shown, timeout=10_000)


def test_the_featured_image_warning_names_what_is_missing(desk_factory, newsroom_dir, qtbot,
                                                         tmp_path, monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    open_own_draft(desk, summary="Sapo.")
    w.metadata.image_chosen.emit(png(tmp_path / "anh.png"))
    qtbot.waitUntil(lambda: bool(w.metadata.featured_sha256), timeout=10_000)
    w.metadata.caption.setText("Lễ khánh thành cầu")
    w.metadata.caption.textEdited.emit("Lễ khánh thành cầu")
    shown = []

    class Capture:
        def __init__(self, items, *_a, **_k):
            shown.extend(i.message for i in items)
            self.jump = type("S", (), {"connect": lambda *_: None})()

        def exec(self):
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(workflow_module, "ChecklistDialog", Capture)
    w.registry["check"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    image_items = [m for m in shown if "featured image" in m]
    assert image_items == ["The featured image needs a credit (who took the photo)."]
