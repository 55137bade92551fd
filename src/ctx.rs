//! What every component may read: the language, the current route, and the bundle that is running.
//! It sits below pages and components (app → pages → components → ctx), so neither imports the
//! shell.

use crate::browser;
use crate::i18n::{texts, Texts};
use crate::route::{Bundle, Route};
use jaring_core::Lang;
use leptos::prelude::*;

/// State every page reads: the language, the current route and the running bundle.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: RwSignal<Lang>,
    pub route: RwSignal<Route>,
    pub bundle: Bundle,
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

/// Follows an in-app link without reloading; modified clicks (new tab) keep the browser's
/// behaviour, and so does a link into the other bundle (an ordinary page load, which fetches that
/// bundle once and then works offline).
pub fn follow(ev: leptos::ev::MouseEvent, route: Route) {
    if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
        return;
    }
    let ctx = use_ctx();
    if route.bundle() != ctx.bundle {
        return;
    }
    ev.prevent_default();
    if ctx.route.get_untracked() != route || !browser::search().is_empty() {
        browser::push(route.path());
        ctx.route.set(route);
    }
}
