"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-29 14:15:18.374814
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=60), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.UniqueConstraint("seq", name=op.f("uq_audit_entries_seq")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_audit_entries_entry_hash")),
    )
    op.create_table(
        "data_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("is_third_party", sa.Boolean(), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=True),
        sa.Column("collected_from", sa.Date(), nullable=True),
        sa.Column("collected_to", sa.Date(), nullable=True),
        sa.Column("legal_basis_note", sa.Text(), nullable=False),
        sa.Column("retention_months", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_data_sources_name")),
    )
    op.create_table(
        "purposes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_de", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("description_de", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("is_profiling", sa.Boolean(), nullable=False),
        sa.Column("freshness_months", sa.Integer(), nullable=True),
        sa.Column("freshness_mode", sa.String(length=10), nullable=False),
        sa.Column("retention_months", sa.Integer(), nullable=True),
        sa.Column("recipients", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purposes")),
        sa.UniqueConstraint("code", name=op.f("uq_purposes_code")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column("segment_json", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_campaigns_purpose_id_purposes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("name", name=op.f("uq_campaigns_name")),
    )
    op.create_table(
        "consent_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_consent_texts_purpose_id_purposes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_texts")),
        sa.UniqueConstraint("purpose_id", "language", "version", name=op.f("uq_consent_texts_purpose_id")),
    )
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("sheet", sa.String(length=200), nullable=True),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        sa.Column("counts_json", sa.Text(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["source_id"], ["data_sources.id"], name=op.f("fk_import_batches_source_id_data_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "purpose_channel_policies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("allow_consent", sa.Boolean(), nullable=False),
        sa.Column("allow_existing_customer", sa.Boolean(), nullable=False),
        sa.Column("allow_presumed_b2b", sa.Boolean(), nullable=False),
        sa.Column("allow_legitimate_interest", sa.Boolean(), nullable=False),
        sa.Column("require_doi", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["purpose_id"],
            ["purposes.id"],
            name=op.f("fk_purpose_channel_policies_purpose_id_purposes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purpose_channel_policies")),
        sa.UniqueConstraint("purpose_id", "channel", name=op.f("uq_purpose_channel_policies_purpose_id")),
    )
    op.create_table(
        "retention_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("purpose_id", sa.Integer(), nullable=True),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_retention_rules_purpose_id_purposes")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["data_sources.id"], name=op.f("fk_retention_rules_source_id_data_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rules")),
    )
    op.create_table(
        "campaign_exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("params_json", sa.Text(), nullable=False),
        sa.Column("columns_json", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("excluded_json", sa.Text(), nullable=False),
        sa.Column("rules_version", sa.String(length=20), nullable=False),
        sa.Column("audit_anchor", sa.String(length=100), nullable=False),
        sa.Column("exported_by", sa.String(length=200), nullable=True),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_exports_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_campaign_exports_purpose_id_purposes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_exports")),
    )
    with op.batch_alter_table("campaign_exports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_exports_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_no", sa.String(length=60), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("salutation", sa.String(length=200), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("email_norm", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("mobile", sa.String(length=60), nullable=False),
        sa.Column("mobile_e164", sa.String(length=20), nullable=True),
        sa.Column("email_hash", sa.String(length=64), nullable=True),
        sa.Column("email_loose_hash", sa.String(length=64), nullable=True),
        sa.Column("phone_hash", sa.String(length=64), nullable=True),
        sa.Column("mobile_hash", sa.String(length=64), nullable=True),
        sa.Column("phone_is_mobile", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=12), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("is_existing_customer", sa.Boolean(), nullable=False),
        sa.Column("customer_since", sa.Date(), nullable=True),
        sa.Column("last_purchase_on", sa.Date(), nullable=True),
        sa.Column("address_from_sale", sa.Boolean(), nullable=False),
        sa.Column("informed_right_to_object", sa.Boolean(), nullable=False),
        sa.Column("art14_notified_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("restricted_reason", sa.Text(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_customers_import_batch_id_import_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["data_sources.id"], name=op.f("fk_customers_source_id_data_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("customer_no", name=op.f("uq_customers_customer_no")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_email_norm"), ["email_norm"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_email_hash"), ["email_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_email_loose_hash"), ["email_loose_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_mobile_hash"), ["mobile_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_phone_hash"), ["phone_hash"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_import_batch_id"), ["import_batch_id"], unique=False)
        batch_op.create_index("ix_customers_name_status", ["last_name", "first_name", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_mobile_e164"), ["mobile_e164"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_phone_e164"), ["phone_e164"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_source_id"), ["source_id"], unique=False)
        batch_op.create_index("ix_customers_status", ["status"], unique=False)

    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("purpose_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("legal_basis", sa.String(length=30), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=True),
        sa.Column("doi_requested_at", sa.DateTime(), nullable=True),
        sa.Column("doi_confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("refused_at", sa.DateTime(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.Column("capture_method", sa.String(length=20), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_third_party", sa.Boolean(), nullable=False),
        sa.Column("names_business", sa.Boolean(), nullable=False),
        sa.Column("parental_consent", sa.Boolean(), nullable=False),
        sa.Column("consent_text_id", sa.Integer(), nullable=True),
        sa.Column("proof_ref", sa.Text(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"], ["attachments.id"], name=op.f("fk_consents_attachment_id_attachments")
        ),
        sa.ForeignKeyConstraint(
            ["consent_text_id"], ["consent_texts.id"], name=op.f("fk_consents_consent_text_id_consent_texts")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_consents_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_consents_import_batch_id_import_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["purpose_id"], ["purposes.id"], name=op.f("fk_consents_purpose_id_purposes")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["data_sources.id"], name=op.f("fk_consents_source_id_data_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
        sa.UniqueConstraint("customer_id", "purpose_id", "channel", name=op.f("uq_consents_customer_id")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consents_import_batch_id"), ["import_batch_id"], unique=False)
        batch_op.create_index(
            "ix_consents_purpose_channel_status",
            ["purpose_id", "channel", "status", "customer_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_consents_evaluation",
            [
                "purpose_id",
                "channel",
                "status",
                "customer_id",
                "legal_basis",
                "granted_at",
                "doi_confirmed_at",
                "withdrawn_at",
                "valid_until",
                "last_used_at",
                "source_third_party",
                "names_business",
                "parental_consent",
                "recorded_at",
            ],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_consents_source_id"), ["source_id"], unique=False)

    op.create_table(
        "customer_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=True),
        sa.Column("method", sa.String(length=30), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("related_customer_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_customer_events_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_events")),
    )
    with op.batch_alter_table("customer_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_events_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "customer_tags",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_tags_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_customer_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("customer_id", "tag_id", name=op.f("pk_customer_tags")),
    )
    with op.batch_alter_table("customer_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "import_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("version_after", sa.Integer(), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("tag_ids_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["import_batches.id"], name=op.f("fk_import_changes_batch_id_import_batches")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_import_changes_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_changes")),
    )
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_changes_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_import_changes_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "data_subject_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("requester", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=False),
        sa.Column("identity_checked", sa.Boolean(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("extended_until", sa.Date(), nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("handled_by", sa.String(length=200), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_data_subject_requests_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_subject_requests")),
    )
    with op.batch_alter_table("data_subject_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_data_subject_requests_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "suppressions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("email_hash", sa.String(length=64), nullable=True),
        sa.Column("email_loose_hash", sa.String(length=64), nullable=True),
        sa.Column("phone_hash", sa.String(length=64), nullable=True),
        sa.Column("effective_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_suppressions_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppressions")),
    )
    with op.batch_alter_table("suppressions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suppressions_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suppressions_email_hash"), ["email_hash"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_suppressions_email_loose_hash"), ["email_loose_hash"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_suppressions_phone_hash"), ["phone_hash"], unique=False)

    op.create_table(
        "campaign_export_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=True),
        sa.Column("basis", sa.String(length=30), nullable=False),
        sa.Column("basis_date", sa.DateTime(), nullable=True),
        sa.Column("values_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consents.id"], name=op.f("fk_campaign_export_rows_consent_id_consents")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_campaign_export_rows_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["export_id"],
            ["campaign_exports.id"],
            name=op.f("fk_campaign_export_rows_export_id_campaign_exports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_export_rows")),
    )
    with op.batch_alter_table("campaign_export_rows", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_export_rows_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_campaign_export_rows_export_id"), ["export_id"], unique=False)

    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consent_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=True),
        sa.Column("legal_basis", sa.String(length=30), nullable=True),
        sa.Column("method", sa.String(length=20), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("source_third_party", sa.Boolean(), nullable=True),
        sa.Column("consent_text_id", sa.Integer(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("names_business", sa.Boolean(), nullable=True),
        sa.Column("parental_consent", sa.Boolean(), nullable=True),
        sa.Column("proof_ref", sa.Text(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("campaign_export_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"], ["attachments.id"], name=op.f("fk_consent_events_attachment_id_attachments")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_export_id"],
            ["campaign_exports.id"],
            name=op.f("fk_consent_events_campaign_export_id_campaign_exports"),
        ),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consents.id"], name=op.f("fk_consent_events_consent_id_consents")
        ),
        sa.ForeignKeyConstraint(
            ["consent_text_id"],
            ["consent_texts.id"],
            name=op.f("fk_consent_events_consent_text_id_consent_texts"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_consent_events_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_consent_events_import_batch_id_import_batches"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["data_sources.id"], name=op.f("fk_consent_events_source_id_data_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_events")),
    )
    with op.batch_alter_table("consent_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_events_consent_id"), ["consent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_events_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consent_events_import_batch_id"), ["import_batch_id"], unique=False
        )

    _create_search_index()


def _create_search_index() -> None:
    """Substring search over customers.search_text that stays fast on a million rows.

    SQLite: an FTS5 trigram index kept in sync by triggers. PostgreSQL: a pg_trgm GIN index when the
    extension can be created (it is a trusted extension since PostgreSQL 13); without it search still
    works, as a sequential LIKE.
    """
    dialect = op.get_context().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE customers_fts USING fts5("
            "search_text, content='customers', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN "
            "INSERT INTO customers_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN "
            "INSERT INTO customers_fts(customers_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER customers_fts_au AFTER UPDATE OF search_text ON customers BEGIN "
            "INSERT INTO customers_fts(customers_fts, rowid, search_text) "
            "VALUES ('delete', old.id, old.search_text); "
            "INSERT INTO customers_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
        )
    elif dialect == "postgresql":
        op.execute(
            "DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; "
            "EXCEPTION WHEN insufficient_privilege OR undefined_file THEN NULL; END $$"
        )
        op.execute(
            "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN "
            "CREATE INDEX ix_customers_search_trgm ON customers USING gin (search_text gin_trgm_ops); "
            "END IF; END $$"
        )


def downgrade() -> None:
    if op.get_context().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS customers_fts")

    with op.batch_alter_table("consent_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_events_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_consent_events_customer_id"))
        batch_op.drop_index(batch_op.f("ix_consent_events_consent_id"))

    op.drop_table("consent_events")
    with op.batch_alter_table("campaign_export_rows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_export_rows_export_id"))
        batch_op.drop_index(batch_op.f("ix_campaign_export_rows_customer_id"))

    op.drop_table("campaign_export_rows")
    with op.batch_alter_table("suppressions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suppressions_phone_hash"))
        batch_op.drop_index(batch_op.f("ix_suppressions_email_loose_hash"))
        batch_op.drop_index(batch_op.f("ix_suppressions_email_hash"))
        batch_op.drop_index(batch_op.f("ix_suppressions_customer_id"))

    op.drop_table("suppressions")
    with op.batch_alter_table("data_subject_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_subject_requests_customer_id"))

    op.drop_table("data_subject_requests")
    with op.batch_alter_table("import_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_changes_customer_id"))
        batch_op.drop_index(batch_op.f("ix_import_changes_batch_id"))

    op.drop_table("import_changes")
    with op.batch_alter_table("customer_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_tags_tag_id"))

    op.drop_table("customer_tags")
    with op.batch_alter_table("customer_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_events_customer_id"))

    op.drop_table("customer_events")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_source_id"))
        batch_op.drop_index("ix_consents_evaluation")
        batch_op.drop_index("ix_consents_purpose_channel_status")
        batch_op.drop_index(batch_op.f("ix_consents_import_batch_id"))

    op.drop_table("consents")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_status")
        batch_op.drop_index(batch_op.f("ix_customers_source_id"))
        batch_op.drop_index(batch_op.f("ix_customers_phone_e164"))
        batch_op.drop_index(batch_op.f("ix_customers_mobile_e164"))
        batch_op.drop_index("ix_customers_name_status")
        batch_op.drop_index(batch_op.f("ix_customers_import_batch_id"))
        batch_op.drop_index(batch_op.f("ix_customers_phone_hash"))
        batch_op.drop_index(batch_op.f("ix_customers_mobile_hash"))
        batch_op.drop_index(batch_op.f("ix_customers_email_loose_hash"))
        batch_op.drop_index(batch_op.f("ix_customers_email_hash"))
        batch_op.drop_index(batch_op.f("ix_customers_email_norm"))

    op.drop_table("customers")
    with op.batch_alter_table("campaign_exports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_exports_campaign_id"))

    op.drop_table("campaign_exports")
    op.drop_table("retention_rules")
    op.drop_table("purpose_channel_policies")
    op.drop_table("import_batches")
    op.drop_table("consent_texts")
    op.drop_table("campaigns")
    op.drop_table("users")
    op.drop_table("tags")
    op.drop_table("settings")
    op.drop_table("purposes")
    op.drop_table("data_sources")
    op.drop_table("audit_entries")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))

    op.drop_table("attachments")
