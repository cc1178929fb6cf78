"""Typed SQLAlchemy 2 models. The schema changes only through Alembic migrations.

Ids are UUID text so that articles and revisions keep their identity across
machines and bundles; ``articles.pk`` is a local integer that keys the
full-text index (FTS5 rows are addressed by integer rowid).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from editor_app.store.types import JSONText, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Id = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(), dict[str, Any]: JSONText(), str: Text(),
    }


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str]
    role: Mapped[str] = mapped_column(String(16))
    department: Mapped[str] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class CategoryRow(Base):
    __tablename__ = "categories"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("categories.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Retired: kept with its articles, offered for no new article.
    retired_at: Mapped[datetime | None]


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (
        # The last line of "an editor never approves their own article".
        CheckConstraint(
            "approved_by_id IS NULL OR approved_by_id <> author_id", name="not_self_approved"
        ),
        CheckConstraint("version >= 1", name="version_positive"),
        # "Same category, newest" and the article list, without touching bodies.
        Index("ix_articles_category_status_updated", "category_id", "status", "updated_at"),
        Index("ix_articles_status_updated", "status", "updated_at"),
        Index("ix_articles_author_updated", "author_id", "updated_at"),
        Index("ix_articles_updated", "updated_at"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(Id, unique=True)
    title: Mapped[str]
    subtitle: Mapped[str] = mapped_column(default="")
    summary: Mapped[str] = mapped_column(default="")
    body: Mapped[str] = mapped_column(Text, default="", deferred=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    status: Mapped[str] = mapped_column(String(16))
    category_id: Mapped[str | None] = mapped_column(ForeignKey("categories.id"))
    tags: Mapped[str] = mapped_column(default="")  # comma-separated, NFC
    author_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    byline: Mapped[str] = mapped_column(default="")
    department: Mapped[str] = mapped_column(default="")
    source: Mapped[str] = mapped_column(default="")
    dateline: Mapped[str] = mapped_column(default="")
    featured_sha256: Mapped[str | None] = mapped_column(ForeignKey("media.sha256"))
    featured_caption: Mapped[str] = mapped_column(default="")
    featured_credit: Mapped[str] = mapped_column(default="")
    featured_alt: Mapped[str] = mapped_column(default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    revision_id: Mapped[str | None] = mapped_column(Id)
    # In conflict (sync): the other head, kept until a person resolves the two.
    conflict_revision_id: Mapped[str | None] = mapped_column(Id)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    submitted_at: Mapped[datetime | None]
    approved_at: Mapped[datetime | None]
    approved_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    exported_at: Mapped[datetime | None]


class ArticleAuthorRow(Base):
    __tablename__ = "article_authors"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class RevisionRow(Base):
    """An immutable snapshot: written once, never updated."""

    __tablename__ = "revisions"
    __table_args__ = (
        UniqueConstraint("article_id", "number"),
        Index("ix_revisions_article_number", "article_id", "number"),
    )

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("revisions.id"))
    # A merge (sync) has two parents: the other one is here.
    merge_parent_id: Mapped[str | None] = mapped_column(ForeignKey("revisions.id"))
    number: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(String(16))
    title: Mapped[str]
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSONText(), deferred=True)


class TransitionRow(Base):
    """The audit trail: who moved which article from where to where, and why."""

    __tablename__ = "transitions"
    __table_args__ = (Index("ix_transitions_article_at", "article_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    actor_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(default="")
    at: Mapped[datetime]


class CommentRow(Base):
    __tablename__ = "comments"
    __table_args__ = (Index("ix_comments_article_created", "article_id", "created_at"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    author_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    body: Mapped[str]
    created_at: Mapped[datetime]
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class MediaRow(Base):
    """Content-addressed: the same image is stored once, whoever uses it."""

    __tablename__ = "media"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(64))
    ext: Mapped[str] = mapped_column(String(8))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime]


class ArticleMediaRow(Base):
    """Inline images of an article, with their caption and credit."""

    __tablename__ = "article_media"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("media.sha256"), primary_key=True)
    caption: Mapped[str] = mapped_column(default="")
    credit: Mapped[str] = mapped_column(default="")
    alt: Mapped[str] = mapped_column(default="")


class RelatedPinRow(Base):
    """An editor's choice in the related list: pinned (in order) or hidden."""

    __tablename__ = "related_pins"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    related_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class ExportRecordRow(Base):
    __tablename__ = "export_records"
    __table_args__ = (Index("ix_export_records_article_at", "article_id", "at"),)

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    revision_id: Mapped[str] = mapped_column(Id)
    exporter_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    at: Mapped[datetime]
    path: Mapped[str]
    sha256: Mapped[str] = mapped_column(String(64))


class CredentialRow(Base):
    """A person's password as an argon2id hash.

    Apart from ``people``, so that no query for names and roles carries a hash along.
    """

    __tablename__ = "credentials"

    person_id: Mapped[str] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    password_hash: Mapped[str] = mapped_column(String(512))
    changed_at: Mapped[datetime]


class SignInFailureRow(Base):
    """Failed sign-ins per login (known or not), so the backoff survives a restart."""

    __tablename__ = "sign_in_failures"

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime]
    blocked_until: Mapped[datetime | None]


class RememberedDeviceRow(Base):
    """A device where someone stays signed in: the SHA-256 of its random secret, never the secret.

    The secret itself lives in that device's settings; a copy of the store (a backup)
    therefore lets nobody sign in, and signing out deletes the row.
    """

    __tablename__ = "remembered_devices"
    __table_args__ = (Index("ix_remembered_devices_person", "person_id"),)

    secret_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    created_at: Mapped[datetime]


class AuditRow(Base):
    """Who changed a person or a category, when, and what (never a password)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_subject", "subject_kind", "subject_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    actor_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))  # None: the console
    action: Mapped[str] = mapped_column(String(32))
    subject_kind: Mapped[str] = mapped_column(String(16))  # person, category
    subject_id: Mapped[str] = mapped_column(Id)
    detail: Mapped[str] = mapped_column(default="")


class PublishTargetRow(Base):
    """A portal articles are published to (issue 17): where, as whom, and its rules.

    The password is never here: it is kept in the OS keyring or a file only the user
    can read (services/publishing/secrets.py).
    """

    __tablename__ = "publish_targets"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    url: Mapped[str]
    username: Mapped[str] = mapped_column(default="")
    # Staff may forbid creating categories and tags on the portal: a missing one is
    # then an error, not a new term.
    create_terms: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class RemotePostRow(Base):
    """The post an article became on a target: publishing again updates this one."""

    __tablename__ = "remote_posts"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    target_id: Mapped[str] = mapped_column(
        ForeignKey("publish_targets.id", ondelete="CASCADE"), primary_key=True
    )
    remote_id: Mapped[str] = mapped_column(String(64))
    url: Mapped[str]
    published_at: Mapped[datetime]


class RemoteMediaRow(Base):
    """An image already uploaded to a target, by content: it is not uploaded twice."""

    __tablename__ = "remote_media"

    target_id: Mapped[str] = mapped_column(
        ForeignKey("publish_targets.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    remote_id: Mapped[str] = mapped_column(String(64))
    url: Mapped[str]


class PortalIdentityRow(Base):
    """The portal the newsroom publishes: one row, set by an admin (issue 17).

    One row (id 1) rather than loose settings: the page needs all of it at once, and a
    sync later carries it as one record with its time and author.
    """

    __tablename__ = "portal_identity"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(default="")
    agency: Mapped[str] = mapped_column(default="")
    base_url: Mapped[str] = mapped_column(default="")
    logo_sha256: Mapped[str | None] = mapped_column(ForeignKey("media.sha256"))
    # Category id → URL path ("/thoi-su"): ids, so a renamed category keeps its section.
    sections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime]
    updated_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))


class ApiTokenRow(Base):
    """A sign-in to the newsroom server: only the SHA-256 of the token is kept.

    The token itself (256 random bits) is shown once, to the device that signed in;
    whoever reads this table cannot act as anyone. Revoked tokens stay, dated.
    """

    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    person_id: Mapped[str] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    device: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


# -- the team newsroom's sync (issue 13) -------------------------------------------
class SyncLogRow(Base):
    """The server's change feed: every accepted change gets the next sequence number.

    Written in the flush that writes the change (store/sync_capture.py), so nothing
    reaches an article on the server without a number; pull reads after a number.
    """

    __tablename__ = "sync_log"
    __table_args__ = (Index("ix_sync_log_article_seq", "article_id", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # revision, transition, comment, pins
    article_id: Mapped[str] = mapped_column(Id)
    object_id: Mapped[str] = mapped_column(String(64), default="")
    change_id: Mapped[str | None] = mapped_column(Id)  # the push that brought it, if any
    at: Mapped[datetime]


class SyncReceiptRow(Base):
    """The answer given to a pushed change, by its client-made id: a retry gets it again."""

    __tablename__ = "sync_receipts"

    change_id: Mapped[str] = mapped_column(Id, primary_key=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    at: Mapped[datetime]
    answer: Mapped[dict[str, Any]] = mapped_column(JSONText())


class OutboxRow(Base):
    """A client's own change waiting to be pushed (or answered: accepted, rejected)."""

    __tablename__ = "sync_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(Id, unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # revision, action, comment, pins
    article_id: Mapped[str] = mapped_column(Id)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONText())
    state: Mapped[str] = mapped_column(String(16), default="pending")
    reason: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime]


class SyncStateRow(Base):
    """One row: is this store a server (keeps a log) or a client (keeps an outbox)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mode: Mapped[str] = mapped_column(String(8))  # server | client
    cursor: Mapped[int] = mapped_column(Integer, default=0)  # client: last seq pulled


class HouseTermRow(Base):
    """An official name as the newsroom writes it (issue 16): checked in every article."""

    __tablename__ = "house_terms"

    id: Mapped[str] = mapped_column(Id, primary_key=True)
    canonical: Mapped[str] = mapped_column(unique=True)
    variants: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"forms": [...]}
    before_name: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class NewsroomSettingRow(Base):
    """A setting of the whole newsroom (not of one desktop), such as the tone style."""

    __tablename__ = "newsroom_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str]
    updated_at: Mapped[datetime]
    updated_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))


class SpellWordRow(Base):
    """A word the newsroom's dictionary accepts beyond hunspell-vi (issue 16).

    Names, loanwords, local places: in the store so every desktop (and later the server)
    shares them.
    """

    __tablename__ = "spell_words"

    word: Mapped[str] = mapped_column(primary_key=True)  # NFC, as written
    added_at: Mapped[datetime]
    added_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))


class IndexPendingRow(Base):
    """An article whose search-index rows are behind its text (SQLite, issue 19).

    A desktop save records the article here, in its own transaction, instead of
    rewriting its full-text rows (half an autosave of a long article); the next reader
    of the index indexes it first (``search_index.catch_up``). In the table, not in
    memory, so a crash between the two can never leave the index silently stale.
    """

    __tablename__ = "index_pending"

    pk: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
