"""Publishing straight to a portal's CMS (issue 17): what a target must do.

A *target* is one CMS site (WordPress today). It never sees the store: the
publishing service (:mod:`.service`) reads the article, renders it, and hands the
target one :class:`OutgoingPost`; the target answers with a :class:`Published`
(the remote id and public URL, and the media it uploaded), which the service
records. So another CMS needs one class with these three methods and nothing else:

``test_connection()``
    Reach the site with the stored credentials; return who we are there.
``publish(post, known_media)``
    Create the post; ``known_media`` maps sha256 → :class:`RemoteMedia` already
    uploaded to this site, to reuse instead of uploading the same image again.
``update(remote_id, post, known_media)``
    Replace the content of the post created earlier (same id, same URL).

Every failure is raised as :class:`PublishError` with one line a person can act on
(wrong password, site unreachable, what the CMS said); the service then leaves the
article as it was. Targets never log or print the password.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from editor_app.domain.errors import DomainError

if TYPE_CHECKING:
    from collections.abc import Mapping


class PublishError(DomainError):
    """The portal refused or could not be reached; nothing changed in the store."""

    exit_code = 1

    def __init__(self, message: str, *, status: int = 0, term_id: int | None = None) -> None:
        super().__init__(message)
        self.status = status  # the HTTP status, when the site answered
        self.term_id = term_id  # WordPress's "term_exists": the term already there


@dataclass(frozen=True)
class OutgoingMedia:
    sha256: str
    filename: str
    mime: str
    data: bytes
    caption: str = ""
    credit: str = ""
    alt: str = ""


@dataclass(frozen=True)
class OutgoingPost:
    """One article as a CMS post: the sanitized body HTML, not Markdown."""

    article_id: str
    title: str
    excerpt: str
    content_html: str
    slug: str
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    byline: str = ""
    featured: OutgoingMedia | None = None


@dataclass(frozen=True)
class RemoteMedia:
    remote_id: str
    url: str


@dataclass(frozen=True)
class Published:
    remote_id: str
    url: str
    media: dict[str, RemoteMedia] = field(default_factory=dict)  # sha256 → what it became


class PublishTarget(Protocol):
    def test_connection(self) -> str: ...

    def publish(self, post: OutgoingPost, known_media: Mapping[str, RemoteMedia]) -> Published:
        ...

    def update(self, remote_id: str, post: OutgoingPost,
               known_media: Mapping[str, RemoteMedia]) -> Published: ...
