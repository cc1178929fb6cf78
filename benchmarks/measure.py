"""Timing helpers, budgets and verdicts: repeat, then median / p95 / p99 / max.

A percentile is only reported with enough samples to mean something: p95 from
20 samples, p99 from 100. With fewer, a row shows median and max only, and a
budget on the missing statistic gives the verdict "n/a" rather than a guess.
"""

from __future__ import annotations

import math
import re
import statistics
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

MIN_SAMPLES = {"p95": 20, "p99": 100}
PASS, FAIL, NA, REF = "pass", "FAIL", "n/a", "ref"


@dataclass(frozen=True)
class Limit:
    """One condition of a budget: *stat* (median, p95, p99, max) *op* (<=, >=) *value*."""

    stat: str
    op: str
    value: float

    def text(self) -> str:
        sign = "≤" if self.op == "<=" else "≥"
        stat = "p50" if self.stat == "median" else self.stat
        return f"{stat} {sign} {self.value:g}"

    def met(self, stats: dict[str, float | None]) -> bool | None:
        got = stats.get(self.stat)
        if got is None or math.isnan(got):
            return None
        return got <= self.value if self.op == "<=" else got >= self.value


_LIMIT = re.compile(r"^\s*(p50|median|p95|p99|max)?\s*(≤|<=|≥|>=)\s*([\d,._]+)\s*$")


def parse_budget(text: str) -> list[Limit]:
    """"p50 ≤ 15, p95 ≤ 50" → limits; a bare "≤ 5" or "≥ 1,000" is on the median."""
    limits = []
    for part in text.split(";") if ";" in text else text.split(", "):
        m = _LIMIT.match(part)
        if not m:
            raise ValueError(f"not a budget: {part!r} (in {text!r})")
        stat = {"p50": "median", None: "median"}.get(m.group(1), m.group(1))
        op = "<=" if m.group(2) in ("≤", "<=") else ">="
        limits.append(Limit(stat, op, float(m.group(3).replace(",", "").replace("_", ""))))
    return limits


def percentile(samples: list[float], p: float) -> float:
    s = sorted(samples)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


@dataclass
class Figure:
    """One row: samples in *unit*, a budget (limits and where it comes from), references."""

    name: str
    samples_ms: list[float] = field(default_factory=list)
    budget: str | list[Limit] = ""
    reference: Figure | None = None
    note: str = ""
    unit: str = "ms"
    source: str = ""  # where the budget comes from: "issue 19", "benchmarks", "stated"
    references: list[Figure] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.reference is not None:
            self.references.insert(0, self.reference)
            self.reference = None

    @property
    def limits(self) -> list[Limit]:
        return parse_budget(self.budget) if isinstance(self.budget, str) and self.budget \
            else list(self.budget or [])

    def stats(self) -> dict[str, float | None]:
        s, n = self.samples_ms, len(self.samples_ms)
        if not s:
            return {"median": None, "p95": None, "p99": None, "max": None}
        return {"median": statistics.median(s),
                "p95": percentile(s, 95) if n >= MIN_SAMPLES["p95"] else None,
                "p99": percentile(s, 99) if n >= MIN_SAMPLES["p99"] else None,
                "max": max(s)}

    def verdict(self) -> str:
        limits = self.limits
        if not limits:
            return REF
        results = [lim.met(self.stats()) for lim in limits]
        if any(r is False for r in results):
            return FAIL
        if any(r is None for r in results):
            return NA
        return PASS

    def budget_text(self) -> str:
        return ", ".join(lim.text() for lim in self.limits)

    def summary(self) -> dict[str, object]:
        st = self.stats()
        out: dict[str, object] = {
            "name": self.name, "unit": self.unit, "samples": len(self.samples_ms),
            "median": st["median"], "p95": st["p95"], "p99": st["p99"], "max": st["max"],
            "budget": [{"statistic": lim.stat, "op": lim.op, "limit": lim.value}
                       for lim in self.limits],
            "budget_text": self.budget_text(), "budget_source": self.source,
            "verdict": self.verdict(), "pass": self.verdict() == PASS, "note": self.note,
        }
        if self.references:
            out["references"] = [r.summary() for r in self.references]
        return out


def timed(fn: Callable[[], object], runs: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def table(figures: list[Figure]) -> str:
    """The printed table: one line per row and per reference, with the verdict."""

    def num(v: float | None) -> str:
        return f"{v:>9.2f}" if v is not None else f"{'–':>9}"

    lines = [f"{'figure':<52} {'n':>4} {'median':>9} {'p95':>9} {'p99':>9} {'max':>9}  "
             f"{'verdict':<7} budget"]
    for f in figures:
        for i, row in enumerate([f, *f.references]):
            st = row.stats()
            label = ("  ↳ " if i else "") + row.name
            unit = "" if row.unit == "ms" else f" {row.unit}"
            few = "  (n<20)" if len(row.samples_ms) < MIN_SAMPLES["p95"] else ""
            budget = (row.budget_text() + unit + (f" [{row.source}]" if row.source else "")
                      if row.limits else "reference" + unit)
            lines.append(f"{label[:52]:<52} {len(row.samples_ms):>4} {num(st['median'])} "
                         f"{num(st['p95'])} {num(st['p99'])} {num(st['max'])}  "
                         f"{row.verdict():<7} {budget}{few}")
        if f.note:
            lines.append(f"{'':<4}{f.note}")
    return "\n".join(lines)


def results(figures: list[Figure], **extra: object) -> dict[str, object]:
    """What bench/results.json holds: every row with its verdict, then the counts."""
    rows = [f.summary() for f in figures]
    verdicts = [str(r["verdict"]) for r in rows]
    return {**extra, "figures": rows,
            "verdicts": {v: verdicts.count(v) for v in (PASS, FAIL, NA)}}
