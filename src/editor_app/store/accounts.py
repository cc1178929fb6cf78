"""Repositories for sign-in (credentials, failed attempts) and the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from editor_app.store.models import (
    AuditRow,
    CredentialRow,
    RememberedDeviceRow,
    SignInFailureRow,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from sqlalchemy.orm import Session


class Credentials:
    def __init__(self, session: Session) -> None:
        self.s = session

    def hash_for(self, person_id: str) -> str | None:
        return self.s.scalar(
            select(CredentialRow.password_hash).where(CredentialRow.person_id == person_id))

    def people_with_password(self) -> set[str]:
        return set(self.s.scalars(select(CredentialRow.person_id)))

    def set(self, person_id: str, password_hash: str, at: datetime) -> None:
        row = self.s.get(CredentialRow, person_id)
        if row is None:
            self.s.add(CredentialRow(person_id=person_id, password_hash=password_hash,
                                     changed_at=at))
        else:
            row.password_hash, row.changed_at = password_hash, at
        self.s.flush()


class SignInFailures:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, login: str) -> SignInFailureRow | None:
        return self.s.get(SignInFailureRow, login)

    def record(self, login: str, at: datetime, blocked_until: datetime | None,
               failures: int) -> None:
        row = self.s.get(SignInFailureRow, login)
        if row is None:
            self.s.add(SignInFailureRow(login=login, failures=failures, last_failure_at=at,
                                        blocked_until=blocked_until))
        else:
            row.failures, row.last_failure_at, row.blocked_until = failures, at, blocked_until
        self.s.flush()

    def clear(self, login: str) -> None:
        self.s.execute(delete(SignInFailureRow).where(SignInFailureRow.login == login))

    def forget_before(self, cutoff: datetime) -> None:
        """Old failures of logins nobody tries any more: the table stays small."""
        self.s.execute(delete(SignInFailureRow).where(SignInFailureRow.last_failure_at < cutoff))


class RememberedDevices:
    """Devices where someone stays signed in, by the hash of their secret."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, secret_hash: str, person_id: str, at: datetime) -> None:
        self.s.add(RememberedDeviceRow(secret_hash=secret_hash, person_id=person_id,
                                       created_at=at))
        self.s.flush()

    def person_for(self, secret_hash: str) -> str | None:
        row = self.s.get(RememberedDeviceRow, secret_hash)
        return row.person_id if row is not None else None

    def forget(self, secret_hash: str) -> None:
        self.s.execute(delete(RememberedDeviceRow)
                       .where(RememberedDeviceRow.secret_hash == secret_hash))

    def forget_person(self, person_id: str) -> None:
        self.s.execute(delete(RememberedDeviceRow)
                       .where(RememberedDeviceRow.person_id == person_id))


class Audit:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, at: datetime, actor_id: str | None, action: str, kind: str,
            subject_id: str, detail: str = "") -> None:
        self.s.add(AuditRow(at=at, actor_id=actor_id, action=action, subject_kind=kind,
                            subject_id=subject_id, detail=detail))
        self.s.flush()

    def for_subject(self, kind: str, subject_id: str) -> Sequence[AuditRow]:
        return self.s.scalars(
            select(AuditRow).where(AuditRow.subject_kind == kind,
                                   AuditRow.subject_id == subject_id)
            .order_by(AuditRow.at, AuditRow.id)).all()

    def has_action(self, action: str) -> bool:
        return self.s.scalar(select(AuditRow.id).where(AuditRow.action == action).limit(1)) \
            is not None

    def recent(self, limit: int = 200) -> Sequence[AuditRow]:
        return self.s.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)).all()
