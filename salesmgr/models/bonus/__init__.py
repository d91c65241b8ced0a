"""Quarterly bonuses (issue 6): 60% sales attainment, 20% customer satisfaction, 20% process, from the data.

Plans (``plans``), scoring (``compute``, definitions in its docstring), inputs read from the database
(``inputs``), the quarter's sheet live or frozen (``sheet``), approval and adjustments (``approval``), the audit
log (``audit``), statements (``statements``) and non-cash awards (``awards``). Never imports Qt.
"""
from __future__ import annotations

from salesmgr.models.bonus.approval import Adjustment, add_adjustment, adjustments, approve, is_approved, unapprove
from salesmgr.models.bonus.audit import AuditEntry, audit_log
from salesmgr.models.bonus.awards import Award, award_proposals
from salesmgr.models.bonus.compute import RepBonus, RepInputs, score_rep
from salesmgr.models.bonus.entities import (
    BonusAdjustment,
    BonusApproval,
    BonusAudit,
    BonusPlanRow,
    CsatResponse,
    TrainingAttendance,
    TrainingSession,
)
from salesmgr.models.bonus.plans import BonusPlan, Policy, default_plan, plan_for, save_plan, target_for
from salesmgr.models.bonus.sheet import BonusError, BonusSheet, bonus_sheet
from salesmgr.models.bonus.statements import RepStatement, StatementLine, rep_statement

__all__ = [
    "Adjustment", "AuditEntry", "Award", "BonusAdjustment", "BonusApproval", "BonusAudit", "BonusError",
    "BonusPlan", "BonusPlanRow", "BonusSheet", "CsatResponse", "Policy", "RepBonus", "RepInputs", "RepStatement",
    "StatementLine", "TrainingAttendance", "TrainingSession", "add_adjustment", "adjustments", "approve",
    "audit_log", "award_proposals", "bonus_sheet", "default_plan", "is_approved", "plan_for", "rep_statement",
    "save_plan", "score_rep", "target_for", "unapprove",
]
