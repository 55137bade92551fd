//! One module per page. Pages read inputs, call the core, and show results. The two functions
//! below are the page lists of the two bundles: a bundle's binary names one of them, so the other
//! bundle's pages are not compiled into its WebAssembly.

pub mod anggaran;
pub mod cakupan;
pub mod elsewhere;
pub mod home;
pub mod iuran;
pub mod manfaat;
pub mod not_found;

use crate::browser;
use crate::route::Route;
use jaring_core::scenario::{Notice, Query, GLOBAL_KEYS};
use leptos::prelude::*;

/// The address's query when it is a share link: it carries a parameter other than `lang`.
pub fn link_query() -> Option<Query> {
    let query = Query::parse(&browser::search());
    let from_link = query
        .pairs()
        .iter()
        .any(|(key, _)| !GLOBAL_KEYS.contains(&key.as_str()));
    from_link.then_some(query)
}

/// A page's starting scenario: the share link's (with notices for what it could not use) or,
/// without one, the last one saved under `storage_key` (a saved query), or the default.
pub fn initial_scenario<S: Default>(
    storage_key: &str,
    read: fn(&Query) -> (S, Vec<Notice>),
) -> (S, Vec<Notice>) {
    if let Some(query) = link_query() {
        return read(&query);
    }
    let saved = browser::load(storage_key).map(|q| read(&Query::parse(&q)).0);
    (saved.unwrap_or_default(), Vec::new())
}

/// The public bundle: the landing page, contributions and benefits.
pub fn public(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <home::Home/> }.into_any(),
        Route::Iuran => view! { <iuran::IuranPage/> }.into_any(),
        Route::Manfaat => view! { <manfaat::Manfaat/> }.into_any(),
        Route::NotFound => view! { <not_found::NotFound/> }.into_any(),
        Route::Anggaran | Route::Cakupan => view! { <elsewhere::Elsewhere route=route/> }.into_any(),
    }
}

/// The planner bundle: the APBD budget planner and the coverage simulator.
pub fn planner(route: Route) -> AnyView {
    match route {
        Route::Anggaran => view! { <anggaran::Anggaran/> }.into_any(),
        Route::Cakupan => view! { <cakupan::Cakupan/> }.into_any(),
        Route::Home | Route::Iuran | Route::Manfaat | Route::NotFound => {
            view! { <elsewhere::Elsewhere route=route/> }.into_any()
        }
    }
}
