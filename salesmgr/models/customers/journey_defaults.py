"""The default customer journey, from the seed's "end-to-end customer journey": from market awareness to
purchase, use and renewal, with each touchpoint's owning department and what must be handed over.

Each stage is ``(key, department, requirement, touchpoints)``, each touchpoint ``(builtin key, name,
department, requirement)``; every text is English, marked for the "Journey" context and shown in the interface
language while nobody edited it.
"""
from __future__ import annotations

from salesmgr.i18n import QT_TRANSLATE_NOOP

Touchpoint = tuple[str, str, str, str]
Stage = tuple[str, str, str, tuple[Touchpoint, ...]]

STAGE_NAMES = {
    "awareness": QT_TRANSLATE_NOOP("Journey", "Awareness"),
    "consideration": QT_TRANSLATE_NOOP("Journey", "Consideration"),
    "purchase": QT_TRANSLATE_NOOP("Journey", "Purchase"),
    "onboarding": QT_TRANSLATE_NOOP("Journey", "Onboarding"),
    "adoption": QT_TRANSLATE_NOOP("Journey", "Use"),
    "renewal": QT_TRANSLATE_NOOP("Journey", "Renewal"),
}

STAGES: tuple[Stage, ...] = (
    ("awareness", "marketing",
     QT_TRANSLATE_NOOP("Journey", "A qualified lead goes to sales with its source and behaviour history"), (
         ("website_content", QT_TRANSLATE_NOOP("Journey", "Website and content (white papers, cases)"), "marketing",
          QT_TRANSLATE_NOOP("Journey", "Record the lead source and the content read")),
         ("events", QT_TRANSLATE_NOOP("Journey", "Webinars and trade shows"), "marketing",
          QT_TRANSLATE_NOOP("Journey", "Hand over attendees with their questions within a week")),
         ("first_call", QT_TRANSLATE_NOOP("Journey", "First call by sales"), "sales",
          QT_TRANSLATE_NOOP("Journey", "Follow up a routed lead within two working days")),
     )),
    ("consideration", "sales",
     QT_TRANSLATE_NOOP("Journey", "Needs and decision process confirmed; feasibility checked with product"), (
         ("discovery", QT_TRANSLATE_NOOP("Journey", "Discovery meeting (SPIN questions)"), "sales",
          QT_TRANSLATE_NOOP("Journey", "Write the needs found into the opportunity")),
         ("demo", QT_TRANSLATE_NOOP("Journey", "Product demo and trial"), "product",
          QT_TRANSLATE_NOOP("Journey", "Confirm with product what the product can and cannot do")),
         ("proposal", QT_TRANSLATE_NOOP("Journey", "Proposal and quote"), "sales",
          QT_TRANSLATE_NOOP("Journey", "Only promise what product has confirmed")),
     )),
    ("purchase", "sales",
     QT_TRANSLATE_NOOP("Journey", "Scope and promises written down; implementation owner named"), (
         ("negotiation", QT_TRANSLATE_NOOP("Journey", "Negotiation and contract"), "sales",
          QT_TRANSLATE_NOOP("Journey", "Record every promise made to the customer")),
         ("signing", QT_TRANSLATE_NOOP("Journey", "Signing and first invoice"), "sales",
          QT_TRANSLATE_NOOP("Journey", "Start the hand-off checklist on the day of the win")),
     )),
    ("onboarding", "service",
     QT_TRANSLATE_NOOP("Journey", "Hand-off checklist done; customer-success owner introduced"), (
         ("kickoff", QT_TRANSLATE_NOOP("Journey", "Kick-off meeting"), "service",
          QT_TRANSLATE_NOOP("Journey", "Sales briefs service on the scope and the promises")),
         ("implementation", QT_TRANSLATE_NOOP("Journey", "Implementation and set-up"), "product",
          QT_TRANSLATE_NOOP("Journey", "Deliver what was promised, on the promised date")),
         ("training", QT_TRANSLATE_NOOP("Journey", "User training"), "service",
          QT_TRANSLATE_NOOP("Journey", "The customer's users can work on their own")),
     )),
    ("adoption", "service",
     QT_TRANSLATE_NOOP("Journey", "Health reviewed every quarter; risks raised to the account owner"), (
         ("support", QT_TRANSLATE_NOOP("Journey", "Support requests"), "service",
          QT_TRANSLATE_NOOP("Journey", "Tell the account owner about urgent tickets")),
         ("usage_review", QT_TRANSLATE_NOOP("Journey", "Usage and business reviews"), "service",
          QT_TRANSLATE_NOOP("Journey", "Share falling usage with sales and product")),
         ("surveys", QT_TRANSLATE_NOOP("Journey", "Satisfaction surveys (CSAT, NPS)"), "marketing",
          QT_TRANSLATE_NOOP("Journey", "Send low scores to service and the account owner")),
         ("feedback", QT_TRANSLATE_NOOP("Journey", "Product feedback"), "product",
          QT_TRANSLATE_NOOP("Journey", "Answer feature requests in the product roadmap")),
     )),
    ("renewal", "sales",
     QT_TRANSLATE_NOOP("Journey", "Renewal intent known 90 days ahead; at-risk accounts go to the committee"), (
         ("renewal_review", QT_TRANSLATE_NOOP("Journey", "Renewal review"), "service",
          QT_TRANSLATE_NOOP("Journey", "Service and sales agree the renewal plan")),
         ("renewal_offer", QT_TRANSLATE_NOOP("Journey", "Renewal and cross-sell offer"), "sales",
          QT_TRANSLATE_NOOP("Journey", "Offer what the customer's use shows they need")),
         ("references", QT_TRANSLATE_NOOP("Journey", "Referrals and case studies"), "marketing",
          QT_TRANSLATE_NOOP("Journey", "Ask satisfied customers for a reference")),
     )),
)
