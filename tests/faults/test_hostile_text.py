"""Pathological article text: saving, searching and comparing it stays linear.

Each case runs in a child process under a CPU-time ceiling (RLIMIT_CPU) tens of
times above what the linear code needs and far below what the quadratic code
took (162 s for 300,000 "["). The ceiling catches a hang; it measures nothing:
the figures are in `make bench`.
"""

import resource
import subprocess
import sys
import textwrap

from tests.faults.conftest import child_env

CPU_CEILING_S = 40


def run_capped(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_CEILING_S, CPU_CEILING_S + 1))

    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args],
                          capture_output=True, text=True, env=child_env(), preexec_fn=cap,
                          timeout=CPU_CEILING_S * 10)


def test_hostile_markdown_becomes_plain_text_within_the_ceiling():
    p = run_capped("""
        from editor_app.domain.text import markdown_to_plain, word_count
        for body in ("[" * 100_000, "[" * 300_000, "<" * 300_000, "[a](" * 250_000,
                     "![" * 300_000, "[x]" * 300_000 + "(", "<>" * 300_000 + ">"):
            plain = markdown_to_plain(body + " Đảng bộ")
            print(word_count(plain))
    """)
    assert p.returncode == 0, p.stderr[-500:]
    assert p.stdout.split() == ["2", "2", "2", "250002", "2", "300002", "2"]


def test_a_hostile_article_saves_and_is_found_with_a_short_snippet(tmp_path):
    p = run_capped("""
        import sys
        from editor_app.app import open_newsroom
        from editor_app.domain.entities import ArticleFields
        from editor_app.paths import resolve
        room = open_newsroom(resolve(sys.argv[1]))
        s = room.services
        an = s.people.add("an", "Nguyễn Văn An", "reporter")
        s.taxonomy.add("Thời sự")
        body = "[" * 300_000 + "\\n\\nTin về Đảng bộ tỉnh.\\n" + "<" * 300_000
        s.drafting.create(an, ArticleFields(title="Bài lạ", category_id="Thời sự", body=body))
        s.drafting.create(an, ArticleFields(title="Bài thường", category_id="Thời sự",
                                            body="Đảng bộ xã họp."))
        for hit in s.search.search("dang bo"):
            print(hit.title, "|", hit.snippet, "|", len(hit.snippet))
        room.close()
    """, str(tmp_path / "data"))
    assert p.returncode == 0, p.stderr[-500:]
    lines = p.stdout.splitlines()
    assert len(lines) == 2
    hostile = next(line for line in lines if line.startswith("Bài lạ"))
    _title, snippet, length = hostile.split(" | ")
    assert "«Đảng» bộ tỉnh" in snippet
    assert int(length) <= 200


def test_two_unrelated_20000_word_revisions_are_compared_within_the_ceiling():
    p = run_capped("""
        import random
        from editor_app.services.diff import changed, word_diff
        rng = random.Random(7)
        vocab = [f"từ{i}" for i in range(3000)]
        old = " ".join(rng.choice(vocab) for _ in range(20_000))
        new = " ".join(rng.choice(vocab) for _ in range(20_000))
        for a, b in ((old, new), (" ".join(["a"] * 20_000), " ".join(["a", "b"] * 10_000))):
            ops = word_diff(a, b)
            assert "".join(t for op, t in ops if op != "insert") == a
            assert "".join(t for op, t in ops if op != "delete") == b
            print(changed(ops)[0] > 0)
    """)
    assert p.returncode == 0, p.stderr[-500:]
    assert p.stdout.split() == ["True", "True"]
