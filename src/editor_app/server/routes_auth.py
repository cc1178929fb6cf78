"""Signing in and out, who am I, and the administrators' view of tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Path

from editor_app.server.deps import Context, Signed
from editor_app.server.schemas import PersonOut, Problem, Revoked, SignedIn, SignIn, TokenOut

if TYPE_CHECKING:
    from datetime import datetime

    from editor_app.domain.entities import Person
    from editor_app.services.tokens import TokenInfo

router = APIRouter()
Login = Annotated[str, Path(min_length=1, max_length=64)]
TokenId = Annotated[str, Path(min_length=1, max_length=64)]
REFUSALS: dict[int | str, dict[str, object]] = {
    code: {"model": Problem} for code in (401, 403, 404, 422, 429)}


def person_out(p: Person) -> PersonOut:
    return PersonOut(id=p.id, login=p.login, name=p.name, role=p.role, department=p.department)


def token_out(t: TokenInfo, at: datetime) -> TokenOut:
    return TokenOut(id=t.id, login=t.login, device=t.device, created_at=t.created_at,
                    expires_at=t.expires_at, revoked_at=t.revoked_at, live=t.live(at))


@router.post("/auth/login", response_model=SignedIn, responses=REFUSALS, tags=["auth"])
def login(body: SignIn, ctx: Context) -> SignedIn:
    """Sign in with login and password; the answer's token is shown only this once.

    Failed attempts are counted per login in the store: after a few, the next
    attempt must wait (429 with Retry-After), whatever password it brings.
    """
    issued = ctx.tokens.sign_in(body.login, body.password, body.device)
    return SignedIn(token=issued.token, token_id=issued.info.id,
                    expires_at=issued.info.expires_at, person=person_out(issued.person))


@router.post("/auth/logout", status_code=204, responses=REFUSALS, tags=["auth"])
def logout(who: Signed, ctx: Context) -> None:
    """Revoke the token this request came with."""
    ctx.tokens.sign_out(who)


@router.get("/me", response_model=PersonOut, responses=REFUSALS, tags=["auth"])
def me(who: Signed) -> PersonOut:
    return person_out(who.person)


@router.get("/people/{login}/tokens", response_model=list[TokenOut], responses=REFUSALS,
            tags=["people"])
def tokens_of(login: Login, who: Signed, ctx: Context) -> list[TokenOut]:
    """A person's tokens, revoked and expired ones too (administrators only)."""
    from editor_app.services.common import now

    at = now()
    return [token_out(t, at) for t in ctx.tokens.tokens_of(who.person, login)]


@router.delete("/people/{login}/tokens", response_model=Revoked, responses=REFUSALS,
               tags=["people"])
def revoke_all(login: Login, who: Signed, ctx: Context) -> Revoked:
    """Revoke every token of a person at once (administrators only)."""
    return Revoked(revoked=ctx.tokens.revoke_all(who.person, login))


@router.delete("/people/{login}/tokens/{token_id}", response_model=TokenOut,
               responses=REFUSALS, tags=["people"])
def revoke_one(login: Login, token_id: TokenId, who: Signed, ctx: Context) -> TokenOut:
    """Revoke one of a person's tokens (administrators only)."""
    from editor_app.services.common import now

    return token_out(ctx.tokens.revoke(who.person, token_id, login), now())
