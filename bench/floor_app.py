"""The floor for `bench_wizard_steps.py`: the wizard's pages with the same widgets, the same keys and
about the same number of elements, but no rules, no translations and no question table.

A one-page state machine like `app.py`: each button's callback moves the step. Not part of the app.
"""

from datetime import date

import streamlit as st

YES_NO = (True, False, "dont_know")
QUESTIONS = (
    ("permit_basis", ("refugee", *(f"basis_{n}" for n in range(12)))),  # (fact, options; () = a date)
    ("date_of_birth", ()),
    ("permit_granted_on", ()),
    ("settled", YES_NO),
    ("settled_on", ()),
    ("settled_by_agreement", YES_NO),
    ("claim_made", ("asked", "not_asked", "in_programme", "dont_know")),  # and the date of a claim
    ("declined_or_dropped_out", YES_NO),
    ("works_30_hours_or_more", YES_NO),
)
FACTS = [fact for fact, _count in QUESTIONS]
TEXT = "A sentence of about the length of the app's own, shown on the page as plain text. " * 2

ss = st.session_state
ss.setdefault("step", "start")
ss.setdefault("lang", "nb")
ss.setdefault("today", date.today())  # noqa: DTZ011 (read by the benchmark, like the app's)


def go(step: str) -> None:
    ss["step"] = step


def switch() -> None:
    ss["lang"] = ss[f"w_lang_{ss['lang']}"]


def top(back: str | None) -> None:
    with st.container(horizontal=True, horizontal_alignment="distribute", vertical_alignment="center"):
        if back is None:
            st.space("small")
        else:
            st.button("Back", key="back", on_click=go, args=(back,), type="tertiary")
        st.segmented_control(
            "Language",
            options=("nb", "en"),
            default=ss["lang"],
            required=True,
            key=f"w_lang_{ss['lang']}",
            on_change=switch,
            label_visibility="collapsed",
        )


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
        if options:
            st.radio(
                step,
                options=options,
                index=None,
                captions=[TEXT if len(options) > len(YES_NO) else "" for _ in options],
                key=f"w_{step}_{lang}",
            )
        else:
            st.caption(TEXT)
            st.text_input(step, key=f"w_{step}_{lang}", max_chars=20, label_visibility="collapsed")
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
    for group in range(5):
        st.subheader(f"Group {group}", anchor=False)
        for fact in FACTS[group * 2 : group * 2 + 2]:
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
    for section in range(3):
        st.header(f"Section {section}", anchor=False)
        st.subheader(f"Part {section}", anchor=False)
        for _ in range(4):
            st.markdown(TEXT)
        for _ in range(3):
            st.caption(TEXT)
    st.button("Change your answers", key="change_answers", on_click=go, args=("check",))
    bottom()
