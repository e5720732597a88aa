"""Keeping the result: the summary PDF handed to the person's own browser, and nothing on a kiosk.

The PDF is made when the person presses the button, in that script run, and goes to their browser
inside the page itself: a small script turns it into a Blob and saves it under a file name. No
address serves it: there is no `/media/...` URL that another browser, a log or a proxy could
fetch, nothing deterministic to guess from, and nothing that stays on the server after the run.
The script carries a fresh random mark, so pressing the button again downloads again; the next run
of the page removes it. This works alike under `streamlit run` and `uvicorn serve:app`.

On a kiosk (`SELFCHECK_KIOSK=1`) nothing may reach the machine's disk: no download at all. The
page says to take a picture of the screen with one's own phone, and to press «Start over».
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Callable

import streamlit as st

from ui import settings
from ui.i18n import _

_SAVE_SCRIPT = """
<script>
/* summary %(mark)s */
(() => {
  const bytes = Uint8Array.from(atob("%(data)s"), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], {type: "application/pdf"}));
  const link = document.createElement("a");
  link.href = url;
  link.download = %(name)s;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
})();
</script>
"""


def save_script(pdf: bytes, file_name: str) -> str:
    """The script that saves `pdf` in the browser as `file_name` (a fresh random mark each time)."""
    name = json.dumps(file_name).replace("<", "\\u003c")
    data = base64.b64encode(pdf).decode("ascii")
    return _SAVE_SCRIPT % {"mark": secrets.token_hex(8), "data": data, "name": name}


def offer(make_pdf: Callable[[], bytes], *, norwegian_beside: bool) -> None:
    """The "Keep this result" section: a download on a personal device, a photo on a kiosk."""
    st.subheader(_("Keep this result"), anchor=False)
    if settings.current().kiosk:
        st.markdown(
            _(
                "This screen is shared, so nothing can be downloaded or saved here. To keep the result, "
                "take a picture of the screen with your own phone. When you are done, press "
                "«%(button)s»: then everything you answered is deleted."
            )
            % {"button": _("Start over")}
        )
        return
    st.markdown(
        _(
            "Download a one-page summary with your answers, the result and the reasons. Beside your "
            "language it has the same text in Norwegian, so the municipality can read it. You can "
            "also print this page."
        )
        if norwegian_beside
        else _(
            "Download a one-page summary with your answers, the result and the reasons. You can also "
            "print this page."
        )
    )
    pressed = st.button(_("Download the summary (PDF)"), key="download_summary", icon=":material/download:")
    if pressed:
        # Translators: the file name of the summary; letters, digits and hyphens only.
        file_name = _("introduction-programme-self-check.pdf")
        st.html(save_script(make_pdf(), file_name), unsafe_allow_javascript=True)
