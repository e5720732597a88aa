# The self-check as a container: one process (uvicorn serving Streamlit's st.App, see serve.py) on
# port 8501, about one core. Scale with more containers behind a proxy with sticky sessions
# (deploy/nginx.conf, deploy/k8s.yaml), never with more workers in one container.
#
#   docker build -t selfcheck .
#   docker run --rm -p 8501:8501 selfcheck                        # open http://localhost:8501
#   docker run --rm -p 8501:8501 -e SELFCHECK_KIOSK=1 selfcheck   # kiosk mode
#
# Environment:
#   SELFCHECK_KIOSK=1                 kiosk mode for a shared screen (default off)
#   SELFCHECK_IDLE_SECONDS=120        kiosk: seconds without a touch before everything is reset
#   SELFCHECK_IDLE_WARNING_SECONDS=20 kiosk: the warning before the reset
#   STREAMLIT_SERVER_COOKIE_SECRET    the same random secret on every replica (optional; read also
#                                     under uvicorn, unlike other STREAMLIT_* variables: the rest of
#                                     the settings come from .streamlit/config.toml)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HOME=/tmp \
    SELFCHECK_KIOSK=0

WORKDIR /app
# Fonts for the summary PDF: DejaVu Sans (Latin, Cyrillic, §; without it the PDF falls back to
# Latin-1), Noto Sans Arabic and Ethiopic (Arabic, Dari, Tigrinya; without them those PDFs are bokmål).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-core \
    && rm -rf /var/lib/apt/lists/*
# requirements.txt is the lock (exact versions with hashes, README "Dependencies").
COPY requirements.txt .
RUN pip install --require-hashes -r requirements.txt \
    && groupadd --system --gid 10001 selfcheck \
    && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /tmp --shell /usr/sbin/nologin selfcheck

# Owned by root, read-only for the app's user (see .dockerignore for what stays out).
COPY . .

USER 10001:10001
EXPOSE 8501

# The slim image has no curl: ask the health endpoint with Python.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=2).status != 200)"]

# uvicorn rather than `streamlit run`: it switches Nagle's algorithm off (40 ms less per step, see
# serve.py and README "Performance"). The flags repeat Streamlit's own websocket choices, except
# the message size: a browser sends this app less than 400 bytes at a time, so a websocket message
# over 32 KiB is refused from its frame header, before it is read (serve.WS_MAX_BYTES). No access
# log (serve.py also keeps every visitor's address out of the other logs).
CMD ["uvicorn", "serve:app", "--host", "0.0.0.0", "--port", "8501", \
     "--ws", "websockets-sansio", "--ws-per-message-deflate", "false", \
     "--ws-ping-interval", "30", "--ws-ping-timeout", "30", "--ws-max-size", "32768", \
     "--no-access-log", "--timeout-graceful-shutdown", "10"]
