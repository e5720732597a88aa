"""The frame of the self-check: page config, the session's language, and one step per script run.

Start: `streamlit run app.py`. The steps live in `pages/` (one module each), the Streamlit-only
helpers in `ui/`, the rules in `logic/`. This file holds no rules and no text.
"""

import streamlit as st

from pages import check, question, result, start
from ui import state
from ui.state import Step

PAGES = {Step.START: start, Step.QUESTION: question, Step.CHECK: check, Step.RESULT: result}

state.init()
page = PAGES[state.step()]
st.set_page_config(page_title=page.title(), page_icon=":material/fact_check:", layout="centered")
page.render()
