"""One short module per step of the wizard, imported by `app.py`: read state -> call logic -> render.

Each module offers `title()` (the browser tab's title) and `render()`. Streamlit also lists the
files in `pages/` as pages of their own; opened that way (`__name__ == "__main__"`), a module shows
only a link back to the start.
"""
