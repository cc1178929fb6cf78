"""Every page of a demo export passes the Nu HTML Checker, and works from the unpacked bundle.

The module exports the demo newsroom (and an article with figures and pins) twice,
without a base URL (ninjs 3.1) and with one (ninjs 1.6), unpacks every bundle into
a folder of its name, and runs the checker once over every page and body fragment.
"""

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.workflow import Status
from editor_app.paths import resolve
from editor_app.services.demo import fill_demo
from editor_app.services.exporting import ExportOptions
from tests.conftest import Cast
from tests.export import vnu
from tests.export.portal_fixtures import rich_article

BASE = "https://portal.example.vn"
# A page the checker must refuse: the <time> the app wrote before (microseconds).
BROKEN = ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head>'
          '<body><p><time datetime="2026-11-26T09:30:00.123456+07:00">hôm nay</time></p>'
          '</body></html>\n')


def unpack(bundles: list[Path], into: Path) -> list[Path]:
    folders = []
    for b in bundles:
        folder = into / b.stem
        with zipfile.ZipFile(b) as zf:
            zf.extractall(folder)
        folders.append(folder)
    return folders


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    room = open_newsroom(resolve(root / "data"))
    try:
        fill_demo(room.services, per_seed=2)
        # The demo names its portal with an address; the "plain" export is the one of a
        # newsroom that set none, whose links must work from the unpacked bundles.
        room.services.portal.set(None, base_url="")
        cast = Cast(room)
        art, _ = rich_article(room, cast)
        ids = [a.id for a in room.services.drafting.summaries(
            status=[Status.APPROVED.value, Status.EXPORTED.value])]
        out = {}
        for name, options in (("plain", ExportOptions()),
                              ("portal", ExportOptions(profile="1.6", base_url=BASE))):
            report = room.services.exporting.export_many(cast.staff, root / "zips" / name, ids,
                                                         options=options)
            assert not report.failed, report.failed
            out[name] = unpack([r.path for r in report.written], root / name)
        broken = root / "broken.html"
        broken.write_text(BROKEN, encoding="utf-8")
        pages = [f / "index.html" for folders in out.values() for f in folders]
        fragments = [vnu.fragment_page((f / "body.html").read_text("utf-8"),
                                       f / "body-check.html")
                     for folders in out.values() for f in folders]
        errors = vnu.check([*pages, *fragments, broken])
        yield {"folders": out, "pages": pages, "fragments": fragments, "errors": errors,
               "broken": broken, "rich": art}
    finally:
        room.close()


def test_the_checker_is_really_checking(site):
    assert any("datetime" in e for e in site["errors"][site["broken"].resolve()])


def test_every_exported_page_passes_the_nu_html_checker(site):
    assert len(site["pages"]) >= 10
    bad = {str(p): site["errors"][p.resolve()] for p in site["pages"]
           if site["errors"][p.resolve()]}
    assert bad == {}


def test_every_body_fragment_passes_too(site):
    bad = {str(p): site["errors"][p.resolve()] for p in site["fragments"]
           if site["errors"][p.resolve()]}
    assert bad == {}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        self.urls += [a[k] for k in ("href", "src") if a.get(k)]


def links(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text("utf-8"))
    return parser


def test_links_and_images_work_from_the_unpacked_bundle(site):
    checked = 0
    for folder in site["folders"]["plain"]:
        for url in links(folder / "index.html").urls:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            assert not url.startswith("/"), f"{folder.name}: root-relative {url}"
            assert (folder / parts.path).resolve().is_file(), f"{folder.name}: {url}"
            checked += 1
    assert checked > 20  # images and related articles, not nothing


def test_with_a_base_url_links_lead_to_the_portal(site):
    related = 0
    for folder in site["folders"]["portal"]:
        for url in links(folder / "index.html").urls:
            if url.startswith("media/"):
                assert (folder / url).is_file()  # the images are in the bundle
                continue
            assert url.startswith((BASE + "/", "https://example.vn/")), url
            # An article's page: under its section's path, or /tin-tuc/ without one.
            related += url.endswith(".html") or "/tin-tuc/" in url
    assert related > 0


def test_inline_images_are_figures_with_caption_credit_and_size(site):
    folder = next(f for f in site["folders"]["plain"] if f.name.startswith("nganh-y-te"))
    page = (folder / "index.html").read_text("utf-8")
    assert re.search(r'<figure class="inline"><img src="media/[0-9a-f]{64}\.png" '
                     r'alt="Toà nhà hai tầng màu trắng" width="12" height="8">'
                     r'<figcaption>Trạm y tế mới <span class="credit">\(Ảnh: Lê Hà\)</span>'
                     r"</figcaption></figure>", page), page
    # The image inside a sentence stays in it, sized.
    assert re.search(r'Biểu tượng <img src="media/[0-9a-f]{64}\.png" alt="Dấu cộng đỏ" '
                     r'width="4" height="4"> giữa câu', page)
    assert (folder / "body.html").read_text("utf-8").count("<figure") == 1
