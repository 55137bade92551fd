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

use crate::route::Route;
use leptos::prelude::*;

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
