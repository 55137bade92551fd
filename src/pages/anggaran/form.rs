//! The inputs: the plan, its limits and growth, the claim assumptions, and the district list.
//! Each field keeps its last good value and says under itself what it could not use.

use crate::browser;
use crate::components::fields::{setter, value, Choice, DecimalInput, IntInput, MoneyInput, Toggle};
use crate::i18n::anggaran::{self as text, texts};
use jaring_core::anggaran::csv::write;
use jaring_core::anggaran::District;
use jaring_core::anggaran::{
    DistrictTable, Jadwal, Scenario, MAX_FISCAL_YEAR, MAX_WORKERS, MAX_YEARS, MIN_FISCAL_YEAR, NTT_DISTRICTS,
};
use jaring_core::money::{format_decimal, max_input_amount};
use jaring_core::rules::bpu;
use jaring_core::scenario::{encode, Query};
use jaring_core::{Lang, Percent, Rupiah};
use leptos::prelude::*;
use rust_decimal::Decimal;

const JADWAL: [(&str, Jadwal); 3] = [
    ("bulanan", Jadwal::Bulanan),
    ("semester", Jadwal::Semester),
    ("tahunan", Jadwal::Tahunan),
];

#[component]
pub(super) fn Inputs(scenario: RwSignal<Scenario>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let hundred = Decimal::ONE_HUNDRED;
    let levels = bpu::LEVELS.at(scenario.with_untracked(Scenario::start_date)).ok();
    let min_income = levels.and_then(|l| l.value.lowest()).unwrap_or(Rupiah::ZERO);
    let max_income = levels
        .and_then(|l| l.value.highest())
        .unwrap_or(Rupiah::new(max_input_amount()));
    let any_amount = Rupiah::new(max_input_amount());
    let months = Signal::derive(move || {
        t.months
            .iter()
            .zip(1..)
            .map(|(name, m): (&&str, u8)| (m.to_string(), (*name).to_string()))
            .collect::<Vec<_>>()
    });
    let jadwal_options = Signal::derive(move || {
        JADWAL
            .iter()
            .map(|(code, j)| (code.to_string(), text::jadwal(lang, *j).to_string()))
            .collect::<Vec<_>>()
    });
    let preset = move |s: Scenario| {
        scenario.update(|current| {
            *current = Scenario {
                nama: current.nama.clone(),
                ..s
            }
        })
    };

    view! {
        <form class="form panel anggaran-form no-print" id="data" on:submit=|ev| ev.prevent_default()>
            <h2 class="wide">{t.form_heading}</h2>
            <div class="agent-actions wide">
                <button type="button" class="button button-secondary" on:click=move |_| preset(Scenario::default())>{t.preset_pledge}</button>
                <button type="button" class="button button-secondary" on:click=move |_| preset(Scenario::modelling_preset())>{t.preset_planning}</button>
            </div>
            <NameInput scenario=scenario label=t.nama_label/>
            <IntInput id="pekerja" label=t.pekerja_label hint=t.pekerja_hint value=value(scenario, |s| s.pekerja as i64) min=0 max=MAX_WORKERS as i64
                on_change=setter(scenario, |s, n: i64| s.pekerja = u64::try_from(n).unwrap_or(0))/>
            <IntInput id="usulan" label=t.usulan_label hint=t.usulan_hint value=value(scenario, |s| s.usulan.unwrap_or(0) as i64) min=0 max=MAX_WORKERS as i64
                on_change=setter(scenario, |s, n: i64| s.usulan = u64::try_from(n).ok().filter(|n| *n > 0))/>
            <IntInput id="tahun" label=t.tahun_label value=value(scenario, |s| i64::from(s.tahun)) min=MIN_FISCAL_YEAR.into() max=MAX_FISCAL_YEAR.into()
                on_change=setter(scenario, |s, n: i64| s.tahun = u16::try_from(n).unwrap_or(s.tahun))/>
            <Choice id="mulai" label=t.mulai_label options=months selected=value(scenario, |s| s.mulai.to_string())
                on_change=setter(scenario, |s, v: String| s.mulai = v.parse().unwrap_or(s.mulai))/>
            <IntInput id="bulan" label=t.bulan_label hint=t.bulan_hint value=value(scenario, |s| i64::from(s.bulan)) min=1 max=12
                on_change=setter(scenario, |s, n: i64| s.bulan = u8::try_from(n).unwrap_or(s.bulan))/>
            <IntInput id="durasi" label=t.durasi_label value=value(scenario, |s| i64::from(s.durasi)) min=1 max=MAX_YEARS.into()
                on_change=setter(scenario, |s, n: i64| s.durasi = u8::try_from(n).unwrap_or(s.durasi))/>
            <MoneyInput id="penghasilan" label=t.penghasilan_label hint=t.penghasilan_hint value=value(scenario, |s| s.penghasilan)
                min=min_income max=max_income on_change=setter(scenario, |s, v: Rupiah| s.penghasilan = v)/>
            <Toggle id="jht" label=t.jht_label checked=value(scenario, |s| s.jht) on_change=setter(scenario, |s, v: bool| s.jht = v)/>
            <fieldset class="wide form-group">
                <legend>{t.limits_legend}</legend>
                <DecimalInput id="verifikasi" label=t.verifikasi_label hint=t.verifikasi_hint value=value(scenario, |s| s.verifikasi.value())
                    min=Decimal::ZERO max=hundred on_change=setter(scenario, |s, d: Decimal| s.verifikasi = Percent::new(d))/>
                <DecimalInput id="serapan" label=t.serapan_label hint=t.serapan_hint value=value(scenario, |s| s.serapan.value())
                    min=Decimal::ZERO max=hundred on_change=setter(scenario, |s, d: Decimal| s.serapan = Percent::new(d))/>
                <DecimalInput id="cadangan" label=t.cadangan_label value=value(scenario, |s| s.cadangan.value())
                    min=Decimal::ZERO max=hundred on_change=setter(scenario, |s, d: Decimal| s.cadangan = Percent::new(d))/>
                <DecimalInput id="lanjut" label=t.lanjut_label hint=t.lanjut_hint value=value(scenario, |s| s.lanjut.value())
                    min=Decimal::ZERO max=hundred on_change=setter(scenario, |s, d: Decimal| s.lanjut = Percent::new(d))/>
                <IntInput id="baru" label=t.baru_label value=value(scenario, |s| s.baru as i64) min=0 max=MAX_WORKERS as i64
                    on_change=setter(scenario, |s, n: i64| s.baru = u64::try_from(n).unwrap_or(0))/>
                <Choice id="jadwal" label=t.jadwal_label options=jadwal_options
                    selected=value(scenario, |s| JADWAL.iter().find(|(_, j)| *j == s.jadwal).map_or("bulanan", |(c, _)| c).to_string())
                    on_change=setter(scenario, |s, v: String| s.jadwal = JADWAL.iter().find(|(c, _)| *c == v).map_or(s.jadwal, |(_, j)| *j))/>
                <MoneyInput id="pagu" label=t.pagu_label hint=t.pagu_hint value=value(scenario, |s| s.pagu.unwrap_or(Rupiah::ZERO))
                    max=any_amount on_change=setter(scenario, |s, v: Rupiah| s.pagu = (v > Rupiah::ZERO).then_some(v))/>
                <MoneyInput id="belanja" label=t.belanja_label hint=t.belanja_hint value=value(scenario, |s| s.belanja.unwrap_or(Rupiah::ZERO))
                    max=any_amount on_change=setter(scenario, |s, v: Rupiah| s.belanja = (v > Rupiah::ZERO).then_some(v))/>
                <CodeInput scenario=scenario lang=lang key="dana" label=t.dana_label hint=t.dana_hint
                    get=|s| s.dana.clone() set=|s, v| s.dana = v/>
                <CodeInput scenario=scenario lang=lang key="tahap" label=t.tahap_label hint=t.tahap_hint
                    get=|s| s.tahap.clone() set=|s, v| s.tahap = v/>
            </fieldset>
            <details class="wide form-group claims">
                <summary>{t.claims_legend}</summary>
                <DecimalInput id="kematian" label=t.kematian_label value=value(scenario, |s| s.kematian.value())
                    min=Decimal::ZERO max=Decimal::from(5) on_change=setter(scenario, |s, d: Decimal| s.kematian = Percent::new(d))/>
                <DecimalInput id="kecelakaan" label=t.kecelakaan_label value=value(scenario, |s| s.kecelakaan.value())
                    min=Decimal::ZERO max=Decimal::TEN on_change=setter(scenario, |s, d: Decimal| s.kecelakaan = Percent::new(d))/>
                <DecimalInput id="seleksi" label=t.seleksi_label value=value(scenario, |s| s.seleksi)
                    min=Decimal::ZERO max=Decimal::TEN on_change=setter(scenario, |s, d: Decimal| s.seleksi = d)/>
                <DecimalInput id="beasiswa" label=t.beasiswa_label value=value(scenario, |s| s.beasiswa.value())
                    min=Decimal::ZERO max=hundred on_change=setter(scenario, |s, d: Decimal| s.beasiswa = Percent::new(d))/>
                <MoneyInput id="klaim_jkk" label=t.klaim_jkk_label value=value(scenario, |s| s.klaim_jkk)
                    max=any_amount on_change=setter(scenario, |s, v: Rupiah| s.klaim_jkk = v)/>
                <Toggle id="aturan2025" label=t.aturan2025_label checked=value(scenario, |s| s.aturan2025)
                    on_change=setter(scenario, |s, v: bool| s.aturan2025 = v)/>
            </details>
        </form>
    }
}

/// The scenario's name, shown in the comparison, the file names and the print view.
#[component]
fn NameInput(scenario: RwSignal<Scenario>, label: &'static str) -> impl IntoView {
    let max = jaring_core::anggaran::link::MAX_SCENARIO_NAME;
    view! {
        <div class="field">
            <label for="nama">{label}</label>
            <input
                id="nama"
                type="text"
                autocomplete="off"
                maxlength=max.to_string()
                prop:value=move || scenario.with(|s| s.nama.clone())
                on:input=move |ev| {
                    let typed: String = event_target_value(&ev).chars().take(max).collect();
                    scenario.update(|s| s.nama = typed);
                }
            />
        </div>
    }
}

/// A value written as the share link writes it (`dana`: `provinsi:60%,kabupaten:40%:Belu`;
/// `tahap`: `0:60%,3:40%`), read by the share-link reader: one reader for links, files and this
/// field. Empty means the parameter's absence (one payer; everybody enters at the start).
#[component]
fn CodeInput<T>(
    scenario: RwSignal<Scenario>,
    lang: Lang,
    key: &'static str,
    label: &'static str,
    hint: &'static str,
    get: fn(&Scenario) -> T,
    set: fn(&mut Scenario, T),
) -> impl IntoView
where
    T: PartialEq + Send + Sync + 'static,
{
    let current = move || {
        scenario.with(|s| {
            Query::parse(&s.to_query())
                .get(key)
                .map(str::to_string)
                .unwrap_or_default()
        })
    };
    let raw = RwSignal::new(current());
    let error = RwSignal::new(false);
    // A value set from outside (a preset, a plan file) replaces what is typed.
    Effect::new(move |_| {
        let shown = current();
        if read_code(key, &raw.get_untracked(), get).as_ref() != Some(&scenario.with(get)) {
            raw.set(shown);
            error.set(false);
        }
    });
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        raw.set(typed.clone());
        match read_code(key, &typed, get) {
            Some(value) => {
                error.set(false);
                scenario.update(|s| set(s, value));
            }
            None => error.set(true),
        }
    };
    let message_id = format!("{key}-msg");
    view! {
        <div class="field wide" class:field-error=move || error.get()>
            <label for=key>{label}</label>
            <input
                id=key
                type="text"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || raw.get()
                aria-invalid=move || error.get().then_some("true")
                aria-describedby=message_id.clone()
                on:input=on_input
            />
            <p class="field-msg" id=message_id aria-live="polite">
                {move || {
                    if error.get() {
                        format!("{} · {hint}", crate::i18n::common::query_problem(lang, jaring_core::scenario::Problem::Invalid))
                    } else {
                        hint.to_string()
                    }
                }}
            </p>
        </div>
    }
}

/// The value of `key` typed as in a link; `None` when the reader cannot use it.
fn read_code<T>(key: &'static str, typed: &str, get: fn(&Scenario) -> T) -> Option<T> {
    let typed = typed.trim();
    let query = if typed.is_empty() {
        Query::parse("")
    } else {
        Query::parse(&encode(&[(key, typed.to_string())]))
    };
    let (s, notices) = Scenario::from_query(&query);
    notices.is_empty().then(|| get(&s))
}

/// The district list as text lines `nama;pekerja;angkatan kerja;cakupan`, the import's format.
fn districts_text(table: &DistrictTable) -> String {
    let records: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|d| {
            vec![
                d.nama.clone(),
                d.pekerja.to_string(),
                d.angkatan_kerja.map(|n| n.to_string()).unwrap_or_default(),
                d.cakupan
                    .map(|c| format_decimal(c.value(), Lang::Id))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let csv = write(&records);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    // Trailing empty optional cells are left out: `Belu;2000`.
    lines
        .iter()
        .map(|l| l.trim_end_matches(';'))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The district list: typed, pasted, imported from CSV, or started from NTT's 22 names.
#[component]
pub(super) fn Districts(districts: RwSignal<DistrictTable>, lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let raw = RwSignal::new(districts.with_untracked(districts_text));
    let errors = RwSignal::new(Vec::<String>::new());
    let note = RwSignal::new(String::new());
    // A table set from outside (a plan file, an import, the NTT list) replaces what is typed.
    Effect::new(move |_| {
        districts.with(|table| {
            if super::read_districts(lang, &raw.get_untracked()).ok().as_ref() != Some(table) {
                raw.set(districts_text(table));
                errors.set(Vec::new());
            }
        })
    });
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        raw.set(typed.clone());
        note.set(String::new());
        match super::read_districts(lang, &typed) {
            Ok(table) => {
                errors.set(Vec::new());
                districts.set(table);
            }
            Err(e) => errors.set(e),
        }
    };
    let add_ntt = move |_| {
        districts.update(|table| {
            for name in NTT_DISTRICTS {
                if !table.rows.iter().any(|d| d.nama == name) {
                    table.rows.push(District::new(name, 0));
                }
            }
        });
    };
    let import = move |ev: leptos::ev::Event| {
        browser::read_chosen_file(&ev, move |content| {
            let t = texts(lang);
            let Some(content) = content else {
                errors.set(vec![t.file_unreadable.to_string()]);
                return;
            };
            // A bad file changes nothing: the table and the typed text stay.
            match super::read_districts(lang, &content) {
                Ok(table) => {
                    errors.set(Vec::new());
                    note.set(t.imported.to_string());
                    districts.set(table);
                }
                Err(e) => errors.set(e),
            }
        });
    };
    view! {
        <section class="panel anggaran-districts no-print" aria-labelledby="districts-form-heading">
            <h2 id="districts-form-heading">{t.districts_heading}</h2>
            <p class="muted">{t.districts_intro}</p>
            <div class="field" class:field-error=move || !errors.get().is_empty()>
                <label for="kabupaten">{t.districts_label}</label>
                <textarea
                    id="kabupaten"
                    rows="8"
                    spellcheck="false"
                    prop:value=move || raw.get()
                    aria-invalid=move || (!errors.get().is_empty()).then_some("true")
                    aria-describedby="kabupaten-msg"
                    on:input=on_input
                ></textarea>
                <div class="field-msg" id="kabupaten-msg" aria-live="polite">
                    {move || {
                        let list = errors.get();
                        if list.is_empty() {
                            note.get().into_any()
                        } else {
                            view! { <ul class="import-errors">{list.into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul> }.into_any()
                        }
                    }}
                </div>
            </div>
            <div class="agent-actions">
                <button type="button" class="button button-secondary" on:click=add_ntt>{t.districts_ntt}</button>
                <label class="button button-secondary">
                    {t.districts_import}
                    <input type="file" accept=".csv,.txt,text/csv,text/plain" hidden id="import-csv" on:change=import/>
                </label>
            </div>
        </section>
    }
}
