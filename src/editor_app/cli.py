"""Command-line front end over the services.

Exit codes: 0 done; 2 usage; 3 not permitted; 4 not found; 5 invalid state,
conflict or invalid input; 1 anything else. Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from editor_app.domain import i18n
from editor_app.domain.entities import ArticleFields, to_jsonable
from editor_app.domain.errors import DomainError, InvalidInput
from editor_app.domain.text import nfc
from editor_app.domain.workflow import Role, Status
from editor_app.export.ninjs import DEFAULT_PROFILE, PROFILES

if TYPE_CHECKING:
    from editor_app.app import Newsroom
    from editor_app.domain.entities import Person

MAX_INPUT_FILE = 20 * 1024 * 1024
MAX_SEARCH_LIMIT = 1000


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


class _Version(argparse.Action):
    """``--version``: the metadata is read only when asked, not on every start."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> NoReturn:
        from editor_app.about import version

        print(f"editor-app {version()}")
        parser.exit(0)


def _limit(text: str) -> int:
    """--limit: a count argparse checks (a huge one overflowed SQLite's integer)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= n <= MAX_SEARCH_LIMIT:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_SEARCH_LIMIT}, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="editor-app", description="Editor App: the newsroom from the command line. "
                "Without a command, the desktop app starts.")
    p.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--data-dir", help="folder of the embedded store (EDITOR_APP_DATA_DIR)")
    where.add_argument("--database", help="SQLAlchemy URL of a shared store "
                       "(EDITOR_APP_DATABASE_URL)")
    p.add_argument("--lang", choices=["vi", "en"], help="language of messages")
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    user = sub.add_parser("user", help="people and roles").add_subparsers(
        dest="sub", required=True, parser_class=_Parser)
    ua = user.add_parser("add", help="add a person")
    ua.add_argument("login")
    ua.add_argument("--name", required=True)
    ua.add_argument("--role", required=True, choices=[r.value for r in Role])
    ua.add_argument("--department", default="")
    ua.add_argument("--password-stdin", action="store_true",
                    help="read the person's password from the first line of standard input")
    user.add_parser("list", help="list people (disabled ones too)").add_argument(
        "--json", action="store_true")
    up = user.add_parser("passwd", help="set a person's password (asks twice in a terminal)")
    up.add_argument("login")
    up.add_argument("--password-stdin", action="store_true",
                    help="read the password from the first line of standard input")
    ue = user.add_parser("edit", help="change a person's role, name or department")
    ue.add_argument("login")
    ue.add_argument("--role", choices=[r.value for r in Role])
    ue.add_argument("--name")
    ue.add_argument("--department")
    user.add_parser("disable", help="refuse sign-in; authorship and history stay").add_argument(
        "login")
    user.add_parser("enable", help="allow a disabled person to sign in again").add_argument(
        "login")

    cat = sub.add_parser("category", help="the category tree").add_subparsers(
        dest="sub", required=True, parser_class=_Parser)
    ca = cat.add_parser("add", help="add a category")
    ca.add_argument("name")
    ca.add_argument("--parent")
    cat.add_parser("list", help="list categories").add_argument("--json", action="store_true")
    cr = cat.add_parser("rename", help="rename a category (its articles follow)")
    cr.add_argument("name")
    cr.add_argument("new_name")
    cm = cat.add_parser("move", help="put a category under another, or at the top")
    cm.add_argument("name")
    where_to = cm.add_mutually_exclusive_group(required=True)
    where_to.add_argument("--parent")
    where_to.add_argument("--top", action="store_true")
    cat.add_parser("retire", help="offer a category (and its subcategories) for no new "
                   "article; its articles keep it").add_argument("name")
    cat.add_parser("restore", help="offer a retired category again").add_argument("name")

    art = sub.add_parser("article", help="write and read articles").add_subparsers(
        dest="sub", required=True, parser_class=_Parser)
    an = art.add_parser("new", help="create a draft; prints its id")
    _as(an)
    an.add_argument("--title", required=True)
    an.add_argument("--category", required=True)
    an.add_argument("--summary")
    an.add_argument("--body-file", type=Path)
    ai = art.add_parser("import", help="create a draft from a .md/.txt file; prints its id")
    ai.add_argument("file", type=Path)
    _as(ai)
    ai.add_argument("--category")
    ae = art.add_parser("edit", help="change an article (a new revision)")
    ae.add_argument("id")
    _as(ae)
    ae.add_argument("--title")
    ae.add_argument("--summary")
    ae.add_argument("--category")
    ae.add_argument("--body-file", type=Path)
    ash = art.add_parser("show", help="show one article")
    ash.add_argument("id")
    ash.add_argument("--json", action="store_true")
    al = art.add_parser("list", help="list articles, newest first")
    al.add_argument("--status", choices=[s.value for s in Status])
    al.add_argument("--category")
    al.add_argument("--author")
    al.add_argument("--json", action="store_true")
    ar = art.add_parser("render", help="write the article as the portal page (HTML)")
    ar.add_argument("id")
    ar.add_argument("--out", type=Path, required=True, metavar="FILE.html")
    ah = art.add_parser("history", help="revisions and status changes")
    ah.add_argument("id")
    ah.add_argument("--json", action="store_true")

    se = sub.add_parser("search", help="search, with or without diacritics")
    se.add_argument("query")
    se.add_argument("--status", choices=[s.value for s in Status])
    se.add_argument("--category")
    se.add_argument("--limit", type=_limit, default=20, metavar=f"1..{MAX_SEARCH_LIMIT}")
    se.add_argument("--json", action="store_true")

    for name, helptext, note in (
        ("submit", "send a draft for review", None),
        ("review", "start reviewing a submitted article", None),
        ("return", "return to the author with a reason", "required"),
        ("approve", "approve an article in review", "optional"),
        ("withdraw", "take down an exported article", "required"),
    ):
        sp = sub.add_parser(name, help=helptext)
        sp.add_argument("id")
        _as(sp)
        if note:
            sp.add_argument("--note", required=note == "required")
    cm = sub.add_parser("comment", help="comment on an article")
    cm.add_argument("id")
    _as(cm)
    cm.add_argument("text")
    ex = sub.add_parser("export", help="write publish-ready bundles; prints one path per line")
    ex.add_argument("ids", nargs="*", metavar="ID")
    ex.add_argument("--all-approved", action="store_true", help="every approved article")
    _as(ex)
    ex.add_argument("--out", type=Path, required=True, metavar="DIR")
    ex.add_argument("--ninjs", choices=PROFILES, default=DEFAULT_PROFILE, metavar="VERSION",
                    help=f"the ninjs profile of article.json: {' or '.join(PROFILES)} "
                    f"(default {DEFAULT_PROFILE})")
    ex.add_argument("--base-url", default="", metavar="URL",
                    help="the portal's address: images get absolute hrefs, links lead there")
    ve = sub.add_parser("verify", help="check bundles; exit 0 only if all are intact and valid")
    ve.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE")
    ve.add_argument("--ninjs-schema", type=Path, help="the IPTC ninjs 3.1 JSON schema "
                    "(default: EDITOR_APP_NINJS_SCHEMA, else the one shipped with the app)")
    bi = sub.add_parser("bundle-import", help="read bundles into this store; prints each id")
    bi.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    _as(bi)
    bk = sub.add_parser("backup", help="write a checked copy of the store")
    bk.add_argument("file", type=Path, nargs="?", help="default: backups/ beside the store")
    rs = sub.add_parser("restore", help="put a backup in place of the store (kept aside)")
    rs.add_argument("file", type=Path, nargs="?")
    rs.add_argument("--empty", action="store_true", help="instead of a backup, start with an "
                    "empty store (after damage; the old store is kept in recovery/)")
    rs.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    sub.add_parser("check", help="integrity and consistency of the store")
    sub.add_parser("about", help="version, where the data lives, licences of bundled parts"
                   ).add_argument("--json", action="store_true")
    sub.add_parser("demo", help="fill an empty store with a living demo newsroom")
    _publish_parsers(sub)
    return p


def _publish_parsers(sub: Any) -> None:
    """`publish` and `target`: straight to a portal's CMS (issue 17)."""
    pu = sub.add_parser("publish", help="publish to the portal's CMS (again: update the post); "
                        "prints the post's URL")
    pu.add_argument("id")
    _as(pu)
    pu.add_argument("--target", metavar="NAME", help="needed when there are several targets")
    tg = sub.add_parser("target", help="where `publish` sends articles").add_subparsers(
        dest="sub", required=True, parser_class=_Parser)
    ta = tg.add_parser("add", help="add a target (the password goes to the OS keyring, "
                       "else a file only you can read)")
    ta.add_argument("kind", choices=["wordpress"])
    ta.add_argument("name")
    ta.add_argument("--url", required=True, help="the site's address, e.g. https://example.vn")
    ta.add_argument("--user", required=True, help="the WordPress user")
    ta.add_argument("--password-stdin", action="store_true",
                    help="read the application password from standard input")
    ta.add_argument("--no-create-terms", action="store_true",
                    help="never create categories or tags on the site")
    _as(ta)
    ts = tg.add_parser("terms", help="allow or forbid creating missing categories and tags")
    ts.add_argument("name")
    ts.add_argument("allowed", choices=["allow", "forbid"])
    _as(ts)
    tg.add_parser("list", help="list targets").add_argument("--json", action="store_true")
    tt = tg.add_parser("test", help="sign in to a target; prints who we are there")
    tt.add_argument("name")


def _as(p: argparse.ArgumentParser) -> None:
    p.add_argument("--as", dest="login", required=True, metavar="LOGIN",
                   help="who is acting")


def _print_json(data: Any) -> None:
    print(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2))


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_INPUT_FILE:
            raise InvalidInput(f"{path}: larger than {MAX_INPUT_FILE // 1_000_000} MB")
        return nfc(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput(f"{path}: not UTF-8 text") from None
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None


def _article_json(a: Any) -> dict[str, Any]:
    d = to_jsonable(a)
    d["category"] = a.category_name
    d["authors"] = [p.name for p in a.authors]
    d["author_logins"] = [p.login for p in a.authors]
    return d


def run(args: argparse.Namespace, room: Newsroom) -> int:
    s = room.services

    def who() -> Person:
        return s.people.by_login(args.login)

    cmd = args.command
    if cmd == "user":
        return _user(args, room)
    elif cmd == "category":
        return _category(args, room)
    elif cmd == "article":
        return _article(args, room, who)
    elif cmd == "search":
        hits = s.search.search(args.query, status=args.status, category=args.category,
                               limit=args.limit)
        if args.json:
            _print_json(hits)
        for h in [] if args.json else hits:
            print(f"{h.id}  [{i18n.status_name(h.status)}] {h.title}\n    {h.snippet}")
    elif cmd in ("submit", "review", "return", "approve", "withdraw"):
        r = s.review
        actions = {
            "submit": lambda: r.submit(who(), args.id),
            "review": lambda: r.start_review(who(), args.id),
            "return": lambda: r.return_to_author(who(), args.id, args.note),
            "approve": lambda: r.approve(who(), args.id, args.note or ""),
            "withdraw": lambda: r.withdraw(who(), args.id, args.note),
        }
        art = actions[cmd]()
        print(f"{art.id} {art.status.value}")
    elif cmd == "comment":
        print(s.review.comment(who(), args.id, args.text).id)
    elif cmd == "export":
        return _export(args, room, who())
    elif cmd == "bundle-import":
        if len(args.bundles) == 1:
            result = s.bundles.import_bundle(who(), args.bundles[0])
            for note in result.notes:
                print(f"editor-app: note: {note}", file=sys.stderr)
            print(result.article.id)
            return 0
        failed = 0
        for path, outcome in zip(args.bundles, s.bundles.import_many(who(), args.bundles),
                                 strict=True):
            if isinstance(outcome, Exception):
                failed += 1
                print(f"editor-app: {path}: {outcome}", file=sys.stderr)
            else:
                for note in outcome.notes:  # every bundle's, as for a single one
                    print(f"editor-app: {path}: note: {note}", file=sys.stderr)
                print(outcome.article.id)
        return 5 if failed else 0
    elif cmd == "backup":
        assert room.backup is not None
        print(room.backup.backup(args.file))
    elif cmd == "check":
        assert room.backup is not None
        return _report_check(room.backup.check(), room.paths)
    elif cmd in ("publish", "target"):
        return _publishing(args, room, who)
    elif cmd == "demo":
        from editor_app.services.demo import fill_demo

        report = fill_demo(s)
        print(report)
    return 0


def _report_check(findings: list[Any], paths: Any) -> int:
    for f in findings:
        print(f"{f.area}: {f.problem}")
    print("ok: no problems found" if not findings else f"{len(findings)} problem(s) found")
    if any(f.area == "integrity" for f in findings):
        from editor_app.store import health

        good = health.newest_good_backup(paths.backups_dir)
        print("The store is damaged: other commands refuse it until it is replaced."
              + _restore_hint(str(good) if good else ""))
    return 0 if not findings else 5


def _integrity(problem: str) -> Any:
    from editor_app.services.backup import Finding

    return Finding("integrity", problem)


def _restore_hint(backup: str) -> str:
    start = (f" Restore the newest good backup with: editor-app restore {backup}"
             if backup else " No good backup was found.")
    return start + " (or start empty: editor-app restore --empty --yes)"


def _read_password(args: argparse.Namespace, *, required: bool) -> str | None:
    """From standard input (one line) or, in a terminal, asked twice without echo."""
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UsageError("no password on standard input")
        return line
    if not required:
        return None
    if not sys.stdin.isatty():
        raise UsageError("not a terminal: give the password with --password-stdin")
    import getpass

    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise UsageError("the two passwords differ; nothing changed")
    return first


def _user(args: argparse.Namespace, room: Newsroom) -> int:
    """People: the console acts as the administrator of its own store (see README)."""
    s = room.services
    if args.sub == "add":
        password = _read_password(args, required=False)
        person = s.people.add(args.login, args.name, args.role, args.department,
                              password=password)
        print(person.id)
    elif args.sub == "list":
        accounts = s.auth.accounts()
        if args.json:
            _print_json([dict(to_jsonable(a.person), has_password=a.has_password)
                         for a in accounts])
        for a in [] if args.json else accounts:
            p = a.person
            flags = ("" if p.active else " [disabled]") + ("" if a.has_password
                                                           else " [no password]")
            print(f"{p.login:<16} {p.role.value:<9} {p.name}  {p.department}".rstrip() + flags)
    elif args.sub == "passwd":
        s.people.by_login(args.login)  # an unknown login fails before any prompt
        password = _read_password(args, required=True)
        assert password is not None
        s.auth.set_password(None, args.login, password)
        print(f"password set for {args.login.strip().lower()}")
    elif args.sub == "edit":
        if args.role:
            s.people.set_role(None, args.login, args.role)
        person = s.people.update(None, args.login, name=args.name, department=args.department)
        print(f"{person.login} {person.role.value} {person.name}")
    elif args.sub in ("disable", "enable"):
        change = s.people.disable if args.sub == "disable" else s.people.enable
        person = change(None, args.login)
        print(f"{person.login} {'enabled' if person.active else 'disabled'}")
    return 0


def _category(args: argparse.Namespace, room: Newsroom) -> int:
    t = room.services.taxonomy
    if args.sub == "add":
        print(t.add(args.name, args.parent).id)
    elif args.sub == "list":
        cats = t.list()
        if args.json:
            _print_json(cats)
        for c in [] if args.json else cats:
            print(c.path + (" [retired]" if c.retired else ""))
    elif args.sub == "rename":
        print(t.rename(None, args.name, args.new_name).path)
    elif args.sub == "move":
        print(t.move(None, args.name, None if args.top else args.parent).path)
    elif args.sub in ("retire", "restore"):
        change = t.retire if args.sub == "retire" else t.restore
        for c in change(None, args.name):
            print(c.path)
    return 0


def _publishing(args: argparse.Namespace, room: Newsroom, who: Any) -> int:
    import os

    from editor_app.services.publishing.secrets import SecretStore
    from editor_app.services.publishing.service import PublishingService
    from editor_app.store.uow import UnitOfWorkFactory

    # EDITOR_APP_NO_KEYRING: keep passwords in the 0600 file even where a keyring works.
    secrets = SecretStore(room.paths.config_dir,
                          use_keyring=not os.environ.get("EDITOR_APP_NO_KEYRING"))
    pub = PublishingService(UnitOfWorkFactory(room.engine, read_only=room.read_only),
                            room.services.rendering, room.services.media, secrets)
    sub = getattr(args, "sub", None)
    if args.command == "publish":
        result = pub.publish(who(), args.id, args.target)
        print(result.url)
    elif sub == "add":
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            import getpass

            password = getpass.getpass("Application password: ")
        info = pub.add_target(who(), args.kind, args.name, args.url, args.user, password,
                              create_terms=not args.no_create_terms)
        print(f"{info.name}: password kept in {pub.secrets_where}", file=sys.stderr)
        print(info.id)
    elif sub == "terms":
        pub.set_create_terms(who(), args.name, args.allowed == "allow")
    elif sub == "list":
        targets = pub.targets()
        if args.json:
            _print_json(targets)
        for t in [] if args.json else targets:
            terms = "" if t.create_terms else "  (no new categories/tags)"
            print(f"{t.name:<16} {t.kind:<10} {t.url}  as {t.username}{terms}")
    elif sub == "test":
        print(pub.test_connection(args.name))
    return 0


def _progress_bar(done: int, total: int, name: str) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:<40}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _export(args: argparse.Namespace, room: Newsroom, actor: Person) -> int:
    if bool(args.ids) == bool(args.all_approved):
        raise UsageError("give article ids or --all-approved (not both)")
    tty = sys.stderr.isatty()
    from editor_app.services.exporting import ExportOptions

    options = ExportOptions(profile=args.ninjs, base_url=args.base_url)
    report = room.services.exporting.export_many(
        actor, args.out, None if args.all_approved else args.ids,
        progress=_progress_bar if tty else None, options=options)
    for r in report.written:
        print(r.path)
    for r in report.failed:
        print(f"editor-app: {r.article_id}: {r.error}", file=sys.stderr)
    if tty or report.failed:
        print(f"editor-app: {report.summary()}", file=sys.stderr)
    # One kind of refusal keeps its own code (3: not permitted, 4: not found).
    codes = {r.exit_code for r in report.failed}
    return 0 if not codes else codes.pop() if len(codes) == 1 else 5


def verify_main(args: argparse.Namespace) -> int:
    """`verify` needs no store: it reads only the bundles."""
    from editor_app.export.verify import find_schema, verify_bundle

    schema = find_schema(args.ninjs_schema)
    if args.ninjs_schema and schema is None:
        raise UsageError(f"{args.ninjs_schema}: no such file")
    bad = 0
    for path in args.bundles:
        report = verify_bundle(path, schema)
        print(f"{path}: {'ok' if report.ok else 'FAILED'}")
        for p in report.problems:
            print(f"  - {p}")
        for n in report.notes:
            print(f"  note: {n}")
        bad += not report.ok
    return 0 if bad == 0 else 5


def restore_main(args: argparse.Namespace) -> int:
    """`restore` works on files: the store may be too damaged to open."""
    from editor_app.paths import resolve
    from editor_app.services.backup import restore_backup, start_empty

    paths = resolve(args.data_dir, args.database)
    if args.empty == (args.file is not None):
        raise UsageError("give a backup FILE or --empty (not both)")
    if args.file is not None and not args.file.is_file():
        raise UsageError(f"{args.file}: no such file")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("restore replaces the store: confirm with --yes")
        what = "an empty store" if args.empty else str(args.file)
        answer = input(f"Replace the store {paths.database_file} with {what}? "
                       "The current store is kept in recovery/. Type 'yes': ")
        if answer.strip().lower() not in ("yes", "y", "có", "co"):
            print("editor-app: nothing changed", file=sys.stderr)
            return 1
    if args.empty:
        moved = start_empty(paths)
        print("starting empty" + (f"; the previous store is in {moved}" if moved else ""))
        return 0
    moved = restore_backup(paths, args.file)
    print(f"restored {args.file}" + (f"; the previous store is in {moved}" if moved else ""))
    return 0


def _article(args: argparse.Namespace, room: Newsroom, who: Any) -> int:
    s = room.services
    if args.sub == "new":
        body = _read_text(args.body_file) if args.body_file else ""
        art = s.drafting.create(who(), ArticleFields(
            title=args.title, summary=args.summary, body=body, category_id=args.category))
        print(art.id)
    elif args.sub == "import":
        from editor_app.services.importing import import_markdown

        art = import_markdown(s, who(), _read_text(args.file), category=args.category)
        print(art.id)
    elif args.sub == "edit":
        new_body = _read_text(args.body_file) if args.body_file else None
        art = s.drafting.edit(who(), args.id, ArticleFields(
            title=args.title, summary=args.summary, body=new_body, category_id=args.category))
        print(f"{art.id} version {art.version}")
    elif args.sub == "show":
        art = s.drafting.get(args.id)
        if args.json:
            _print_json(_article_json(art))
        else:
            print(f"{art.title}\n{art.subtitle}\n\n{art.summary}\n\n{art.body}\n"
                  f"— {art.byline} ({art.department})\n"
                  f"[{i18n.status_name(art.status)}] {art.category_path} · v{art.version}"
                  .replace("\n\n\n", "\n\n"))
    elif args.sub == "list":
        items = s.drafting.summaries(status=args.status, category=args.category, author=args.author)
        if args.json:
            _print_json(items)
        for a in [] if args.json else items:
            print(f"{a.id}  {a.status.value:<10} {a.updated_at:%Y-%m-%d %H:%M}  {a.title}")
    elif args.sub == "render":
        art = s.drafting.get(args.id)
        rendered = s.rendering.body(art.body)
        if not rendered.ok:  # the page would be only an error box where the body goes
            raise InvalidInput(f"{art.id}: the body could not be rendered ({rendered.error}); "
                               "nothing was written")
        lang = i18n.language()
        for path in s.rendering.write_page(art, args.out, lang=lang, rendered=rendered):
            print(path)
    elif args.sub == "history":
        entries = s.review.history(args.id)
        if args.json:
            _print_json(entries)
        for e in [] if args.json else entries:
            print(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.who:<24} {e.text}")
    return 0


def _reader_left() -> int:
    """The reader closed the pipe (``| head``): stop quietly, as any Unix tool does.

    stdout is pointed at /dev/null so the interpreter's last flush cannot fail again.
    """
    import contextlib
    import os

    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    if args.command is None:
        return -1  # the caller starts the GUI
    if args.command == "about":  # reads no store: it must answer even when that is broken
        from editor_app import about
        from editor_app.paths import resolve

        info = about.gather(resolve(args.data_dir, args.database))
        if args.json:
            _print_json(about.as_dict(info))
        else:
            print("\n".join(about.as_lines(info)))
        return 0
    if args.command in ("verify", "restore"):
        try:
            return verify_main(args) if args.command == "verify" else restore_main(args)
        except BrokenPipeError:
            return _reader_left()
        except UsageError as exc:
            print(f"editor-app: {exc}", file=sys.stderr)
            return 2
        except DomainError as exc:
            print(f"editor-app: {exc}", file=sys.stderr)
            return exc.exit_code
    from editor_app.app import open_newsroom, report_damage
    from editor_app.domain.errors import StoreCorrupt
    from editor_app.paths import resolve

    paths = resolve(args.data_dir, args.database)
    room = None
    try:
        try:
            room = open_newsroom(paths, inspect_damaged=args.command == "check")
            return run(args, room)
        except Exception as exc:
            damage = report_damage(paths, exc)  # "malformed": mark it, say so, hint
            if damage is None:
                raise
            if args.command == "check":
                return _report_check([_integrity(str(damage))], paths)
            raise damage from exc
    except BrokenPipeError:
        return _reader_left()
    except StoreCorrupt as exc:
        print(f"editor-app: {exc}{_restore_hint(exc.backup)}", file=sys.stderr)
        return 1
    except DomainError as exc:
        print(f"editor-app: {exc}", file=sys.stderr)
        return exc.exit_code
    except UsageError as exc:
        print(f"editor-app: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        what = "cannot open the store" if room is None else "unexpected error"
        print(f"editor-app: {what}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        if room is not None:
            room.close()
