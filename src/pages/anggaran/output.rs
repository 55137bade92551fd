//! The planner's read-only output written with `maud` (escaped by construction): the summary
//! card, charts, tables, the district table, the comparison and the assumptions with sources.
//! Buttons inside carry `data-act` (`csv:…`, `open:i`, `remove:i`) and are handled by the page;
//! folded `<details>` carry `data-line` with a stable name so they stay open across rewrites.
//! Numbers go into the markup as strings already written for the language, never through
//! `maud`'s own number rendering.

use super::Computed;
use crate::components::chart::{value_grid, x_axis, FRAME};
use crate::i18n::anggaran::texts;
use crate::i18n::anggaran::{self as text, Anggaran};
use jaring_core::anggaran::basis::basis_of;
use jaring_core::anggaran::link::MetricValue;
use jaring_core::anggaran::{Outcome, Scenario};
use jaring_core::chart::{bars, coord, line_path, project, Band, BarLayout, LinearScale};
use jaring_core::money::{format_count, format_decimal};
use jaring_core::scenario::encode;
use jaring_core::{Lang, Percent, Rupiah};
use maud::{html, Markup};
use rust_decimal::prelude::ToPrimitive;

fn money(r: Rupiah, lang: Lang) -> String {
    r.format(lang)
}

fn count(n: u64, lang: Lang) -> String {
    format_count(n, lang)
}

fn t(lang: Lang) -> &'static Anggaran {
    texts(lang)
}

/// The summary card: total and per APBD year, workers, worker-months, benefits back, the limit
/// that binds and the KPIs of a budget proposal.
pub(super) fn summary_html(lang: Lang, c: &Computed) -> String {
    let tx = t(lang);
    let error = c.error.as_ref().map(|e| text::plan_error(lang, e));
    let markup = html! {
        @if let Some(message) = &error {
            div.error-box role="alert" {
                p { strong { (tx.error_heading) } }
                p { (message) }
                @if c.shown.is_some() { p { (tx.last_good) } }
            }
        }
        @if let Some(shown) = &c.shown {
            (summary(lang, &shown.0, &shown.1))
        }
    };
    markup.into_string()
}

fn summary(lang: Lang, s: &Scenario, o: &Outcome) -> Markup {
    let tx = t(lang);
    let p = &o.projection;
    let total = o.manfaat.total;
    html! {
        div.summary.benefit.benefit-cost {
            @if !s.nama.is_empty() { p.big-label { strong { (s.nama) } } }
            p.big-label { (tx.total_label) }
            p.benefit-big { span.money { (money(p.biaya(), lang)) } }
            p.big-label { (tx.per_year_label) }
            div.split.apbd-years {
                @for y in &p.apbd {
                    span {
                        "APBD " (y.tahun.to_string()) ": " b.money { (money(y.dibayar, lang)) }
                        @if y.pagu != y.dibayar { " (" (tx.col_pagu) " " span.money { (money(y.pagu, lang)) } ")" }
                    }
                }
            }
            div.split {
                span { (tx.enrolled_label) ": " b { (count(p.enrolled(), lang)) } }
                span { (tx.worker_months_label) ": " b { (count(p.worker_months(), lang)) } }
                span { (tx.iuran_label) ": " b.money { (money(p.iuran, lang)) } }
            }
        }
        div.kpis.panel {
            p { (tx.binding_label) ": " b { (text::batas(lang, p.enrolment.binding)) } }
            p { (tx.per_worker_month_label) ": " b.money { (p.cost_per_worker_month().map_or(tx.not_given.to_string(), |r| money(r, lang))) } }
            @if !o.pagu_per_tahun.is_empty() {
                p {
                    (tx.ceiling_label) ": "
                    @for y in o.pagu_per_tahun.iter() {
                        @if let Some(c) = y.ceiling {
                            br; "APBD " (y.tahun.to_string()) ": " b { (count(c.value, lang)) } " " (tx.workers_word)
                        }
                    }
                }
            }
            p { (tx.belanja_share_label) ": " b { (p.share_of_belanja().map_or(tx.not_given.to_string(), |r| percent(r, lang))) } }
            p {
                (tx.benefits_label) ": " b.money { (money(total.manfaat, lang)) }
                br;
                span.muted {
                    (text::range(
                        lang,
                        &money(add(total.kematian_range.amount_p10, total.kecelakaan_range.amount_p10), lang),
                        &money(add(total.kematian_range.amount_p90, total.kecelakaan_range.amount_p90), lang),
                    ))
                    " (10–90%)"
                    @if let Some(ratio) = total.per_rupiah {
                        " · " (text::per_rupiah(lang, &format_decimal(ratio.round_dp(2), lang)))
                    }
                }
            }
        }
        @if !p.flags.is_empty() {
            div.assumptions {
                ul { @for f in &p.flags { li { (text::flag(lang, f)) } } }
            }
        }
    }
}

fn add(a: Rupiah, b: Rupiah) -> Rupiah {
    a.checked_add(b).unwrap_or(a)
}

/// A percentage to two decimals at most.
fn percent(p: Percent, lang: Lang) -> String {
    Percent::new(p.value().round_dp(2)).format(lang)
}

fn to_f64(r: Rupiah) -> f64 {
    r.amount().to_f64().unwrap_or(0.0)
}

/// The two charts: cash paid per month (bars) and workers covered per month (a line), both drawn
/// from the core's chart geometry.
pub(super) fn charts_html(lang: Lang, c: &Computed) -> String {
    let tx = t(lang);
    let Some(shown) = &c.shown else {
        return String::new();
    };
    let months = &shown.1.projection.months;
    let paid: Vec<f64> = months.iter().map(|m| to_f64(m.dibayar)).collect();
    let workers: Vec<f64> = months.iter().map(|m| m.tercakup as f64).collect();
    let years: Vec<(usize, u16)> = months
        .iter()
        .enumerate()
        .filter(|(_, m)| m.bulan == 1)
        .map(|(i, m)| (i, m.tahun))
        .collect();
    let markup = html! {
        h2.section { (tx.charts_heading) }
        div.charts.layout-2 {
            (bar_chart(lang, &paid, &years, tx.chart_cost))
            (line_chart(lang, &workers, &years, tx.chart_workers))
        }
    };
    markup.into_string()
}

/// Value ticks and grid lines, and the year labels under their January.
fn axes(
    lang: Lang,
    y: &LinearScale,
    ticks: &[f64],
    years: &[(usize, u16)],
    x_of: &dyn Fn(usize) -> f64,
) -> Markup {
    let plot = FRAME.plot();
    let below = coord(plot.y + plot.height + 18.0);
    let every = years.len().div_ceil(6).max(1);
    html! {
        (value_grid(lang, &FRAME, y, ticks, ""))
        @for (i, (index, year)) in years.iter().enumerate() {
            @if i % every == 0 {
                text.chart-tick x=(coord(x_of(*index))) y=(below) text-anchor="start" { (year.to_string()) }
            }
        }
        (x_axis(&FRAME))
    }
}

fn bar_chart(lang: Lang, values: &[f64], years: &[(usize, u16)], label: &str) -> Markup {
    let max = values.iter().copied().fold(0.0, f64::max);
    let (y, ticks) = LinearScale::nice(0.0, max, FRAME.y_range(), 5);
    let band = Band {
        range: FRAME.x_range(),
        count: values.len(),
        padding: 0.15,
    };
    let drawn = bars(&[values.to_vec()], BarLayout::Grouped, &band, &y);
    let x_of = |i: usize| band.start(i);
    html! {
        figure.chart {
            svg viewBox=(format!("0 0 {} {}", coord(FRAME.width), coord(FRAME.height))) role="img" aria-label=(label) {
                (axes(lang, &y, &ticks, years, &x_of))
                @for bar in &drawn {
                    rect.chart-bar x=(coord(bar.rect.x)) y=(coord(bar.rect.y)) width=(coord(bar.rect.width)) height=(coord(bar.rect.height)) fill="#0b6e4f" {}
                }
            }
            figcaption aria-hidden="true" { (label) }
        }
    }
}

fn line_chart(lang: Lang, values: &[f64], years: &[(usize, u16)], label: &str) -> Markup {
    let max = values.iter().copied().fold(0.0, f64::max);
    let (y, ticks) = LinearScale::nice(0.0, max, FRAME.y_range(), 5);
    let x = LinearScale {
        domain: (0.0, values.len().saturating_sub(1).max(1) as f64),
        range: FRAME.x_range(),
    };
    let xs: Vec<f64> = (0..values.len()).map(|i| i as f64).collect();
    let points = project(&xs, values, &x, &y);
    let x_of = |i: usize| x.map(i as f64);
    html! {
        figure.chart {
            svg viewBox=(format!("0 0 {} {}", coord(FRAME.width), coord(FRAME.height))) role="img" aria-label=(label) {
                (axes(lang, &y, &ticks, years, &x_of))
                path.chart-line d=(line_path(&points)) {}
            }
            figcaption aria-hidden="true" { (label) }
        }
    }
}

fn csv_button(lang: Lang, which: &str) -> Markup {
    html! {
        button.button.button-secondary.no-print type="button" data-act=(format!("csv:{which}")) { (t(lang).csv_button) }
    }
}

fn folded(key: &str, open: &[String], heading: &str, body: Markup) -> Markup {
    let is_open = open.iter().any(|k| k == key);
    html! {
        details.line data-line=(key) open[is_open] {
            summary { span.line-name { (heading) } }
            div.line-body { (body) }
        }
    }
}

/// Tables by APBD year, quarter, month, funder, and the expected claims per year.
pub(super) fn tables_html(lang: Lang, c: &Computed, open: &[String]) -> String {
    let tx = t(lang);
    let Some(shown) = &c.shown else {
        return String::new();
    };
    let (s, o) = (&shown.0, &shown.1);
    let p = &o.projection;
    let has_belanja = s.belanja.is_some();
    let quarters = p.quarters();
    let month_name = |m: u8| {
        tx.months
            .get(usize::from(m).saturating_sub(1))
            .copied()
            .unwrap_or("")
    };
    let quarter_table = html! {
        div.table-wrap { table.data {
            thead { tr { th { (tx.col_year) } th { (tx.col_quarter) } th { (tx.col_worker_months) } th { (tx.col_workers) } th { (tx.col_cost) } th { (tx.col_paid) } } }
            tbody { @for q in quarters.iter().filter(|q| q.pekerja_bulan > 0 || q.dibayar > Rupiah::ZERO) {
                tr { td { (q.tahun.to_string()) } td { "T" (q.periode.to_string()) } td { (count(q.pekerja_bulan, lang)) } td { (count(q.puncak, lang)) } td { (money(q.biaya, lang)) } td { (money(q.dibayar, lang)) } }
            } }
        } }
        (csv_button(lang, "triwulan"))
    };
    let month_table = html! {
        div.table-wrap { table.data {
            thead { tr { th { (tx.col_month) } th { (tx.col_workers) } th { (tx.col_iuran) } th { (tx.col_cost) } th { (tx.col_paid) } } }
            tbody { @for m in p.months.iter().filter(|m| m.tercakup > 0 || m.dibayar > Rupiah::ZERO) {
                tr { td { (month_name(m.bulan)) " " (m.tahun.to_string()) } td { (count(m.tercakup, lang)) } td { (money(m.iuran, lang)) } td { (money(m.biaya, lang)) } td { (money(m.dibayar, lang)) } }
            } }
        } }
        (csv_button(lang, "bulan"))
    };
    let markup = html! {
        h2.section { (tx.tables_heading) }
        h3 { (tx.apbd_heading) }
        div.table-wrap { table.data.apbd-table {
            thead { tr {
                th { (tx.col_year) } th { (tx.col_workers) } th { (tx.col_worker_months) } th { (tx.col_paid) } th { (tx.col_pagu) }
                @if has_belanja { th { (tx.col_share) } }
            } }
            tbody { @for y in &p.apbd {
                tr {
                    td { "APBD " (y.tahun.to_string()) } td { (count(y.pekerja, lang)) } td { (count(y.pekerja_bulan, lang)) }
                    td { (money(y.dibayar, lang)) } td { (money(y.pagu, lang)) }
                    @if has_belanja { td { (y.porsi_belanja.map_or(String::new(), |v| percent(v, lang))) } }
                }
            } }
            tfoot { tr {
                td { (tx.total_row) } td {} td { (count(p.worker_months(), lang)) }
                td { (money(sum(p.apbd.iter().map(|y| y.dibayar)), lang)) } td { (money(sum(p.apbd.iter().map(|y| y.pagu)), lang)) }
                @if has_belanja { td {} }
            } }
        } }
        (csv_button(lang, "tahun"))
        @if !o.dana.is_empty() {
            h3 { (tx.funders_heading) }
            div.table-wrap { table.data {
                thead { tr { th { (tx.col_funder) } @for y in &p.apbd { th { "APBD " (y.tahun.to_string()) } } th { (tx.total_row) } } }
                tbody { @for f in &o.dana {
                    tr {
                        td { (text::funder_kind(lang, f.funder.kind)) @if !f.funder.nama.is_empty() { " " (f.funder.nama) } }
                        @for y in &f.years { td { (money(y.dibayar, lang)) } }
                        td { (money(f.total_dibayar(), lang)) }
                    }
                } }
            } }
            (csv_button(lang, "dana"))
        }
        h3 { (tx.claims_heading) }
        div.table-wrap { table.data {
            thead { tr { th { (tx.col_year) } th { (tx.col_deaths) } th { (tx.col_accidents) } th { (tx.col_benefits) } th { (tx.col_per_rupiah) } } }
            tbody { @for y in o.manfaat.years.iter().chain(std::iter::once(&o.manfaat.total)) {
                tr {
                    td { @if y.tahun == 0 { (tx.total_row) } @else { (y.tahun.to_string()) } }
                    td { (format_decimal(y.kematian, lang)) " (" (count(y.kematian_range.p10, lang)) "–" (count(y.kematian_range.p90, lang)) ")" }
                    td { (format_decimal(y.kecelakaan, lang)) " (" (count(y.kecelakaan_range.p10, lang)) "–" (count(y.kecelakaan_range.p90, lang)) ")" }
                    td { (money(y.manfaat, lang)) }
                    td { (y.per_rupiah.map_or(String::new(), |r| format_decimal(r.round_dp(2), lang))) }
                }
            } }
        } }
        div.lines {
            (folded("triwulan", open, tx.quarter_heading, quarter_table))
            (folded("bulan", open, tx.month_heading, month_table))
        }
    };
    markup.into_string()
}

fn sum(amounts: impl Iterator<Item = Rupiah>) -> Rupiah {
    amounts.fold(Rupiah::ZERO, add)
}

/// The district table: cost, coverage now and after, cost per point gained.
pub(super) fn districts_html(lang: Lang, c: &Computed) -> String {
    let tx = t(lang);
    let markup = match &c.districts {
        None => html! { h2.section { (tx.districts_heading) } p.muted { (tx.districts_empty) } },
        Some(Err(e)) => html! {
            h2.section { (tx.districts_heading) }
            div.error-box role="alert" { (text::row_error(lang, e.row, &text::plan_error(lang, &e.error))) }
        },
        Some(Ok(d)) => html! {
            h2.section { (tx.districts_heading) }
            div.table-wrap { table.data.district-table {
                thead { tr {
                    th { (tx.col_district) } th { (tx.col_workers) } th { (tx.col_enrolled) } th { (tx.col_cost) }
                    th { (tx.col_workforce) } th { (tx.col_coverage) } th { (tx.col_gain) } th { (tx.col_per_point) }
                } }
                tbody { @for r in &d.rows {
                    tr {
                        td { (r.district.nama) } td { (count(r.district.pekerja, lang)) } td { (count(r.terdaftar, lang)) }
                        td { (money(r.biaya, lang)) }
                        td { (r.district.angkatan_kerja.map_or(String::new(), |n| count(n, lang))) }
                        td {
                            @if let (Some(now), Some(new)) = (r.district.cakupan, r.cakupan_baru) {
                                (percent(now, lang)) " → " (percent(new, lang))
                            }
                        }
                        td { (r.poin.map_or(String::new(), |v| format_decimal(v.round_dp(2), lang))) }
                        td { (r.biaya_per_poin.map_or(String::new(), |v| money(v, lang))) }
                    }
                } }
                tfoot { tr {
                    td { (tx.total_row) } td { (count(d.pekerja, lang)) } td { (count(d.terdaftar, lang)) } td { (money(d.biaya, lang)) }
                    td {} td {} td {} td {}
                } }
            } }
            (csv_button(lang, "kabupaten"))
        },
    };
    markup.into_string()
}

fn metric_value(lang: Lang, v: &MetricValue) -> String {
    match v {
        MetricValue::Count(n) => count(*n, lang),
        MetricValue::Money(r) => money(*r, lang),
        MetricValue::Percent(p) => percent(*p, lang),
        MetricValue::Ratio(d) => format_decimal(d.round_dp(2), lang),
        MetricValue::Jadwal(j) => text::jadwal(lang, *j).to_string(),
        MetricValue::None => t(lang).not_given.to_string(),
    }
}

/// The scenarios side by side; rows that differ carry a badge and bold values.
pub(super) fn compare_html(lang: Lang, c: &Computed) -> String {
    let tx = t(lang);
    if c.compare.is_empty() {
        return String::new();
    }
    let markup = html! {
        div.table-wrap { table.data.compare-table {
            thead {
                tr {
                    th {}
                    @for (i, (name, kept)) in c.names.iter().enumerate() {
                        th {
                            @if !name.is_empty() { (name) } @else if i == 0 { (tx.compare_current) } @else { (tx.unnamed) " " ((i + 1).to_string()) }
                            @if let Some(k) = kept {
                                br;
                                button.button.button-secondary.no-print type="button" data-act=(format!("open:{k}")) { (tx.compare_open) }
                                " "
                                button.button.button-secondary.no-print type="button" data-act=(format!("remove:{k}")) { (tx.compare_remove) }
                            }
                        }
                    }
                }
            }
            tbody { @for row in &c.compare {
                tr.differs[row.differs] {
                    td { (text::metric(lang, row.metric)) @if row.differs { " " span.weak { (tx.compare_differs) } } }
                    @for v in &row.values {
                        td { @if row.differs { strong { (metric_value(lang, v)) } } @else { (metric_value(lang, v)) } }
                    }
                }
            } }
        } }
    };
    markup.into_string()
}

/// Every parameter with its value and the basis of its default; assumptions are marked.
pub(super) fn basis_html(lang: Lang, c: &Computed) -> String {
    let tx = t(lang);
    let Some(shown) = &c.shown else {
        return String::new();
    };
    let s = &shown.0;
    let default = Scenario::default();
    let preset = Scenario::modelling_preset();
    type Row = (&'static str, &'static str, fn(&Scenario, Lang) -> String);
    let rows: [Row; 18] = [
        ("pekerja", tx.pekerja_label, |s, l| count(s.pekerja, l)),
        ("tahun", tx.tahun_label, |s, _| s.tahun.to_string()),
        ("mulai", tx.mulai_label, |s, l| {
            t(l).months
                .get(usize::from(s.mulai).saturating_sub(1))
                .copied()
                .unwrap_or("")
                .to_string()
        }),
        ("bulan", tx.bulan_label, |s, _| s.bulan.to_string()),
        ("durasi", tx.durasi_label, |s, _| s.durasi.to_string()),
        ("penghasilan", tx.penghasilan_label, |s, l| {
            money(s.penghasilan, l)
        }),
        ("jht", tx.jht_label, |s, l| {
            if s.jht { t(l).yes } else { t(l).no }.to_string()
        }),
        ("verifikasi", tx.verifikasi_label, |s, l| percent(s.verifikasi, l)),
        ("serapan", tx.serapan_label, |s, l| percent(s.serapan, l)),
        ("cadangan", tx.cadangan_label, |s, l| percent(s.cadangan, l)),
        ("lanjut", tx.lanjut_label, |s, l| percent(s.lanjut, l)),
        ("baru", tx.baru_label, |s, l| count(s.baru, l)),
        ("jadwal", tx.jadwal_label, |s, l| {
            text::jadwal(l, s.jadwal).to_string()
        }),
        ("kematian", tx.kematian_label, |s, l| percent(s.kematian, l)),
        ("kecelakaan", tx.kecelakaan_label, |s, l| percent(s.kecelakaan, l)),
        ("seleksi", tx.seleksi_label, |s, l| format_decimal(s.seleksi, l)),
        ("beasiswa", tx.beasiswa_label, |s, l| percent(s.beasiswa, l)),
        ("klaim_jkk", tx.klaim_jkk_label, |s, l| money(s.klaim_jkk, l)),
    ];
    let markup = html! {
        h2.section { (tx.basis_heading) }
        p.muted { (tx.basis_intro) }
        div.panel.basis-table {
            @for (key, label, show) in rows {
                @let value = show(s, lang);
                @let basis = if value == show(&default, lang) {
                    basis_of(key, false)
                } else if value == show(&preset, lang) {
                    basis_of(key, true)
                } else {
                    None
                };
                p {
                    (label) ": " b { (value) } " — "
                    @match basis {
                        Some(b) => {
                            @if b.assumption { span.weak { (tx.assumption_badge) } " " }
                            (text::basis(lang, b.key)) br; span.source { (b.source) }
                        }
                        None => { span.muted { (tx.own_value) } }
                    }
                }
            }
        }
        p.source { (tx.rules_checked) " " (jaring_core::rules::CHECKED_ON.to_string()) }
    };
    markup.into_string()
}

/// The `/cakupan` link carrying the plan's first-year cohorts (`rencana`), with the re-funding
/// and the new workers per year on the first one only (so they are not counted twice).
pub(super) fn cakupan_href(outcome: &Outcome) -> String {
    let p = &outcome.projection;
    let first_year = p.kohort.first().map(|k| (k.tahun, k.mulai));
    let cohorts: Vec<String> = p
        .kohort
        .iter()
        .filter(|k| {
            let first = first_year.unwrap_or((0, 0));
            let in_first_window =
                k.tahun == first.0 || (k.tahun == first.0.saturating_add(1) && k.mulai < first.1);
            in_first_window && k.pekerja > 0
        })
        .take(20)
        .enumerate()
        .map(|(i, k)| {
            format!(
                "{}_{:04}-{:02}_{}_{}_{}",
                k.pekerja,
                k.tahun,
                k.mulai,
                k.bulan,
                k.lanjut.value().normalize(),
                if i == 0 { k.baru_per_tahun } else { 0 }
            )
        })
        .collect();
    if cohorts.is_empty() {
        return "/cakupan".to_string();
    }
    format!("/cakupan?{}", encode(&[("rencana", cohorts.join("*"))]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::anggaran::Computed;
    use expect_test::expect_file;
    use jaring_core::scenario::Query;
    use std::sync::Arc;

    /// Papua Tengah, 23.000 workers from August 2025: two APBD years.
    fn papua_tengah() -> Computed {
        let (scenario, notices) = Scenario::from_query(&Query::parse(
            "nama=Papua+Tengah&pekerja=23000&bulan=12&mulai=8&tahun=2025&durasi=1",
        ));
        assert!(notices.is_empty());
        let outcome = scenario.evaluate().expect("the Papua Tengah case computes");
        Computed {
            error: None,
            shown: Some(Arc::new((scenario, outcome))),
            districts: None,
            compare: Vec::new(),
            names: Vec::new(),
        }
    }

    #[test]
    fn papua_tengah_summary_and_tables_in_both_languages() {
        let c = papua_tengah();
        for (lang, file) in [(Lang::Id, "id"), (Lang::En, "en")] {
            let shown = format!(
                "{}\n{}\n{}\n",
                summary_html(lang, &c),
                tables_html(lang, &c, &[]),
                basis_html(lang, &c)
            );
            match file {
                "id" => expect_file!["snapshots/anggaran_papua_tengah_id.html"].assert_eq(&shown),
                _ => expect_file!["snapshots/anggaran_papua_tengah_en.html"].assert_eq(&shown),
            }
        }
        let summary = summary_html(Lang::Id, &c);
        assert!(summary.contains("APBD 2025: <b class=\"money\">Rp 1.932.000.000</b>"));
        assert!(summary.contains("APBD 2026: <b class=\"money\">Rp 2.704.800.000</b>"));
        assert!(summary.contains("Rp 4.636.800.000"));
    }

    #[test]
    fn the_cakupan_link_carries_the_cohort() {
        let c = papua_tengah();
        let outcome = &c.shown.as_ref().expect("computed").1;
        assert_eq!(cakupan_href(outcome), "/cakupan?rencana=23000_2025-08_12_100_0");
    }
}
