"""The look of the photo and imaging panels, on top of the application's stylesheet.

Kept beside the panels (not in the shared stylesheet) because only they use these names.
"""

from __future__ import annotations

from ..common.style import ACCENT, INK, LINE, MUTED, OK, SURFACE

PANEL_STYLE = f"""
#importStatus {{ background: #eef4f8; border: 1px solid {LINE}; border-radius: 6px; }}
#importStatus[state="done"] {{ background: #edf7f0; border-color: #b7dcc3; }}
#importStatus[state="problems"] {{ background: #fff8eb; border-color: #f0d9a8; }}
#importProblems {{ background: transparent; border: none; }}
#photoGrid {{ background: {SURFACE}; border: none; }}
#photoEmpty {{
    color: {MUTED}; font-size: 11pt; border: 2px dashed #bcccdc; border-radius: 10px;
    background: white; padding: 30px;
}}
QLabel#detailsHeading {{
    color: {MUTED}; font-weight: bold; font-size: 9pt; margin-top: 8px;
}}
#photoDetails, #toolPalette {{ background: white; border: none; }}
#photoDetails {{ border-left: 1px solid {LINE}; }}
#toolPalette {{ border-right: 1px solid {LINE}; }}
#toolPalette QToolButton {{
    text-align: left; padding: 5px 6px; border: 1px solid transparent; border-radius: 4px;
    color: {INK};
}}
#toolPalette QToolButton:hover {{ background: #eef2f6; }}
#toolPalette QToolButton:checked {{
    background: #d4e6f1; border: 1px solid {ACCENT}; font-weight: bold;
}}
#toolPalette QToolButton:disabled {{ color: #9aa5b1; }}
#viewerBar, #viewerStatus {{ background: white; border-bottom: 1px solid {LINE}; }}
#viewerStatus {{ border-bottom: none; border-top: 1px solid {LINE}; }}
QLabel#viewerTitle {{ font-weight: bold; padding: 0 6px; }}
QLabel#viewerHint {{ color: {MUTED}; }}
QLabel#viewerLive {{ color: {ACCENT}; font-weight: bold; }}
QLabel#viewerZoom {{ color: {MUTED}; }}
#viewerBar QPushButton {{ padding: 4px 8px; }}
#viewerBar QPushButton:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
#promptBar {{ background: #fff8eb; border-bottom: 1px solid #f0d9a8; }}
QLabel#promptProblem {{ color: #b3261e; }}
QLabel#photoScale[ok="true"] {{ color: {OK}; }}
QLabel#photoFacts {{ color: {MUTED}; }}
#photoChecklist {{ border: 1px solid {LINE}; }}
#studyTree, #dicomMetadata {{ background: white; border: 1px solid {LINE}; }}
#dicomView {{ background: #0d1014; border: none; }}
QLabel#dicomInfo {{ color: {MUTED}; }}
"""
