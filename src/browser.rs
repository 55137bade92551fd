//! The only module that touches the browser: location and history, local storage, today's date,
//! sharing. Everything else in the app works on plain values. Every call here tolerates a
//! missing API (old WebView, private mode, storage quota) by doing nothing or returning `None`.

use jaring_core::Date;
use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current path, e.g. `/iuran`.
pub fn path() -> String {
    window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The current query string including the leading `?`, or empty.
pub fn search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The full address of the current page (for share links).
pub fn href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Goes to `url` (path and query) as a new history entry, without reloading.
pub fn push(url: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Replaces the query of the current entry (keeps the URL in step with inputs without flooding
/// the history).
pub fn replace_query(query: &str) {
    let url = if query.is_empty() {
        path()
    } else {
        format!("{}?{}", path(), query)
    };
    if url == format!("{}{}", path(), search()) {
        return;
    }
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().and_then(|w| w.local_storage().ok().flatten())
}

pub fn load(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

/// Saves `value`; returns false when the browser refused (private mode, quota).
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Today's date in the phone's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(2026);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or(Date::ymd(2026, 1, 1))
}

/// Sets `<html lang>` so screen readers and translation tools know the language, and tells the
/// service worker, which writes its page for a tool not yet downloaded in that language.
pub fn set_document_lang(code: &str) {
    let Some(window) = window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
    if let Some(worker) = window.navigator().service_worker().controller() {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"lang".into(), &code.into());
        let _ = worker.post_message(&message);
    }
}

/// Removes the static "loading" message of `index.html` once the app has mounted.
pub fn remove_boot_message() {
    if let Some(boot) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// Scrolls the element with `id` into view and focuses its first field, if there is one.
pub fn scroll_to(id: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(element) = document.get_element_by_id(id) {
        element.scroll_into_view();
        let field = element.query_selector("input, select, button").ok().flatten();
        if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = field.focus();
        }
    }
}

/// How a share ended, for the message under the share button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The phone's share sheet opened (WhatsApp, etc.).
    Sheet,
    /// The link was copied to the clipboard.
    Copied,
    /// Neither API is available; the page shows the link to copy by hand.
    Unavailable,
}

/// Opens the phone's share sheet (Web Share API) or, failing that, copies the text to the
/// clipboard.
pub fn share(title: &str, text: &str, url: &str) -> Shared {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return Shared::Unavailable;
    };
    let can_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
    if can_share {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(text);
        data.set_url(url);
        let _ = navigator.share_with_data(&data);
        return Shared::Sheet;
    }
    let has_clipboard = js_sys::Reflect::has(&navigator, &"clipboard".into()).unwrap_or(false);
    if has_clipboard {
        let _ = navigator.clipboard().write_text(&format!("{text}\n{url}"));
        return Shared::Copied;
    }
    Shared::Unavailable
}

/// Calls `on_change` with the new path and query whenever the user goes back or forward.
pub fn on_history_change(on_change: impl Fn(String) + 'static) {
    let handler = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || on_change(path()));
    if let Some(w) = window() {
        let _ = w.add_event_listener_with_callback("popstate", handler.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    handler.forget();
}

/// For a click inside a `<summary>` of a `<details data-line=…>`: the line's key and whether it
/// is now being unfolded. Lets a page remember unfolded lines across re-rendered output.
pub fn toggled_details(ev: &web_sys::MouseEvent) -> Option<(String, bool)> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let summary = target.closest("summary").ok()??;
    let details = summary
        .parent_element()?
        .dyn_into::<web_sys::HtmlDetailsElement>()
        .ok()?;
    let key = details.get_attribute("data-line")?;
    Some((key, !details.open()))
}

/// For a click on an in-app link (`<a href="/…">`) inside output written as HTML: its path, so
/// the page can follow it without reloading.
pub fn clicked_link(ev: &web_sys::MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href^='/']").ok()??;
    link.get_attribute("href")
}

/// Milliseconds since the epoch (for timing work in slices).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Runs `f` in a later task (`setTimeout(0)`), so the browser can handle input and paint first.
/// Long work is cut into slices that each end by calling this.
pub fn later(f: impl FnOnce() + 'static) {
    later_by(0, f);
}

/// Runs `f` in a task after about `delay_ms` milliseconds (`setTimeout`).
pub fn later_by(delay_ms: i32, f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(w) = window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), delay_ms);
    }
}

/// Offers `text` as a file named `filename` (a Blob behind a temporary link). Does nothing where
/// Blobs or object URLs are missing.
pub fn download(filename: &str, mime: &str, text: &str) {
    let Some(document) = window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(filename);
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            link.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads the text of the file chosen in the `<input type=file>` that fired `ev`, then calls
/// `on_text` with it (`None` when the browser cannot read it). The input is cleared, so choosing
/// the same file again reads it again.
pub fn read_chosen_file(ev: &web_sys::Event, on_text: impl FnOnce(Option<String>) + 'static) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return;
    };
    input.set_value("");
    let on_text = std::rc::Rc::new(std::cell::RefCell::new(Some(on_text)));
    let call = {
        let on_text = on_text.clone();
        move |text: Option<String>| {
            if let Some(f) = on_text.borrow_mut().take() {
                f(text);
            }
        }
    };
    let call_err = call.clone();
    let ok =
        wasm_bindgen::closure::Closure::once(move |value: wasm_bindgen::JsValue| call(value.as_string()));
    let err = wasm_bindgen::closure::Closure::once(move |_: wasm_bindgen::JsValue| call_err(None));
    let _ = file.text().then2(&ok, &err);
    // The promise calls one of them once; they live until the page closes (a few bytes per file).
    ok.forget();
    err.forget();
}

/// Opens the browser's print dialog (the page's print view).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// For a click on a button written as HTML with `data-act="…"` (output regions): that value.
pub fn clicked_action(ev: &web_sys::MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-act]").ok()??.get_attribute("data-act")
}
