//! `/manfaat`: what a participant and the family receive, for a PERISAI agent to show a prospect
//! on a phone. The agent view (a few big cards and a with/without contrast) comes first, then the
//! inputs, then every amount with its formula and legal source.
//!
//! State is one [`Scenario`] signal, kept in the URL query (share link) and in local storage; the
//! benefits and their cost are memos over it, computed by the core.

mod agent;
mod details;
mod form;

use crate::app::use_ctx;
use crate::browser;
use crate::components::notices::Notices;
use crate::i18n::texts;
use jaring_core::iuran::IuranError;
use jaring_core::manfaat::{biaya, simulate, Biaya, ManfaatError, ManfaatInput, ManfaatResult, Scenario};
use jaring_core::scenario::{Notice, Query, GLOBAL_KEYS};
use leptos::prelude::*;

const STORAGE_KEY: &str = "jaring.manfaat";

/// The page's state and what is derived from it, shared by its parts (all `Copy` handles).
#[derive(Clone, Copy)]
struct Model {
    scenario: RwSignal<Scenario>,
    input: Memo<ManfaatInput>,
    /// The benefits of the current inputs, or why they do not compute.
    outcome: Memo<Result<ManfaatResult, ManfaatError>>,
    /// The last result that computed, so a bad date does not blank the page.
    result: Memo<Option<ManfaatResult>>,
    cost: Memo<Result<Biaya, IuranError>>,
}

/// The scenario of a share link; without one (or with only `lang`), the last one saved here.
fn initial() -> (Scenario, Vec<Notice>) {
    let query = Query::parse(&browser::search());
    let from_link = query
        .pairs()
        .iter()
        .any(|(key, _)| !GLOBAL_KEYS.contains(&key.as_str()));
    if from_link {
        return Scenario::from_query(&query);
    }
    let saved = browser::load(STORAGE_KEY).map(|q| Scenario::from_query(&Query::parse(&q)).0);
    (saved.unwrap_or_default(), Vec::new())
}

#[component]
pub fn Manfaat() -> impl IntoView {
    let ctx = use_ctx();
    let today = browser::today();
    let (start, notices) = initial();
    let scenario = RwSignal::new(start);
    let notices = RwSignal::new(notices);
    Effect::new(move |_| {
        let query = scenario.with(Scenario::to_query);
        browser::replace_query(&query);
        browser::save(STORAGE_KEY, &query);
    });

    let input = Memo::new(move |_| scenario.with(|s| s.input(today)));
    let outcome = Memo::new(move |_| input.with(simulate));
    let result = Memo::new(move |previous: Option<&Option<ManfaatResult>>| {
        outcome.with(|o| match o {
            Ok(r) => Some(r.clone()),
            Err(_) => previous.cloned().flatten(),
        })
    });
    let cost = Memo::new(move |_| input.with(biaya));
    let model = Model {
        scenario,
        input,
        outcome,
        result,
        cost,
    };

    // The language rarely changes: the page is drawn again when it does, so its static texts are
    // plain strings rather than one reactive closure each (every closure is compiled code).
    view! {
        <section class="page manfaat">
            {move || {
                let lang = ctx.lang.get();
                let t = &texts(lang).manfaat;
                view! {
                    <h1>{t.title}</h1>
                    <p class="lead">{t.intro}</p>
                    <Notices notices=notices/>
                    <div class="manfaat-layout">
                        <agent::AgentView model=model lang=lang/>
                        <form::Inputs model=model today=today lang=lang/>
                        <details::Details model=model lang=lang/>
                    </div>
                }
            }}
        </section>
    }
}
