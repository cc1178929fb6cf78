"""The demo newsroom reads like a real one: no two articles share a headline."""

from collections import Counter

from editor_app.services.demo import fill_demo


def test_demo_headlines_are_distinct(room):
    fill_demo(room.services, per_seed=4)
    titles = [a.title for a in room.services.drafting.summaries()]
    assert len(titles) >= 32
    repeated = [t for t, n in Counter(titles).items() if n > 1]
    assert repeated == []
    assert all(t[0].isupper() for t in titles)  # "Huyện Tân Lạc đón…", not "huyện …"
