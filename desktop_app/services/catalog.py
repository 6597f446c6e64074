"""Purposes and their per-channel policies, as stored; the defaults come from domain.catalog."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.db.models import Purpose, PurposeChannelPolicy
from desktop_app.domain import catalog as defaults
from desktop_app.domain.enums import Channel, FreshnessMode
from desktop_app.domain.policy import ChannelPolicy, PurposePolicy
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
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


def missing_default_purposes(session: Session) -> set[str]:
    """The codes of the default purposes the database lacks (all of them on a new database)."""
    existing = set(session.execute(select(Purpose.code)).scalars())
    return {str(spec.code) for spec in defaults.DEFAULT_PURPOSES} - existing


def ensure_default_catalog(session: Session, actor: str) -> int:
    """Adds the default purposes that are missing (by code); returns how many were added."""
    missing = missing_default_purposes(session)
    added = 0
    for order, spec in enumerate(defaults.DEFAULT_PURPOSES):
        if spec.code not in missing:
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


@dataclass(frozen=True)
class PurposeInput:
    code: str
    name_de: str
    name_en: str
    description_de: str
    description_en: str
    is_profiling: bool
    freshness_months: int | None
    freshness_mode: FreshnessMode
    retention_months: int | None
    recipients: str
    active: bool
    channels: tuple[ChannelPolicy, ...]


def purpose_input(
    view: PurposeView, recipients: str = "", retention_months: int | None = None
) -> PurposeInput:
    return PurposeInput(
        code=view.code,
        name_de=view.name_de,
        name_en=view.name_en,
        description_de=view.description_de,
        description_en=view.description_en,
        is_profiling=view.is_profiling,
        freshness_months=view.freshness_months,
        freshness_mode=view.freshness_mode,
        retention_months=retention_months,
        recipients=recipients,
        active=view.active,
        channels=tuple(view.policy.channels[ch] for ch in Channel if ch in view.policy.channels),
    )


_CODE_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_-")


def _check_purpose(session: Session, data: PurposeInput, own_id: int | None) -> None:
    if not data.code or set(data.code) - _CODE_CHARS or len(data.code) > 40:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The code may use lower-case letters, digits, - and _ (at most 40 characters)."
            )
        )
    clash = session.execute(select(Purpose.id).where(Purpose.code == data.code)).scalar_one_or_none()
    if clash is not None and clash != own_id:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A purpose with the code “{code}” exists."), code=data.code
        )
    if not data.name_de.strip() or not data.name_en.strip():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A purpose needs a German and an English name."))
    if data.freshness_months is not None and not 1 <= data.freshness_months <= 240:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The freshness window must be between 1 and 240 months, or none.")
        )
    if data.retention_months is not None and not 1 <= data.retention_months <= 1200:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The retention period must be between 1 and 1200 months.")
        )
    for policy in data.channels:
        _check_policy(policy, data.is_profiling)


def _check_policy(policy: ChannelPolicy, profiling: bool) -> None:
    """Refuse a basis the law does not offer on that channel, instead of silently ignoring it."""
    if policy.allow_existing_customer and policy.channel != Channel.EMAIL:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The existing-customer exception (§7(3) UWG) exists for e-mail only.")
        )
    if policy.allow_presumed_b2b and policy.channel != Channel.PHONE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Presumed consent of businesses (§7(2) Nr. 1 UWG) exists for phone only."
            )
        )
    if policy.allow_legitimate_interest and policy.channel != Channel.POST:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Legitimate interest without consent is possible for addressed post only (UWG §7)."
            )
        )
    if profiling and (
        policy.allow_existing_customer or policy.allow_presumed_b2b or policy.allow_legitimate_interest
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "A profiling purpose needs consent on every channel; other bases cannot be allowed."
            )
        )


def save_purpose(session: Session, actor: str, purpose_id: int | None, data: PurposeInput) -> PurposeView:
    """Creates (purpose_id None) or updates a purpose and its channel policies."""
    _check_purpose(session, data, purpose_id)
    if purpose_id is None:
        row = Purpose(code=data.code, sort_order=100)
        session.add(row)
    else:
        found = session.get(Purpose, purpose_id)
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The purpose no longer exists."))
        row = found
        if row.code != data.code:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The code of a purpose cannot change: imports and scripts use it."
                )
            )
    row.name_de, row.name_en = data.name_de.strip(), data.name_en.strip()
    row.description_de, row.description_en = data.description_de.strip(), data.description_en.strip()
    row.is_profiling = data.is_profiling
    row.freshness_months = data.freshness_months
    row.freshness_mode = FreshnessMode(data.freshness_mode).value
    row.retention_months = data.retention_months
    row.recipients = data.recipients.strip()
    row.active = data.active
    existing = {p.channel: p for p in row.policies}
    for policy in data.channels:
        target = existing.get(policy.channel.value)
        if target is None:
            row.policies.append(_policy_row(policy))
            continue
        target.enabled, target.allow_consent = policy.enabled, policy.allow_consent
        target.allow_existing_customer = policy.allow_existing_customer
        target.allow_presumed_b2b = policy.allow_presumed_b2b
        target.allow_legitimate_interest = policy.allow_legitimate_interest
        target.require_doi = policy.require_doi
    session.flush()
    audit.record(session, actor, "create" if purpose_id is None else "update", "purpose", row.id)
    session.refresh(row)
    return _view(row)


def purpose_details(session: Session, purpose_id: int) -> tuple[PurposeView, str, int | None]:
    """The view plus the two fields only the editor and the Art. 30 record need."""
    row = session.get(Purpose, purpose_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The purpose no longer exists."))
    return _view(row), row.recipients, row.retention_months
