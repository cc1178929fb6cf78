"""``article`` (write and read) and ``search``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from editor_app.cli.common import (
    MAX_SEARCH_LIMIT,
    Room,
    acting,
    actor,
    group,
    local,
    output,
    print_json,
    read_text,
)
from editor_app.cli.conflicts import add_resolve
from editor_app.domain import i18n
from editor_app.domain.entities import ArticleFields, to_jsonable
from editor_app.domain.errors import InvalidInput
from editor_app.domain.workflow import Status


def add_parsers(sub: Any) -> None:
    art = group(sub, "article", "write and read articles")
    an = art.add_parser("new", help="create a draft; prints its id")
    acting(an)
    an.add_argument("--title", required=True)
    an.add_argument("--category", required=True)
    an.add_argument("--summary")
    an.add_argument("--body-file", type=Path)
    an.set_defaults(func=new)
    ai = art.add_parser("import", help="create a draft from a .md/.txt/.docx file; prints its id")
    ai.add_argument("file", type=Path)
    acting(ai)
    ai.add_argument("--category")
    ai.set_defaults(func=import_file)
    ae = art.add_parser("edit", help="change an article (a new revision)")
    ae.add_argument("id")
    acting(ae)
    ae.add_argument("--title")
    ae.add_argument("--summary")
    ae.add_argument("--category")
    ae.add_argument("--body-file", type=Path)
    ae.set_defaults(func=edit)
    ash = art.add_parser("show", help="show one article")
    ash.add_argument("id")
    ash.add_argument("--json", action="store_true")
    ash.set_defaults(func=show)
    al = art.add_parser("list", help="list articles, newest first")
    al.add_argument("--status", choices=[s.value for s in Status])
    al.add_argument("--category")
    al.add_argument("--author")
    al.add_argument("--json", action="store_true")
    al.set_defaults(func=list_articles)
    ar = art.add_parser("render", help="write the article as the portal page (HTML)")
    ar.add_argument("id")
    ar.add_argument("--out", type=Path, required=True, metavar="FILE.html")
    ar.set_defaults(func=render)
    ah = art.add_parser("history", help="revisions and status changes")
    ah.add_argument("id")
    ah.add_argument("--json", action="store_true")
    ah.set_defaults(func=history)
    add_resolve(art)

    se = sub.add_parser("search", help="search, with or without diacritics")
    se.add_argument("query")
    se.add_argument("--status", choices=[s.value for s in Status])
    se.add_argument("--category")
    se.add_argument("--limit", type=search_limit, default=20, metavar=f"1..{MAX_SEARCH_LIMIT}")
    se.add_argument("--json", action="store_true")
    se.set_defaults(func=search)


def search_limit(text: str) -> int:
    """--limit: a count argparse checks (a huge one overflowed SQLite's integer)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= n <= MAX_SEARCH_LIMIT:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_SEARCH_LIMIT}, not {n}")
    return n


def new(args: argparse.Namespace, room: Room) -> int:
    body = read_text(args.body_file) if args.body_file else ""
    art = room.services.drafting.create(actor(args, room), ArticleFields(
        title=args.title, summary=args.summary, body=body, category_id=args.category))
    print(art.id)
    return 0


def import_file(args: argparse.Namespace, room: Room) -> int:
    from editor_app.services.importing import import_markdown

    if args.file.suffix.lower() == ".docx":
        return _import_docx(args, room)
    art = import_markdown(room.services, actor(args, room), read_text(args.file),
                          category=args.category)
    print(art.id)
    return 0


def _import_docx(args: argparse.Namespace, room: Room) -> int:
    import sys

    from editor_app.services.word_import import import_docx

    result = import_docx(room.services, actor(args, room), args.file, category=args.category)
    print(result.article.id)
    for note in result.notes:  # stdout keeps only the id, for scripts
        print(note, file=sys.stderr)
    return 0


def edit(args: argparse.Namespace, room: Room) -> int:
    new_body = read_text(args.body_file) if args.body_file else None
    art = room.services.drafting.edit(actor(args, room), args.id, ArticleFields(
        title=args.title, summary=args.summary, body=new_body, category_id=args.category))
    print(f"{art.id} version {art.version}")
    return 0


def _article_json(a: Any) -> dict[str, Any]:
    d = to_jsonable(a)
    d["category"] = a.category_name
    d["authors"] = [p.name for p in a.authors]
    d["author_logins"] = [p.login for p in a.authors]
    return d


def show(args: argparse.Namespace, room: Room) -> int:
    art = room.services.drafting.get(args.id)
    if args.json:
        print_json(_article_json(art))
    else:
        print(f"{art.title}\n{art.subtitle}\n\n{art.summary}\n\n{art.body}\n"
              f"— {art.byline} ({art.department})\n"
              f"[{i18n.status_name(art.status)}] {art.category_path} · v{art.version}"
              .replace("\n\n\n", "\n\n"))
    return 0


def list_articles(args: argparse.Namespace, room: Room) -> int:
    items = room.services.drafting.summaries(status=args.status, category=args.category,
                                             author=args.author)
    return output(items, args, lambda a: f"{a.id}  {a.status.value:<10} "
                  f"{local(a.updated_at):%Y-%m-%d %H:%M}  {a.title}")


def render(args: argparse.Namespace, room: Room) -> int:
    s = room.services
    art = s.drafting.get(args.id)
    rendered = s.rendering.body(art.body)
    if not rendered.ok:  # the page would be only an error box where the body goes
        raise InvalidInput(f"{art.id}: the body could not be rendered ({rendered.error}); "
                           "nothing was written")
    for path in s.rendering.write_page(art, args.out, lang=i18n.language(), rendered=rendered):
        print(path)
    return 0


def history(args: argparse.Namespace, room: Room) -> int:
    return output(room.services.review.history(args.id), args,
                  lambda e: f"{local(e.at):%Y-%m-%d %H:%M:%S}  {e.who:<24} {e.text}")


def search(args: argparse.Namespace, room: Room) -> int:
    hits = room.services.search.search(args.query, status=args.status, category=args.category,
                                       limit=args.limit)
    return output(hits, args, lambda h: f"{h.id}  [{i18n.status_name(h.status)}] {h.title}\n"
                  f"    {h.snippet}")
