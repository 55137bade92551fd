//! `/manfaat`: what a participant and the family receive, for a PERISAI agent to show a prospect
//! on a phone. The agent view (a few big cards and a with/without contrast) comes first, then the
//! inputs, then every amount with its formula and legal source.
//!
//! State is one [`Scenario`] signal, kept in the URL query (share link) and in local storage. One
//! memo computes everything the page shows from it; the read-only output is written as HTML by
//! `output` (with `maud`; see ARCHITECTURE.md, "Bundle size") into two regions. Only the inputs
//! are components.

mod form;
mod output;

use crate::browser;
use crate::components::notices::Notices;
use crate::components::share::ShareButton;
use crate::ctx::{follow, use_ctx};
use crate::i18n::manfaat::share_text;
use crate::route::Route;
use jaring_core::iuran::IuranError;
use jaring_core::manfaat::{biaya, simulate, Biaya, ManfaatError, ManfaatInput, ManfaatResult, Scenario};
use jaring_core::scenario::Notice;
use leptos::prelude::*;
use std::sync::Arc;

const STORAGE_KEY: &str = "jaring.manfaat";

/// Everything computed from the current inputs. One value, so one memo drives every region.
struct Computed {
    input: ManfaatInput,
    /// Why the current inputs do not compute, if they do not.
    error: Option<ManfaatError>,
    /// The benefits of the current inputs or, while they do not compute, the last that did (so a
    /// bad date does not blank the page). Shared, so keeping it is not a deep copy.
    shown: Option<Arc<ManfaatResult>>,
    /// What the protection costs the participant each month.
    cost: Result<Biaya, IuranError>,
}

impl Computed {
    /// Everything the page shows for `input`; `previous` keeps the last benefits that computed.
    fn new(input: ManfaatInput, previous: Option<&Computed>) -> Computed {
        let (error, shown) = match simulate(&input) {
            Ok(r) => (None, Some(Arc::new(r))),
            Err(e) => (Some(e), previous.and_then(|p| p.shown.clone())),
        };
        Computed {
            error,
            shown,
            cost: biaya(&input),
            input,
        }
    }
}

/// The scenario of a share link; without one (or with only `lang`), the last one saved here.
fn initial() -> (Scenario, Vec<Notice>) {
    super::initial_scenario(STORAGE_KEY, Scenario::from_query)
}

#[component]
pub fn Manfaat() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let t = &ctx.t().manfaat;
    let today = browser::today();
    let (start, notices) = initial();
    let scenario = RwSignal::new(start);
    let notices = RwSignal::new(notices);
    Effect::new(move |_| {
        let query = scenario.with(Scenario::to_query);
        browser::replace_query(&query);
        browser::save(STORAGE_KEY, &query);
    });

    // Every change of the scenario changes what is shown, so the memo does not compare results
    // (a deep comparison would be code for nothing).
    let computed = Memo::new_with_compare(
        move |previous: Option<&Computed>| Computed::new(scenario.with(|s| s.input(today)), previous),
        |_, _| true,
    );
    let share = Signal::derive(move || {
        computed.with(|c| {
            c.shown
                .as_ref()
                .map(|r| share_text(lang, &output::share_facts(r, &c.cost)))
                .unwrap_or_default()
        })
    });
    // Which formula cards the visitor unfolded, so they stay open when the details are rewritten.
    let open = StoredValue::new(Vec::<String>::new());
    let on_details_click = move |ev: leptos::ev::MouseEvent| {
        if let Some(path) = browser::clicked_link(&ev) {
            follow(ev, Route::from_path(&path));
        } else if let Some((key, unfolded)) = browser::toggled_details(&ev) {
            open.update_value(|keys| {
                keys.retain(|k| k != &key);
                if unfolded {
                    keys.push(key);
                }
            });
        }
    };

    view! {
        <section class="page manfaat">
            <h1>{t.title}</h1>
            <p class="lead">{t.intro}</p>
            <Notices notices=notices/>
            <div class="manfaat-layout">
                <section class="agent" aria-labelledby="agent-heading">
                    <h2 id="agent-heading" class="visually-hidden">{t.agent_heading}</h2>
                    <div inner_html=move || computed.with(|c| output::agent(lang, c).into_string())></div>
                    <div class="agent-actions">
                        <ShareButton text=share/>
                        <button type="button" class="button button-secondary" on:click=|_| browser::scroll_to("data")>
                            {t.edit_link}
                        </button>
                    </div>
                </section>
                <form::Inputs scenario=scenario today=today lang=lang/>
                <section class="details" aria-labelledby="details-heading" on:click=on_details_click>
                    <h2 id="details-heading">{t.details_heading}</h2>
                    <div inner_html=move || computed.with(|c| output::details(lang, c, &open.get_value()).into_string())></div>
                </section>
            </div>
        </section>
    }
}
