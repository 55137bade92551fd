//! The app shell: language, navigation between sections, header and footer.

use crate::browser;
use crate::i18n::{texts, Texts};
use crate::pages;
use crate::route::Route;
use jaring_core::scenario::Query;
use jaring_core::Lang;
use leptos::prelude::*;

const LANG_KEY: &str = "jaring.lang";

/// State every page reads: the language and the current route.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
}

impl Ctx {
    /// The texts of the current language. Deliberately not reactive: the shell re-creates every
    /// view when the language changes, so components read each text once. A reactive closure per
    /// text would cost far more WebAssembly (each closure is its own rendering code).
    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get_untracked())
    }

    pub fn lang(&self) -> Lang {
        self.lang.get_untracked()
    }
}

/// The shell's context. `App` provides it before any page renders, so it is always there.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>() // ok: provided by App above every component that calls this
}

/// `?lang=` wins and is remembered; otherwise the remembered choice; otherwise Indonesian.
fn initial_lang() -> Lang {
    let from_url = Query::parse(&browser::search())
        .get("lang")
        .and_then(Lang::from_code);
    if let Some(lang) = from_url {
        browser::save(LANG_KEY, lang.code());
        return lang;
    }
    browser::load(LANG_KEY)
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

#[component]
pub fn App() -> impl IntoView {
    let ctx = Ctx {
        lang: RwSignal::new(initial_lang()),
        route: RwSignal::new(Route::from_path(&browser::path())),
    };
    provide_context(ctx);
    browser::on_history_change(move |path| ctx.route.set(Route::from_path(&path)));
    Effect::new(move |_| browser::set_document_lang(ctx.lang.get().code()));
    browser::remove_boot_message();

    // Everything is rebuilt when the language changes (see `Ctx::t`); pages restore their inputs
    // from the address, which they keep up to date.
    move || {
        ctx.lang.track();
        let t = ctx.t();
        view! {
            <header class="topbar">
                <a class="brand" href="/" on:click=move |ev| follow(ev, Route::Home)>
                    <img src="/icons/icon.svg" alt="" width="28" height="28"/>
                    <span class="brand-name">{t.common.app_name}</span>
                </a>
                <Nav/>
                <LangSwitch/>
            </header>
            <main id="main">
                {move || match ctx.route.get() {
                    Route::Home => view! { <pages::home::Home/> }.into_any(),
                    Route::Iuran => view! { <pages::iuran::IuranPage/> }.into_any(),
                    Route::Manfaat => view! { <pages::manfaat::Manfaat/> }.into_any(),
                    Route::Anggaran => view! { <pages::upcoming::Upcoming route=Route::Anggaran/> }.into_any(),
                    Route::Cakupan => view! { <pages::upcoming::Upcoming route=Route::Cakupan/> }.into_any(),
                    Route::NotFound => view! { <pages::not_found::NotFound/> }.into_any(),
                }}
            </main>
            <footer class="footer">
                <p>{t.common.footer_rules}</p>
                <p>{t.common.footer_disclaimer}</p>
            </footer>
        }
    }
}

/// Follows an in-app link without reloading; modified clicks (new tab) keep the browser's behaviour.
pub fn follow(ev: leptos::ev::MouseEvent, route: Route) {
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    ev.prevent_default();
    let ctx = use_ctx();
    if ctx.route.get_untracked() != route || !browser::search().is_empty() {
        browser::push(route.path());
        ctx.route.set(route);
    }
}

/// Section navigation: a top bar on wide screens, a bottom bar on phones (CSS decides).
#[component]
fn Nav() -> impl IntoView {
    let ctx = use_ctx();
    let c = &ctx.t().common;
    let label = move |route: Route| match route {
        Route::Iuran => c.nav_iuran,
        Route::Manfaat => c.nav_manfaat,
        Route::Anggaran => c.nav_anggaran,
        Route::Cakupan => c.nav_cakupan,
        Route::Home | Route::NotFound => c.nav_home,
    };
    view! {
        <nav class="nav" aria-label=c.nav_label>
            {Route::SECTIONS
                .into_iter()
                .map(|route| {
                    view! {
                        <a
                            href=route.path()
                            class=format!("nav-link nav-{}", route.path().trim_start_matches('/'))
                            aria-current=move || (ctx.route.get() == route).then_some("page")
                            on:click=move |ev| follow(ev, route)
                        >
                            <span class="nav-icon" aria-hidden="true"></span>
                            <span class="nav-text">{label(route)}</span>
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let ctx = use_ctx();
    let other = match ctx.lang() {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };
    let c = &ctx.t().common;
    let switch = move |_| {
        let lang = other;
        ctx.lang.set(lang);
        browser::save(LANG_KEY, lang.code());
        // A `lang` in the address would switch the language back on reload: drop it.
        let query = Query::parse(&browser::search());
        if query.get("lang").is_some() {
            let rest: Vec<(&str, String)> = query
                .pairs()
                .iter()
                .filter(|(k, _)| k != "lang")
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect();
            browser::replace_query(&jaring_core::scenario::encode(&rest));
        }
    };
    view! {
        <button
            class="lang-switch"
            type="button"
            lang=other.code()
            aria-label=c.switch_language_label
            on:click=switch
        >
            {c.switch_language}
        </button>
    }
}
