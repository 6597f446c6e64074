"""Purposes and their per-channel policies, as stored; the defaults come from domain.catalog."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.db.models import Purpose, PurposeChannelPolicy
from desktop_app.domain import catalog as defaults
from desktop_app.domain.enums import Channel, FreshnessMode
from desktop_app.domain.policy import ChannelPolicy, PurposePolicy
from desktop_app.services import audit


@dataclass(frozen=True)
class PurposeView:
    id: int
    code: str
    name_de: str
    name_en: str
    description_de: str
    description_en: str
    is_profiling: bool
    freshness_months: int | None
    freshness_mode: FreshnessMode
    active: bool
    policy: PurposePolicy

    def name(self, lang: str) -> str:
        return self.name_de if lang == "de" else self.name_en


def ensure_default_catalog(session: Session, actor: str) -> int:
    """Adds the default purposes that are missing (by code); returns how many were added."""
    existing = set(session.execute(select(Purpose.code)).scalars())
    added = 0
    for order, spec in enumerate(defaults.DEFAULT_PURPOSES):
        if spec.code in existing:
            continue
        purpose = Purpose(
            code=spec.code,
            name_de=spec.name_de,
            name_en=spec.name_en,
            description_de=spec.description_de,
            description_en=spec.description_en,
            is_profiling=spec.policy.is_profiling,
            freshness_months=spec.policy.freshness_months,
            freshness_mode=spec.policy.freshness_mode.value,
            sort_order=order,
        )
        purpose.policies = [
            _policy_row(spec.policy.channels[ch]) for ch in Channel if ch in spec.policy.channels
        ]
        session.add(purpose)
        added += 1
    if added:
        session.flush()
        audit.record(session, actor, "create_default_catalog", "purpose", None, f"purposes={added}")
    return added


def _policy_row(policy: ChannelPolicy) -> PurposeChannelPolicy:
    return PurposeChannelPolicy(
        channel=policy.channel.value,
        enabled=policy.enabled,
        allow_consent=policy.allow_consent,
        allow_existing_customer=policy.allow_existing_customer,
        allow_presumed_b2b=policy.allow_presumed_b2b,
        allow_legitimate_interest=policy.allow_legitimate_interest,
        require_doi=policy.require_doi,
    )


def to_policy(purpose: Purpose) -> PurposePolicy:
    return PurposePolicy.of(
        purpose.code,
        [
            ChannelPolicy(
                channel=Channel(p.channel),
                enabled=p.enabled,
                allow_consent=p.allow_consent,
                allow_existing_customer=p.allow_existing_customer,
                allow_presumed_b2b=p.allow_presumed_b2b,
                allow_legitimate_interest=p.allow_legitimate_interest,
                require_doi=p.require_doi,
            )
            for p in purpose.policies
        ],
        is_profiling=purpose.is_profiling,
        freshness_months=purpose.freshness_months,
        freshness_mode=FreshnessMode(purpose.freshness_mode),
    )


def list_purposes(session: Session, include_inactive: bool = False) -> list[PurposeView]:
    query = select(Purpose).options(selectinload(Purpose.policies)).order_by(Purpose.sort_order, Purpose.id)
    if not include_inactive:
        query = query.where(Purpose.active.is_(True))
    return [_view(p) for p in session.execute(query).scalars()]


def purpose_by_code(session: Session, code: str) -> PurposeView | None:
    row = session.execute(
        select(Purpose).options(selectinload(Purpose.policies)).where(Purpose.code == code)
    ).scalar_one_or_none()
    return _view(row) if row else None


def _view(p: Purpose) -> PurposeView:
    return PurposeView(
        id=p.id,
        code=p.code,
        name_de=p.name_de,
        name_en=p.name_en,
        description_de=p.description_de,
        description_en=p.description_en,
        is_profiling=p.is_profiling,
        freshness_months=p.freshness_months,
        freshness_mode=FreshnessMode(p.freshness_mode),
        active=p.active,
        policy=to_policy(p),
    )
