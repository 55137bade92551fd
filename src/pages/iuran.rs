//! `/iuran`: the contributions calculator for PU, BPU, Jakon and PMI participants.
//!
//! The inputs live in one `iuran::Scenario` signal (the last good values); results are memos of
//! the core's calculators; the URL and local storage follow the scenario.

use crate::app::use_ctx;
use crate::browser;
use crate::components::fields::{Choice, IntInput, MoneyInput, Toggle};
use crate::components::notices::Notices;
use crate::components::share::ShareButton;
use crate::i18n::{common, iuran as text};
use jaring_core::iuran::{
    pu_year, upah_from_daily, Amounts, Formula, IuranError, IuranResult, Line, LineStatus, Program, Scenario,
    Segmen, YearView, MAX_NILAI_KONTRAK, MAX_TAMBAHAN_BULAN, MAX_UPAH,
};
use jaring_core::money::{format_decimal, Rupiah};
use jaring_core::rules::pmi::Kontrak;
use jaring_core::rules::pu::RiskClass;
use jaring_core::rules::{Confidence, Source};
use jaring_core::scenario::Query;
use jaring_core::{Date, Lang};
use leptos::prelude::*;

const STORAGE_KEY: &str = "jaring.iuran";

/// The link's scenario, or (without a query) the one the visitor last worked on.
fn initial_scenario() -> (Scenario, Vec<jaring_core::scenario::Notice>) {
    let search = browser::search();
    let only_lang = Query::parse(&search).pairs().iter().all(|(k, _)| k == "lang");
    let query = if only_lang {
        browser::load(STORAGE_KEY).unwrap_or_default()
    } else {
        search
    };
    let (scenario, notices) = Scenario::from_query(&Query::parse(&query));
    (scenario, if only_lang { Vec::new() } else { notices })
}

#[component]
pub fn IuranPage() -> impl IntoView {
    let ctx = use_ctx();
    let today = browser::today();
    let (initial, notices) = initial_scenario();
    let scenario = RwSignal::new(initial);
    let notices = RwSignal::new(notices);
    let result = Memo::new(move |_| scenario.get().compute(today));
    let year = Memo::new(move |_| {
        let s = scenario.get();
        (s.segmen == Segmen::Pu).then(|| pu_year(&s.pu_input(today), s.tanggal.unwrap_or(today).year()))
    });
    // The last result that computed stays on screen while an input is being corrected.
    let last_good = RwSignal::new(None::<IuranResult>);
    Effect::new(move |_| {
        if let Ok(r) = result.get() {
            last_good.set(Some(r));
        }
    });
    Effect::new(move |_| {
        let query = scenario.get().to_query();
        browser::replace_query(&query);
        browser::save(STORAGE_KEY, &query);
    });
    let t = &ctx.t().iuran;
    let update =
        move |f: fn(&mut Scenario, Rupiah)| Callback::new(move |v: Rupiah| scenario.update(|s| f(s, v)));
    // The fields are rebuilt only when the segment changes, never while the visitor types.
    let segmen = Memo::new(move |_| scenario.get().segmen);

    view! {
        <section class="page iuran">
            <h1>{t.title}</h1>
            <p class="lead">{t.intro}</p>
            <Notices notices=notices/>
            <div class="layout-2">
                <div class="inputs">
                    <SegmentPicker scenario=scenario/>
                    <div class="form">
                        {move || match segmen.get() {
                            Segmen::Pu => view! { <PuFields scenario=scenario/> }.into_any(),
                            Segmen::Bpu => view! { <BpuFields scenario=scenario/> }.into_any(),
                            Segmen::Jakon => view! {
                                <MoneyInput
                                    id="nilai"
                                    label=t.nilai_label
                                    hint=t.nilai_hint
                                    value=Signal::derive(move || scenario.get().nilai)
                                    max=MAX_NILAI_KONTRAK
                                    on_change=update(|s, v| s.nilai = v)
                                />
                            }.into_any(),
                            Segmen::Pmi => view! { <PmiFields scenario=scenario/> }.into_any(),
                        }}
                        <DateField scenario=scenario today=today/>
                    </div>
                </div>
                <div class="results" aria-live="polite">
                    <h2>{t.results_heading}</h2>
                    {move || result.get().err().map(|e| view! { <p class="error-box">{error_text(ctx.lang(), &e)}</p> })}
                    {move || {
                        let stale = result.get().is_err();
                        last_good.get().map(|r| view! {
                            <Show when=move || stale>
                                <p class="muted">{t.stale_result}</p>
                            </Show>
                            <ResultView result=r/>
                        })
                    }}
                    <ShareButton text=t.share_text/>
                </div>
            </div>
            {move || year.get().map(|y| match y {
                Ok(view_) => view! { <YearTable year=view_/> }.into_any(),
                Err(e) => view! { <p class="error-box">{error_text(ctx.lang(), &e)}</p> }.into_any(),
            })}
        </section>
    }
}

#[component]
fn SegmentPicker(scenario: RwSignal<Scenario>) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <fieldset class="wide">
            <legend>{ctx.t().iuran.segment_legend}</legend>
            <div class="segmented">
                {Segmen::ALL
                    .into_iter()
                    .map(|segmen| view! {
                        <button
                            type="button"
                            data-segmen=segmen.code()
                            aria-pressed=move || (scenario.get().segmen == segmen).to_string()
                            on:click=move |_| scenario.update(|s| s.segmen = segmen)
                        >
                            {text::segment_name(ctx.lang(), segmen)}
                        </button>
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn PuFields(scenario: RwSignal<Scenario>) -> impl IntoView {
    let ctx = use_ctx();
    let t = &ctx.t().iuran;
    let harian = RwSignal::new(false);
    let daily = RwSignal::new(
        Rupiah::new(scenario.get_untracked().upah.amount() / rust_decimal::Decimal::from(25)).rounded(),
    );
    let daily_error = RwSignal::new(None::<IuranError>);
    let set_daily = Callback::new(move |d: Rupiah| {
        daily.set(d);
        let s = scenario.get_untracked();
        let date = s.tanggal.unwrap_or_else(browser::today);
        match upah_from_daily(d, date) {
            Ok(upah) => {
                daily_error.set(None);
                scenario.update(|s| s.upah = upah);
            }
            Err(e) => daily_error.set(Some(e)),
        }
    });
    let lang = ctx.lang();
    let risk_options: Vec<(String, String)> = RiskClass::ALL
        .iter()
        .map(|c| (c.number().to_string(), text::risk_class(lang, *c).to_string()))
        .collect();
    view! {
        <Toggle
            id="harian"
            label=t.upah_harian_toggle
            checked=harian
            on_change=Callback::new(move |on| harian.set(on))
        />
        <Show
            when=move || harian.get()
            fallback=move || view! {
                <MoneyInput
                    id="upah"
                    label=t.upah_label
                    hint=t.upah_hint
                    value=Signal::derive(move || scenario.get().upah)
                    max=MAX_UPAH
                    on_change=Callback::new(move |v| scenario.update(|s| s.upah = v))
                />
            }
        >
            <MoneyInput
                id="upah-harian"
                label=t.upah_harian_label
                hint=t.upah_harian_hint
                value=daily
                max=MAX_UPAH
                on_change=set_daily
            />
            {move || daily_error.get().map(|e| view! { <p class="error-box">{error_text(ctx.lang(), &e)}</p> })}
            <p class="muted">{move || format!("{} = {}", t.upah_label, scenario.get().upah.format(lang))}</p>
        </Show>
        <Choice
            id="risiko"
            label=t.risiko_label
            hint=t.risiko_hint
            options=risk_options
            selected=Signal::derive(move || scenario.get().risiko.number().to_string())
            on_change=Callback::new(move |code: String| {
                if let Some(class) = code.parse().ok().and_then(RiskClass::from_number) {
                    scenario.update(|s| s.risiko = class);
                }
            })
        />
        <Toggle
            id="padat-karya"
            label=t.padat_karya_label
            hint=t.padat_karya_hint
            checked=Signal::derive(move || scenario.get().padat_karya)
            on_change=Callback::new(move |on| scenario.update(|s| s.padat_karya = on))
        />
    }
}

#[component]
fn BpuFields(scenario: RwSignal<Scenario>) -> impl IntoView {
    let ctx = use_ctx();
    let t = &ctx.t().iuran;
    let lang = ctx.lang();
    let months_options: Vec<(String, String)> = [1u8, 3, 6, 12]
        .iter()
        .map(|m| (m.to_string(), months_label(lang, u32::from(*m))))
        .collect();
    view! {
        <MoneyInput
            id="penghasilan"
            label=t.penghasilan_label
            hint=t.penghasilan_hint
            value=Signal::derive(move || scenario.get().penghasilan)
            max=MAX_UPAH
            on_change=Callback::new(move |v| scenario.update(|s| s.penghasilan = v))
        />
        <Choice
            id="bayar"
            label=t.bayar_label
            options=months_options
            selected=Signal::derive(move || scenario.get().bayar.to_string())
            on_change=Callback::new(move |code: String| {
                if let Ok(months @ (1 | 3 | 6 | 12)) = code.parse::<u8>() {
                    scenario.update(|s| s.bayar = months);
                }
            })
        />
        <Toggle
            id="bpu-jht"
            label=t.bpu_jht_label
            checked=Signal::derive(move || scenario.get().bpu_jht)
            on_change=Callback::new(move |on| scenario.update(|s| s.bpu_jht = on))
        />
        <Toggle
            id="transportasi"
            label=t.transportasi_label
            checked=Signal::derive(move || scenario.get().transportasi)
            on_change=Callback::new(move |on| scenario.update(|s| s.transportasi = on))
        />
        <Toggle
            id="apbd"
            label=t.apbd_label
            checked=Signal::derive(move || scenario.get().apbd)
            on_change=Callback::new(move |on| scenario.update(|s| s.apbd = on))
        />
    }
}

#[component]
fn PmiFields(scenario: RwSignal<Scenario>) -> impl IntoView {
    let ctx = use_ctx();
    let t = &ctx.t().iuran;
    let lang = ctx.lang();
    let kontrak_options: Vec<(String, String)> = Kontrak::ALL
        .iter()
        .map(|k| (k.months().to_string(), months_label(lang, u32::from(k.months()))))
        .collect();
    let jht_options = Signal::derive(move || {
        let mut options = vec![("0".to_string(), t.pmi_jht_none.to_string())];
        let date = scenario.get().tanggal.unwrap_or_else(browser::today);
        if let Ok(choices) = jaring_core::rules::pmi::jht_choices(date) {
            options.extend(choices.value.iter().map(|a| (a.to_plain(), a.format(lang))));
        }
        options
    });
    view! {
        <Choice
            id="kontrak"
            label=t.kontrak_label
            options=kontrak_options
            selected=Signal::derive(move || scenario.get().kontrak.months().to_string())
            on_change=Callback::new(move |code: String| {
                if let Some(k) = code.parse().ok().and_then(Kontrak::from_months) {
                    scenario.update(|s| s.kontrak = k);
                }
            })
        />
        <IntInput
            id="tambahan"
            label=t.tambahan_label
            value=Signal::derive(move || i64::from(scenario.get().tambahan))
            min=0
            max=i64::from(MAX_TAMBAHAN_BULAN)
            on_change=Callback::new(move |n: i64| {
                if let Ok(months) = u16::try_from(n) {
                    scenario.update(|s| s.tambahan = months);
                }
            })
        />
        <Choice
            id="pmi-jht"
            label=t.pmi_jht_label
            options=jht_options
            selected=Signal::derive(move || scenario.get().pmi_jht.to_plain())
            on_change=Callback::new(move |code: String| {
                if let Ok(amount) = jaring_core::money::parse_amount(&code) {
                    scenario.update(|s| s.pmi_jht = amount);
                }
            })
        />
    }
}

#[component]
fn DateField(scenario: RwSignal<Scenario>, today: Date) -> impl IntoView {
    let ctx = use_ctx();
    let t = &ctx.t().iuran;
    let invalid = RwSignal::new(false);
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        if value.trim().is_empty() {
            invalid.set(false);
            scenario.update(|s| s.tanggal = None);
        } else if let Some(date) = Date::parse_iso(value.trim()) {
            invalid.set(false);
            scenario.update(|s| s.tanggal = (date != today).then_some(date));
        } else {
            invalid.set(true);
        }
    };
    view! {
        <div class="field" class:field-error=move || invalid.get()>
            <label for="tanggal">{t.date_label}</label>
            <input
                id="tanggal"
                type="date"
                min="2015-07-01"
                prop:value=move || scenario.get().tanggal.unwrap_or(today).to_string()
                on:change=on_change
            />
            <p class="field-msg">{move || if invalid.get() { t.date_invalid } else { t.date_hint }}</p>
        </div>
    }
}

/// "1 bulan" / "12 months".
fn months_label(lang: Lang, months: u32) -> String {
    match (lang, months) {
        (Lang::Id, m) => format!("{m} bulan"),
        (Lang::En, 1) => "1 month".to_string(),
        (Lang::En, m) => format!("{m} months"),
    }
}

fn error_text(lang: Lang, error: &IuranError) -> String {
    match error {
        IuranError::NotCovered(missing) => common::not_covered(lang, missing),
        IuranError::Negative(field) | IuranError::TooLarge(field) | IuranError::Invalid(field) => {
            let name = text::field_name(lang, *field);
            match lang {
                Lang::Id => format!("Nilai {name} tidak dapat dipakai."),
                Lang::En => format!("The {name} cannot be used."),
            }
        }
    }
}

#[component]
fn ResultView(result: IuranResult) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let t = &ctx.t().iuran;
    let money = move |r: Rupiah| r.format(lang);
    let segmen = result.segmen;
    let (big, big_label) = match segmen {
        Segmen::Jakon => (result.period.total, t.per_contract),
        Segmen::Pmi => (result.period.total, t.per_contract),
        Segmen::Pu | Segmen::Bpu => (result.monthly.total, t.per_month),
    };
    let split = match segmen {
        Segmen::Pu => Some(
            view! {
                <p class="split">
                    <span>{t.col_worker}": "<b class="money">{money(result.monthly.worker)}</b></span>
                    <span>{t.col_employer}": "<b class="money">{money(result.monthly.employer)}</b></span>
                </p>
            }
            .into_any(),
        ),
        Segmen::Bpu => {
            let months = result.months.unwrap_or(1);
            Some(view! {
                <p class="split">
                    {result.per_day.map(|d| view! { <span><b class="money">{money(d)}</b>" "{t.per_day}</span> })}
                    {(months > 1).then(|| view! {
                        <span><b class="money">{money(result.period.total)}</b>" / "{months_label(lang, u32::from(months))}</span>
                    })}
                </p>
            }.into_any())
        }
        Segmen::Jakon | Segmen::Pmi => None,
    };
    let warnings: Vec<String> = result
        .warnings
        .iter()
        .map(|w| text::warning(lang, w, money))
        .collect();
    let excluded = !result.excluded.is_empty();
    let lines = result.lines.clone();
    view! {
        <div class="summary" data-testid="iuran-summary">
            <p class="big-label">{text::segment_name(lang, segmen)}" · "{big_label}</p>
            <p class="big money" data-testid="iuran-total">{money(big)}</p>
            {split}
        </div>
        {(!warnings.is_empty()).then(|| view! {
            <div class="warnings"><ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul></div>
        })}
        <ul class="lines">
            {lines.into_iter().map(|line| view! { <LineCard line=line segmen=segmen/> }).collect_view()}
        </ul>
        {excluded.then(|| view! { <p class="muted">{t.excluded_note}</p> })}
    }
}

#[component]
fn LineCard(line: Line, segmen: Segmen) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let t = &ctx.t().iuran;
    let money = move |r: Rupiah| r.format(lang);
    let name = text::program_name(lang, line.program);
    let (headline, shares) = match line.status {
        LineStatus::Charged => {
            let shares = (segmen == Segmen::Pu).then(|| {
                format!(
                    "{} {} · {} {}",
                    t.col_worker,
                    money(line.amounts.worker),
                    t.col_employer,
                    money(line.amounts.employer)
                )
            });
            (money(line.amounts.total), shares)
        }
        LineStatus::Information { amount } => (money(amount), Some(t.information_only.to_string())),
        LineStatus::Unavailable(missing) => (
            t.unavailable.to_string(),
            Some(common::not_covered(lang, &missing)),
        ),
    };
    let program_code = format!("{:?}", line.program).to_lowercase();
    let info = !matches!(line.status, LineStatus::Charged);
    view! {
        <li>
            <details class="line" class:line-info=info data-program=program_code>
                <summary>
                    <span class="line-name">{name}</span>
                    <span class="line-total money">{headline}</span>
                    {shares.map(|s| view! { <span class="line-shares">{s}</span> })}
                </summary>
                <div class="line-body">
                    {line.formula.as_ref().map(|f| formula_view(lang, f, &line))}
                    {line.relief.map(|r| {
                        let text = match lang {
                            Lang::Id => format!(
                                "{}: normal {}, potongan {}{}.",
                                text::measure(lang, r.measure),
                                money(r.normal.total),
                                money(r.discount),
                                if r.deferred > Rupiah::ZERO { format!(" (ditangguhkan {})", money(r.deferred)) } else { String::new() }
                            ),
                            Lang::En => format!(
                                "{}: normally {}, discount {}{}.",
                                text::measure(lang, r.measure),
                                money(r.normal.total),
                                money(r.discount),
                                if r.deferred > Rupiah::ZERO { format!(" (deferred {})", money(r.deferred)) } else { String::new() }
                            ),
                        };
                        view! { <p>{text}</p><SourceLine source=r.source confidence=r.source.confidence/> }
                    })}
                    {(line.program == Program::Jkp).then(|| view! { <p class="muted">{t.jkp_note}</p> })}
                    <SourceLine source=line.source confidence=line.confidence/>
                </div>
            </details>
        </li>
    }
}

/// The formula of a line with the actual numbers.
fn formula_view(lang: Lang, formula: &Formula, line: &Line) -> AnyView {
    let money = move |r: Rupiah| r.format(lang);
    let pct = move |p: jaring_core::Percent| p.format(lang);
    let t = &crate::i18n::texts(lang).iuran;
    let rows: Vec<String> = match formula {
        Formula::Rate {
            wage,
            base,
            worker_rate,
            employer_rate,
            cap,
        } => {
            let mut rows = Vec::new();
            if let Some(cap) = cap.filter(|c| c.applied) {
                rows.push(format!(
                    "{} {} → {} ({})",
                    money(*wage),
                    t.capped_at,
                    money(*base),
                    money(cap.value)
                ));
            }
            if *worker_rate > jaring_core::Percent::ZERO {
                rows.push(format!(
                    "{}: {} × {} = {}",
                    t.col_worker,
                    pct(*worker_rate),
                    money(*base),
                    money(line.amounts.worker)
                ));
            }
            if *employer_rate > jaring_core::Percent::ZERO {
                rows.push(format!(
                    "{}: {} × {} = {}",
                    t.col_employer,
                    pct(*employer_rate),
                    money(*base),
                    money(line.amounts.employer)
                ));
            }
            rows
        }
        Formula::Flat { amount } => vec![format!("{} {}", money(*amount), t.per_month)],
        Formula::PerMonth { amount, months } => {
            vec![format!(
                "{} × {} = {}",
                money(*amount),
                months_label(lang, u32::from(*months)),
                money(line.per_period.total)
            )]
        }
        Formula::Tiers { value, slices } => {
            let mut rows: Vec<String> = slices
                .iter()
                .map(|s| {
                    format!(
                        "{} × {} = {}",
                        pct(s.rate),
                        money(s.portion),
                        format_decimal(s.amount.amount().round_dp(2), lang)
                    )
                })
                .collect();
            rows.push(format!("Σ ({}) → {}", money(*value), money(line.amounts.total)));
            rows
        }
        Formula::Jkp { base, rule, .. } => vec![format!(
            "{} × {} = {} ({} + {} + {})",
            pct(rule.rate),
            money(*base),
            money(Rupiah::new(base.amount() * rule.rate.fraction()).rounded()),
            pct(rule.government),
            pct(rule.from_jkk),
            pct(rule.from_jkm)
        )],
    };
    let per_period = (line.per_period != line.amounts && line.per_period != Amounts::ZERO)
        .then(|| format!("= {}", money(line.per_period.total)));
    view! {
        <p class="formula">
            {rows.into_iter().chain(per_period).map(|r| view! { <span>{r}</span><br/> }).collect_view()}
        </p>
    }
    .into_any()
}

#[component]
fn SourceLine(source: Source, confidence: Confidence) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang();
    view! {
        <p class="source">
            {ctx.t().iuran.source_label}": "{source.regulation}" · "{source.article}
            {text::confidence_mark(lang, confidence).map(|mark| view! { " "<span class="weak">{mark}</span> })}
        </p>
    }
}

#[component]
fn YearTable(year: YearView) -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang();
    let t = &ctx.t().iuran;
    let number = move |r: Rupiah| format_decimal(r.rounded().amount(), lang);
    let rows = year
        .months
        .iter()
        .enumerate()
        .map(|(i, month)| {
            let name = t.months.get(i).copied().unwrap_or_default();
            match &month.result {
                Ok(r) => view! {
                    <tr>
                        <td>{name}</td>
                        <td>{number(r.monthly.worker)}</td>
                        <td>{number(r.monthly.employer)}</td>
                        <td>{number(r.monthly.total)}</td>
                    </tr>
                }
                .into_any(),
                Err(_) => view! {
                    <tr class="muted"><td>{name}</td><td colspan="3">{t.year_not_computed}</td></tr>
                }
                .into_any(),
            }
        })
        .collect_view();
    view! {
        <h2 class="section">{t.year_heading}" "{year.year}" (Rp)"</h2>
        <div class="table-wrap">
            <table class="data" data-testid="iuran-year">
                <thead>
                    <tr><th>{t.year_month}</th><th>{t.col_worker}</th><th>{t.col_employer}</th><th>{t.col_total}</th></tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <td>{t.year_total}</td>
                        <td>{number(year.total.worker)}</td>
                        <td>{number(year.total.employer)}</td>
                        <td>{number(year.total.total)}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        {(!year.excluded.is_empty()).then(|| view! { <p class="muted">{t.excluded_note}</p> })}
    }
}
