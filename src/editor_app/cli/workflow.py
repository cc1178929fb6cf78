"""The review workflow: submit, review, return, approve, withdraw, reopen, comment."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
from typing import Any

from editor_app.cli.common import Room, acting, actor

# (the review service, who, the arguments) → the article after the step
Step = Callable[[Any, Any, argparse.Namespace], Any]

# name, help, --note ("": none, else "required" or "optional"), what it does
STEPS: tuple[tuple[str, str, str, Step], ...] = (
    ("submit", "send a draft for review", "",
     lambda r, who, a: r.submit(who, a.id)),
    ("review", "start reviewing a submitted article", "",
     lambda r, who, a: r.start_review(who, a.id)),
    ("return", "return to the author with a reason", "required",
     lambda r, who, a: r.return_to_author(who, a.id, a.note)),
    ("approve", "approve an article in review", "optional",
     lambda r, who, a: r.approve(who, a.id, a.note or "")),
    ("withdraw", "take down an exported article", "required",
     lambda r, who, a: r.withdraw(who, a.id, a.note)),
    ("reopen", "take a published (or withdrawn) article back to review for a correction "
     "(staff); publishing after the new approval updates the same post", "required",
     lambda r, who, a: r.reopen(who, a.id, a.note)),
)


def add_parsers(sub: Any) -> None:
    for name, helptext, note, act in STEPS:
        sp = sub.add_parser(name, help=helptext)
        sp.add_argument("id")
        acting(sp)
        if note:
            sp.add_argument("--note", required=note == "required")
        sp.set_defaults(func=partial(step, act))
    cm = sub.add_parser("comment", help="comment on an article")
    cm.add_argument("id")
    acting(cm)
    cm.add_argument("text")
    cm.set_defaults(func=comment)


def step(act: Step, args: argparse.Namespace, room: Room) -> int:
    art = act(room.services.review, actor(args, room), args)
    print(f"{art.id} {art.status.value}")
    return 0


def comment(args: argparse.Namespace, room: Room) -> int:
    print(room.services.review.comment(actor(args, room), args.id, args.text).id)
    return 0
