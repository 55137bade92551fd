//! The inputs: segment, then the chosen segment's fields, then the date. Each field keeps its
//! last good value and says under itself what it could not use.

use super::{output, Computed};
use crate::components::fields::{setter, value, Choice, IntInput, MoneyInput, Toggle};
use crate::i18n::{iuran as text, texts};
use jaring_core::iuran::{
    daily_from_upah, upah_from_daily, Scenario, Segmen, MAX_BULAN_TERLAMBAT, MAX_NILAI_KONTRAK,
    MAX_TAMBAHAN_BULAN, MAX_UPAH,
};
use jaring_core::money::{parse_amount, Rupiah};
use jaring_core::rules::pmi::{Kontrak, JHT_CHOICES};
use jaring_core::rules::{bpu, pu};
use jaring_core::{Date, Lang};
use leptos::prelude::*;

#[component]
pub(super) fn Inputs(
    scenario: RwSignal<Scenario>,
    computed: Memo<Computed>,
    today: Date,
    lang: Lang,
) -> impl IntoView {
    let t = &texts(lang).iuran;
    // The fields are rebuilt only when the segment changes, never while the visitor types.
    let segmen = Memo::new(move |_| scenario.with(|s| s.segmen));
    let segment_buttons = move || {
        let current = segmen.get();
        Segmen::ALL
            .into_iter()
            .map(|choice| {
                view! {
                    <button
                        type="button"
                        data-segmen=choice.code()
                        aria-pressed=(current == choice).to_string()
                        on:click=move |_| scenario.update(|s| s.segmen = choice)
                    >
                        {text::segment_name(lang, choice)}
                    </button>
                }
            })
            .collect_view()
    };
    let fields = move || match segmen.get() {
        Segmen::Pu => view! { <PuFields scenario=scenario today=today lang=lang/> }.into_any(),
        Segmen::Bpu => {
            view! { <BpuFields scenario=scenario computed=computed today=today lang=lang/> }.into_any()
        }
        Segmen::Jakon => view! {
            <MoneyInput
                id="nilai"
                label=t.nilai_label
                hint=t.nilai_hint
                value=value(scenario, |s| s.nilai)
                max=MAX_NILAI_KONTRAK
                on_change=setter(scenario, |s, v| s.nilai = v)
            />
        }
        .into_any(),
        Segmen::Pmi => view! { <PmiFields scenario=scenario today=today lang=lang/> }.into_any(),
    };
    view! {
        <div class="inputs">
            <fieldset class="wide">
                <legend>{t.segment_legend}</legend>
                <div class="segmented">{segment_buttons}</div>
            </fieldset>
            <div class="form">
                {fields}
                <DateField scenario=scenario today=today lang=lang/>
            </div>
        </div>
    }
}

/// The date of a scenario (today when none is chosen).
fn date_of(scenario: RwSignal<Scenario>, today: Date) -> Date {
    scenario.with(|s| s.tanggal.unwrap_or(today))
}

/// The date of a scenario, read once (for texts built with the fields).
fn date_of_untracked(scenario: RwSignal<Scenario>, today: Date) -> Date {
    scenario.with_untracked(|s| s.tanggal.unwrap_or(today))
}

/// Months the chosen contribution month is paid late (PU: the fine; BPU: the lapse rule).
#[component]
fn LateField(scenario: RwSignal<Scenario>, lang: Lang) -> impl IntoView {
    let t = &texts(lang).iuran;
    view! {
        <IntInput
            id="terlambat"
            label=t.terlambat_label
            hint=t.terlambat_hint
            value=value(scenario, |s| i64::from(s.terlambat))
            min=0
            max=i64::from(MAX_BULAN_TERLAMBAT)
            on_change=setter(scenario, |s, n: i64| {
                if let Ok(n) = u16::try_from(n) {
                    s.terlambat = n;
                }
            })
        />
    }
}

#[component]
fn PuFields(scenario: RwSignal<Scenario>, today: Date, lang: Lang) -> impl IntoView {
    let t = &texts(lang).iuran;
    let harian = RwSignal::new(false);
    let daily = RwSignal::new(
        scenario
            .with_untracked(|s| daily_from_upah(s.upah, s.tanggal.unwrap_or(today)))
            .unwrap_or(Rupiah::ZERO),
    );
    let daily_error = RwSignal::new(None::<String>);
    let set_daily = Callback::new(move |d: Rupiah| {
        daily.set(d);
        match upah_from_daily(d, scenario.with_untracked(|s| s.tanggal.unwrap_or(today))) {
            Ok(upah) => {
                daily_error.set(None);
                scenario.update(|s| s.upah = upah);
            }
            Err(e) => daily_error.set(Some(text::error(lang, &e))),
        }
    });
    let date = date_of_untracked(scenario, today);
    let daily_hint = pu::DAILY_WAGE_DAYS
        .at(date)
        .map(|e| text::upah_harian_hint(lang, e.value))
        .unwrap_or_default();
    let risiko_hint = pu::JKK
        .at(date)
        .map(|e| text::risiko_hint(lang, &e.source))
        .unwrap_or_default();
    // The JP cap field shows only where no cap is published for the chosen date.
    let cap_missing = Memo::new(move |_| pu::JP_WAGE_CAP.at(date_of(scenario, today)).is_err());
    let cap_field = move || {
        cap_missing.get().then(|| {
            view! {
                <div class="own-figure" data-testid="batas-jp-field">
                    <MoneyInput
                        id="batas-jp"
                        label=t.batas_jp_label
                        hint=t.batas_jp_hint
                        value=value(scenario, |s| s.batas_jp.unwrap_or(Rupiah::ZERO))
                        max=MAX_UPAH
                        on_change=setter(scenario, |s, v: Rupiah| s.batas_jp = (v > Rupiah::ZERO).then_some(v))
                    />
                </div>
            }
        })
    };
    let risk_options: Vec<(String, String)> = pu::RiskClass::ALL
        .iter()
        .map(|c| (c.number().to_string(), text::risk_class(lang, *c).to_string()))
        .collect();
    let upah_field = move || {
        if harian.get() {
            view! {
                <MoneyInput
                    id="upah-harian"
                    label=t.upah_harian_label
                    hint=daily_hint.clone()
                    value=daily
                    max=MAX_UPAH
                    on_change=set_daily
                />
                <p class="muted">
                    {move || daily_error.get().unwrap_or_else(|| format!("{} = {}", t.upah_label, scenario.with(|s| s.upah).format(lang)))}
                </p>
            }
            .into_any()
        } else {
            view! {
                <MoneyInput
                    id="upah"
                    label=t.upah_label
                    hint=t.upah_hint
                    value=value(scenario, |s| s.upah)
                    max=MAX_UPAH
                    on_change=setter(scenario, |s, v| s.upah = v)
                />
            }
            .into_any()
        }
    };
    view! {
        <Toggle id="harian" label=t.upah_harian_toggle checked=harian on_change=Callback::new(move |on| harian.set(on))/>
        {upah_field}
        <Choice
            id="risiko"
            label=t.risiko_label
            hint=risiko_hint
            options=risk_options
            selected=value(scenario, |s| s.risiko.number().to_string())
            on_change=setter(scenario, |s, code: String| {
                if let Some(class) = code.parse().ok().and_then(pu::RiskClass::from_number) {
                    s.risiko = class;
                }
            })
        />
        <Toggle
            id="padat-karya"
            label=t.padat_karya_label
            hint=text::padat_karya_hint(lang)
            checked=value(scenario, |s| s.padat_karya)
            on_change=setter(scenario, |s, on| s.padat_karya = on)
        />
        {cap_field}
        <LateField scenario=scenario lang=lang/>
    }
}

#[component]
fn BpuFields(
    scenario: RwSignal<Scenario>,
    computed: Memo<Computed>,
    today: Date,
    lang: Lang,
) -> impl IntoView {
    let t = &texts(lang).iuran;
    let date = date_of_untracked(scenario, today);
    let levels = bpu::LEVELS.at(date).ok().map(|e| e.value);
    let penghasilan_hint = levels
        .and_then(|l| Some(text::penghasilan_hint(lang, l.lowest()?, l.highest()?)))
        .unwrap_or_default();
    let jht_hint = bpu::JHT
        .at(date)
        .map(|e| text::bpu_jht_hint(lang, e.value))
        .unwrap_or_default();
    // The payment periods allowed at the chosen date, from the rule (not a list of our own).
    let months_options = Signal::derive(move || {
        let allowed = bpu::PAYMENT_MONTHS
            .at(date_of(scenario, today))
            .map_or(&[][..], |e| e.value);
        allowed
            .iter()
            .map(|m| (m.to_string(), text::months_label(lang, u32::from(*m))))
            .collect::<Vec<_>>()
    });
    view! {
        <MoneyInput
            id="penghasilan"
            label=t.penghasilan_label
            hint=penghasilan_hint
            value=value(scenario, |s| s.penghasilan)
            max=MAX_UPAH
            on_change=setter(scenario, |s, v| s.penghasilan = v)
        />
        <div class="wide" inner_html=move || computed.with(|c| output::level_html(c, lang))></div>
        <Choice
            id="bayar"
            label=t.bayar_label
            options=months_options
            selected=value(scenario, |s| s.bayar.to_string())
            on_change=setter(scenario, |s, code: String| {
                if let Ok(months) = code.parse::<u8>() {
                    s.bayar = months;
                }
            })
        />
        <Toggle
            id="bpu-jht"
            label=t.bpu_jht_label
            hint=jht_hint
            checked=value(scenario, |s| s.bpu_jht)
            on_change=setter(scenario, |s, on| s.bpu_jht = on)
        />
        <Toggle
            id="transportasi"
            label=t.transportasi_label
            checked=value(scenario, |s| s.transportasi)
            on_change=setter(scenario, |s, on| s.transportasi = on)
        />
        <Toggle id="apbd" label=t.apbd_label checked=value(scenario, |s| s.apbd) on_change=setter(scenario, |s, on| s.apbd = on)/>
        <LateField scenario=scenario lang=lang/>
    }
}

#[component]
fn PmiFields(scenario: RwSignal<Scenario>, today: Date, lang: Lang) -> impl IntoView {
    let t = &texts(lang).iuran;
    let kontrak_options: Vec<(String, String)> = Kontrak::ALL
        .iter()
        .map(|k| {
            (
                k.months().to_string(),
                text::months_label(lang, u32::from(k.months())),
            )
        })
        .collect();
    let jht_options = Signal::derive(move || {
        let mut options = vec![("0".to_string(), t.pmi_jht_none.to_string())];
        if let Ok(choices) = JHT_CHOICES.at(date_of(scenario, today)) {
            options.extend(choices.value.iter().map(|a| (a.to_plain(), a.format(lang))));
        }
        options
    });
    view! {
        <Choice
            id="kontrak"
            label=t.kontrak_label
            options=kontrak_options
            selected=value(scenario, |s| s.kontrak.months().to_string())
            on_change=setter(scenario, |s, code: String| {
                if let Some(k) = code.parse().ok().and_then(Kontrak::from_months) {
                    s.kontrak = k;
                }
            })
        />
        <IntInput
            id="tambahan"
            label=t.tambahan_label
            value=value(scenario, |s| i64::from(s.tambahan))
            min=0
            max=i64::from(MAX_TAMBAHAN_BULAN)
            on_change=setter(scenario, |s, n: i64| {
                if let Ok(months) = u16::try_from(n) {
                    s.tambahan = months;
                }
            })
        />
        <Choice
            id="pmi-jht"
            label=t.pmi_jht_label
            options=jht_options
            selected=value(scenario, |s| s.pmi_jht.to_plain())
            on_change=setter(scenario, |s, code: String| {
                if let Ok(amount) = parse_amount(&code) {
                    s.pmi_jht = amount;
                }
            })
        />
    }
}

/// The date whose rules are used; empty means today (and the link then carries no date).
#[component]
fn DateField(scenario: RwSignal<Scenario>, today: Date, lang: Lang) -> impl IntoView {
    let t = &texts(lang).iuran;
    let invalid = RwSignal::new(false);
    let on_change = move |ev| {
        let typed = event_target_value(&ev);
        let typed = typed.trim();
        if typed.is_empty() {
            invalid.set(false);
            scenario.update(|s| s.tanggal = None);
        } else if let Some(date) = Date::parse_iso(typed) {
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
                min=jaring_core::rules::pu::START.to_string()
                prop:value=move || date_of(scenario, today).to_string()
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby="tanggal-msg"
                on:change=on_change
            />
            <p class="field-msg" id="tanggal-msg">{move || if invalid.get() { t.date_invalid } else { t.date_hint }}</p>
        </div>
    }
}
