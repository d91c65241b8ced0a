"""The translated labels of what can be imported and exported: each kind of data, each field, and the CRMs
whose exports are recognised.

The labels are marked with QT_TRANSLATE_NOOP under the context "ImportFields" and translated each time they are
asked for, so that a translator installed later applies.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _t(text: object) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP below) in the user's language."""
    return QCoreApplication.translate("ImportFields", str(text))


KIND_LABELS = {
    "opportunities": QT_TRANSLATE_NOOP("ImportFields", "Opportunities"),
    "accounts": QT_TRANSLATE_NOOP("ImportFields", "Accounts"),
    "contacts": QT_TRANSLATE_NOOP("ImportFields", "Contacts"), "leads": QT_TRANSLATE_NOOP("ImportFields", "Leads"),
    "reps": QT_TRANSLATE_NOOP("ImportFields", "Reps"), "activities": QT_TRANSLATE_NOOP("ImportFields", "Activities"),
    "quotas": QT_TRANSLATE_NOOP("ImportFields", "Quotas"),
    "csat": QT_TRANSLATE_NOOP("ImportFields", "CSAT responses"),
    "nps": QT_TRANSLATE_NOOP("ImportFields", "NPS responses"),
    "tickets": QT_TRANSLATE_NOOP("ImportFields", "Support tickets"),
    "usage": QT_TRANSLATE_NOOP("ImportFields", "Product usage"),
}  # in the order the wizard offers them
# Kinds a whole export's files can hold that the first page does not offer for a single file.
EXPORT_KIND_LABELS = {
    "rates": QT_TRANSLATE_NOOP("ImportFields", "Exchange rates"),
    "stage_history": QT_TRANSLATE_NOOP("ImportFields", "Stage history"),
}
FIELD_LABELS = {
    "external_id": QT_TRANSLATE_NOOP("ImportFields", "External ID"),
    "source_system": QT_TRANSLATE_NOOP("ImportFields", "Source system"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Name"),
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "account": QT_TRANSLATE_NOOP("ImportFields", "Account"),
    "account_external_id": QT_TRANSLATE_NOOP("ImportFields", "Account external ID"),
    "account_source_system": QT_TRANSLATE_NOOP("ImportFields", "Account ID's system"),
    "owner": QT_TRANSLATE_NOOP("ImportFields", "Owner"),
    "owner_email": QT_TRANSLATE_NOOP("ImportFields", "Owner e-mail"),
    "owner_external_id": QT_TRANSLATE_NOOP("ImportFields", "Owner external ID"),
    "owner_source_system": QT_TRANSLATE_NOOP("ImportFields", "Owner ID's system"),
    "team": QT_TRANSLATE_NOOP("ImportFields", "Team"), "stage": QT_TRANSLATE_NOOP("ImportFields", "Stage"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status"), "is_won": QT_TRANSLATE_NOOP("ImportFields", "Won?"),
    "is_closed": QT_TRANSLATE_NOOP("ImportFields", "Closed?"), "amount": QT_TRANSLATE_NOOP("ImportFields", "Amount"),
    "currency": QT_TRANSLATE_NOOP("ImportFields", "Currency"),
    "probability": QT_TRANSLATE_NOOP("ImportFields", "Probability"),
    "created_date": QT_TRANSLATE_NOOP("ImportFields", "Created date"),
    "engaged_date": QT_TRANSLATE_NOOP("ImportFields", "Engaged date"),
    "expected_close_date": QT_TRANSLATE_NOOP("ImportFields", "Expected close date"),
    "closed_date": QT_TRANSLATE_NOOP("ImportFields", "Closed date"),
    "lead_source": QT_TRANSLATE_NOOP("ImportFields", "Lead source"),
    "opportunity_type": QT_TRANSLATE_NOOP("ImportFields", "Opportunity type"),
    "product": QT_TRANSLATE_NOOP("ImportFields", "Product"),
    "pipeline": QT_TRANSLATE_NOOP("ImportFields", "Pipeline"),
    "industry": QT_TRANSLATE_NOOP("ImportFields", "Industry"),
    "employees": QT_TRANSLATE_NOOP("ImportFields", "Employees"),
    "region": QT_TRANSLATE_NOOP("ImportFields", "Region"), "title": QT_TRANSLATE_NOOP("ImportFields", "Job title"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"), "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "company": QT_TRANSLATE_NOOP("ImportFields", "Company"),
    "company_size": QT_TRANSLATE_NOOP("ImportFields", "Company size"),
    "white_paper": QT_TRANSLATE_NOOP("ImportFields", "Downloaded white paper"),
    "webinar": QT_TRANSLATE_NOOP("ImportFields", "Attended webinar"),
    "pricing_page": QT_TRANSLATE_NOOP("ImportFields", "Visited pricing page"),
    "demo_request": QT_TRANSLATE_NOOP("ImportFields", "Requested a demo"),
    "email_click": QT_TRANSLATE_NOOP("ImportFields", "Clicked a campaign email"),
    "role": QT_TRANSLATE_NOOP("ImportFields", "Role"), "hire_date": QT_TRANSLATE_NOOP("ImportFields", "Hire date"),
    "manager": QT_TRANSLATE_NOOP("ImportFields", "Manager"),
    "manager_external_id": QT_TRANSLATE_NOOP("ImportFields", "Manager external ID"),
    "user_type": QT_TRANSLATE_NOOP("ImportFields", "User type"), "mentor": QT_TRANSLATE_NOOP("ImportFields", "Mentor"),
    "active": QT_TRANSLATE_NOOP("ImportFields", "Active"), "kind": QT_TRANSLATE_NOOP("ImportFields", "Activity type"),
    "subtype": QT_TRANSLATE_NOOP("ImportFields", "Activity subtype"),
    "subject": QT_TRANSLATE_NOOP("ImportFields", "Subject"),
    "what_id": QT_TRANSLATE_NOOP("ImportFields", "Related record ID"),
    "occurred_on": QT_TRANSLATE_NOOP("ImportFields", "Occurred on (day)"),
    "is_deleted": QT_TRANSLATE_NOOP("ImportFields", "Deleted?"),
    "opportunity": QT_TRANSLATE_NOOP("ImportFields", "Opportunity"),
    "opportunity_external_id": QT_TRANSLATE_NOOP("ImportFields", "Opportunity external ID"),
    "occurred_at": QT_TRANSLATE_NOOP("ImportFields", "Occurred at"),
    "logged_at": QT_TRANSLATE_NOOP("ImportFields", "Logged at"), "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "period": QT_TRANSLATE_NOOP("ImportFields", "Period"),
    "responded_on": QT_TRANSLATE_NOOP("ImportFields", "Response date"),
    "score": QT_TRANSLATE_NOOP("ImportFields", "Score"), "comment": QT_TRANSLATE_NOOP("ImportFields", "Comment"),
    "contract_start": QT_TRANSLATE_NOOP("ImportFields", "Contract start"),
    "renewal_date": QT_TRANSLATE_NOOP("ImportFields", "Renewal date"),
    "renewal_intent": QT_TRANSLATE_NOOP("ImportFields", "Renewal intent"),
    "payment_status": QT_TRANSLATE_NOOP("ImportFields", "Payment status"),
    "churned_on": QT_TRANSLATE_NOOP("ImportFields", "Churned on"),
    "opened_on": QT_TRANSLATE_NOOP("ImportFields", "Opened on"),
    "closed_on": QT_TRANSLATE_NOOP("ImportFields", "Closed on"),
    "severity": QT_TRANSLATE_NOOP("ImportFields", "Severity"), "month": QT_TRANSLATE_NOOP("ImportFields", "Month"),
    "usage_count": QT_TRANSLATE_NOOP("ImportFields", "Usage count"),
    "active_users": QT_TRANSLATE_NOOP("ImportFields", "Active users"),
    "licensed_users": QT_TRANSLATE_NOOP("ImportFields", "Licensed users"),
}
CRM_NAMES = {"salesforce": "Salesforce", "hubspot": "HubSpot", "pipedrive": "Pipedrive", "odoo": "Odoo",
             "zoho": "Zoho CRM",
             "fxiaoke": QT_TRANSLATE_NOOP("ImportFields", "Fxiaoke"),
             "xiaoshouyi": QT_TRANSLATE_NOOP("ImportFields", "Xiaoshouyi")}


def kind_labels() -> dict[str, str]:
    """Each import kind -> its translated label (translated per call so a new translator applies)."""
    return {kind: _t(label) for kind, label in KIND_LABELS.items()}


def import_kind_labels() -> dict[str, str]:
    """Every kind one file can be imported as (the exportable ones, then stage history and exchange rates) ->
    its translated label."""
    return kind_labels() | {kind: _t(label) for kind, label in EXPORT_KIND_LABELS.items()}


def kind_label(kind: str) -> str:
    """The translated label of any import kind, a whole export's too ("stage_history" -> "Stage history")."""
    label = KIND_LABELS.get(kind) or EXPORT_KIND_LABELS.get(kind)
    return _t(label) if label else kind.replace("_", " ").capitalize()


def crm_label(system: str | None) -> str:
    """A source system as the user knows it ("salesforce" -> "Salesforce"); "" for none."""
    return _t(CRM_NAMES[system]) if system in CRM_NAMES else system or ""


def field_labels() -> dict[str, str]:
    """Every field name of every kind -> its translated label."""
    return {name: _t(label) for name, label in FIELD_LABELS.items()}


def field_label(name: str) -> str:
    """The translated label of the field ``name``; a field without one is shown by its name ("x_id" -> "X id")."""
    return field_labels().get(name) or name.replace("_", " ").capitalize()
