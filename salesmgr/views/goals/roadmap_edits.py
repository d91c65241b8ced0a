"""The Roadmap panel's edits (``RoadmapEditor``): the milestone, phase and pilot dialogs, the right-click menus of
the cards and headings, marking a milestone done, and the confirmed deletions.

The dialogs open on what the panel last loaded (``RoadmapPanel.view``: phases, milestones, pilot and the teams,
reps and goals to choose from), so they open at once; every change runs on the runner with ``edits=True`` through
``roadmap_loaders``, and the runner's ``changed`` reloads the panel. A dialog closes when its change commits and
shows the domain's message when it is refused. "Mark done" records the panel's day.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QMessageBox

from salesmgr.models.goals.roadmap import MilestoneSpec
from salesmgr.views.goals import roadmap_loaders as loaders
from salesmgr.views.goals.roadmap_dialogs import MilestoneDialog, PhaseDialog, PilotDialog
from salesmgr.views.goals.roadmap_loaders import MilestoneView, PhaseInput, PhaseView, PilotInput
from salesmgr.views.widgets.edit_dialog import open_dialog, save_through

if TYPE_CHECKING:
    from salesmgr.views.goals.roadmap_panel import RoadmapPanel


class RoadmapEditor(QObject):
    """The edits of ``panel`` (see the module); the last dialog of each kind is kept for the tests."""

    def __init__(self, panel: RoadmapPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.milestone_dialog: MilestoneDialog | None = None
        self.phase_dialog: PhaseDialog | None = None
        self.pilot_dialog: PilotDialog | None = None

    # --- finding what the panel shows ----------------------------------------------------------------------
    def phase(self, phase_id: int) -> PhaseView | None:
        view = self.panel.view
        return next((p for p in view.phases if p.id == phase_id), None) if view is not None else None

    def milestone(self, milestone_id: int) -> MilestoneView | None:
        view = self.panel.view
        found = (m for p in (view.phases if view is not None else ()) for m in p.milestones if m.id == milestone_id)
        return next(found, None)

    # --- menus ---------------------------------------------------------------------------------------------
    def milestone_menu(self, milestone_id: int) -> QMenu:
        """Edit…, Mark done (Mark not done when it is done), Delete…."""
        menu = QMenu(self.panel)
        m = self.milestone(milestone_id)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_milestone(milestone_id))
        done = m is not None and m.done is not None
        menu.addAction(self.tr("Mark not done") if done else self.tr("Mark done"),
                       lambda: self.mark_done(milestone_id, not done))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_milestone(milestone_id))
        return menu

    def phase_menu(self, phase_id: int) -> QMenu:
        menu = QMenu(self.panel)
        menu.addAction(self.tr("Edit phase…"), lambda: self.edit_phase(phase_id))
        menu.addAction(self.tr("Add milestone…"), lambda: self.add_milestone(phase_id))
        return menu

    # --- milestones ----------------------------------------------------------------------------------------
    def add_milestone(self, phase_id: int | None = None) -> MilestoneDialog | None:
        """The dialog for a new milestone, on ``phase_id`` (the first phase when None)."""
        return self._milestone_dialog(None, phase_id)

    def edit_milestone(self, milestone_id: int) -> MilestoneDialog | None:
        m = self.milestone(milestone_id)
        return self._milestone_dialog(m, m.phase_id) if m is not None else None

    def _milestone_dialog(self, m: MilestoneView | None, phase_id: int | None) -> MilestoneDialog | None:
        view = self.panel.view
        if view is None or not view.phases:
            return None
        milestone_id = m.id if m is not None else None

        def save(spec: MilestoneSpec) -> None:
            save_through(self.panel.runner, dialog, lambda session: loaders.save_milestone(session, milestone_id, spec))
        dialog = MilestoneDialog(view.phases, view.choices, self.panel.today, phase_id, m, save, self.panel)
        self.milestone_dialog = dialog
        return open_dialog(dialog)

    def mark_done(self, milestone_id: int, done: bool) -> None:
        on = self.panel.today if done else None
        self._run(lambda session: loaders.mark_milestone(session, milestone_id, on))

    def delete_milestone(self, milestone_id: int) -> bool:
        """Delete after the user confirms; whether it was asked for."""
        m = self.milestone(milestone_id)
        if m is None:
            return False
        answer = QMessageBox.question(self.panel, self.tr("Delete milestone"), self.tr(
            "Delete the milestone “{title}”? Its goals stay.").format(title=m.title))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._run(lambda session: loaders.delete_milestone(session, milestone_id))
        return True

    # --- phases --------------------------------------------------------------------------------------------
    def edit_phase(self, phase_id: int) -> PhaseDialog | None:
        phase = self.phase(phase_id)
        if phase is None:
            return None

        def save(given: PhaseInput) -> None:
            save_through(self.panel.runner, dialog, lambda session: loaders.save_phase(session, phase_id, given))
        dialog = PhaseDialog(phase, self.panel.today, save, self.panel)
        self.phase_dialog = dialog
        return open_dialog(dialog)

    # --- the pilot -----------------------------------------------------------------------------------------
    def set_pilot(self) -> PilotDialog | None:
        view = self.panel.view
        if view is None:
            return None
        replacing = view.pilot.id if view.pilot is not None else None

        def save(given: PilotInput) -> None:
            save_through(self.panel.runner, dialog, lambda session: loaders.save_pilot(session, replacing, given))
        dialog = PilotDialog(view.choices, self.panel.today, view.pilot, save, self.panel)
        self.pilot_dialog = dialog
        return open_dialog(dialog)

    def remove_pilot(self) -> bool:
        """Remove the pilot shown after the user confirms; whether it was asked for."""
        pilot = self.panel.view.pilot if self.panel.view is not None else None
        if pilot is None:
            return False
        answer = QMessageBox.question(self.panel, self.tr("Remove pilot"), self.tr(
            "Remove {team} as the pilot team? Its deals and goals stay; the comparison is no longer shown.").format(
            team=pilot.team))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        pilot_id = pilot.id
        self._run(lambda session: loaders.remove_pilot(session, pilot_id))
        return True

    # --- running -------------------------------------------------------------------------------------------


    def _run(self, op: Any) -> None:
        self.panel.runner.run(op, None, self.panel.on_error, edits=True)
