import unicodedata
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from editor_app.domain.checklist import Level, blocking, check
from editor_app.domain.entities import Article, MediaRef, PersonRef
from editor_app.domain.legacy import from_tcvn3, legacy_encoding
from editor_app.domain.workflow import Status


@pytest.mark.parametrize(("legacy", "unicode_text"), [
    ("Hµ Néi lµ thñ ®« cña ViÖt Nam", "Hà Nội là thủ đô của Việt Nam"),
    ("UBND tØnh tæ chøc héi nghÞ tæng kÕt c«ng t¸c n¨m",
     "UBND tỉnh tổ chức hội nghị tổng kết công tác năm"),
    ("§¶ng bé x· häc tËp nghÞ quyÕt", "Đảng bộ xã học tập nghị quyết"),
])
def test_tcvn3_is_detected_and_converted(legacy, unicode_text):
    assert legacy_encoding(legacy) == "TCVN3"
    assert from_tcvn3(legacy) == unicode_text


def test_vni_is_detected():
    assert legacy_encoding("Haø Noäi laø thuû ñoâ cuûa Vieät Nam") == "VNI"


@pytest.mark.parametrize("text", [
    "Hà Nội là thủ đô của Việt Nam", "Giá 1.200 đồng © 2026 · «trích dẫn» — ½ suất",
    "Café và thể thao", "",
])
def test_unicode_vietnamese_is_not_flagged(text):
    assert legacy_encoding(text) is None


def article(**kw):
    base = dict(id="a", title="Tít bài", subtitle="", summary="Sapo.", body="Thân bài.\n",
                slug="tit-bai", status=Status.DRAFT, category_id="c", category_name="Thời sự",
                category_path="Thời sự", tags=(), author_id="p",
                authors=(PersonRef("p", "an", "An"),), byline="An", department="", source="",
                dateline="", version=1, revision_id="r", created_at=datetime.now(UTC),
                updated_at=datetime.now(UTC))
    base.update(kw)
    return Article(**base)


def fields_of(items):
    return {(i.level, i.field) for i in items}


def test_a_complete_article_passes():
    assert check(article()) == []


def test_missing_summary_blocks():
    items = check(article(summary=""))
    assert (Level.ERROR, "summary") in fields_of(items)
    assert blocking(items)
    assert "sapo" in items[0].message.lower()


def flawed():
    """An article that breaks a rule of each kind."""
    return article(title="x" * 120, category_id=None, byline="", authors=(),
                   summary="Hµ Néi lµ thñ ®«", body=unicodedata.normalize("NFD", "Hội nghị") +
                   " [a](javascript:x) [b]() ![c](anh.png) [ok](https://example.vn/a)\n",
                   featured=MediaRef("f" * 64, "image/png", "png", 1, 1, 1, "", "", ""))


def test_each_rule():
    a = flawed()
    items = check(a, lang="en")
    got = fields_of(items)
    assert (Level.WARNING, "title") in got
    assert (Level.ERROR, "category") in got
    assert (Level.ERROR, "byline") in got
    assert (Level.ERROR, "summary") in got  # TCVN3
    assert (Level.ERROR, "body") in got  # not NFC
    assert (Level.WARNING, "image") in got
    broken = [i for i in items if "Broken" in i.message]
    assert len(broken) == 3
    assert all(i.position >= 0 for i in broken)
    assert check(replace(a, title="x" * 200), lang="en")[0].level is Level.ERROR


def test_the_checklist_speaks_the_ui_language_from_the_catalogue():
    vi, en = check(flawed(), lang="vi"), check(flawed(), lang="en")
    assert [(i.level, i.field) for i in vi] == [(i.level, i.field) for i in en]
    assert [i for i in vi + en if i.message.startswith("checklist.")] == []  # no key unfound
    assert all(v.message != e.message for v, e in zip(vi, en, strict=True))
    said = [i.message for i in vi]
    assert "Tít dài 120 ký tự; cổng hiển thị tốt nhất dưới 100." in said
    assert "Đường dẫn ảnh hỏng: “anh.png”." in said
    assert "Đường dẫn liên kết hỏng: “(trống)”." in said
    assert "Broken link address: “(empty)”." in [i.message for i in en]
