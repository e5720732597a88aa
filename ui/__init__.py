"""Streamlit-only helpers for the wizard, so the step modules in `pages/` stay short.

- `state`: the one owner of `st.session_state` (language, step, answers, the assessment date).
- `flow`: the path through the questions, computed from `logic.needed_facts` (no Streamlit).
- `i18n`: the per-session translator (Babel catalogues in `locales/`).
- `dates`: the tolerant date parser and Babel date formatting.
- `questions`: the question table (one row per `logic.Fact`).
- `messages`: code -> message tables for every outcome, condition, reason, caveat and error.
- `frame`: what every page shows (language switch, page language, Back, Start over).
- `result`: the result page's sections.
"""
