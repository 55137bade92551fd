//! The landing page: sends each user group to its tool.

use crate::browser;
use crate::ctx::{follow, use_ctx};
use crate::i18n::common::{card_manfaat_text, Card};
use crate::i18n::texts;
use crate::route::Route;
use jaring_core::Lang;
use leptos::prelude::*;

/// The `/manfaat` card with today's amounts from the core; without rules for today, the text
/// without amounts.
fn manfaat_text(lang: Lang) -> String {
    let today = browser::today();
    let santunan = jaring_core::rules::manfaat::JKM
        .at(today)
        .map(|e| e.value.total());
    match (santunan, jaring_core::iuran::bpu_minimum(today)) {
        (Ok(santunan), Ok(iuran)) => card_manfaat_text(lang, &santunan.format(lang), &iuran.format(lang)),
        _ => texts(lang).common.card_manfaat.text.to_string(),
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.t();
    let lang = ctx.lang();
    let card = move |route: Route, c: &'static Card, text: String| {
        view! {
            <li class=format!("card card-{}", route.path().trim_start_matches('/'))>
                <p class="card-audience">{c.audience}</p>
                <h2>{c.title}</h2>
                <p>{text}</p>
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
                {card(Route::Manfaat, &t.common.card_manfaat, manfaat_text(lang))}
                {card(Route::Iuran, &t.common.card_iuran, t.common.card_iuran.text.to_string())}
                {card(Route::Anggaran, &t.common.card_anggaran, t.common.card_anggaran.text.to_string())}
                {card(Route::Cakupan, &t.common.card_cakupan, t.common.card_cakupan.text.to_string())}
            </ul>
        </section>
    }
}
