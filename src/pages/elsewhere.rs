//! A page of the other bundle reached in this one: only on a host that answered the path with the
//! wrong entry page (see README, "Deploying"). A plain link loads the right one.

use crate::ctx::use_ctx;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn Elsewhere(route: Route) -> impl IntoView {
    let c = &use_ctx().t().common;
    view! {
        <section class="page not-found">
            <h1>{c.elsewhere_title}</h1>
            <a class="button" href=format!("{}/", route.path().trim_end_matches('/'))>{c.elsewhere_action}</a>
        </section>
    }
}
