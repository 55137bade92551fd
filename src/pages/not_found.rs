use crate::app::{follow, use_ctx};
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="page not-found">
            <h1>{move || ctx.t().common.not_found_title}</h1>
            <p>{move || ctx.t().common.not_found_text}</p>
            <a class="button" href="/" on:click=move |ev| follow(ev, Route::Home)>
                {move || ctx.t().common.not_found_action}
            </a>
        </section>
    }
}
