//! `/anggaran`: the APBD budget planner, for a planner at a desk (Bappeda, Disnaker, a BPJS
//! branch). A form with the defaults of the NTT 2025 pledge, a summary card, charts, tables by
//! month, quarter, APBD year, funder and district, up to three scenarios side by side, CSV export
//! and import, a plan file, a print view, and a link to `/cakupan` carrying the plan's cohorts.
//!
//! State is one [`Scenario`] signal (the URL query follows it), the scenarios kept for comparison
//! and the district table; all three are kept in local storage as the plan file's JSON
//! ([`PlannerState`]), so work survives a reload and a closed tab. One memo computes everything
//! shown; the read-only output is written with `maud` by `output` into a few regions.
//!
//! **Why JSON strings, not `serde-wasm-bindgen`:** the plan file is text at both ends (a Blob to
//! download, a chosen file's text, local storage's string values), so the core's `serde_json`
//! writes and reads it directly; turning it into JavaScript objects first would only add a
//! `JSON.stringify`/`parse` on the JavaScript side and the converter's code to the bundle.

mod form;
mod output;

use crate::browser;
use crate::components::notices::Notices;
use crate::components::share::ShareButton;
use crate::ctx::use_ctx;
use crate::i18n::anggaran as text;
use jaring_core::anggaran::csv::{
    export_apbd, export_districts, export_funders, export_months, export_periods, import_districts,
};
use jaring_core::anggaran::districts::{DistrictSummary, RowError};
use jaring_core::anggaran::link::MAX_SCENARIOS;
use jaring_core::anggaran::{
    compare, summarize, DistrictTable, MetricRow, Outcome, PlanError, PlannerState, Scenario,
};
use jaring_core::scenario::Notice;
use jaring_core::Lang;
use leptos::prelude::*;
use std::sync::Arc;

const STORAGE_KEY: &str = "jaring.anggaran";

/// Everything computed from the current state. One value, so one memo drives every region.
pub(super) struct Computed {
    /// Why the current scenario does not compute, if it does not.
    pub error: Option<PlanError>,
    /// The scenario and outcome shown: the current one or, while it does not compute, the last
    /// one that did.
    pub shown: Option<Arc<(Scenario, Outcome)>>,
    /// The district table costed with the shown scenario (`None` without rows).
    pub districts: Option<Result<DistrictSummary, RowError>>,
    /// The current scenario and the kept ones side by side (empty when none is kept).
    pub compare: Vec<MetricRow>,
    /// Names of the compared columns, current first, with each kept one's index in the kept list.
    pub names: Vec<(String, Option<usize>)>,
}

/// The state to start from: the saved work, with a share link's scenario (when the address has
/// parameters besides `lang`) in place of the saved current one.
fn initial() -> (Scenario, Vec<Scenario>, DistrictTable, Vec<Notice>, PlannerState) {
    let saved = browser::load(STORAGE_KEY)
        .and_then(|json| PlannerState::from_json(&json).ok())
        .unwrap_or_default();
    let mut scenarios = saved.scenarios.into_iter();
    let saved_current = scenarios.next();
    let kept: Vec<Scenario> = scenarios.take(MAX_SCENARIOS - 1).collect();
    let (current, notices) = if let Some(query) = super::link_query() {
        Scenario::from_query(&query)
    } else {
        (saved_current.unwrap_or_default(), Vec::new())
    };
    // The coverage scenario a file or an earlier visit brought is kept as it is and saved again.
    let cakupan = PlannerState {
        cakupan: saved.cakupan,
        ..PlannerState::default()
    };
    (current, kept, saved.districts, notices, cakupan)
}

/// The plan file (and the saved work) of the current state.
fn planner_state(
    current: &Scenario,
    kept: &[Scenario],
    districts: &DistrictTable,
    carried: &PlannerState,
) -> PlannerState {
    let mut scenarios = vec![current.clone()];
    scenarios.extend(kept.iter().cloned());
    PlannerState {
        scenarios,
        districts: districts.clone(),
        cakupan: carried.cakupan.clone(),
    }
}

/// A file name from the scenario's name: letters, digits and `-` only.
fn file_name(scenario: &Scenario, what: &str, extension: &str) -> String {
    let stem: String = scenario
        .nama
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem.trim_matches('-');
    let stem = if stem.is_empty() { "rencana" } else { stem };
    format!("anggaran-{stem}-{what}.{extension}")
}

#[component]
pub fn Anggaran() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let t = text::texts(lang);
    let (start, kept_start, districts_start, notices, carried) = initial();
    let carried = StoredValue::new(carried);
    let scenario = RwSignal::new(start);
    let kept = RwSignal::new(kept_start);
    let districts = RwSignal::new(districts_start);
    let notices = RwSignal::new(notices);
    // What a file action said (opened, imported, or why not).
    let message = RwSignal::new(None::<(bool, String)>);
    Effect::new(move |_| {
        let query = scenario.with(Scenario::to_query);
        browser::replace_query(&query);
        let state = scenario
            .with(|s| kept.with(|k| districts.with(|d| carried.with_value(|c| planner_state(s, k, d, c)))));
        browser::save(STORAGE_KEY, &state.to_json());
    });

    // The kept scenarios change only when one is kept, opened or removed: not on every keystroke.
    let kept_outcomes = Memo::new_with_compare(
        move |_| {
            kept.with(|k| {
                k.iter()
                    .map(|s| s.evaluate().ok())
                    .collect::<Vec<Option<Outcome>>>()
            })
        },
        |_, _| true,
    );
    let computed = Memo::new_with_compare(
        move |previous: Option<&Computed>| {
            let current = scenario.get();
            let (error, shown) = match current.evaluate() {
                Ok(outcome) => (None, Some(Arc::new((current.clone(), outcome)))),
                Err(e) => (Some(e), previous.and_then(|p| p.shown.clone())),
            };
            let districts = shown.as_ref().and_then(|shown| {
                districts.with(|table| {
                    if table.rows.is_empty() {
                        return None;
                    }
                    let plan = shown.0.plan().ok()?.0;
                    Some(summarize(table, &plan))
                })
            });
            let (compare, names) = kept.with(|kept| {
                kept_outcomes.with(|outcomes| {
                    let Some(current) = shown.as_ref().filter(|_| !kept.is_empty()) else {
                        return (Vec::new(), Vec::new());
                    };
                    let mut pairs: Vec<(&Scenario, &Outcome)> = vec![(&current.0, &current.1)];
                    let mut names = vec![(current.0.nama.clone(), None)];
                    for (i, (s, o)) in kept.iter().zip(outcomes.iter()).enumerate() {
                        if let Some(o) = o {
                            pairs.push((s, o));
                            names.push((s.nama.clone(), Some(i)));
                        }
                    }
                    (compare(&pairs), names)
                })
            });
            Computed {
                error,
                shown,
                districts,
                compare,
                names,
            }
        },
        |_, _| true,
    );

    // Output regions: buttons inside them carry `data-act` and are handled here.
    // Which folded tables the planner opened, so they stay open when the tables are rewritten.
    let open = StoredValue::new(Vec::<String>::new());
    let on_output_click = move |ev: leptos::ev::MouseEvent| {
        if let Some((key, unfolded)) = browser::toggled_details(&ev) {
            open.update_value(|keys| {
                keys.retain(|k| k != &key);
                if unfolded {
                    keys.push(key);
                }
            });
            return;
        }
        let Some(action) = browser::clicked_action(&ev) else {
            return;
        };
        let (name, arg) = action.split_once(':').unwrap_or((action.as_str(), ""));
        match name {
            "csv" => computed.with_untracked(|c| download_csv(lang, c, arg)),
            "open" => {
                if let Some(s) = arg
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| kept.with_untracked(|k| k.get(i).cloned()))
                {
                    scenario.set(s);
                }
            }
            "remove" => kept.update(|k| {
                if let Ok(i) = arg.parse::<usize>() {
                    if i < k.len() {
                        k.remove(i);
                    }
                }
            }),
            _ => {}
        }
    };
    let keep = move |_| {
        if kept.with_untracked(|k| k.len() >= MAX_SCENARIOS - 1) {
            message.set(Some((false, t.compare_full.to_string())));
            return;
        }
        let current = scenario.get_untracked();
        kept.update(|k| k.push(current));
        message.set(None);
    };
    let save_file = move |_| {
        let state = scenario.with_untracked(|s| {
            kept.with_untracked(|k| {
                districts.with_untracked(|d| carried.with_value(|c| planner_state(s, k, d, c)))
            })
        });
        let name = scenario.with_untracked(|s| file_name(s, "rencana", "json"));
        browser::download(&name, "application/json", &state.to_json());
    };
    let open_file = move |ev: leptos::ev::Event| {
        browser::read_chosen_file(&ev, move |content| {
            let Some(content) = content else {
                message.set(Some((false, texts_of(lang).file_unreadable.to_string())));
                return;
            };
            match PlannerState::from_json(&content) {
                Ok(state) => {
                    let mut scenarios = state.scenarios.into_iter();
                    if let Some(first) = scenarios.next() {
                        scenario.set(first);
                    }
                    kept.set(scenarios.take(MAX_SCENARIOS - 1).collect());
                    districts.set(state.districts);
                    carried.set_value(PlannerState {
                        cakupan: state.cakupan,
                        ..PlannerState::default()
                    });
                    message.set(Some((true, texts_of(lang).file_opened.to_string())));
                }
                Err(e) => message.set(Some((false, text::save_error(lang, &e)))),
            }
        });
    };
    let share = Signal::derive(move || {
        scenario.with(|s| {
            if s.nama.is_empty() {
                t.title.to_string()
            } else {
                s.nama.clone()
            }
        })
    });
    let cakupan_href = move || {
        computed.with(|c| {
            c.shown
                .as_ref()
                .map(|s| output::cakupan_href(&s.1))
                .unwrap_or_default()
        })
    };

    view! {
        <section class="page anggaran">
            <h1>{t.title}</h1>
            <p class="lead">{t.intro}</p>
            <Notices notices=notices/>
            <div class="layout-2">
                <section class="anggaran-summary" aria-labelledby="summary-heading">
                    <h2 id="summary-heading">{t.summary_heading}</h2>
                    <div inner_html=move || computed.with(|c| output::summary_html(lang, c))></div>
                    <div class="agent-actions no-print">
                        <ShareButton text=share/>
                        <button type="button" class="button button-secondary" on:click=move |_| browser::print()>{t.print_button}</button>
                        <a class="button button-secondary" href=cakupan_href>{t.cakupan_link}</a>
                    </div>
                    <div class="agent-actions no-print">
                        <button type="button" class="button button-secondary" on:click=save_file>{t.save_button}</button>
                        <label class="button button-secondary">
                            {t.open_button}
                            <input type="file" accept=".json,application/json" hidden id="open-plan" on:change=open_file/>
                        </label>
                    </div>
                    <p class="field-msg" role="status">
                        {move || message.get().map(|(_, m)| m).unwrap_or_default()}
                    </p>
                </section>
                <form::Inputs scenario=scenario lang=lang/>
            </div>
            <section class="anggaran-output" on:click=on_output_click>
                <div inner_html=move || computed.with(|c| output::charts_html(lang, c))></div>
                <div inner_html=move || computed.with(|c| output::tables_html(lang, c, &open.get_value()))></div>
            </section>
            <form::Districts districts=districts lang=lang/>
            <section class="anggaran-output anggaran-districts-output" on:click=on_output_click>
                <div inner_html=move || computed.with(|c| output::districts_html(lang, c))></div>
            </section>
            <section class="anggaran-compare" aria-labelledby="compare-heading">
                <h2 id="compare-heading" class="section">{t.compare_heading}</h2>
                <p class="no-print">{t.compare_intro}</p>
                <button type="button" class="button button-secondary no-print" on:click=keep>{t.compare_add}</button>
                <div on:click=on_output_click inner_html=move || computed.with(|c| output::compare_html(lang, c))></div>
            </section>
            <section class="anggaran-basis">
                <div inner_html=move || computed.with(|c| output::basis_html(lang, c))></div>
            </section>
        </section>
    }
}

fn texts_of(lang: Lang) -> &'static text::Anggaran {
    text::texts(lang)
}

/// Downloads the CSV of the table `which`.
fn download_csv(lang: Lang, c: &Computed, which: &str) {
    let Some(shown) = c.shown.as_ref() else {
        return;
    };
    let (scenario, outcome) = (&shown.0, &shown.1);
    let p = &outcome.projection;
    let csv = match which {
        "bulan" => export_months(&p.months, lang),
        "triwulan" => export_periods(&p.quarters(), lang),
        "tahun" => export_apbd(&p.apbd, lang),
        "dana" => export_funders(&outcome.dana, lang),
        "kabupaten" => match &c.districts {
            Some(Ok(summary)) => export_districts(summary, lang),
            _ => return,
        },
        _ => return,
    };
    browser::download(&file_name(scenario, which, "csv"), "text/csv;charset=utf-8", &csv);
}

/// Reads a district list typed or imported; an empty text is an empty table.
pub(super) fn read_districts(lang: Lang, text: &str) -> Result<DistrictTable, Vec<String>> {
    if text.trim().is_empty() {
        return Ok(DistrictTable::default());
    }
    import_districts(text).map_err(|errors| errors.iter().map(|e| text::import_error(lang, e)).collect())
}
