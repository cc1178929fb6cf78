"""Dates the way a Vietnamese reader expects them: ``Thứ Năm, 26/11/2026``."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

# The portal's readers are in Vietnam (UTC+7, no daylight saving).
VIETNAM = timezone(timedelta(hours=7), "ICT")
WEEKDAYS_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def format_date(when: datetime, lang: str = "vi", *, with_time: bool = False) -> str:
    local = when.astimezone(VIETNAM)
    names = WEEKDAYS_VI if lang == "vi" else WEEKDAYS_EN
    text = f"{names[local.weekday()]}, {local:%d/%m/%Y}"
    return f"{text} {local:%H:%M}" if with_time else text
