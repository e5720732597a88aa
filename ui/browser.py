"""What the browser fixes after Streamlit has drawn a page: things Streamlit's markup cannot be told.

A script sent once per session (`INSTALL_SCRIPT`, with the tab's script) installs a watcher that
re-applies these whenever Streamlit changes the page; every page sends only its own configuration
(`frame.page_language`): 0.5 kB a page instead of 2.8 kB:

- `<html lang>` and `dir` follow the session's language (WCAG 3.1.1; Arabic and Dari right to left);
- each language in the language menu is marked with its own `lang` and `dir` (3.1.2), and the menu's
  button says what it is ("Language: العربية");
- Streamlit's "Skip to main content" link is in the session's language;
- the status icons in Markdown (`:material/check_circle:`) are decorative (`aria-hidden`), so a
  screen reader does not say "check_circle icon" in English: the status word beside them carries
  the meaning;
- a date field (recognised by its "dd.mm.yyyy" placeholder) opens the phone's number keypad
  (`inputmode="numeric"`), and is described by its hint;
- a field with an error is `aria-invalid="true"` and described by its error text (3.3.1, 4.1.2).

Everything in the script's configuration is the app's own text or comes from a fixed list, never
from what the person typed.
"""

from __future__ import annotations

import json

import streamlit as st

from ui import languages, state
from ui.i18n import _

# Sent once per session, with the tab's script (`ui/tab.py`): it stays in the page. It installs the
# watcher and applies the configuration that the page's last run sent (`_RUN_SCRIPT`), whichever
# of the two scripts the browser runs first.
INSTALL_SCRIPT = """<script>
(() => {
  const s = window.selfcheckPage || (window.selfcheckPage = {n: 0});
  const uid = (el) => el.id || (el.id = `selfcheck-${++s.n}`);
  const set = (el, name, value) => {
    if (value === null) el.removeAttribute(name);
    else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  };
  s.apply = () => {
    const c = s.cfg;
    if (!c) return;
    document.documentElement.lang = c.lang;
    document.documentElement.dir = c.dir;
    for (const [code, tag, dir] of c.languages) {
      const button = document.querySelector(`.st-key-lang_${code} button`);
      if (button) { set(button, "lang", tag); set(button, "dir", dir); }
    }
    const menu = document.querySelector('[data-testid="stPopover"] button');
    if (menu) set(menu, "aria-label", c.menu);
    const skip = document.querySelector('[data-testid="stSkipToContent"]');
    if (skip && skip.textContent !== c.skip) skip.textContent = c.skip;
    for (const icon of document.querySelectorAll('[data-testid="stMarkdownContainer"] span[role="img"]')) {
      set(icon, "aria-hidden", "true");
    }
    const fields = new Map();
    for (const input of document.querySelectorAll(`input[placeholder="${CSS.escape(c.date)}"]`)) {
      set(input, "inputmode", "numeric");
      const box = input.closest('[data-testid="stElementContainer"]');
      const hint = box && box.previousElementSibling &&
        box.previousElementSibling.querySelector('[data-testid="stCaptionContainer"]');
      fields.set(input, {hint: hint ? [uid(hint)] : [], errors: []});
    }
    for (const key of c.invalid) {
      const box = document.querySelector(`.st-key-${key}`);
      const field = box && box.querySelector('input[type="text"], [role="radiogroup"]');
      const form = field && field.closest('[data-testid="stForm"]');
      if (!form) continue;
      const errors = form.querySelectorAll('.stMarkdownColoredText, [data-testid="stAlertContentError"]');
      fields.set(field, {hint: [], ...fields.get(field), errors: [...errors].map(uid)});
    }
    for (const el of document.querySelectorAll("[data-selfcheck-field]")) {
      if (!fields.has(el)) fields.set(el, {hint: [], errors: []});
    }
    for (const [el, f] of fields) {
      el.setAttribute("data-selfcheck-field", "");
      set(el, "aria-describedby", [...f.errors, ...f.hint].join(" ") || null);
      set(el, "aria-invalid", f.errors.length ? "true" : null);
    }
  };
  if (!s.watcher) {
    s.watcher = new MutationObserver(() => s.apply());
    s.watcher.observe(document.body, {childList: true, subtree: true});
  }
  s.apply();
})();
</script>"""
INSTALL_SCRIPT = "\n".join(line.strip() for line in INSTALL_SCRIPT.splitlines())

# Sent with every run: this page's configuration (the language at once, before anything else).
_RUN_SCRIPT = """<script>
document.documentElement.lang = "%(lang)s";
document.documentElement.dir = "%(dir)s";
(() => {
const s = window.selfcheckPage || (window.selfcheckPage = {n: 0});
s.cfg = %(config)s;
if (s.apply) s.apply();
})();
</script>"""


def fix_page() -> None:
    """Send the script with this run's configuration (language, texts, the fields with errors)."""
    language = languages.get(state.language())  # from a fixed list, never input
    config = {
        "lang": language.html_lang,
        "dir": language.direction,
        "languages": [[row.code, row.html_lang, row.direction] for row in languages.LANGUAGES],
        # Translators: the name of the language menu, before the language's own name.
        "menu": _("Language: %(language)s") % {"language": language.name},
        # Translators: Streamlit's link for keyboard users, the first thing Tab reaches on a page.
        "skip": _("Skip to main content"),
        "date": _("dd.mm.yyyy"),
        "invalid": sorted({state.widget_key(field) for field, _code in state.problems()}),
    }
    config_json = json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")
    page = {"lang": language.html_lang, "dir": language.direction, "config": config_json}
    st.html(_RUN_SCRIPT % page, unsafe_allow_javascript=True)
