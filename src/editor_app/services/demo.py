"""Fill an empty store with a living demo newsroom, through the real services.

Articles are walked through the real workflow, so the audit trail, the
revisions and the related lists look like a week of work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.domain.entities import ArticleFields, Person
from editor_app.domain.errors import InvalidState
from editor_app.domain.workflow import Role, Status
from editor_app.services.demo_text import (
    CATEGORIES,
    DEMO_PASSWORD,
    PEOPLE,
    PLACES,
    PORTAL,
    SECTIONS,
    SEEDS,
)

if TYPE_CHECKING:
    from editor_app.services import Services

# The status each demo article ends in, cycled so every status is present.
STATUS_CYCLE = [Status.EXPORTED, Status.APPROVED, Status.DRAFT, Status.SUBMITTED,
                Status.IN_REVIEW, Status.EXPORTED, Status.RETURNED, Status.APPROVED,
                Status.WITHDRAWN, Status.EXPORTED, Status.ARCHIVED, Status.DRAFT]


def fill_demo(s: Services, per_seed: int = 4) -> str:
    if s.drafting.count() > 0:
        raise InvalidState("The store already holds articles; the demo fills only an empty one.")
    people = {p.login: p for p in s.people.list()}
    added = []
    for login, name, role, dept in PEOPLE:
        if login not in people:
            people[login] = s.people.add(login, name, role, dept)
            added.append(login)
    if added:  # people who were there already (the administrator) keep their own password
        s.auth.set_demo_password(added, DEMO_PASSWORD)
    existing = {c.name for c in s.taxonomy.list()}
    for name, parent in CATEGORIES:
        if name not in existing:
            s.taxonomy.add(name, parent)
    if not s.portal.get().configured:  # a newsroom that named its portal keeps its name
        admin = next(p for p in people.values() if p.role is Role.ADMIN and p.active)
        s.portal.set(admin, name=PORTAL["name"], agency=PORTAL["agency"],
                     base_url=PORTAL["base_url"], sections=SECTIONS)
    reporters = [p for p in people.values() if p.role is Role.REPORTER]
    editors = [p for p in people.values() if p.role is Role.EDITOR]
    staff = next(p for p in people.values() if p.role is Role.STAFF)
    n = 0
    for round_ in range(per_seed):
        for i, (cat, title, summary, paras, tags) in enumerate(SEEDS):
            # Each seed visits a different place each round: no two headlines alike.
            place = PLACES[(i + round_) % len(PLACES)]
            author = reporters[(i + round_) % len(reporters)]
            editor = editors[(i + round_) % len(editors)]
            art = s.drafting.create(author, ArticleFields(
                title=_capital(title.format(place=place)) + _again(round_),
                summary=summary.format(place=place),
                body="\n\n".join(paras) + "\n",
                category_id=cat,
                tags=tuple(t.strip() for t in tags.split(",")),
                dateline=_place_name(place),
            ))
            _walk(s, art.id, STATUS_CYCLE[n % len(STATUS_CYCLE)], author, editor, staff)
            n += 1
    return (f"Demo newsroom: {len(people)} people (password {DEMO_PASSWORD}), "
            f"{len(CATEGORIES)} categories, {n} articles.")


def _again(round_: int) -> str:
    """After every place has had the seed once, say which time round it is."""
    n = round_ // len(PLACES)
    return f" (đợt {n + 1})" if n else ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _place_name(place: str) -> str:
    """"huyện Đồng Xuân" → "Đồng Xuân": a dateline names the place, not its rank."""
    for rank in ("thành phố ", "thị xã ", "huyện "):
        if place.startswith(rank):
            return place.removeprefix(rank)
    return place


def _walk(s: Services, aid: str, target: Status, author: Person, editor: Person,
          staff: Person) -> None:
    r = s.review
    if target is Status.DRAFT:
        return
    if target is Status.ARCHIVED:
        r.archive(staff, aid, "Bài trùng nội dung")
        return
    r.submit(author, aid)
    if target is Status.SUBMITTED:
        return
    r.start_review(editor, aid)
    if target is Status.IN_REVIEW:
        r.comment(editor, aid, "Đề nghị bổ sung số liệu cụ thể ở đoạn hai.")
        return
    if target is Status.RETURNED:
        r.return_to_author(editor, aid, "Sapo quá dài, cần rút gọn dưới 50 chữ.")
        return
    r.approve(editor, aid)
    if target is Status.APPROVED:
        return
    r.mark_exported(staff, aid)
    if target is Status.WITHDRAWN:
        r.withdraw(staff, aid, "Thông tin đã được cập nhật trong bài mới.")
