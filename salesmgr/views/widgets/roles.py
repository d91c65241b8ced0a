"""The reps' roles in the user's language, shared by the Team and Bonuses pages."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesmgr.models.org import REP_ROLES


def role_labels() -> dict[str, str]:
    """Each role in ``REP_ROLES`` -> its translated label (built per call so a new translator applies)."""
    labels = {
        "rep": QCoreApplication.translate("RepRoles", "Rep"),
        "senior": QCoreApplication.translate("RepRoles", "Senior rep"),
        "sdr": QCoreApplication.translate("RepRoles", "SDR"),
        "manager": QCoreApplication.translate("RepRoles", "Manager"),
    }
    return {role: labels.get(role, role) for role in REP_ROLES}


def role_label(role: str) -> str:
    return role_labels().get(role, role)
