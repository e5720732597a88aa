"""The floor for the benchmarks: the wizard's pages with the same widgets, the same keys and about the
same number of elements, but no rules, no translations and no question table.

A one-page state machine like `app.py`: each button's callback moves the step. Not part of the app.
`tests/test_floor_app.py` walks both and fails when their widgets drift apart: change this file with
the wizard's pages.
"""

from datetime import date

import streamlit as st

YES_NO = (True, False, "dont_know")
DATE, DATE_OR_UNKNOWN = (), ("unknown",)  # a date; a date with an "I don't know the date" box
QUESTIONS = (
    ("permit_basis", ("refugee", *(f"basis_{n}" for n in range(12)))),  # (fact, options, or a date)
    ("date_of_birth", DATE),
    ("permit_granted_on", DATE_OR_UNKNOWN),
    ("settled", YES_NO),
    ("settled_on", DATE_OR_UNKNOWN),
    ("settled_by_agreement", YES_NO),
    ("claim_made", ("asked", "not_asked", "in_programme", "dont_know")),  # and the date of a claim
    ("declined_or_dropped_out", YES_NO),
    ("works_30_hours_or_more", YES_NO),
)
FACTS = [fact for fact, _count in QUESTIONS]
TEXT = "A sentence of about the length of the app's own, shown on the page as plain text. " * 2

GROUPS = ((0, 3), (3, 5), (5, 7), (7, 9))  # the check page's groups of answers
SECTIONS = ((4, 3), (4, 3), (3, 2), (3, 1), (3, 1))  # result: (paragraphs, captions) per section
TAB = st.components.v2.component("floor_tab", js="export default function (component) {}")

ss = st.session_state
first_run = "step" not in ss
ss.setdefault("step", "start")
ss.setdefault("lang", "nb")
ss.setdefault("today", date.today())  # noqa: DTZ011 (read by the benchmark, like the app's)


def go(step: str) -> None:
    ss["step"] = step


LANGUAGES = ("nb", "nn", "en", "uk", "ar", "prs", "ti", "so")


def switch(code: str) -> None:
    ss["language_menu"] = False
    ss["lang"] = code


def top(back: str | None) -> None:
    TAB(key="selfcheck_tab", data=b"{}", width="stretch", height="content")  # the app's tab component
    if first_run:
        st.html("<script>window.floor = 1;</script>", unsafe_allow_javascript=True)
    with st.container(horizontal=True, horizontal_alignment="distribute", vertical_alignment="center"):
        if back is None:
            st.space("small")
        else:
            st.button("Back", key="back", on_click=go, args=(back,), type="tertiary")
        menu = st.popover(ss["lang"], key="language_menu", on_change="rerun")  # the app's language menu
        if menu.open:  # its buttons are made only while it is open, as in the wizard
            with menu:
                for code in LANGUAGES:
                    st.button(code, key=f"lang_{code}", on_click=switch, args=(code,), width="stretch")


def bottom(start_over: bool = True) -> None:
    if start_over:
        st.divider()
        st.button("Start over", key="start_over", on_click=go, args=("start",), type="tertiary")
    st.html(f'<script>document.documentElement.lang = "{ss["lang"]}";</script>', unsafe_allow_javascript=True)


step = ss["step"]
lang = ss["lang"]
if step == "start":
    top(None)
    st.title("Start", anchor=False)
    for _ in range(4):
        st.markdown(TEXT)
    st.subheader("Have this at hand", anchor=False)
    st.info(TEXT)
    st.button("Start now", key="start", on_click=go, args=(FACTS[0],), type="primary", width="stretch")
    st.caption(TEXT)
    helper = st.expander("For helpers: check another date", key=f"w_helper_date_{lang}", on_change="rerun")
    if helper.open:  # the date form is made only when opened, as in the wizard
        with helper:
            st.markdown(TEXT)
            with st.form(key="form_assessment_date", border=False, enter_to_submit=True):
                st.text_input("Date to check on", key=f"w_assessment_date_{lang}", max_chars=20)
                st.caption(TEXT)
                st.form_submit_button("Use this date", key="set_assessment_date")
    bottom(start_over=False)
elif step in FACTS:
    index = FACTS.index(step)
    top("start" if index == 0 else FACTS[index - 1])
    st.title(step, anchor=False)
    st.markdown(TEXT)
    with st.expander("Where do I find this?"):
        st.markdown(TEXT)
    options = QUESTIONS[index][1]
    with st.form(key=f"form_{step}", border=False, enter_to_submit=True):
        if options in (DATE, DATE_OR_UNKNOWN):
            st.caption(TEXT)
            st.text_input(step, key=f"w_{step}_{lang}", max_chars=20, label_visibility="collapsed")
            if options:
                st.checkbox("I don't know the date", key=f"w_{step}_unknown_{lang}")
        else:
            st.radio(
                step,
                options=options,
                index=None,
                captions=[TEXT if len(options) > len(YES_NO) else "" for _ in options],
                key=f"w_{step}_{lang}",
            )
            if step == "permit_basis":  # the group headings of its long list of options
                st.html(f"<style>.st-key-w_{step}_{lang} div:nth-child(1)::before {{content: 'A';}}</style>")
        if step == "claim_made":
            st.text_input("date", key=f"w_{step}_on_{lang}", max_chars=20)
            st.caption(TEXT)
        following = FACTS[index + 1] if index + 1 < len(FACTS) else "check"
        st.form_submit_button("Continue", key=f"continue_{step}", on_click=go, args=(following,))
    bottom()
elif step == "check":
    top(FACTS[-1])
    st.title("Check your answers", anchor=False)
    st.markdown(TEXT)
    for group, (first, last) in enumerate(GROUPS):
        st.subheader(f"Group {group}", anchor=False)
        for fact in FACTS[first:last]:
            with st.container(border=True, horizontal=True, horizontal_alignment="distribute"):
                st.markdown(f"**{fact}**  \n{TEXT}")
                st.button("Change", key=f"change_{fact}", on_click=go, args=(fact,))
    st.button("See the result", key="see_result", on_click=go, args=("result",), type="primary")
    bottom()
else:
    top("check")
    st.title("Result", anchor=False)
    st.markdown(TEXT)
    st.info(TEXT)
    for section, (paragraphs, captions) in enumerate(SECTIONS):
        st.header(f"Section {section}", anchor=False)
        for _ in range(paragraphs):
            st.markdown(TEXT)
        for _ in range(captions):
            st.caption(TEXT)
    reasoning = st.expander("Full reasoning", key=f"w_reasoning_{lang}", on_change="rerun")
    if reasoning.open:
        with reasoning:
            st.markdown(TEXT)
    st.subheader("Keep this result", anchor=False)
    st.markdown(TEXT)
    st.button("Download the summary (PDF)", key="download_summary")
    st.caption(TEXT)
    st.caption(TEXT)
    st.button("Change your answers", key="change_answers", on_click=go, args=("check",))
    bottom()
