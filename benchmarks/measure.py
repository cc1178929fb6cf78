"""Timing helpers: repeat, then median / p95 / p99 / max in milliseconds."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass
class Figure:
    name: str
    samples_ms: list[float] = field(default_factory=list)
    budget: str = ""
    reference: Figure | None = None
    note: str = ""
    unit: str = "ms"

    def pct(self, p: float) -> float:
        s = sorted(self.samples_ms)
        if not s:
            return float("nan")
        k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
        return s[k]

    def summary(self) -> dict[str, object]:
        out: dict[str, object] = {"name": self.name, "unit": self.unit, "budget": self.budget,
                                  "runs": len(self.samples_ms), "note": self.note}
        if self.samples_ms:
            out.update(median=statistics.median(self.samples_ms), p95=self.pct(95),
                       p99=self.pct(99), max=max(self.samples_ms))
        if self.reference is not None:
            out["reference"] = self.reference.summary()
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
