//! The landing page: sends each user group to its tool.

use crate::ctx::{follow, use_ctx};
use crate::i18n::common::Card;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.t();
    let card = move |route: Route, c: &'static Card| {
        view! {
            <li class=format!("card card-{}", route.path().trim_start_matches('/'))>
                <p class="card-audience">{c.audience}</p>
                <h2>{c.title}</h2>
                <p>{c.text}</p>
                <a class="button" href=route.path() on:click=move |ev| follow(ev, route)>
                    {c.action}
                </a>
            </li>
        }
    };
    view! {
        <section class="page home">
            <h1>{t.common.home_title}</h1>
            <p class="lead">{t.common.home_intro}</p>
            <ul class="cards">
                {card(Route::Manfaat, &t.common.card_manfaat)}
                {card(Route::Iuran, &t.common.card_iuran)}
                {card(Route::Anggaran, &t.common.card_anggaran)}
                {card(Route::Cakupan, &t.common.card_cakupan)}
            </ul>
        </section>
    }
}
