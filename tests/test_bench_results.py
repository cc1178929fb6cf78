"""bench/results.json: fields and verdicts from made-up samples (no timing here)."""

from __future__ import annotations

import json

import pytest
from benchmarks.measure import Figure, Limit, parse_budget, results, table


def test_budget_text_is_read_as_limits() -> None:
    assert parse_budget("p50 ≤ 15, p95 ≤ 50") == [Limit("median", "<=", 15),
                                                   Limit("p95", "<=", 50)]
    assert parse_budget("≥ 1,000") == [Limit("median", ">=", 1000)]
    assert parse_budget("p99 ≤ 10") == [Limit("p99", "<=", 10)]
    with pytest.raises(ValueError, match="not a budget"):
        parse_budget("fast enough")


def _figures() -> list[Figure]:
    twenty = [float(i) for i in range(1, 21)]  # median 10.5, p95 19, max 20
    return [
        Figure("search", twenty, "p50 ≤ 15, p95 ≤ 50", source="issue 19",
               reference=Figure("raw search", [1.0] * 20)),
        Figure("slow search", twenty, "p50 ≤ 15, p95 ≤ 18"),
        Figure("few samples", [1.0, 2.0, 3.0], "p95 ≤ 50"),
        Figure("few, median budget", [1.0, 2.0, 3.0], "≤ 5"),
        Figure("import", [1200.0], "≥ 1,000", unit="articles/s"),
        Figure("export", [250.0], "≥ 300", unit="articles/s",
               reference=Figure("fsync+rename floor", [700.0], unit="files/s")),
    ]


def test_results_hold_every_field_and_the_verdict() -> None:
    data = json.loads(json.dumps(results(_figures(), mode="quick"), ensure_ascii=False))
    rows = {r["name"]: r for r in data["figures"]}
    search = rows["search"]
    assert {"name", "unit", "samples", "median", "p95", "max", "budget", "verdict",
            "pass"} <= set(search)
    assert (search["samples"], search["median"], search["p95"], search["max"]) == \
        (20, 10.5, 19.0, 20.0)
    assert search["budget"] == [{"statistic": "median", "op": "<=", "limit": 15.0},
                                {"statistic": "p95", "op": "<=", "limit": 50.0}]
    assert (search["verdict"], search["pass"]) == ("pass", True)
    assert search["references"][0]["name"] == "raw search"
    assert search["references"][0]["verdict"] == "ref"
    assert rows["slow search"]["verdict"] == "FAIL"
    # Fewer than 20 samples: no percentile, and a p95 budget cannot be judged.
    assert rows["few samples"]["p95"] is None
    assert rows["few samples"]["verdict"] == "n/a"
    assert rows["few, median budget"]["verdict"] == "pass"
    assert rows["import"]["verdict"] == "pass"
    assert rows["export"]["verdict"] == "FAIL"
    assert rows["export"]["unit"] == "articles/s"
    assert data["verdicts"] == {"pass": 3, "FAIL": 2, "n/a": 1}
    assert data["mode"] == "quick"


def test_the_printed_table_shows_verdicts_and_few_samples() -> None:
    text = table(_figures())
    lines = {line.split("  ")[0].strip(): line for line in text.splitlines()}
    assert "pass" in lines["search"]
    assert "FAIL" in lines["slow search"]
    assert "n<20" in lines["few samples"]
    assert "n<20" not in lines["search"]
    ref = next(line for line in text.splitlines() if "↳ raw search" in line)
    assert "reference" in ref
