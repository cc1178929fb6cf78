"""`editor-app convert`: legacy text files to Unicode, as a person runs it."""

import subprocess
import sys


def _convert(tmp_path, *args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(tmp_path / "data"), "--lang",
         "en", "convert", *args], capture_output=True, input=stdin, timeout=120)


def test_a_vni_file_saved_by_an_old_word_processor_becomes_unicode(tmp_path):
    source = tmp_path / "bai-cu.txt"
    source.write_bytes("Ñaïi hoäi Ñaûng boä tænh Ngheä An\r\nlaàn thöù XIX\r\n".encode("latin-1"))
    proc = _convert(tmp_path, "--from", "vni", str(source))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == "Đại hội Đảng bộ tỉnh Nghệ An\nlần thứ XIX\n"
    assert proc.stderr == b""
    assert not (tmp_path / "data").exists()  # needs no store


def test_tcvn3_to_a_file_written_whole(tmp_path):
    source, out = tmp_path / "tcvn3.md", tmp_path / "unicode.md"
    source.write_text("UBND tØnh tæ chøc héi nghÞ tæng kÕt c«ng t¸c n¨m", "utf-8")
    proc = _convert(tmp_path, "--from", "TCVN3", str(source), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_text("utf-8") == "UBND tỉnh tổ chức hội nghị tổng kết công tác năm"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_text_that_is_not_legacy_is_converted_with_a_warning(tmp_path):
    proc = _convert(tmp_path, "--from", "vni", "-", stdin="Hà Nội".encode())
    assert proc.returncode == 0
    assert b"does not look like legacy text" in proc.stderr


def test_a_missing_file_and_a_wrong_encoding_name_are_clear_errors(tmp_path):
    missing = _convert(tmp_path, "--from", "vni", str(tmp_path / "none.txt"))
    assert missing.returncode == 1
    assert b"none.txt" in missing.stderr
    assert b"Traceback" not in missing.stderr
    wrong = _convert(tmp_path, "--from", "viscii", "x.txt")
    assert wrong.returncode == 2
