//! A section that is not built yet says plainly what it will do (no fake numbers).

use crate::ctx::use_ctx;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn Upcoming(route: Route) -> impl IntoView {
    let ctx = use_ctx();
    let c = &ctx.t().common;
    let texts = {
        match route {
            Route::Manfaat => &c.upcoming_manfaat,
            Route::Anggaran => &c.upcoming_anggaran,
            Route::Cakupan => &c.upcoming_cakupan,
            Route::Iuran | Route::Home | Route::NotFound => &c.upcoming_iuran,
        }
    };
    view! {
        <section class="page upcoming">
            <h1>{texts.title}</h1>
            <p class="badge">{c.upcoming_badge}</p>
            <p>{texts.text}</p>
        </section>
    }
}
