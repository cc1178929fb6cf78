import io
import json
import zipfile

from editor_app.domain.entities import ArticleFields
from tests.conftest import draft
from tests.images import png


def approved_article(room, cast, title="Khánh thành cầu dân sinh", **kw):
    ref = room.services.media.add(cast.reporter, png(8, 6))
    art = draft(room, cast.reporter, title, summary="Sapo về cây cầu mới",
                body=f"## Niềm vui\n\nBà con **vui mừng**.\n\n![Cầu](media/{ref.sha256}.png)\n",
                **kw)
    art = room.services.drafting.edit(cast.reporter, art.id, ArticleFields(
        subtitle="Phụ đề", tags=("giao thông", "nông thôn mới"), byline="Nguyễn Văn An",
        source="Báo Sơn Hà", dateline="Đồng Xuân", featured_sha256=ref.sha256,
        featured_caption="Cây cầu mới", featured_credit="Hoàng Khoa", featured_alt="Cầu treo"))
    r = room.services.review
    r.submit(cast.reporter, art.id)
    r.start_review(cast.editor, art.id)
    r.approve(cast.editor, art.id)
    return room.services.drafting.get(art.id)


def read_zip(path):
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def write_zip(path, files, *, symlinks=()):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in symlinks:
                info.external_attr = (0o120777 << 16)
            zf.writestr(info, data)
    path.write_bytes(buf.getvalue())
    return path


def manifest(files):
    return json.loads(files["manifest.json"])
