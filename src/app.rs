//! The app shell: language, navigation between sections, header and footer. Each bundle mounts
//! it with the pages it contains (`src/bin/`).

use crate::browser;
use crate::ctx::{follow, use_ctx, Ctx};
use crate::i18n::common;
use crate::route::{Bundle, Route};
use jaring_core::scenario::Query;
use jaring_core::Lang;
use leptos::prelude::*;

const LANG_KEY: &str = "jaring.lang";

/// Mounts the shell of one bundle; `page` renders the routes that bundle contains.
pub fn mount(bundle: Bundle, page: fn(Route) -> AnyView) {
    leptos::mount::mount_to_body(move || view! { <App bundle=bundle page=page/> });
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
fn App(bundle: Bundle, page: fn(Route) -> AnyView) -> impl IntoView {
    let ctx = Ctx {
        lang: RwSignal::new(initial_lang()),
        route: RwSignal::new(Route::from_path(&browser::path())),
        bundle,
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
                {move || page(ctx.route.get())}
            </main>
            <footer class="footer">
                <p>{common::rules_checked(ctx.lang(), jaring_core::rules::CHECKED_ON)}</p>
                <p>{t.common.footer_disclaimer}</p>
            </footer>
        }
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
