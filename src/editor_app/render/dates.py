"""Dates the way a Vietnamese reader expects them: ``Thứ Năm, 26/11/2026``.

Weekday names come from Babel's CLDR data for the language asked for; the
day/month/year order is the portal's in every language.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

# The portal's readers are in Vietnam (UTC+7, no daylight saving).
VIETNAM = timezone(timedelta(hours=7), "ICT")
DAY = "EEEE, dd/MM/yyyy"
DAY_TIME = "EEEE, dd/MM/yyyy HH:mm"
SHORT = "dd/MM/yyyy"


def format_date(when: datetime, lang: str = "vi", *, with_time: bool = False) -> str:
    """``Thứ Năm, 26/11/2026`` (``… 09:30`` *with_time*), in Vietnam's time zone."""
    # Babel is imported on first use: it is not needed to start the app.
    from babel.dates import format_datetime

    return format_datetime(when, DAY_TIME if with_time else DAY, tzinfo=VIETNAM,
                           locale="en" if lang == "en" else "vi")


def short_date(when: datetime) -> str:
    """``26/11/2026`` in Vietnam's time zone: the same in every language."""
    return f"{when.astimezone(VIETNAM):%d/%m/%Y}"


def html_datetime(when: datetime) -> str:
    """A valid HTML ``<time datetime>``: ``2026-11-26T09:30:00+07:00``.

    HTML allows at most three digits of a second's fraction; ``isoformat()`` writes
    six (microseconds), which the Nu HTML Checker rejects. Whole seconds, in the
    offset of the date shown beside it.
    """
    return when.astimezone(VIETNAM).replace(microsecond=0).isoformat()
