//! `/iuran`: the contributions calculator for PU, BPU, Jakon and PMI participants.
//!
//! The inputs live in one `iuran::Scenario` signal (the last good values); results are memos of
//! the core's calculators; the URL and local storage follow the scenario.

use crate::browser;
use crate::components::fields::{Choice, IntInput, MoneyInput, Toggle};
use crate::components::notices::Notices;
use crate::components::share::ShareButton;
use crate::ctx::use_ctx;
use crate::i18n::{common, iuran as text};
use jaring_core::iuran::{
    pu_year, upah_from_daily, IuranError, IuranResult, Scenario, Segmen, MAX_NILAI_KONTRAK,
    MAX_TAMBAHAN_BULAN, MAX_UPAH,
};
use jaring_core::money::Rupiah;
use jaring_core::rules::pmi::Kontrak;
use jaring_core::rules::pu::RiskClass;
use jaring_core::scenario::Query;
use jaring_core::{Date, Lang};
use leptos::prelude::*;
use output::months_label;

mod output;

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
    let last_good = Memo::new(move |previous: Option<&Option<IuranResult>>| match result.get() {
        Ok(r) => Some(r),
        Err(_) => previous.cloned().flatten(),
    });
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
    let lang = ctx.lang();
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
                <div class="results" aria-live="polite" on:click=remember_open>
                    <h2>{t.results_heading}</h2>
                    {move || result.get().err().map(|e| view! { <p class="error-box">{error_text(lang, &e)}</p> })}
                    <Show when=move || result.get().is_err() && last_good.get().is_some()>
                        <p class="muted">{t.stale_result}</p>
                    </Show>
                    <div inner_html=move || {
                        last_good.get().map(|r| output::result_html(&r, lang, &open.get_value())).unwrap_or_default()
                    }></div>
                    <ShareButton text=t.share_text/>
                </div>
            </div>
            {move || year.get().map(|y| match y {
                Ok(year) => view! { <div inner_html=output::year_html(&year, lang)></div> }.into_any(),
                Err(e) => view! { <p class="error-box">{error_text(lang, &e)}</p> }.into_any(),
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
        jaring_core::iuran::daily_from_upah(
            scenario.get_untracked().upah,
            scenario.get_untracked().tanggal.unwrap_or_else(browser::today),
        )
        .unwrap_or(Rupiah::ZERO),
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
        if let Ok(choices) = jaring_core::rules::pmi::JHT_CHOICES.at(date) {
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
