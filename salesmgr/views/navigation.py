"""The main window's navigation: the pages' keys, titles, icons and widgets, in the order the list shows them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from salesmgr.views.widgets.placeholder_page import PlaceholderPage, placeholder_texts

PAGE_KEYS = ("dashboard", "pipeline", "leads", "accounts", "goals", "onboarding", "knowledge", "bonuses", "team",
             "import_export")
_SP = QStyle.StandardPixmap
PAGE_ICONS = (_SP.SP_ComputerIcon, _SP.SP_ArrowRight, _SP.SP_FileDialogContentsView, _SP.SP_DriveNetIcon,
              _SP.SP_DialogApplyButton, _SP.SP_FileDialogStart, _SP.SP_FileDialogInfoView, _SP.SP_DialogYesButton,
              _SP.SP_DirHomeIcon, _SP.SP_DialogSaveButton)


def page_titles() -> list[str]:
    """The pages' titles in navigation order, translated when called."""
    return [QCoreApplication.translate("MainWindow", "Dashboard"),
            QCoreApplication.translate("MainWindow", "Pipeline"),
            QCoreApplication.translate("MainWindow", "Leads"),
            QCoreApplication.translate("MainWindow", "Accounts"),
            QCoreApplication.translate("MainWindow", "Goals & Quotas"),
            QCoreApplication.translate("MainWindow", "Onboarding"),
            QCoreApplication.translate("MainWindow", "Knowledge"),
            QCoreApplication.translate("MainWindow", "Bonuses"),
            QCoreApplication.translate("MainWindow", "Team"),
            QCoreApplication.translate("MainWindow", "Import/Export")]


def fill_navigation(nav: QListWidget, style: QStyle) -> None:
    """Give ``nav`` one item per page (its icon from ``style`` and its title), wide enough for the longest."""
    nav.setIconSize(QSize(20, 20))
    nav.setSpacing(2)
    for title, icon in zip(page_titles(), PAGE_ICONS, strict=True):
        QListWidgetItem(style.standardIcon(icon), title, nav)
    nav.setFixedWidth(max(180, nav.sizeHintForColumn(0) + 32))


def pages_in_order(first: QWidget, built: dict[str, QWidget]) -> list[QWidget]:
    """One widget per page in navigation order: ``first`` for the Dashboard, then ``built[key]`` for each page
    that is built, and a PlaceholderPage for each page that is not built yet."""
    titles = page_titles()
    return [first] + [built.get(key) or PlaceholderPage(title, *placeholder_texts(key))
                      for key, title in zip(PAGE_KEYS[1:], titles[1:], strict=True)]
