import pytest

from editor_app.domain.errors import InvalidInput
from editor_app.domain.images import inspect_image
from tests.images import jpeg_header, png, png_header


def test_png_and_jpeg_are_recognised_by_their_bytes():
    info = inspect_image(png(640, 480))
    assert (info.mime, info.ext, info.width, info.height) == ("image/png", "png", 640, 480)
    info = inspect_image(jpeg_header(1200, 800))
    assert (info.mime, info.ext, info.width, info.height) == ("image/jpeg", "jpg", 1200, 800)
    assert inspect_image(b"GIF89a\x10\x00\x20\x00" + b"\x00" * 10 + b";").height == 32


@pytest.mark.parametrize(("data", "message"), [
    (b"MZ\x90\x00 this is an .exe renamed to .png", "not a PNG"),
    (png()[:20], "not a PNG"),  # truncated inside the header
    (png(64, 64)[:-20], "truncated"),  # cut off after the header
    (b"", "not a PNG"),
    (png_header(50_000, 50_000), "too large"),
    (jpeg_header(0, 10), "no size"),
])
def test_bad_images_get_a_clear_error(data, message):
    with pytest.raises(InvalidInput, match=message):
        inspect_image(data)
