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
    /// The texts of the current language (reactive).
    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get())
    }
}

/// The shell's context. `App` provides it before any page renders, so it is always there.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>() // ok: provided by App above every component that calls this
}

/// `?lang=` wins and is remembered; otherwise the remembered choice; otherwise Indonesian.
fn initial_lang() -> Lang {
    let from_url = Query::parse(&browser::search()).get("lang").and_then(Lang::from_code);
    if let Some(lang) = from_url {
        browser::save(LANG_KEY, lang.code());
        return lang;
    }
    browser::load(LANG_KEY).and_then(|code| Lang::from_code(&code)).unwrap_or_default()
}

#[component]
pub fn App() -> impl IntoView {
    let ctx = Ctx { lang: RwSignal::new(initial_lang()), route: RwSignal::new(Route::from_path(&browser::path())) };
    provide_context(ctx);
    browser::on_history_change(move |path| ctx.route.set(Route::from_path(&path)));
    Effect::new(move |_| browser::set_document_lang(ctx.lang.get().code()));
    browser::remove_boot_message();

    view! {
        <header class="topbar">
            <a class="brand" href="/" on:click=move |ev| follow(ev, Route::Home)>
                <img src="/icons/icon.svg" alt="" width="28" height="28"/>
                <span class="brand-name">{move || ctx.t().common.app_name}</span>
            </a>
            <Nav/>
            <LangSwitch/>
        </header>
        <main id="main">
            {move || match ctx.route.get() {
                Route::Home => view! { <pages::home::Home/> }.into_any(),
                Route::Iuran => view! { <pages::upcoming::Upcoming route=Route::Iuran/> }.into_any(),
                Route::Manfaat => view! { <pages::manfaat::Manfaat/> }.into_any(),
                Route::Anggaran => view! { <pages::upcoming::Upcoming route=Route::Anggaran/> }.into_any(),
                Route::Cakupan => view! { <pages::upcoming::Upcoming route=Route::Cakupan/> }.into_any(),
                Route::NotFound => view! { <pages::not_found::NotFound/> }.into_any(),
            }}
        </main>
        <footer class="footer">
            <p>{move || ctx.t().common.footer_rules}</p>
            <p>{move || ctx.t().common.footer_disclaimer}</p>
        </footer>
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
    let label = move |route: Route| {
        let c = &ctx.t().common;
        match route {
            Route::Iuran => c.nav_iuran,
            Route::Manfaat => c.nav_manfaat,
            Route::Anggaran => c.nav_anggaran,
            Route::Cakupan => c.nav_cakupan,
            Route::Home | Route::NotFound => c.nav_home,
        }
    };
    view! {
        <nav class="nav" aria-label=move || ctx.t().common.nav_label>
            {Route::SECTIONS
                .into_iter()
                .map(|route| {
                    view! {
                        <a
                            href=route.path()
                            class=move || format!("nav-link nav-{}", &route.path()[1..])
                            aria-current=move || (ctx.route.get() == route).then_some("page")
                            on:click=move |ev| follow(ev, route)
                        >
                            <span class="nav-icon" aria-hidden="true"></span>
                            <span class="nav-text">{move || label(route)}</span>
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
    let other = move || match ctx.lang.get() {
        Lang::Id => Lang::En,
        Lang::En => Lang::Id,
    };
    let switch = move |_| {
        let lang = other();
        ctx.lang.set(lang);
        browser::save(LANG_KEY, lang.code());
        // A `lang` in the address would switch the language back on reload: drop it.
        let query = Query::parse(&browser::search());
        if query.get("lang").is_some() {
            let rest: Vec<(&str, String)> =
                query.pairs().iter().filter(|(k, _)| k != "lang").map(|(k, v)| (k.as_str(), v.clone())).collect();
            browser::replace_query(&jaring_core::scenario::encode(&rest));
        }
    };
    view! {
        <button
            class="lang-switch"
            type="button"
            lang=move || other().code()
            aria-label=move || ctx.t().common.switch_language_label
            on:click=switch
        >
            {move || ctx.t().common.switch_language}
        </button>
    }
}
