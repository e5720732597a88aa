// The self-check's side in the visitor's browser tab (see ui/tab.py). Plain JavaScript, sent once per
// server session and kept by the page (`window.selfcheckTab`); on every page a small component calls
// `update` with the page's data and its way back to the server (`setTriggerValue`). No imports, no
// requests, nothing sent anywhere but the app's own connection.
//
// 1. The tab's copy (personal devices only; never in kiosk mode): the server sends the session's
//    copy with every page (`data.save`) and it is kept in this tab's sessionStorage, which the
//    browser forgets when the tab closes. When the page is connected to a new server session (a
//    reload, or a reconnection after the old session was lost), the copy goes back to the server
//    once (`restore`) before anything is written again.
// 2. A lost session: every page carries the id of its server session (`data.session`, random, no
//    personal data). A page that was showing one session and is now drawn by another (a server
//    restart, a drop longer than server.disconnectedSessionTTL) says so at once (`restore` with
//    `lost`; no copy in kiosk mode), and the page tells the person what happened.
// 3. The connection: while Streamlit's connection is down, a message in the page's language covers
//    the page (instead of Streamlit's English "Connection error"); when it is back, the page asks
//    the server to run again (`awake`), so a lost session is noticed at once, not at the next click,
//    and the message goes when that run has drawn the page.
// 4. What is typed or chosen but not yet sent: answers inside a form reach the server only with
//    Continue, and the widgets are rebuilt in the other language on a switch. What the page's answer
//    fields hold when the language switch is pressed is put into the rebuilt fields afterwards.

(() => {
if (window.selfcheckTab) return;

const COPY = "selfcheck-copy";
const FIELD = /^st-key-w_(.+)_(nb|en)$/;
const tab = (window.selfcheckTab = {
  reported: null, page: null, lang: null, drafts: {}, connected: true, timer: null, overlay: null, update,
});

function update(component) {
  const { setTriggerValue } = component;
  const data = JSON.parse(new TextDecoder().decode(component.data));
  tab.data = data;
  tab.setTriggerValue = setTriggerValue;
  if (tab.connected) uncover(tab);
  if (data.session !== tab.reported) {
    // A new server session: a new page, or this page showed another session before, which the
    // server lost. The copy (or the news that there is none) goes to the server once, first.
    const lost = tab.reported !== null;
    const copy = data.kiosk ? null : readCopy();
    if (copy !== null || lost) setTriggerValue("restore", { copy, lost });
    tab.reported = data.session;
  } else if (!data.kiosk) {
    writeCopy(data.save);
  }
  carryDrafts(tab, data);
  watch(tab);
}

function readCopy() {
  try {
    const text = window.sessionStorage.getItem(COPY);
    return text === null ? null : JSON.parse(text);
  } catch (error) {
    return null;
  }
}

function writeCopy(save) {
  try {
    if (save === null || save === undefined) window.sessionStorage.removeItem(COPY);
    else window.sessionStorage.setItem(COPY, JSON.stringify(save));
  } catch (error) {
    // Storage switched off or full: the answers live in the session only, as without this copy.
  }
}

// --- what is typed but not yet sent ---------------------------------------------------------------

function snapshot() {
  const drafts = {};
  for (const holder of document.querySelectorAll('[data-testid="stForm"] [class*="st-key-w_"]')) {
    const name = fieldName(holder);
    if (name === null) continue;
    const options = [...holder.querySelectorAll('input[type="radio"]')];
    const box = holder.querySelector('input[type="checkbox"]');
    const input = holder.querySelector("input");
    if (options.length) {
      const chosen = options.findIndex((option) => option.checked);
      if (chosen >= 0) drafts[name] = { option: chosen };
    } else if (box) {
      drafts[name] = { checked: box.checked };
    } else if (input) {
      drafts[name] = { text: input.value };
    }
  }
  return drafts;
}

function fieldName(holder) {
  for (const name of holder.classList) {
    const match = FIELD.exec(name);
    if (match && match[1] !== "lang") return match[1];
  }
  return null;
}

// Pressing the language switch (pointer, touch or key): note what the page's fields hold just before.
function beforeSwitch(event) {
  if (event.target instanceof Element && event.target.closest('[class*="st-key-lang_"], .st-key-to_norwegian')) {
    tab.drafts = snapshot();
  }
}

function carryDrafts(tab, data) {
  if (data.page !== tab.page) {
    tab.page = data.page;
    tab.lang = data.lang;
    tab.drafts = {};
    return;
  }
  if (data.lang === tab.lang) return;
  tab.lang = data.lang;
  const drafts = Object.entries(tab.drafts);
  if (drafts.length) putBack(tab, drafts, data.lang, data.page, 0);
}

function putBack(tab, drafts, lang, page, tries) {
  if (tab.page !== page || tab.lang !== lang) return;
  const waiting = drafts.filter(([name, draft]) => !fill(name, draft, lang));
  if (waiting.length && tries < 200) setTimeout(() => putBack(tab, waiting, lang, page, tries + 1), 50);
}

function fill(name, draft, lang) {
  const holder = document.querySelector(`[data-testid="stForm"] .st-key-w_${CSS.escape(name)}_${lang}`);
  if (!holder || holder.closest('[data-stale="true"]')) return false;
  if ("text" in draft) {
    const input = holder.querySelector("input");
    if (!input) return false;
    if (input.value !== draft.text) {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, draft.text);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
    return true;
  }
  if ("option" in draft) {
    const input = holder.querySelectorAll('input[type="radio"]')[draft.option];
    if (!input) return false;
    if (!input.checked) input.click();
    return true;
  }
  const input = holder.querySelector('input[type="checkbox"]');
  if (!input) return false;
  if (input.checked !== draft.checked) input.click();
  return true;
}

// --- the connection ---------------------------------------------------------------------------------

for (const name of ["pointerdown", "keydown", "click"]) document.addEventListener(name, beforeSwitch, true);
const style = document.createElement("style");
// Streamlit's own connection dialog is English and says "Is Streamlit still running?": while the
// connection is down, this tab's message replaces it. The component takes no room.
style.textContent =
  'html.selfcheck-offline [data-testid="stDialog"] { display: none !important; }\n' +
  ".st-key-selfcheck_tab { display: none; }";
document.head.append(style);

function watch(tab) {
  if (tab.watching) return;
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return;
  tab.watching = new MutationObserver(() => connection(tab, app));
  tab.watching.observe(app, { attributes: true, attributeFilter: ["data-test-connection-state"] });
}

function connection(tab, app) {
  const up = app.getAttribute("data-test-connection-state") === "CONNECTED";
  if (up === tab.connected) return;
  tab.connected = up;
  if (!up) {
    document.documentElement.classList.add("selfcheck-offline");
    tab.timer = setTimeout(() => cover(tab, app), 1000);
    return;
  }
  clearTimeout(tab.timer);
  document.documentElement.classList.remove("selfcheck-offline");
  // The message stays until the page has run again (the next `update`), so the
  // old page is never shown as if its answers were still there; at the latest after 15 seconds.
  tab.timer = setTimeout(() => uncover(tab), 15000);
  tab.setTriggerValue("awake", Date.now());
}

function uncover(tab) {
  if (!tab.overlay) return;
  clearTimeout(tab.timer);
  tab.overlay.remove();
  tab.overlay = null;
  const app = document.querySelector('[data-testid="stApp"]');
  if (app) app.inert = false;
}

function cover(tab, app) {
  if (tab.overlay || tab.connected) return;
  const texts = tab.data.offline;
  const box = document.createElement("div");
  box.id = "selfcheck-offline";
  box.lang = tab.data.tag;
  box.style.cssText =
    "position:fixed;inset:0;z-index:2147483647;display:flex;align-items:center;justify-content:center;" +
    "padding:1rem;background:rgba(0,0,0,0.6)";
  const panel = document.createElement("div");
  panel.setAttribute("role", "alertdialog");
  panel.setAttribute("aria-modal", "true");
  panel.setAttribute("aria-labelledby", "selfcheck-offline-title");
  panel.setAttribute("aria-describedby", "selfcheck-offline-text");
  panel.tabIndex = -1;
  panel.style.cssText =
    "max-width:32rem;padding:1.5rem;border-radius:0.75rem;background:#ffffff;color:#1f1f1f;" +
    "font-family:inherit;font-size:1.1rem;line-height:1.5;outline:none";
  const title = document.createElement("h2");
  title.id = "selfcheck-offline-title";
  title.textContent = texts.title;
  title.style.cssText = "margin:0 0 0.75rem 0;font-size:1.4rem";
  const text = document.createElement("p");
  text.id = "selfcheck-offline-text";
  text.textContent = texts.text;
  text.style.cssText = "margin:0";
  panel.append(title, text);
  box.append(panel);
  document.body.append(box);
  app.inert = true;
  tab.overlay = box;
  panel.focus();
}
})();
