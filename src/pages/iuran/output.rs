//! The read-only output of `/iuran` as HTML written with `maud` (tags closed and text escaped by
//! construction; see ARCHITECTURE.md, "Bundle size"): the summary, the lines with their formula
//! and source, and the year month by month.

use super::{Computed, Late};
use crate::i18n::{common, iuran as text, texts};
use jaring_core::iuran::{
    Amounts, BpuDetail, Formula, IuranResult, Line, LineStatus, PmiStage, Program, Segmen, Warning, YearView,
};
use jaring_core::money::{format_decimal, Percent, Rupiah};
use jaring_core::rules::{Confidence, Source};
use jaring_core::Lang;
use maud::{html, Markup};
use text::months_label;

/// A stable name of a PMI package stage, appended to its programme's key.
const fn stage_key(stage: PmiStage) -> &'static str {
    match stage {
        PmiStage::PraPenempatan => "prapenempatan",
        PmiStage::Penempatan => "penempatan",
        PmiStage::TambahanBulan => "tambahanbulan",
    }
}

/// The key of a line: its programme, and for PMI its stage (`jkkjkm-penempatan`).
pub fn line_key(line: &Line) -> String {
    match line.stage {
        Some(stage) => format!("{}-{}", line.program.key(), stage_key(stage)),
        None => line.program.key().to_string(),
    }
}

/// Why the inputs do not compute (then the last result that did, marked stale), the summary,
/// warnings and lines; `open` lists the lines the visitor unfolded.
pub fn result_html(computed: &Computed, lang: Lang, open: &[String]) -> String {
    let t = &texts(lang).iuran;
    html! {
        @if let Some(error) = &computed.error {
            p.error-box { (text::error(lang, error)) }
            @if computed.shown.is_some() {
                p.muted { (t.stale_result) }
            }
        }
        @if let Some(result) = &computed.shown {
            (result_markup(result, lang, open))
        }
        @if let Some(late) = &computed.late {
            section.late data-testid="iuran-late" {
                h3 { (t.late_heading) }
                @match late {
                    Ok(late) => (late_markup(late, lang)),
                    Err(e) => p.error-box { (text::error(lang, e)) },
                }
            }
        }
    }
    .into_string()
}

/// The PU fine, or the BPU rule for unpaid months, with their sources.
fn late_markup(late: &Late, lang: Lang) -> Markup {
    match late {
        Late::Pu(d) => {
            let money = |r: Rupiah| r.format(lang);
            let sentence = text::pu_late(
                lang,
                &text::PuLate {
                    month: &text::month_year(lang, d.bulan_iuran),
                    deadline: &common::date(lang, d.batas_bayar),
                    months_late: d.bulan_terlambat,
                    rate: &d.tarif_per_bulan.format(lang),
                    iuran: &money(d.iuran),
                    denda: &money(d.denda),
                },
            );
            html! {
                p.big.money data-testid="iuran-denda" { (money(d.denda)) }
                p { (sentence) }
                (source_markup(lang, d.source, d.source.confidence))
            }
        }
        Late::Bpu(b) => html! {
            p data-testid="iuran-lapse" { (text::bpu_late(lang, b.bulan_terlambat, b.bulan_tenggang, b.berakhir)) }
            (source_markup(lang, b.denda_source, b.denda_source.confidence))
            (source_markup(lang, b.source, b.source.confidence))
        },
    }
}

/// BPU: the income level used for the typed income, with the table's one-source mark and the
/// row's doubt (shown under the income field).
pub fn level_html(computed: &Computed, lang: Lang) -> String {
    let Some(detail) = computed.shown.as_ref().and_then(|r| r.bpu.as_ref()) else {
        return String::new();
    };
    let money = |r: Rupiah| r.format(lang);
    let level = &detail.level;
    let from = (level.range_from > Rupiah::ZERO).then(|| money(level.range_from));
    let until = level.range_until.map(money);
    let doubt = level.doubt.map(|doubt| {
        text::warning(
            lang,
            &Warning::BpuLevelDoubtful {
                level: level.level,
                doubt,
            },
            money,
        )
    });
    html! {
        // Small, as the message of the income field it belongs to.
        div.level-note.field-msg data-testid="bpu-level" {
            p { (text::level_note(lang, &money(level.level), from.as_deref(), until.as_deref())) }
            @if let Some(doubt) = doubt {
                p.weak { (doubt) }
            }
            (source_markup(lang, level.source, level.source.confidence))
        }
    }
    .into_string()
}

/// BPU paid for several months: each month and what it costs, with the measure that lowered it.
fn months_markup(detail: &BpuDetail, total: Rupiah, lang: Lang) -> Markup {
    let t = &texts(lang).iuran;
    let money = |r: Rupiah| r.format(lang);
    html! {
        h3 { (t.bpu_months_heading) }
        div.table-wrap {
            table.data data-testid="bpu-months" {
                thead { tr { th { (t.year_month) } th { (t.col_total) } } }
                tbody {
                    @for month in &detail.months {
                        tr {
                            td { (text::month_year(lang, month.month)) }
                            td.money { (money(month.amounts.total)) }
                        }
                        // The measure on a row of its own, so that the table fits a phone.
                        @if let Some(measure) = month.measure {
                            tr.muted {
                                td colspan="2" { (text::month_note(lang, measure, &money(month.normal))) }
                            }
                        }
                    }
                }
                tfoot { tr { td { (t.total_row) } td.money { (money(total)) } } }
            }
        }
    }
}

fn result_markup(result: &IuranResult, lang: Lang, open: &[String]) -> Markup {
    let t = &texts(lang).iuran;
    let money = |r: Rupiah| r.format(lang);
    let (big, big_label) = match result.segmen {
        Segmen::Jakon | Segmen::Pmi => (result.period.total, t.per_contract),
        Segmen::Pu | Segmen::Bpu => (result.monthly.total, t.per_month),
    };
    let months = result.months.unwrap_or(1);
    html! {
        div.summary data-testid="iuran-summary" {
            p.big-label { (text::segment_name(lang, result.segmen)) " · " (big_label) }
            p.big.money data-testid="iuran-total" { (money(big)) }
            @match result.segmen {
                Segmen::Pu => p.split {
                    span { (t.col_worker) ": " b.money { (money(result.monthly.worker)) } }
                    span { (t.col_employer) ": " b.money { (money(result.monthly.employer)) } }
                },
                Segmen::Bpu => p.split {
                    @if let Some(day) = result.per_day {
                        span { b.money { (money(day)) } " " (t.per_day) }
                    }
                    @if months > 1 {
                        span { b.money { (money(result.period.total)) } " / " (months_label(lang, u32::from(months))) }
                    }
                },
                Segmen::Jakon | Segmen::Pmi => {},
            }
        }
        @if let Some(detail) = result.bpu.as_ref().filter(|d| d.months.len() > 1) {
            (months_markup(detail, result.period.total, lang))
        }
        // A doubtful income level is said next to the income (`level_html`).
        @let warnings: Vec<&Warning> = result.warnings.iter().filter(|w| !matches!(w, Warning::BpuLevelDoubtful { .. })).collect();
        @if !warnings.is_empty() {
            div.warnings {
                ul {
                    @for warning in warnings {
                        li { (text::warning(lang, warning, money)) }
                    }
                }
            }
        }
        ul.lines {
            @for line in &result.lines {
                (line_markup(line, result.segmen, lang, open))
            }
        }
        @if !result.excluded.is_empty() {
            p.muted { (t.excluded_note) }
        }
    }
}

fn line_markup(line: &Line, segmen: Segmen, lang: Lang, open: &[String]) -> Markup {
    let t = &texts(lang).iuran;
    let money = |r: Rupiah| r.format(lang);
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
    let key = line_key(line);
    let class = if line.counted() { "line" } else { "line line-info" };
    html! {
        li {
            details class=(class) data-line=(key) open[open.contains(&key)] {
                summary {
                    span.line-name { (line_name(lang, line)) }
                    span.line-total.money { (headline) }
                    @if let Some(shares) = shares {
                        span.line-shares { (shares) }
                    }
                }
                div.line-body {
                    @if let Some(formula) = &line.formula {
                        (formula_markup(lang, formula, line))
                    }
                    @if let Some(relief) = line.relief {
                        p { (text::relief(lang, relief.measure, &money(relief.normal.total), &money(relief.discount), (relief.deferred > Rupiah::ZERO).then(|| money(relief.deferred)))) }
                        (source_markup(lang, relief.source, relief.source.confidence))
                    }
                    // A cap the user typed cites the rule that sets caps, marked as their figure.
                    @if let Some(Formula::Rate { cap: Some(cap), .. }) = line.formula.as_ref().filter(|_| line.counted()) {
                        @if cap.from_user {
                            (source_markup(lang, cap.source, cap.source.confidence))
                        }
                    }
                    @if line.program == Program::Jkp {
                        p.muted { (t.jkp_note) }
                    }
                    (source_markup(lang, line.source, line.confidence))
                }
            }
        }
    }
}

fn line_name(lang: Lang, line: &Line) -> String {
    let name = text::program_name(lang, line.program);
    match line.stage {
        Some(stage) => format!("{name} · {}", text::pmi_stage(lang, stage)),
        None => name.to_string(),
    }
}

/// The formula of a line with the actual numbers, one row per step.
fn formula_markup(lang: Lang, formula: &Formula, line: &Line) -> Markup {
    let rows = formula_rows(lang, formula, line);
    html! {
        p.formula {
            @for (i, row) in rows.iter().enumerate() {
                @if i > 0 { br; }
                (row)
            }
        }
    }
}

fn formula_rows(lang: Lang, formula: &Formula, line: &Line) -> Vec<String> {
    let t = &texts(lang).iuran;
    let money = |r: Rupiah| r.format(lang);
    let pct = |p: Percent| p.format(lang);
    let mut rows: Vec<String> = match formula {
        Formula::Rate {
            wage,
            base,
            worker_rate,
            employer_rate,
            cap,
        } => {
            let mut rows = Vec::new();
            if let Some(cap) = cap.filter(|c| c.applied) {
                let own = if cap.from_user { t.own_figure } else { "" };
                rows.push(format!(
                    "{} {} → {} ({}{own})",
                    money(*wage),
                    t.capped_at,
                    money(*base),
                    money(cap.value)
                ));
            }
            // The rate gives the normal amount; a temporary measure's discount is its own row.
            let normal = line.relief.map_or(line.amounts, |r| r.normal);
            for (label, rate, amount) in [
                (t.col_worker, *worker_rate, normal.worker),
                (t.col_employer, *employer_rate, normal.employer),
            ] {
                if rate > Percent::ZERO {
                    rows.push(format!(
                        "{label}: {} × {} = {}",
                        pct(rate),
                        money(*base),
                        money(amount)
                    ));
                }
            }
            rows
        }
        Formula::Flat { amount } => vec![format!("{} {}", money(*amount), t.per_month)],
        Formula::PerMonth { amount, months } => vec![format!(
            "{} × {} = {}",
            money(*amount),
            months_label(lang, u32::from(*months)),
            money(line.per_period.total)
        )],
        Formula::Tiers { value, slices } => {
            let mut rows: Vec<String> = slices
                .iter()
                .map(|s| {
                    let amount = format_decimal(s.amount.amount().round_dp(2), lang);
                    format!("{} × {} = {amount}", pct(s.rate), money(s.portion))
                })
                .collect();
            rows.push(format!("Σ ({}) → {}", money(*value), money(line.amounts.total)));
            rows
        }
        // Since PP 6/2025 nothing comes from JKM: the sum then names only the government and JKK.
        Formula::Jkp { base, rule, .. } => {
            let mut parts = vec![pct(rule.government), pct(rule.from_jkk)];
            if rule.from_jkm != Percent::ZERO {
                parts.push(pct(rule.from_jkm));
            }
            vec![format!(
                "{} × {} = {} ({})",
                pct(rule.rate),
                money(*base),
                money(Rupiah::new(base.amount() * rule.rate.fraction()).rounded()),
                parts.join(" + ")
            )]
        }
    };
    if line.per_period != line.amounts && line.per_period != Amounts::ZERO {
        rows.push(format!("= {}", money(line.per_period.total)));
    }
    rows
}

/// "Dasar hukum: PP 44/2015 · Pasal 16", linked where the source has a public address, with its
/// confidence mark when it is not confirmed.
fn source_markup(lang: Lang, source: Source, confidence: Confidence) -> Markup {
    let t = &texts(lang).iuran;
    html! {
        p.source {
            (t.source_label) ": "
            @match source.href {
                Some(href) => a href=(href) target="_blank" rel="noopener" { (source.regulation) },
                None => (source.regulation),
            }
            " · " (source.article)
            @if let Some(mark) = text::confidence_mark(lang, confidence) {
                " " span.weak { (mark) }
            }
        }
    }
}

/// PU: the calendar year month by month, or why it cannot be computed.
pub fn year_html(computed: &Computed, lang: Lang) -> String {
    match &computed.year {
        Some(Ok(year)) => year_markup(year, lang).into_string(),
        Some(Err(e)) => html! { p.error-box { (text::error(lang, e)) } }.into_string(),
        None => String::new(),
    }
}

fn year_markup(year: &YearView, lang: Lang) -> Markup {
    let t = &texts(lang).iuran;
    let number = |r: Rupiah| format_decimal(r.rounded().amount(), lang);
    // The months a programme was charged, only when some programme missed a month (so that the
    // table fits a phone in the usual case).
    let show_months = year.programs.iter().any(|p| p.months != year.computed);
    html! {
        h2.section { (t.year_programs_heading) " " (year.year) " (Rp)" }
        div.table-wrap {
            table.data data-testid="iuran-year-programs" {
                thead {
                    tr {
                        @for head in [t.col_program, t.col_worker, t.col_employer, t.col_total] {
                            th { (head) }
                        }
                        @if show_months {
                            th { (t.col_months) }
                        }
                    }
                }
                tbody {
                    @for program in &year.programs {
                        tr data-program=(program.program.key()) {
                            td { abbr title=(text::program_name(lang, program.program)) { (text::program_code(program.program)) } }
                            @for amount in [program.amounts.worker, program.amounts.employer, program.amounts.total] {
                                td { (number(amount)) }
                            }
                            @if show_months {
                                td { (program.months) }
                            }
                        }
                    }
                }
                tfoot {
                    tr {
                        td { (t.total_row) }
                        @for amount in [year.total.worker, year.total.employer, year.total.total] {
                            td { (number(amount)) }
                        }
                        @if show_months {
                            td { (year.computed) }
                        }
                    }
                }
            }
        }
        h2.section { (t.year_heading) " " (year.year) " (Rp)" }
        div.table-wrap {
            table.data data-testid="iuran-year" {
                thead {
                    tr {
                        @for head in [t.year_month, t.col_worker, t.col_employer, t.col_total] {
                            th { (head) }
                        }
                    }
                }
                tbody {
                    @for (i, month) in year.months.iter().enumerate() {
                        @let name = t.months.get(i).copied().unwrap_or_default();
                        @match &month.result {
                            Ok(r) => tr {
                                td { (name) }
                                @for amount in [r.monthly.worker, r.monthly.employer, r.monthly.total] {
                                    td { (number(amount)) }
                                }
                            },
                            Err(_) => tr.muted {
                                td { (name) }
                                td colspan="3" { (t.year_not_computed) }
                            },
                        }
                    }
                }
                tfoot {
                    tr {
                        td { (t.total_row) }
                        @for amount in [year.total.worker, year.total.employer, year.total.total] {
                            td { (number(amount)) }
                        }
                    }
                }
            }
        }
        @if !year.excluded.is_empty() {
            p.muted { (t.excluded_note) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect_file, ExpectFile};
    use jaring_core::iuran::Scenario;
    use jaring_core::Date;

    /// The page's two output regions for `scenario` in both languages, one tag a line so that a
    /// change reads as a small diff.
    fn check(scenario: Scenario, id: ExpectFile, en: ExpectFile) {
        let today = Date::ymd(2026, 12, 3);
        let computed = Computed::new(&scenario, today, None);
        for (lang, expected) in [(Lang::Id, id), (Lang::En, en)] {
            let shown = format!(
                "{}\n{}\n{}",
                level_html(&computed, lang),
                result_html(&computed, lang, &["jkk".to_string()]),
                year_html(&computed, lang)
            );
            expected.assert_eq(&shown.replace("><", ">\n<"));
        }
    }

    fn on(year: u16, month: u8, day: u8) -> Option<Date> {
        Date::new(year, month, day)
    }

    #[test]
    fn pu_5_jt_class_1() {
        let scenario = Scenario {
            tanggal: on(2026, 12, 1),
            ..Scenario::default()
        };
        check(
            scenario,
            expect_file!["snapshots/pu_5jt_id.html"],
            expect_file!["snapshots/pu_5jt_en.html"],
        );
    }

    #[test]
    fn bpu_3_months_from_december_2026() {
        let scenario = Scenario {
            segmen: Segmen::Bpu,
            tanggal: on(2026, 12, 1),
            bayar: 3,
            ..Scenario::default()
        };
        check(
            scenario,
            expect_file!["snapshots/bpu_3_months_dec_2026_id.html"],
            expect_file!["snapshots/bpu_3_months_dec_2026_en.html"],
        );
    }

    #[test]
    fn jakon_one_miliar() {
        let scenario = Scenario {
            segmen: Segmen::Jakon,
            tanggal: on(2026, 12, 1),
            ..Scenario::default()
        };
        check(
            scenario,
            expect_file!["snapshots/jakon_id.html"],
            expect_file!["snapshots/jakon_en.html"],
        );
    }

    #[test]
    fn pmi_24_months() {
        let scenario = Scenario {
            segmen: Segmen::Pmi,
            tanggal: on(2026, 12, 1),
            ..Scenario::default()
        };
        check(
            scenario,
            expect_file!["snapshots/pmi_id.html"],
            expect_file!["snapshots/pmi_en.html"],
        );
    }

    #[test]
    fn pu_8_jt_calendar_year_2018() {
        let scenario = Scenario {
            tanggal: on(2018, 6, 1),
            upah: Rupiah::from_whole(8_000_000),
            ..Scenario::default()
        };
        check(
            scenario,
            expect_file!["snapshots/pu_2018_year_id.html"],
            expect_file!["snapshots/pu_2018_year_en.html"],
        );
    }

    #[test]
    fn pu_paid_2_months_late_and_bpu_4_months_unpaid() {
        let pu = Scenario {
            tanggal: on(2026, 12, 1),
            terlambat: 2,
            ..Scenario::default()
        };
        check(
            pu,
            expect_file!["snapshots/pu_late_id.html"],
            expect_file!["snapshots/pu_late_en.html"],
        );
        let bpu = Scenario {
            segmen: Segmen::Bpu,
            tanggal: on(2026, 12, 1),
            penghasilan: Rupiah::from_whole(19_500_000),
            terlambat: 4,
            ..Scenario::default()
        };
        check(
            bpu,
            expect_file!["snapshots/bpu_late_id.html"],
            expect_file!["snapshots/bpu_late_en.html"],
        );
    }

    #[test]
    fn a_typed_jp_cap_from_march_2027() {
        let scenario = Scenario {
            tanggal: on(2027, 6, 1),
            upah: Rupiah::from_whole(15_000_000),
            batas_jp: Some(Rupiah::from_whole(11_600_000)),
            ..Scenario::default()
        };
        check(
            scenario,
            expect_file!["snapshots/pu_batas_jp_2027_id.html"],
            expect_file!["snapshots/pu_batas_jp_2027_en.html"],
        );
    }

    #[test]
    fn an_error_keeps_the_last_result_marked_stale() {
        let today = Date::ymd(2026, 12, 3);
        let good = Computed::new(&Scenario::default(), today, None);
        let bad = Scenario {
            upah: Rupiah::from_whole(-1),
            ..Scenario::default()
        };
        let shown = result_html(&Computed::new(&bad, today, Some(&good)), Lang::En, &[]);
        assert!(shown.starts_with("<p class=\"error-box\">The wage cannot be used.</p><p class=\"muted\">"));
        assert!(shown.contains("data-testid=\"iuran-total\""));
    }
}
