//! The landing page: sends each user group to its tool.

use crate::app::{follow, use_ctx};
use crate::i18n::common::Card;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let ctx = use_ctx();
    let card = move |route: Route, pick: fn(&'static crate::i18n::Texts) -> &'static Card| {
        let c = move || pick(ctx.t());
        view! {
            <li class=format!("card card-{}", &route.path()[1..])>
                <p class="card-audience">{move || c().audience}</p>
                <h2>{move || c().title}</h2>
                <p>{move || c().text}</p>
                <a class="button" href=route.path() on:click=move |ev| follow(ev, route)>
                    {move || c().action}
                </a>
            </li>
        }
    };
    view! {
        <section class="page home">
            <h1>{move || ctx.t().common.home_title}</h1>
            <p class="lead">{move || ctx.t().common.home_intro}</p>
            <ul class="cards">
                {card(Route::Manfaat, |t| &t.common.card_manfaat)}
                {card(Route::Iuran, |t| &t.common.card_iuran)}
                {card(Route::Anggaran, |t| &t.common.card_anggaran)}
                {card(Route::Cakupan, |t| &t.common.card_cakupan)}
            </ul>
        </section>
    }
}
