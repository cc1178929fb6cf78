import pytest

from editor_app.render.guard import MAX_SOURCE_CHARS, RenderGuard


@pytest.fixture
def guard():
    g = RenderGuard(timeout=3.0)
    yield g
    g.close()


def test_normal_render(guard):
    out = guard.render("# Tiêu đề\n\nĐoạn văn.")
    assert out.ok
    assert "<h1" in out.html
    assert "Đoạn văn." in out.html


def test_twenty_thousand_brackets_time_out_and_the_worker_recovers(guard):
    out = guard.render("[" * 20_000)
    assert not out.ok
    assert "longer than" in out.error  # it gave up at the timeout, not at the end
    assert guard.restarts == 1
    after = guard.render("Bài tiếp theo **vẫn** hiển thị.")
    assert after.ok
    assert "<strong>vẫn</strong>" in after.html


def test_a_500_deep_nested_list_renders_in_the_worker(guard):
    # In-process Python-Markdown raises RecursionError here; the worker runs with a
    # higher limit (and would report "nesting too deep" rather than crash).
    nested = "".join("    " * i + "- mục\n" for i in range(500))
    out = guard.render(nested, timeout=20)
    assert out.ok, out.error
    assert out.html.count("<ul>") == 500
    assert guard.restarts == 0
    assert guard.render("Vẫn chạy.").ok


def test_oversized_source_is_refused_without_rendering(guard):
    out = guard.render("a" * (MAX_SOURCE_CHARS + 1))
    assert not out.ok
    assert "too long" in out.error
    assert guard.restarts == 0


def test_a_killed_worker_is_replaced(guard):
    assert guard.render("một").ok
    guard._proc.kill()
    guard._proc.join()
    assert guard.render("hai").ok
