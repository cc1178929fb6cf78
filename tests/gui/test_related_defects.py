"""Related tab: hidden articles can be shown again; articles of other categories added."""

from PySide6.QtWidgets import QInputDialog


def test_related_add_from_another_category_hide_and_show_again(desk_factory, newsroom_dir,
                                                               qtbot, monkeypatch):
    desk = desk_factory(newsroom_dir, login="thanh.bt").start()
    w, me = desk.window, desk.controller.person
    s = desk.services
    target = next(a for a in s.drafting.summaries(status=["submitted", "in_review"])
                  if a.author_id != me.id)
    other = next(a for a in s.drafting.summaries(status="approved")
                 if a.category_name != target.category_name)
    desk.open(target.id)
    w.side.setCurrentWidget(w.related)
    desk.settle()
    panel = w.related
    assert panel.add_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (other.title, True)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda _p, _t, _l, labels, *a, **k: (next(x for x in labels if other.title in x),
                                             True)))
    panel.add_button.click()

    def titles():
        return [panel.list.item(i).text() for i in range(panel.list.count())]

    qtbot.waitUntil(lambda: any(other.title in t for t in titles()), timeout=10_000)
    desk.settle()
    assert s.related.choices(target.id)[0] == [other.id]
    # Hide it: it leaves the list but is listed as hidden ...
    row = next(i for i, t in enumerate(titles()) if other.title in t)
    panel.list.setCurrentRow(row)
    panel.hide_button.click()
    qtbot.waitUntil(lambda: panel.hidden_list.count() == 1, timeout=10_000)
    desk.settle()
    assert not any(other.title in t for t in titles())
    assert panel.hidden_list.isVisible()
    assert other.title in panel.hidden_list.item(0).text()
    # ... and comes back with "Show again".
    panel.hidden_list.setCurrentRow(0)
    panel.unhide_button.click()
    qtbot.waitUntil(lambda: panel.hidden_list.count() == 0, timeout=10_000)
    desk.settle()
    assert s.related.choices(target.id) == ([], [])
