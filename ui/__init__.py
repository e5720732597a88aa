"""Streamlit-only helpers for the wizard, so the step modules in `pages/` stay short.

- `state`: the one owner of `st.session_state` (language, step, answers, the assessment date).
- `flow`: the path through the questions, computed from `logic.needed_facts`, and the person's
  `Route` (path, answers model, assessment) that `state.route()` keeps once per change (no Streamlit).
- `tab`: the app's side in the browser tab (`tab.js`): the tab's copy of the answers, a lost session
  or connection, what is typed but not yet sent when the language changes.
- `resume`: the tab's copy, written and read back like any input from outside (no Streamlit).
- `i18n`: the per-session translator (Babel catalogues in `locales/`).
- `dates`: the tolerant date parser and Babel date formatting.
- `questions`: the question table (one row per `logic.Fact`).
- `messages`: code -> message tables for every outcome, condition, reason, caveat and error.
- `frame`: what every page shows (language switch, page language, Back, Start over).
- `result`: the result page's sections, the full reasoning and the download of the summary.
- `explain`: sentences about an assessment in a given language (result page and summary PDF).
- `summary`: the one-page summary PDF (the chosen language with bokmål beside it).
- `settings`: the operator's environment variables (kiosk mode, idle timeout), read once.
- `kiosk`: the idle warning and reset (browser script, hidden buttons, the server's own check).
- `styles/`: the page's CSS (contrast fixes, print, kiosk).
"""
