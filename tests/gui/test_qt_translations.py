"""Qt's own widgets speak the UI language too: standard buttons, context menus."""

from PySide6.QtWidgets import QMessageBox

from editor_app.gui.application import Appearance

Button = QMessageBox.StandardButton


def buttons(parent=None):
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      Button.Yes | Button.No | Button.Cancel, parent)
    texts = [box.button(b).text() for b in (Button.Yes, Button.No, Button.Cancel)]
    box.deleteLater()
    return texts


def test_message_box_buttons_follow_the_ui_language(qapp):
    appearance = Appearance(qapp)
    try:
        appearance.set_language("vi")
        assert buttons() == ["&Có", "&Không", "Hủy"]
        appearance.set_language("en")
        assert buttons() == ["&Yes", "&No", "Cancel"]
    finally:
        appearance.set_language("en")
