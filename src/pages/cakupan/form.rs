//! The inputs: presets, the question (target, month, horizon, Monte Carlo), and every model
//! parameter with its unit, ranges, basis and source, in groups.

use crate::components::fields::{setter, value, DecimalInput, IntInput, MoneyInput, Toggle};
use crate::i18n::cakupan::texts;
use crate::i18n::cakupan::{group_name, param_name, preset_name, unit_name};
use jaring_core::cakupan::Uncertainty;
use jaring_core::cakupan::{Basis, Param, Preset, Scenario, Spec, Unit, MAX_MONTHS, MAX_PATHS, SPECS};
use jaring_core::money::format_decimal;
use jaring_core::{Lang, Rupiah};
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The first parameter of each group after the first (the table is in share-link order).
const GROUP_STARTS: [Param; 5] = [
    Param::Agen,
    Param::Minat,
    Param::Bonus,
    Param::Kohort,
    Param::Kematian,
];

#[component]
pub(super) fn Question(scenario: RwSignal<Scenario>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let current = Memo::new(move |_| scenario.with(|s| s.preset));
    let choose = move |preset: Preset| {
        scenario.update(|s| {
            let mut next = Scenario::from_preset(Some(preset));
            next.years = s.years;
            next.target_pct = s.target_pct;
            next.target_month = s.target_month;
            next.seed = s.seed;
            next.paths = s.paths;
            next.uncertainty = s.uncertainty;
            next.params.plan = std::mem::take(&mut s.params.plan);
            *s = next;
        });
    };
    let buttons = move || {
        let now = current.get();
        Preset::ALL
            .into_iter()
            .map(|p| {
                view! {
                    <button
                        type="button"
                        class="preset"
                        data-preset=p.key()
                        aria-pressed=(now == Some(p)).to_string()
                        on:click=move |_| choose(p)
                    >
                        {preset_name(lang, p)}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <form class="form panel" id="pertanyaan" on:submit=|ev| ev.prevent_default()>
            <fieldset class="wide">
                <legend>{t.presets_legend}</legend>
                <div class="segmented">{buttons}</div>
            </fieldset>
            <DecimalInput
                id="target"
                label=t.target_label
                hint=t.target_hint
                value=value(scenario, |s| s.target_pct)
                min=Decimal::ZERO
                max=Decimal::ONE_HUNDRED
                on_change=setter(scenario, |s, d| s.target_pct = d)
            />
            <IntInput
                id="target_bulan"
                label=t.target_month_label
                hint=t.target_month_hint
                value=value(scenario, |s| i64::from(s.target_month))
                min=1
                max=MAX_MONTHS.into()
                on_change=setter(scenario, |s, n| {
                    if let Ok(n) = u16::try_from(n) {
                        s.target_month = n;
                    }
                })
            />
            <IntInput
                id="tahun"
                label=t.years_label
                value=value(scenario, |s| i64::from(s.years))
                min=1
                max=20
                on_change=setter(scenario, |s, n| {
                    if let Ok(n) = u8::try_from(n) {
                        s.years = n;
                    }
                })
            />
            <IntInput
                id="jalur"
                label=t.paths_label
                hint=t.paths_hint
                value=value(scenario, |s| i64::from(s.paths))
                min=1
                max=MAX_PATHS.into()
                on_change=setter(scenario, |s, n| {
                    if let Ok(n) = u32::try_from(n) {
                        s.paths = n;
                    }
                })
            />
            <IntInput
                id="seed"
                label=t.seed_label
                value=value(scenario, |s| i64::try_from(s.seed).unwrap_or(0))
                min=0
                max=999_999_999_999_999
                on_change=setter(scenario, |s, n| {
                    if let Ok(n) = u64::try_from(n) {
                        s.seed = n;
                    }
                })
            />
            <Toggle
                id="acak"
                label=t.events_only_label
                hint=t.events_only_hint
                checked=value(scenario, |s| s.uncertainty == Uncertainty::EventsOnly)
                on_change=setter(scenario, |s, on| {
                    s.uncertainty = if on { Uncertainty::EventsOnly } else { Uncertainty::Assumptions };
                })
            />
        </form>
    }
}

#[component]
pub(super) fn Params(scenario: RwSignal<Scenario>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let mut groups: Vec<Vec<&'static Spec>> = vec![Vec::new()];
    for spec in SPECS {
        if GROUP_STARTS.contains(&spec.param) {
            groups.push(Vec::new());
        }
        if let Some(group) = groups.last_mut() {
            group.push(spec);
        }
    }
    let groups = groups
        .into_iter()
        .enumerate()
        .map(|(i, specs)| {
            let fields = specs
                .into_iter()
                .map(|spec| field(scenario, lang, spec))
                .collect_view();
            view! {
                <details class="panel param-group" data-group=i.to_string()>
                    <summary><strong>{group_name(lang, i)}</strong></summary>
                    <div class="form">{fields}</div>
                </details>
            }
        })
        .collect_view();
    let plan = move || {
        scenario.with(|s| {
            (!s.params.plan.is_empty()).then(|| {
                let rows = s
                    .params
                    .plan
                    .iter()
                    .map(|c| {
                        format!(
                            "{} · {} · {} · {}% · +{}",
                            c.workers, c.start, c.months, c.refunded_pct, c.new_workers_per_year
                        )
                    })
                    .map(|line| view! { <li>{line}</li> })
                    .collect_view();
                view! {
                    <div class="panel">
                        <h3>{t.plan_heading}</h3>
                        <ul>{rows}</ul>
                    </div>
                }
            })
        })
    };
    view! {
        <section class="cakupan-params" id="parameter" aria-labelledby="parameter-heading">
            <h2 id="parameter-heading">{t.params_heading}</h2>
            <p>{t.params_intro}</p>
            {plan}
            {groups}
        </section>
    }
}

/// One parameter: its field (whole numbers, amounts or decimals) and a line with its unit, its
/// ranges, whether it is sourced, and its source folded.
fn field(scenario: RwSignal<Scenario>, lang: Lang, spec: &'static Spec) -> impl IntoView {
    let param = spec.param;
    let label = param_name(lang, param);
    let input = match spec.unit {
        Unit::Count | Unit::Months => view! {
            <IntInput
                id=spec.key
                label=label
                value=Signal::derive(move || scenario.with(|s| s.params.get(param).to_i64().unwrap_or(0)))
                min=spec.min.to_i64().unwrap_or(0)
                max=spec.max.to_i64().unwrap_or(0)
                on_change=Callback::new(move |n: i64| scenario.update(|s| s.params.set(param, Decimal::from(n))))
            />
        }
        .into_any(),
        Unit::Rupiah => view! {
            <MoneyInput
                id=spec.key
                label=label
                value=Signal::derive(move || scenario.with(|s| s.params.rupiah(param)))
                min=Rupiah::new(spec.min)
                max=Rupiah::new(spec.max)
                on_change=Callback::new(move |r: Rupiah| scenario.update(|s| s.params.set(param, r.amount())))
            />
        }
        .into_any(),
        _ => view! {
            <DecimalInput
                id=spec.key
                label=label
                value=Signal::derive(move || scenario.with(|s| s.params.get(param)))
                min=spec.min
                max=spec.max
                on_change=Callback::new(move |d: Decimal| scenario.update(|s| s.params.set(param, d)))
            />
        }
        .into_any(),
    };
    let t = texts(lang);
    let number = move |d: Decimal| format_decimal(d, lang);
    let mut facts = unit_name(lang, spec.unit).to_string();
    if let Some((low, high)) = spec.range {
        facts.push_str(&format!(" · {} {}–{}", t.range_word, number(low), number(high)));
    }
    facts.push_str(&format!(
        " · {} {}–{}",
        t.accepted_word,
        number(spec.min),
        number(spec.max)
    ));
    // The basis depends on the preset: a preset's regional value may be an assumption, and the
    // calibrated values are marked as such while they keep their fitted value.
    let basis = move || {
        scenario.with(|s| {
            let fitted = s.preset.and_then(|p| {
                p.fitted()
                    .iter()
                    .find(|f| f.param == param && f.value == s.params.get(param))
            });
            let assumed = s.preset.is_some_and(|p| p.assumed().contains(&param));
            match (fitted, assumed || spec.basis == Basis::Assumption) {
                (Some(f), _) => {
                    view! { <mark class="basis-fitted">{format!("⚠ {}", t.fitted)}</mark>" "{f.note}" " }
                        .into_any()
                }
                (None, true) => {
                    view! { <mark class="basis-assumption">{format!("⚠ {}", t.assumption)}</mark>" " }
                        .into_any()
                }
                (None, false) => {
                    view! { <span class="basis-sourced">{format!("✓ {}", t.sourced)}</span>" " }.into_any()
                }
            }
        })
    };
    view! {
        <div class="param" data-param=spec.key>
            {input}
            <p class="field-msg param-facts">
                {basis}
                {facts}
            </p>
            <details class="field-msg param-source">
                <summary>{t.source_word}</summary>
                {spec.source}
            </details>
        </div>
    }
}
