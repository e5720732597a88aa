"""Browser tests: a real `streamlit run` on loopback, driven by Playwright with Debian's chromium."""
