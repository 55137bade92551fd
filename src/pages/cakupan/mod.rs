//! `/cakupan`: coverage growth of informal workers from Perisai agents, self-enrolment and APBD
//! cohorts, for planners at a desk (planner bundle).
//!
//! State is one [`Scenario`] signal, kept in the URL query (share link) and in local storage. One
//! memo computes the deterministic projection and the KPIs on every change (about a millisecond).
//! The tornado and the goal seeking (a few hundred projections, 50–120 ms together in the
//! browser) run once typing pauses, one step per task; the Monte Carlo runs in slices of about
//! [`SLICE_MS`]. Between tasks the browser handles input (`browser::later`); a change of the
//! inputs starts a new generation and the steps of the old one stop. Read-only output is written
//! as HTML with `maud` by `output`; only the inputs are components.

mod form;
mod output;

use crate::browser;
use crate::components::notices::Notices;
use crate::components::share::ShareButton;
use crate::ctx::use_ctx;
use crate::i18n::cakupan::{preset_name, share_text, texts};
use jaring_core::cakupan::goal::{self, Goal, Tornado};
use jaring_core::cakupan::kpi::{self, Kpis};
use jaring_core::cakupan::{project, Band, MonteCarlo, Params, Projection, Scenario, Uncertainty};
use jaring_core::scenario::{Notice, Query};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::sync::Arc;

const STORAGE_KEY: &str = "jaring.cakupan";
const COMPARE_KEY: &str = "jaring.cakupan.banding";
/// Scenarios kept for the comparison.
const MAX_COMPARED: usize = 3;
/// Work per Monte Carlo slice: well under the 50 ms of a long task.
const SLICE_MS: f64 = 12.0;
/// Paths run between two looks at the clock.
const PATHS_PER_STEP: u32 = 4;

/// What the current scenario gives on every keystroke: the projection and the KPIs.
pub(super) struct Computed {
    pub scenario: Scenario,
    pub projection: Projection,
    /// At the target month.
    pub kpis: Kpis,
    /// At the end of the horizon (the yearly table).
    pub yearly: Kpis,
}

impl Computed {
    fn new(scenario: Scenario) -> Computed {
        let p = &scenario.params;
        let horizon = scenario.months();
        let month = scenario.target_month;
        let projection = project(p, horizon.max(month));
        Computed {
            kpis: kpi::kpis(p, &projection, month),
            yearly: kpi::kpis(p, &projection, horizon),
            projection,
            scenario,
        }
    }
}

/// The tornado and the goal seeking: a few hundred projections, so they run after typing pauses,
/// in steps of one task each (see [`goal_step`]), not on every keystroke.
pub(super) struct Goals {
    pub tornado: Tornado,
    pub months: Goal<u16>,
    pub agents: Goal<u32>,
    pub workers: Goal<u32>,
    pub productivity: Goal<Decimal>,
}

/// The inputs of the goals.
#[derive(Clone, PartialEq)]
struct GoalInputs {
    params: Params,
    target_pct: f64,
    month: u16,
}

impl GoalInputs {
    fn of(s: &Scenario) -> GoalInputs {
        GoalInputs {
            params: s.params.clone(),
            target_pct: s.target_pct.to_f64().unwrap_or(0.0),
            month: s.target_month,
        }
    }
}

#[cfg(test)]
impl Goals {
    /// All at once (the page computes them in steps).
    pub fn of(s: &Scenario) -> Goals {
        let g = GoalInputs::of(s);
        let (p, target, month) = (&g.params, g.target_pct, g.month);
        Goals {
            tornado: goal::tornado(p, month),
            months: goal::months_to_target(p, target, month),
            agents: goal::agents_needed(p, target, month),
            workers: goal::workers_needed(p, target, month),
            productivity: goal::productivity_needed(p, target, month),
        }
    }
}

/// Wait after a change before seeking the goals: typing a number is one computation.
const GOALS_DELAY_MS: i32 = 150;

/// One computation of the goals, carried from step to step.
struct GoalRun {
    inputs: GoalInputs,
    generation: u32,
    current: StoredValue<u32>,
    out: RwSignal<Option<Arc<Goals>>>,
    pending: RwSignal<bool>,
    tornado: Option<Tornado>,
    months: Option<Goal<u16>>,
    agents: Option<Goal<u32>>,
    workers: Option<Goal<u32>>,
}

/// One step per task (each well under 50 ms): the tornado, then each lever; the result is shown
/// when all are done. Stops when the inputs changed again or the page is gone.
fn goal_step(mut run: GoalRun) {
    if run.current.try_get_value() != Some(run.generation) {
        return;
    }
    let (p, target, month) = (&run.inputs.params, run.inputs.target_pct, run.inputs.month);
    if run.tornado.is_none() {
        run.tornado = Some(goal::tornado(p, month));
    } else if run.agents.is_none() {
        run.months = Some(goal::months_to_target(p, target, month));
        run.agents = Some(goal::agents_needed(p, target, month));
    } else if run.workers.is_none() {
        run.workers = Some(goal::workers_needed(p, target, month));
    } else {
        let productivity = goal::productivity_needed(p, target, month);
        if let (Some(tornado), Some(months), Some(agents), Some(workers)) =
            (run.tornado.take(), run.months, run.agents, run.workers)
        {
            run.out.try_set(Some(Arc::new(Goals {
                tornado,
                months,
                agents,
                workers,
                productivity,
            })));
        }
        run.pending.try_set(false);
        return;
    }
    browser::later(move || goal_step(run));
}

/// Where the Monte Carlo of the current inputs is.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub(super) struct McStatus {
    pub generation: u32,
    pub done: u32,
    pub total: u32,
    pub finished: bool,
    /// Milliseconds from the first slice to the bands.
    pub ms: u32,
}

/// The bands of the last finished Monte Carlo.
pub(super) struct McBands {
    pub bands: Vec<Band>,
    pub paths: u32,
}

/// The inputs of the Monte Carlo: a change of the target alone does not restart it.
#[derive(Clone, PartialEq)]
struct McInputs {
    params: Params,
    months: u16,
    seed: u64,
    paths: u32,
    uncertainty: Uncertainty,
}

/// One generation of the Monte Carlo, carried from slice to slice.
struct Run {
    mc: MonteCarlo,
    generation: u32,
    started: f64,
    current: StoredValue<u32>,
    status: RwSignal<McStatus>,
    bands: RwSignal<Option<Arc<McBands>>>,
}

/// Runs paths for about [`SLICE_MS`], then gives the browser the turn; stops when a newer
/// generation started (the inputs changed) or the page is gone.
fn slice(mut run: Run) {
    if run.current.try_get_value() != Some(run.generation) {
        return;
    }
    let begin = browser::now_ms();
    while !run.mc.is_done() && browser::now_ms() - begin < SLICE_MS {
        run.mc.step(PATHS_PER_STEP);
    }
    let progress = run.mc.progress();
    let mut status = McStatus {
        generation: run.generation,
        done: progress.done,
        total: progress.total,
        finished: false,
        ms: 0,
    };
    if progress.is_done() {
        let bands = McBands {
            bands: run.mc.bands(),
            paths: run.mc.paths_done(),
        };
        status.finished = true;
        status.ms = (browser::now_ms() - run.started).clamp(0.0, 1e9) as u32; // ok: clamped
        run.bands.try_set(Some(Arc::new(bands)));
        run.status.try_set(status);
    } else {
        run.status.try_set(status);
        browser::later(move || slice(run));
    }
}

/// The scenario of a share link; without one (or with only `lang`), the last one saved here.
fn initial() -> (Scenario, Vec<Notice>) {
    super::initial_scenario(STORAGE_KEY, Scenario::from_query)
}

fn load_compared() -> Vec<Scenario> {
    browser::load(COMPARE_KEY)
        .unwrap_or_default()
        .lines()
        .filter(|line| !line.is_empty())
        .take(MAX_COMPARED)
        .map(|line| Scenario::from_query(&Query::parse(line)).0)
        .collect()
}

fn save_compared(list: &[Scenario]) {
    let text: Vec<String> = list.iter().map(Scenario::to_query).collect();
    browser::save(COMPARE_KEY, &text.join("\n"));
}

#[component]
pub fn Cakupan() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let t = texts(ctx.lang());
    let (start, notices) = initial();
    let scenario = RwSignal::new(start);
    let notices = RwSignal::new(notices);
    Effect::new(move |_| {
        let query = scenario.with(Scenario::to_query);
        browser::replace_query(&query);
        browser::save(STORAGE_KEY, &query);
    });

    // Every change of the scenario changes what is shown: no comparison of results.
    let computed = Memo::new_with_compare(
        move |_: Option<&Computed>| Computed::new(scenario.get()),
        |_, _| true,
    );

    let mc_inputs = Memo::new(move |_| {
        scenario.with(|s| McInputs {
            params: s.params.clone(),
            months: s.months(),
            seed: s.seed,
            paths: s.paths,
            uncertainty: s.uncertainty,
        })
    });
    let current = StoredValue::new(0u32);
    let status = RwSignal::new(McStatus::default());
    let bands = RwSignal::new(None::<Arc<McBands>>);
    Effect::new(move |_| {
        let inputs = mc_inputs.get();
        let generation = current.get_value().wrapping_add(1);
        current.set_value(generation);
        status.set(McStatus {
            generation,
            total: inputs.paths,
            ..McStatus::default()
        });
        let mc = MonteCarlo::with_uncertainty(
            &inputs.params,
            inputs.months,
            inputs.seed,
            inputs.paths,
            inputs.uncertainty,
        );
        let run = Run {
            mc,
            generation,
            started: browser::now_ms(),
            current,
            status,
            bands,
        };
        browser::later(move || slice(run));
    });

    // Which folded sources the visitor unfolded, so they stay open when the output is rewritten.
    let open = StoredValue::new(Vec::<String>::new());
    let on_details_click = move |ev: leptos::ev::MouseEvent| {
        if let Some((key, unfolded)) = browser::toggled_details(&ev) {
            open.update_value(|keys| {
                keys.retain(|k| k != &key);
                if unfolded {
                    keys.push(key);
                }
            });
        }
    };
    let goal_inputs = Memo::new(move |_| scenario.with(GoalInputs::of));
    let goals_current = StoredValue::new(0u32);
    let goals = RwSignal::new(None::<Arc<Goals>>);
    let goals_pending = RwSignal::new(true);
    Effect::new(move |_| {
        let inputs = goal_inputs.get();
        let generation = goals_current.get_value().wrapping_add(1);
        goals_current.set_value(generation);
        goals_pending.set(true);
        let run = GoalRun {
            inputs,
            generation,
            current: goals_current,
            out: goals,
            pending: goals_pending,
            tornado: None,
            months: None,
            agents: None,
            workers: None,
        };
        browser::later_by(GOALS_DELAY_MS, move || goal_step(run));
    });

    let compared = RwSignal::new(load_compared());
    let add_compared = move |_| {
        let now = scenario.get_untracked();
        compared.update(|list| {
            list.retain(|s| s != &now);
            list.push(now);
            while list.len() > MAX_COMPARED {
                list.remove(0);
            }
            save_compared(list);
        });
    };
    let clear_compared = move |_| {
        compared.set(Vec::new());
        save_compared(&[]);
    };
    let download = move |_| {
        let csv = computed.with_untracked(|c| output::csv(lang, c));
        browser::download(t.csv_name, "text/csv", &csv);
    };
    let share = Signal::derive(move || {
        computed.with(|c| {
            let place = c
                .scenario
                .preset
                .map_or(t.compare_custom, |p| preset_name(lang, p));
            share_text(
                lang,
                place,
                &output::pct(lang, c.projection.coverage_at(0)),
                &output::pct(lang, c.projection.coverage_at(c.scenario.months())),
                u16::from(c.scenario.years),
            )
        })
    });

    view! {
        <section class="page cakupan">
            <h1>{t.title}</h1>
            <p class="lead">{t.intro}</p>
            <Notices notices=notices/>
            <form::Question scenario=scenario lang=lang/>
            <section class="panel" aria-labelledby="ringkasan">
                <h2 id="ringkasan">{t.summary_heading}</h2>
                <div class="cakupan-summary" inner_html=move || computed.with(|c| output::summary(lang, c))></div>
                <div
                    class="cakupan-coverage"
                    inner_html=move || computed.with(|c| bands.with(|b| output::coverage_chart(lang, c, b.as_deref())))
                ></div>
                <p
                    class="field-msg mc-status"
                    aria-live="polite"
                    data-done=move || status.with(|s| s.finished.to_string())
                    data-generation=move || status.with(|s| s.generation.to_string())
                    data-ms=move || status.with(|s| s.ms.to_string())
                >
                    {move || output::status_text(lang, &status.get())}
                </p>
                <div inner_html=move || computed.with(|c| bands.with(|b| output::band_table(lang, c, b.as_deref())))></div>
                <div class="agent-actions">
                    <ShareButton text=share/>
                </div>
            </section>
            <div
                on:click=on_details_click
                inner_html=move || {
                    computed.with(|c| {
                        goals.with(|g| output::details(lang, c, g.as_deref(), goals_pending.get(), &open.get_value()))
                    })
                }
            ></div>
            <section class="panel" aria-labelledby="per-tahun">
                <h2 id="per-tahun">{t.years_heading}</h2>
                <div inner_html=move || computed.with(|c| output::years_table(lang, c))></div>
                <button type="button" class="button button-secondary csv-button" on:click=download>
                    {t.csv_button}
                </button>
            </section>
            <section class="panel" aria-labelledby="banding">
                <h2 id="banding">{t.compare_heading}</h2>
                <p>{t.compare_intro}</p>
                <div inner_html=move || computed.with(|c| compared.with(|list| output::comparison(lang, c, list)))></div>
                <div class="agent-actions">
                    <button type="button" class="button compare-add" on:click=add_compared>{t.compare_add}</button>
                    <button type="button" class="button button-secondary" on:click=clear_compared>{t.compare_clear}</button>
                </div>
            </section>
            <form::Params scenario=scenario lang=lang/>
        </section>
    }
}
