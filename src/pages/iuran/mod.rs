//! `/iuran`: the contributions calculator for PU, BPU, Jakon and PMI participants.
//!
//! State is one [`Scenario`] signal, kept in the URL query (share link) and in local storage. One
//! memo computes everything the page shows from it ([`Computed`]); the read-only output is written
//! as HTML by `output` into two regions. Only the inputs (`form`) are components.

mod form;
mod output;

use crate::browser;
use crate::components::notices::Notices;
use crate::components::share::ShareButton;
use crate::ctx::use_ctx;
use jaring_core::iuran::{
    bpu_terlambat, pu_denda, pu_year, BpuTerlambat, IuranError, IuranResult, PuDenda, Scenario, Segmen,
    YearView,
};
use jaring_core::scenario::Notice;
use leptos::prelude::*;
use std::sync::Arc;

const STORAGE_KEY: &str = "jaring.iuran";

/// Everything computed from the current inputs. One value, so one memo drives every region.
pub(crate) struct Computed {
    /// Why the current inputs do not compute, if they do not.
    pub error: Option<IuranError>,
    /// The result of the current inputs or, while they do not compute, the last that did (so a
    /// bad input does not blank the page). Shared, so keeping it is not a deep copy.
    pub shown: Option<Arc<IuranResult>>,
    /// PU: the calendar year of the chosen date, month by month and per programme.
    pub year: Option<Result<YearView, IuranError>>,
    /// PU and BPU paid late (`terlambat` > 0): the fine, or the lapse rule.
    pub late: Option<Result<Late, IuranError>>,
}

/// What paying late means for the chosen segment.
pub(crate) enum Late {
    Pu(PuDenda),
    Bpu(BpuTerlambat),
}

impl Computed {
    pub fn new(scenario: &Scenario, today: jaring_core::Date, previous: Option<&Computed>) -> Computed {
        let (error, shown) = match scenario.compute(today) {
            Ok(r) => (None, Some(Arc::new(r))),
            Err(e) => (Some(e), previous.and_then(|p| p.shown.clone())),
        };
        let year = (scenario.segmen == Segmen::Pu).then(|| {
            let input = scenario.pu_input(today);
            pu_year(&input, input.date.year())
        });
        let months_late = scenario.terlambat;
        let late = match scenario.segmen {
            _ if months_late == 0 => None,
            Segmen::Pu => Some(pu_denda(&scenario.pu_input(today), months_late).map(Late::Pu)),
            Segmen::Bpu => Some(bpu_terlambat(scenario.tanggal.unwrap_or(today), months_late).map(Late::Bpu)),
            Segmen::Jakon | Segmen::Pmi => None,
        };
        Computed {
            error,
            shown,
            year,
            late,
        }
    }
}

/// The scenario of a share link; without one (or with only `lang`), the last one saved here.
fn initial() -> (Scenario, Vec<Notice>) {
    super::initial_scenario(STORAGE_KEY, Scenario::from_query)
}

#[component]
pub fn IuranPage() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let t = &ctx.t().iuran;
    let today = browser::today();
    let (start, notices) = initial();
    let scenario = RwSignal::new(start);
    let notices = RwSignal::new(notices);
    Effect::new(move |_| {
        let query = scenario.with(Scenario::to_query);
        browser::replace_query(&query);
        browser::save(STORAGE_KEY, &query);
    });
    // Every change of the scenario changes what is shown, so the memo does not compare results.
    let computed = Memo::new_with_compare(
        move |previous: Option<&Computed>| scenario.with(|s| Computed::new(s, today, previous)),
        |_, _| true,
    );
    // Which lines the visitor unfolded, so they stay open when the output is rewritten.
    let open = StoredValue::new(Vec::<String>::new());
    let remember_open = move |ev: leptos::ev::MouseEvent| {
        if let Some((key, unfolded)) = browser::toggled_details(&ev) {
            open.update_value(|keys| {
                keys.retain(|k| k != &key);
                if unfolded {
                    keys.push(key);
                }
            });
        }
    };

    view! {
        <section class="page iuran">
            <h1>{t.title}</h1>
            <p class="lead">{t.intro}</p>
            <Notices notices=notices/>
            <div class="layout-2">
                <form::Inputs scenario=scenario computed=computed today=today lang=lang/>
                <div class="results" aria-live="polite" on:click=remember_open>
                    <h2>{t.results_heading}</h2>
                    <div inner_html=move || computed.with(|c| output::result_html(c, lang, &open.get_value()))></div>
                    <ShareButton text=t.share_text/>
                </div>
            </div>
            <div inner_html=move || computed.with(|c| output::year_html(c, lang))></div>
        </section>
    }
}
