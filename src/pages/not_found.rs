use crate::ctx::{follow, use_ctx};
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let c = &use_ctx().t().common;
    view! {
        <section class="page not-found">
            <h1>{c.not_found_title}</h1>
            <p>{c.not_found_text}</p>
            <a class="button" href="/" on:click=move |ev| follow(ev, Route::Home)>
                {c.not_found_action}
            </a>
        </section>
    }
}
