"""The look: Fusion, one restrained palette, DejaVu Sans where the system has no better font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QPushButton

INK = "#1f2933"
MUTED = "#52606d"
HEADER = "#243b53"
ACCENT = "#2c6e8f"
SURFACE = "#f4f6f8"
LINE = "#d9e2ec"
OK = "#2f7d4f"
ALARM = "#b3261e"

STYLESHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog, #unlockScreen {{ background: {SURFACE}; }}
#header {{ background: {HEADER}; }}
#header QLabel {{ color: white; }}
#header QLabel#headerOrganisation {{ color: #bcccdc; }}
#header QToolButton, #header QPushButton {{
    color: white; background: transparent; border: 1px solid #829ab1;
    border-radius: 4px; padding: 4px 12px;
}}
#header QToolButton {{ padding-right: 24px; }}
#header QToolButton::menu-indicator {{
    subcontrol-origin: padding; subcontrol-position: right center; right: 8px;
}}
#header QToolButton:hover, #header QPushButton:hover {{ background: #334e68; }}
#navigation {{
    background: white; border: none; border-right: 1px solid {LINE};
    font-size: 11pt; outline: 0;
}}
#navigation::item {{ padding: 10px 14px; border-left: 3px solid transparent; }}
#navigation::item:selected {{
    background: #e6f0f5; color: {INK}; border-left: 3px solid {ACCENT};
}}
#card {{ background: white; border: 1px solid {LINE}; border-radius: 8px; }}
QLabel#title {{ font-size: 16pt; font-weight: bold; }}
QLabel#subtitle {{ font-size: 12pt; font-weight: bold; }}
QLabel#hint {{ color: {MUTED}; }}
QLabel#warning {{
    background: #fff4e5; border: 1px solid #f0b429; border-radius: 4px; padding: 8px;
}}
QLabel#recoveryKey {{
    font-family: "DejaVu Sans Mono"; font-size: 13pt; background: white;
    border: 1px dashed {MUTED}; padding: 10px;
}}
QLabel[ok="true"] {{ color: {OK}; }}
QLabel[ok="false"] {{ color: {ALARM}; }}
QLabel[state="ok"] {{
    color: white; background: {OK}; border-radius: 4px; padding: 6px 10px;
}}
QLabel[state="broken"] {{
    color: white; background: {ALARM}; border-radius: 4px; padding: 6px 10px;
}}
QLabel#unlockMessage {{ color: {ALARM}; }}
QPushButton {{
    background: white; border: 1px solid #9fb3c8; border-radius: 4px; padding: 5px 14px;
}}
QPushButton:hover {{ background: #eef2f6; }}
QPushButton:disabled {{ color: #9aa5b1; border-color: {LINE}; }}
QPushButton[primary="true"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: bold;
}}
QPushButton[primary="true"]:disabled {{ background: #9fb3c8; border-color: #9fb3c8; }}
QPushButton[choice="true"] {{ text-align: left; padding: 12px 16px; font-size: 11pt; }}
QTableView {{
    background: white; border: 1px solid {LINE}; gridline-color: {LINE};
    selection-background-color: #d4e6f1; selection-color: {INK};
}}
QHeaderView::section {{
    background: #eef2f6; border: none; border-bottom: 1px solid {LINE}; padding: 5px;
    font-weight: bold;
}}
QLineEdit, QPlainTextEdit {{
    background: white; border: 1px solid #9fb3c8; border-radius: 3px; padding: 4px;
}}
QLineEdit:focus, QPlainTextEdit:focus {{ border: 1px solid {ACCENT}; }}
QPushButton[flat="true"] {{
    border: none; background: transparent; color: {ACCENT}; padding: 2px 0px;
    text-decoration: underline;
}}
QTabWidget::pane {{ border: 1px solid {LINE}; background: white; top: -1px; }}
QTabBar::tab {{
    padding: 7px 18px; background: #eef2f6; border: 1px solid {LINE};
    border-bottom: none; margin-right: 2px;
    border-top-left-radius: 4px; border-top-right-radius: 4px;
}}
QTabBar::tab:selected {{ background: white; font-weight: bold; }}
"""


def apply(app: QApplication) -> None:
    """Fusion style, the stylesheet, and a font that is sure to have every glyph we use."""
    app.setStyle("Fusion")
    families = set(QFontDatabase.families())
    for family in ("Noto Sans", "DejaVu Sans"):
        if family in families:
            app.setFont(QFont(family, 10))
            break
    app.setStyleSheet(STYLESHEET)


def set_primary(button: QPushButton) -> None:
    """Mark a push button as the main action of its screen (accent colour, Enter)."""
    button.setProperty("primary", True)
    button.setDefault(True)
