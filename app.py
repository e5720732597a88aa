"""The frame of the self-check: page config, the session's language, and one step per script run.

Start: `streamlit run app.py` (kiosk mode: `SELFCHECK_KIOSK=1`, see `ui/settings.py`). The steps live
in `pages/` (one module each), the Streamlit-only helpers in `ui/`, the rules in `logic/`. This file
holds no rules and no text.

Before a page is drawn: the browser's Back and Forward are followed, and a move of the page becomes a
new history entry (`state.follow_address`; not in kiosk mode, where the address never changes); the
tab's component reports a lost session and gives back the tab's copy after a reload (`ui/tab.py`).
"""

import streamlit as st

from pages import check, question, result, start
from ui import frame, kiosk, settings, state, tab
from ui.state import Step

PAGES = {Step.START: start, Step.QUESTION: question, Step.CHECK: check, Step.RESULT: result}

with state.one_run():  # the session's own values are read once in a run (`ui/state.py`)
    state.init()
    state.touch()
    state.follow_address(history=not settings.current().kiosk)
    tab.connect()
    page = PAGES[state.step()]
    st.set_page_config(page_title=page.title(), page_icon=frame.PAGE_ICON, layout="centered")
    if settings.current().kiosk:
        kiosk.render()
    page.render()
