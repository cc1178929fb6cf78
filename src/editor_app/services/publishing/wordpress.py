"""A WordPress site as a publishing target, over its REST API (wp/v2).

Standard library ``urllib``, not ``httpx``: a handful of JSON requests and one
upload do not earn a dependency in a reporter's install. Routes go through
``?rest_route=`` rather than ``/wp-json/``: the same API, and it works on every
site, with or without pretty permalinks (PHP's built-in server has none).
Authentication is an application password (HTTP basic auth); it lives only in
this object's header and is never put in a message.
"""

from __future__ import annotations

import base64
import html
import json
import urllib.error
import urllib.parse
import urllib.request
from typing import TYPE_CHECKING, Any

from editor_app.services.publishing import (
    OutgoingMedia,
    OutgoingPost,
    Published,
    PublishError,
    RemoteMedia,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

TIMEOUT = 30.0  # seconds; an upload of a large image on a slow line still fits


class WordPressTarget:
    kind = "wordpress"

    def __init__(self, name: str, url: str, username: str, password: str, *,
                 create_terms: bool = True, timeout: float = TIMEOUT) -> None:
        self.name = name
        self.url = url.rstrip("/")
        self.create_terms = create_terms
        self._timeout = timeout
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"

    def __repr__(self) -> str:  # never the password, even in a traceback
        return f"WordPressTarget({self.name!r}, {self.url!r})"

    # -- the target interface ------------------------------------------------------
    def test_connection(self) -> str:
        me = self._call("GET", "/wp/v2/users/me", {"context": "edit"})
        return str(me.get("name") or me.get("slug") or "?")

    def publish(self, post: OutgoingPost, known_media: Mapping[str, RemoteMedia]) -> Published:
        return self._save(None, post, known_media)

    def update(self, remote_id: str, post: OutgoingPost,
               known_media: Mapping[str, RemoteMedia]) -> Published:
        return self._save(remote_id, post, known_media)

    # -- posts, terms, media ---------------------------------------------------------
    def _save(self, remote_id: str | None, post: OutgoingPost,
              known_media: Mapping[str, RemoteMedia]) -> Published:
        # Terms first: a refused one must not leave an orphan upload on the site.
        categories = [self._term("categories", n) for n in post.categories]
        tags = [self._term("tags", n) for n in post.tags]
        uploaded: dict[str, RemoteMedia] = {}
        featured = 0
        if post.featured is not None:
            media = self._media(post.featured, known_media.get(post.featured.sha256))
            uploaded[post.featured.sha256] = media
            featured = int(media.remote_id)
        payload = {
            "title": post.title,
            "excerpt": post.excerpt,
            "content": _with_byline(post.content_html, post.byline),
            "slug": post.slug,
            "status": "publish",
            "categories": categories,
            "tags": tags,
            "featured_media": featured,
        }
        route = "/wp/v2/posts" if remote_id is None else f"/wp/v2/posts/{int(remote_id)}"
        try:
            saved = self._call("POST", route, body=payload)
        except PublishError as exc:
            if remote_id is None or exc.status != 404:
                raise
            # Deleted on the site since: publish it again rather than fail forever.
            saved = self._call("POST", "/wp/v2/posts", body=payload)
        return Published(str(saved["id"]), str(saved.get("link", "")), uploaded)

    def _term(self, taxonomy: str, name: str) -> int:
        found = self._call("GET", f"/wp/v2/{taxonomy}", {"search": name, "per_page": "100"})
        for term in found if isinstance(found, list) else []:
            if html.unescape(str(term.get("name", ""))).casefold() == name.casefold():
                return int(term["id"])
        what = "category" if taxonomy == "categories" else "tag"
        if not self.create_terms:
            raise PublishError(f"{self.name}: the {what} {name!r} does not exist on the "
                               "portal, and creating categories and tags there is turned off")
        try:
            return int(self._call("POST", f"/wp/v2/{taxonomy}", body={"name": name})["id"])
        except PublishError as exc:
            existing = exc.term_id  # created meanwhile, or a near twin
            if existing is None:
                raise
            return int(existing)

    def _media(self, media: OutgoingMedia, known: RemoteMedia | None) -> RemoteMedia:
        caption = media.caption + (f" (Ảnh: {media.credit})" if media.credit else "")
        meta = {"caption": caption, "alt_text": media.alt, "title": media.caption or media.alt}
        if known is not None:
            try:  # the same image: only its caption and alt may have changed
                row = self._call("POST", f"/wp/v2/media/{int(known.remote_id)}", body=meta)
                return RemoteMedia(str(row["id"]), str(row.get("source_url", known.url)))
            except PublishError as exc:
                if exc.status != 404:
                    raise
        disposition = f'attachment; filename="{media.filename}"'
        row = self._call("POST", "/wp/v2/media", meta, raw=media.data,
                         headers={"Content-Type": media.mime,
                                  "Content-Disposition": disposition})
        return RemoteMedia(str(row["id"]), str(row.get("source_url", "")))

    # -- HTTP ----------------------------------------------------------------------
    def _call(self, method: str, route: str, query: Mapping[str, str] | None = None, *,
              body: Any = None, raw: bytes | None = None,
              headers: Mapping[str, str] | None = None) -> Any:
        params = {"rest_route": route, **(query or {})}
        url = f"{self.url}/?{urllib.parse.urlencode(params)}"
        data = raw
        hdrs = {"Authorization": self._auth, "Accept": "application/json",
                "User-Agent": "editor-app"}
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            hdrs["Content-Type"] = "application/json; charset=utf-8"
        hdrs.update(headers or {})
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(req, timeout=self._timeout) as resp:
                text = resp.read()
        except urllib.error.HTTPError as exc:
            raise self._refusal(exc) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PublishError(f"{self.name}: cannot reach {self.url} ({reason})") from None
        try:
            return json.loads(text)
        except ValueError:
            raise PublishError(f"{self.name}: {self.url} did not answer like a WordPress "
                               "REST API (is the URL the site's address?)") from None

    def _refusal(self, exc: urllib.error.HTTPError) -> PublishError:
        try:
            info = json.loads(exc.read() or b"{}")
        except ValueError:
            info = {}
        if not isinstance(info, dict):
            info = {}
        message = html.unescape(str(info.get("message") or exc.reason or "")).strip()
        if exc.code == 401:
            text = (f"{self.name}: WordPress at {self.url} refused the user name or "
                    f"application password (401: {message or 'unauthorized'})")
        elif exc.code == 403:
            text = f"{self.name}: WordPress refused: not allowed (403: {message})"
        else:
            text = f"{self.name}: WordPress answered {exc.code}: {message or 'no message'}"
        data = info.get("data")
        term = data.get("term_id") if isinstance(data, dict) else None
        return PublishError(text, status=exc.code,
                            term_id=int(term) if info.get("code") == "term_exists"
                            and isinstance(term, int) else None)


def _with_byline(content: str, byline: str) -> str:
    """The byline under the body, as Vietnamese portals print it."""
    if not byline.strip():
        return content
    return f'{content}\n<p class="byline"><strong>{html.escape(byline)}</strong></p>'
