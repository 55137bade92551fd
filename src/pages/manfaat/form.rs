//! The inputs: segment, wage or income, membership, ages, JHT assumptions, date. Each field keeps
//! its last good value and says under itself what it could not use.

use crate::components::fields::{setter, value, DecimalInput, IntInput, MoneyInput};
use crate::i18n::manfaat::{anak_error, anak_read};
use crate::i18n::texts;
use jaring_core::iuran::MAX_UPAH;
use jaring_core::manfaat::{batas, parse_anak, Scenario, Segmen};
use jaring_core::money::max_input_amount;
use jaring_core::rules::bpu;
use jaring_core::{Date, Lang, Percent, Rupiah};
use leptos::prelude::*;

#[component]
pub(super) fn Inputs(scenario: RwSignal<Scenario>, today: Date, lang: Lang) -> impl IntoView {
    let t = &texts(lang).manfaat;
    let segmen = Memo::new(move |_| scenario.with(|s| s.segmen));
    let set_segmen = move |new: Segmen| {
        scenario.update(|s| {
            // A default wage follows the segment; a wage the user typed stays.
            if s.segmen != new && s.upah == Scenario::upah_bawaan(s.segmen) {
                s.upah = Scenario::upah_bawaan(new);
            }
            s.segmen = new;
        });
    };
    let segment_button = move |value: Segmen, label: &'static str, current: Segmen| {
        view! {
            <button type="button" aria-pressed=(current == value).to_string() on:click=move |_| set_segmen(value)>
                {label}
            </button>
        }
    };
    let segment_buttons = move || {
        let current = segmen.get();
        view! {
            {segment_button(Segmen::Bpu, t.segment_bpu, current)}
            {segment_button(Segmen::Pu, t.segment_pu, current)}
        }
    };
    let upah = value(scenario, |s| s.upah);
    let set_upah = setter(scenario, |s, amount| s.upah = amount);
    // Re-created only when the segment changes: another label, and for BPU the income levels.
    let upah_field = move || match segmen.get() {
        Segmen::Pu => view! {
            <MoneyInput
                id="upah"
                label=t.upah_label
                hint=t.upah_hint
                value=upah
                max=MAX_UPAH
                on_change=set_upah
            />
        }
        .into_any(),
        Segmen::Bpu => {
            let levels = bpu::LEVELS
                .at(scenario.with_untracked(|s| s.input(today).date))
                .ok();
            let min = levels.and_then(|l| l.value.lowest()).unwrap_or(Rupiah::ZERO);
            let max = levels.and_then(|l| l.value.highest()).unwrap_or(MAX_UPAH);
            view! {
                <MoneyInput
                    id="penghasilan"
                    label=t.penghasilan_label
                    hint=t.penghasilan_hint
                    value=upah
                    min=min
                    max=max
                    on_change=set_upah
                />
            }
            .into_any()
        }
    };

    view! {
        <form class="form panel manfaat-form" id="data" on:submit=|ev| ev.prevent_default()>
            <h2 class="wide">{t.form_heading}</h2>
            <fieldset class="wide">
                <legend>{t.segment_legend}</legend>
                <div class="segmented">{segment_buttons}</div>
            </fieldset>
            {upah_field}
            <IntInput
                id="masa"
                label=t.masa_label
                hint=t.masa_hint
                value=value(scenario, |s| i64::from(s.masa))
                min=batas::MASA_BULAN.0.into()
                max=batas::MASA_BULAN.1.into()
                on_change=setter(scenario, |s, n| {
                    if let Ok(n) = u32::try_from(n) {
                        s.masa = n;
                    }
                })
            />
            <IntInput
                id="usia"
                label=t.usia_label
                value=value(scenario, |s| i64::from(s.usia))
                min=batas::USIA.0.into()
                max=batas::USIA.1.into()
                on_change=setter(scenario, |s, n| {
                    if let Ok(n) = u8::try_from(n) {
                        s.usia = n;
                    }
                })
            />
            <AnakInput lang=lang scenario=scenario/>
            <fieldset class="wide form-group">
                <legend>{t.jht_legend}</legend>
                <MoneyInput
                    id="saldo"
                    label=t.saldo_label
                    hint=t.saldo_hint
                    value=value(scenario, |s| s.saldo)
                    max=Rupiah::new(max_input_amount())
                    on_change=setter(scenario, |s, amount| s.saldo = amount)
                />
                <DecimalInput
                    id="imbal"
                    label=t.imbal_label
                    hint=t.imbal_hint
                    value=value(scenario, |s| s.imbal.value())
                    min=batas::IMBAL.0
                    max=batas::IMBAL.1
                    on_change=setter(scenario, |s, d| s.imbal = Percent::new(d))
                />
                <IntInput
                    id="usia-jht"
                    label=t.usia_jht_label
                    hint=crate::i18n::manfaat::usia_jht_hint(lang)
                    value=value(scenario, |s| i64::from(s.usia_jht))
                    min=batas::USIA_JHT.0.into()
                    max=batas::USIA_JHT.1.into()
                    on_change=setter(scenario, |s, n| {
                        if let Ok(n) = u8::try_from(n) {
                            s.usia_jht = n;
                        }
                    })
                />
                <DecimalInput
                    id="naik"
                    label=t.naik_label
                    hint=t.naik_hint
                    value=value(scenario, |s| s.naik.value())
                    min=batas::KENAIKAN_UPAH.0
                    max=batas::KENAIKAN_UPAH.1
                    on_change=setter(scenario, |s, d| s.naik = Percent::new(d))
                />
                <DateInput lang=lang scenario=scenario today=today/>
            </fieldset>
        </form>
    }
}

/// Children's ages as one text field (`5, 12`): quicker on a phone than a row per child.
#[component]
fn AnakInput(lang: Lang, scenario: RwSignal<Scenario>) -> impl IntoView {
    let t = &texts(lang).manfaat;
    let join = |ages: &[u8]| ages.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
    let raw = RwSignal::new(scenario.with_untracked(|s| join(&s.anak)));
    let error = RwSignal::new(None::<String>);
    // A value set from outside (a loaded link) replaces what is typed.
    Effect::new(move |_| {
        scenario.with(|s| {
            if parse_anak(&raw.get_untracked()).ok().as_ref() != Some(&s.anak) {
                raw.set(join(&s.anak));
                error.set(None);
            }
        })
    });
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        raw.set(typed.clone());
        match parse_anak(&typed) {
            Ok(ages) => {
                error.set(None);
                scenario.update(|s| s.anak = ages);
            }
            Err(e) => error.set(Some(anak_error(lang, &e))),
        }
    };
    view! {
        <div class="field" class:field-error=move || error.get().is_some()>
            <label for="anak">{t.anak_label}</label>
            <input
                id="anak"
                type="text"
                inputmode="text"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || raw.get()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby="anak-msg"
                on:input=on_input
            />
            <p class="field-msg" id="anak-msg" aria-live="polite">
                {move || match error.get() {
                    Some(message) => message,
                    None => format!("{} · {}", scenario.with(|s| anak_read(lang, &s.anak)), t.anak_hint),
                }}
            </p>
        </div>
    }
}

/// The date whose rules are used; empty means today (and the link then carries no date).
#[component]
fn DateInput(lang: Lang, scenario: RwSignal<Scenario>, today: Date) -> impl IntoView {
    let on_change = move |date: Option<Date>| scenario.update(|s| s.tanggal = date);
    let t = &texts(lang).manfaat;
    let error = RwSignal::new(false);
    let on_change_date = move |ev| {
        let typed = event_target_value(&ev);
        if typed.trim().is_empty() {
            error.set(false);
            on_change(None);
            return;
        }
        match Date::parse_iso(&typed).filter(|d| d.year() <= batas::TAHUN_MAKS) {
            Some(date) => {
                error.set(false);
                on_change(Some(date));
            }
            None => error.set(true),
        }
    };
    view! {
        <div class="field" class:field-error=move || error.get()>
            <label for="tanggal">{t.tanggal_label}</label>
            <input
                id="tanggal"
                type="date"
                prop:value=move || scenario.with(|s| s.tanggal.unwrap_or(today)).to_string()
                aria-invalid=move || error.get().then_some("true")
                aria-describedby="tanggal-msg"
                on:change=on_change_date
            />
            <p class="field-msg" id="tanggal-msg" aria-live="polite">
                {move || if error.get() { t.tanggal_invalid } else { t.tanggal_hint }}
            </p>
        </div>
    }
}
