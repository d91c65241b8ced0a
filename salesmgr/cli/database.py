"""The database commands: `salesmgr init`, `info`, `stats` and `demo` (`rate` is in ``settings``)."""
from __future__ import annotations

import argparse
from dataclasses import asdict

from salesmgr import __version__
from salesmgr.cli.support import emit, open_db, terminal_progress
from salesmgr.cli.text import Column, table
from salesmgr.i18n import translate
from salesmgr.models.database import current_revision


def cmd_init(args: argparse.Namespace) -> int:
    db = open_db(args, write=True, create=True)
    try:
        revision = current_revision(db)
        backup = str(db.backup_path) if db.backup_path else None
    finally:
        db.close()
    text = translate("Cli", "database ready: {database} (schema {revision})").format(database=db.label,
                                                                                    revision=revision)
    if backup:
        text += "\n" + translate("Cli", "backup of the previous version: {path}").format(path=backup)
    return emit(args, {"database": db.label, "revision": revision, "backup": backup}, text)


def cmd_info(args: argparse.Namespace) -> int:
    from salesmgr.models.currency import base_currency
    from salesmgr.paths import data_dir

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            currency = base_currency(session)
        revision = current_revision(db)
    finally:
        db.close()
    payload = {"database": db.label, "revision": revision, "base_currency": currency,
               "data_dir": str(data_dir()), "version": __version__}
    labels = {"database": translate("Cli", "database"), "revision": translate("Cli", "schema version"),
              "base_currency": translate("Cli", "base currency"), "data_dir": translate("Cli", "data folder"),
              "version": translate("Cli", "salesmgr version")}
    return emit(args, payload, "\n".join(_labelled(labels[key], value) for key, value in payload.items()))


def cmd_demo(args: argparse.Namespace) -> int:
    from salesmgr.demo import load_demo
    from salesmgr.demo.samples import write_samples

    db = open_db(args, write=True, create=True)
    try:
        summary = load_demo(db, terminal_progress(), seed=args.seed, reps=args.reps,
                            opportunities=args.opportunities, force=args.force)
        samples = [str(path) for path in write_samples(db)]
    finally:
        db.close()
    counts = asdict(summary)
    loaded = [translate("Cli", "{count} {table}").format(count=f"{value:,}", table=table_label(key))
              for key, value in counts.items()]
    text = translate("Cli", "demo data loaded: {counts}").format(counts=translate("Cli", ", ").join(loaded))
    text += "\n" + translate("Cli", "sample CRM exports to try 'salesmgr import' on:")
    text += "".join(f"\n  {sample}" for sample in samples)
    return emit(args, {"database": db.label, "loaded": counts, "samples": samples}, text)


def cmd_stats(args: argparse.Namespace) -> int:
    from salesmgr.models.stats import table_counts

    db = open_db(args, write=False)
    try:
        with db.session() as session:
            counts = table_counts(session)
    finally:
        db.close()
    rows = [[table_label(name), f"{number:,}"] for name, number in counts.items()]
    columns = [Column(translate("Cli", "table")), Column(translate("Cli", "rows"), right=True)]
    text = "\n".join(table(columns, rows))
    return emit(args, {"tables": counts}, text)


def _labelled(label: str, value: object) -> str:
    return translate("Cli", "{label}: {value}").format(label=label, value=value)


DEMO_TABLES = {"teams": "team", "reps": "rep", "accounts": "account", "contacts": "contact", "leads": "lead",
               "opportunities": "opportunity", "activities": "activity", "quotas": "quota",
               "onboarding_plans": "onboarding_plan", "onboarding_tasks": "onboarding_task",
               "onboarding_reviews": "onboarding_review",
               "certifications": "onboarding_certification"}  # demo summary -> table


def table_label(name: str) -> str:
    """A table's contents as the text output names them (the JSON keeps the table's own name)."""
    labels = {
        "account": translate("Cli", "accounts"), "activity": translate("Cli", "activities"),
        "bonus_adjustment": translate("Cli", "bonus adjustments"),
        "bonus_approval": translate("Cli", "bonus approvals"), "bonus_audit": translate("Cli", "bonus audit log"),
        "bonus_plan": translate("Cli", "bonus plans"), "contact": translate("Cli", "contacts"),
        "csat_response": translate("Cli", "CSAT responses"), "exchange_rate": translate("Cli", "exchange rates"),
        "import_preset": translate("Cli", "import presets"), "lead": translate("Cli", "leads"),
        "opportunity": translate("Cli", "opportunities"), "quota": translate("Cli", "quotas"),
        "quota_audit": translate("Cli", "quota plan audit log"), "quota_lock": translate("Cli", "locked quarters"),
        "quota_target": translate("Cli", "annual targets"),
        "rep": translate("Cli", "reps"), "setting": translate("Cli", "settings"),
        "stage_definition": translate("Cli", "pipeline stages"), "stage_history": translate("Cli", "stage changes"),
        "team": translate("Cli", "teams"), "training_attendance": translate("Cli", "training attendances"),
        "training_session": translate("Cli", "training sessions"), "goal": translate("Cli", "goals"),
        "goal_actual": translate("Cli", "entered goal actuals"), "nps_response": translate("Cli", "NPS answers"),
        "roadmap_phase": translate("Cli", "roadmap phases"), "roadmap_milestone": translate("Cli", "milestones"),
        "roadmap_milestone_goal": translate("Cli", "milestone goal links"),
        "roadmap_pilot": translate("Cli", "pilot teams"),
        "onboarding_template": translate("Cli", "onboarding templates"),
        "onboarding_template_task": translate("Cli", "onboarding template tasks"),
        "onboarding_plan": translate("Cli", "onboarding plans"),
        "onboarding_task": translate("Cli", "onboarding tasks"),
        "onboarding_review": translate("Cli", "onboarding reviews"),
        "onboarding_certification": translate("Cli", "certification results"),
        "scoring_model": translate("Cli", "lead scoring model versions"),
        "scoring_rule": translate("Cli", "lead scoring rules"), "scoring_grade": translate("Cli", "lead grades"),
        "lead_behaviour": translate("Cli", "lead behaviours"), "lead_score": translate("Cli", "lead scores"),
        "rep_routing": translate("Cli", "reps' lead routing"),
        "support_ticket": translate("Cli", "support tickets"), "usage_record": translate("Cli", "product usage months"),
        "handoff_template_item": translate("Cli", "hand-off checklist items"),
        "handoff": translate("Cli", "hand-offs"), "handoff_item": translate("Cli", "hand-off items"),
        "customer_promise": translate("Cli", "promises to customers"),
        "cost_entry": translate("Cli", "sales and marketing costs"),
        "journey_stage": translate("Cli", "customer journey stages"),
        "journey_touchpoint": translate("Cli", "customer journey touchpoints"),
        "competitor": translate("Cli", "competitors"),
        "opportunity_competitor": translate("Cli", "competitors on deals"),
        "kb_article": translate("Cli", "knowledge base articles"), "kb_tag": translate("Cli", "article tags"),
        "kb_link": translate("Cli", "article links"),
    }
    return labels.get(DEMO_TABLES.get(name, name), name.replace("_", " "))
