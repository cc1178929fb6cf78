"""What the API reads and answers, as pydantic models: they make its OpenAPI document.

Inputs name only what a client may choose. Who acts, when and with which id is
never among them; fields a client adds anyway are ignored.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from editor_app.domain.workflow import Role, Status


class Health(BaseModel):
    status: str
    version: str
    schema_revision: str | None


class SignIn(BaseModel):
    login: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device: str = Field(min_length=1, max_length=100, description="shown to administrators")


class PersonOut(BaseModel):
    id: str
    login: str
    name: str
    role: Role
    department: str


class SignedIn(BaseModel):
    token: str = Field(description="send as `Authorization: Bearer TOKEN`; shown only once")
    token_id: str
    expires_at: datetime
    person: PersonOut


class TokenOut(BaseModel):
    id: str
    login: str
    device: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    live: bool


class Revoked(BaseModel):
    revoked: int


class PersonRefOut(BaseModel):
    id: str
    login: str
    name: str


class MediaOut(BaseModel):
    sha256: str
    mime: str
    ext: str
    size: int
    width: int
    height: int
    caption: str
    credit: str
    alt: str


class SummaryOut(BaseModel):
    id: str
    title: str
    slug: str
    status: Status
    category_id: str | None
    category_name: str
    author_id: str
    author_name: str
    updated_at: datetime
    version: int


class ArticleOut(BaseModel):
    id: str
    title: str
    subtitle: str
    summary: str
    body: str
    slug: str
    status: Status
    category_id: str | None
    category_name: str
    category_path: str
    tags: list[str]
    author_id: str
    authors: list[PersonRefOut]
    byline: str
    department: str
    source: str
    dateline: str
    version: int
    revision_id: str | None
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None
    approved_at: datetime | None
    approved_by: str | None
    exported_at: datetime | None
    featured: MediaOut | None
    media: list[MediaOut]


class WorkflowAction(StrEnum):
    SUBMIT = "submit"
    START_REVIEW = "start_review"
    RETURN = "return"
    APPROVE = "approve"
    WITHDRAW = "withdraw"
    ARCHIVE = "archive"


class ActionIn(BaseModel):
    """A workflow step. The server decides who takes it (the token) and when (its clock)."""

    action: WorkflowAction
    note: str = Field(default="", max_length=10_000)


class Problem(BaseModel):
    """Every refusal: a code a program can test and words a person understands."""

    error: str
    detail: str
