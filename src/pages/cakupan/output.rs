//! The read-only output of `/cakupan`, written as HTML with `maud`: the summary, the coverage
//! chart (model line, Monte Carlo band, observed points, target), members by channel, the
//! tornado, goal seeking, KPIs, the model against observed data, the yearly table (and its CSV),
//! and the comparison of kept scenarios. Numbers are written without Rust's float formatter
//! (`chart::fixed`).

use super::{Computed, Goals, McBands, McStatus};
use crate::components::chart::{value_grid, whole_x_ticks, x_axis};
use crate::i18n::cakupan::texts;
use crate::i18n::cakupan::{
    finished_in, month_label, not_reachable, param_name, preset_name, progress, reached, year_label,
};
use jaring_core::cakupan::goal::{self, Goal};
use jaring_core::cakupan::kpi::{self, TargetMeasure, TARGETS};
use jaring_core::cakupan::{project, Measure, Param, Projection, Scenario};
use jaring_core::chart::{
    area_path, coord, extent, fixed, line_path, stacked_areas, tick_labels, Frame, LinearScale,
};
use jaring_core::money::{format_count, format_decimal};
use jaring_core::{Date, Lang, Rupiah};
use maud::{html, Markup};
use rust_decimal::prelude::ToPrimitive;

const GREEN: &str = "#0b6e4f";
const LIGHT_GREEN: &str = "#7cc4a4";
const YELLOW: &str = "#e0a526";
const RED: &str = "#c0392b";
const BAND: &str = "#cfe6dc";

/// A percentage with one decimal in the language's writing: `13,9%`.
pub(super) fn pct(lang: Lang, value: f64) -> String {
    format!("{}%", one_decimal(lang, value))
}

fn one_decimal(lang: Lang, value: f64) -> String {
    fixed(value, 1).replace('.', &lang.decimal_separator().to_string())
}

fn points(lang: Lang, value: f64) -> String {
    let sign = if value >= 0.0 { "+" } else { "" };
    format!("{sign}{}", one_decimal(lang, value))
}

fn count(lang: Lang, value: f64) -> String {
    let whole = if value.is_finite() {
        value.round().max(0.0)
    } else {
        0.0
    };
    format_count(whole as u64, lang) // ok: non-negative, saturating cast
}

fn rupiah(lang: Lang, amount: Option<Rupiah>) -> String {
    let t = texts(lang);
    amount.map_or_else(|| t.kpi_no_gain.to_string(), |r| r.format(lang))
}

/// `2026-04` for a month of the simulation.
fn month_date(start: Date, month: u16) -> String {
    start
        .add_months(i32::from(month))
        .map(|d| format!("{:04}-{:02}", d.year(), d.month()))
        .unwrap_or_default()
}

pub(super) fn status_text(lang: Lang, status: &McStatus) -> String {
    let t = texts(lang);
    if status.finished {
        let paths = format_count(u64::from(status.done), lang);
        format!("{}: {}", t.mc_done, finished_in(lang, &paths, status.ms))
    } else {
        format!("{}: {}", t.mc_running, progress(lang, status.done, status.total))
    }
}

/// The headline: coverage at the start, in the target month and at the end, and where the
/// scenario comes from.
pub(super) fn summary(lang: Lang, c: &Computed) -> String {
    let t = texts(lang);
    let s = &c.scenario;
    let place = s.preset.map_or(t.compare_custom, |p| preset_name(lang, p));
    let horizon = s.months();
    let out_of_range = s.params.out_of_range();
    html! {
        div.summary {
            p.big-label { (place) " · " (s.params.mulai) }
            div.split {
                span { (t.start_label) " " b.cov-start { (pct(lang, c.projection.coverage_at(0))) } }
                span {
                    (t.at_target_month) " (" (month_label(lang, s.target_month)) ") "
                    b.cov-target { (pct(lang, c.projection.coverage_at(s.target_month))) }
                }
                span {
                    (t.end_label) " (" (year_label(lang, u16::from(s.years))) ") "
                    b.cov-end { (pct(lang, c.projection.coverage_at(horizon))) }
                }
            }
        }
        @if !out_of_range.is_empty() {
            p.notice {
                (t.out_of_range) ": "
                @for (i, p) in out_of_range.iter().enumerate() {
                    @if i > 0 { ", " }
                    (param_name(lang, *p))
                }
            }
        }
    }
    .into_string()
}

const FRAME: Frame = Frame {
    width: 340.0,
    height: 210.0,
    margin_left: 44.0,
    margin_right: 10.0,
    margin_top: 10.0,
    margin_bottom: 26.0,
};

/// Grid lines with value labels on the left, whole-number x ticks (years) below, the x axis.
fn axes(
    lang: Lang,
    frame: &Frame,
    x: &LinearScale,
    y: &LinearScale,
    y_ticks: &[f64],
    suffix: &str,
) -> Markup {
    html! {
        (value_grid(lang, frame, y, y_ticks, suffix))
        (whole_x_ticks(frame, x))
        (x_axis(frame))
    }
}

fn swatch(colour: &str, round: bool) -> Markup {
    html! {
        svg width="14" height="12" viewBox="0 0 14 12" aria-hidden="true" {
            @if round {
                circle cx="7" cy="6" r="4.5" fill=(colour) {}
            } @else {
                rect x="0" y="2" width="14" height="8" fill=(colour) {}
            }
        }
    }
}

/// The coverage chart: the model line, the Monte Carlo band P10–P90 and median, the observed
/// coverage points, and the target as a dashed line.
pub(super) fn coverage_chart(lang: Lang, c: &Computed, mc: Option<&McBands>) -> String {
    let t = texts(lang);
    let s = &c.scenario;
    let horizon = s.months();
    let model: Vec<(f64, f64)> = c
        .projection
        .months
        .iter()
        .filter(|m| m.month <= horizon)
        .map(|m| (f64::from(m.month) / 12.0, m.coverage_pct))
        .collect();
    let bands: Vec<(f64, [f64; 3])> = mc
        .map(|b| {
            b.bands
                .iter()
                .filter(|b| b.month <= horizon)
                .map(|b| (f64::from(b.month) / 12.0, b.coverage_pct))
                .collect()
        })
        .unwrap_or_default();
    let observed: Vec<(f64, f64, &str, Date)> = s
        .preset
        .map(|p| p.observed())
        .unwrap_or_default()
        .iter()
        .filter(|o| o.measure == Measure::CoveragePct)
        .filter_map(|o| {
            let month = s.params.mulai.months_until(o.date);
            (0..=i32::from(horizon))
                .contains(&month)
                .then(|| (f64::from(month) / 12.0, o.value, o.source, o.date))
        })
        .collect();
    let target = s.target_pct.to_f64().unwrap_or(0.0);
    let values = model
        .iter()
        .map(|p| p.1)
        .chain(bands.iter().map(|b| b.1[2]))
        .chain(observed.iter().map(|o| o.1))
        .chain(std::iter::once(target));
    let y_max = extent(values).map_or(10.0, |(_, hi)| hi.max(1.0));
    let (y, y_ticks) = LinearScale::nice(0.0, y_max, FRAME.y_range(), 5);
    let x = LinearScale {
        domain: (0.0, f64::from(horizon.max(1)) / 12.0),
        range: FRAME.x_range(),
    };
    let map = |(a, b): (f64, f64)| (x.map(a), y.map(b));
    let upper: Vec<(f64, f64)> = bands.iter().map(|(a, q)| map((*a, q[2]))).collect();
    let lower: Vec<(f64, f64)> = bands.iter().map(|(a, q)| map((*a, q[0]))).collect();
    let band_path = area_path(&upper, &lower);
    let median: Vec<(f64, f64)> = bands.iter().map(|(a, q)| map((*a, q[1]))).collect();
    let model_points: Vec<(f64, f64)> = model.iter().copied().map(map).collect();
    let plot = FRAME.plot();
    html! {
        div.chart-block { figure.chart.chart-coverage {
            svg viewBox=(format!("0 0 {} {}", coord(FRAME.width), coord(FRAME.height))) role="img" aria-label=(t.chart_coverage) {
                (axes(lang, &FRAME, &x, &y, &y_ticks, "%"))
                @if !band_path.is_empty() {
                    path.mc-band d=(band_path) fill=(BAND) stroke="none" {}
                    path.mc-median d=(line_path(&median)) fill="none" stroke=(LIGHT_GREEN) stroke-width="1.5" stroke-dasharray="4 3" {}
                }
                @if target > 0.0 && target <= y.domain.1 {
                    line.target-line x1=(coord(plot.x)) x2=(coord(plot.x + plot.width)) y1=(coord(y.map(target))) y2=(coord(y.map(target)))
                        stroke=(YELLOW) stroke-width="1.5" stroke-dasharray="6 4" {}
                }
                path.chart-line.model-line d=(line_path(&model_points)) {}
                @for (at, value, source, date) in &observed {
                    circle.observed cx=(coord(x.map(*at))) cy=(coord(y.map(*value))) r="4.5" fill=(RED) stroke="#fff" stroke-width="1.5" {
                        title { (date) ": " (pct(lang, *value)) " — " (source) }
                    }
                }
            }
            figcaption {
                (t.chart_coverage) " (" (t.axis_years) ")"
            }
            }
            p.legend {
                (swatch(GREEN, false)) " " (t.legend_model) " · "
                (swatch(BAND, false)) " " (t.legend_band) " · "
                (swatch(RED, true)) " " (t.legend_observed) " · "
                (swatch(YELLOW, false)) " " (t.legend_target) " " (pct(lang, target))
            }
        }
    }
    .into_string()
}

/// The Monte Carlo figures in the target month and at the end, with the plain explanation of why
/// the median can sit below the model line.
pub(super) fn band_table(lang: Lang, c: &Computed, mc: Option<&McBands>) -> String {
    let t = texts(lang);
    let s = &c.scenario;
    let months = [s.target_month, s.months()];
    html! {
        h3 {
            (t.mc_heading)
            @if let Some(mc) = mc { " · " (format_count(u64::from(mc.paths), lang)) " " (t.paths_word) }
        }
        @if let Some(mc) = mc {
            div.table-wrap {
                table.data.mc-table {
                    thead { tr { th { "" } th { "P10" } th { "P50" } th { "P90" } th { (t.model_col) } } }
                    tbody {
                        @for month in months {
                            @if let Some(b) = mc.bands.get(usize::from(month)) {
                                tr data-month=(month) {
                                    td { (month_label(lang, month)) }
                                    td { (pct(lang, b.coverage_pct[0])) }
                                    td { (pct(lang, b.coverage_pct[1])) }
                                    td { (pct(lang, b.coverage_pct[2])) }
                                    td { (pct(lang, c.projection.coverage_at(month))) }
                                }
                            }
                        }
                    }
                }
            }
        }
        p { (t.mc_explain) }
        p { (t.peak_explain) }
    }
    .into_string()
}

/// Goals, KPIs, members chart, tornado, targets and the model against the observed points.
/// `open`: the keys (`data-line`) of the folded details the visitor unfolded, kept open when the
/// output is rewritten.
/// `goals`: the last goals computed (`pending` while those of the current inputs are computed).
pub(super) fn details(
    lang: Lang,
    c: &Computed,
    goals: Option<&Goals>,
    pending: bool,
    open: &[String],
) -> String {
    html! {
        (goals_panel(lang, c, goals, pending))
        (kpis(lang, c))
        (members_chart(lang, c))
        @if let Some(g) = goals { (tornado(lang, g)) }
        (observed(lang, c, open))
    }
    .into_string()
}

fn goal_line<T>(
    lang: Lang,
    c: &Computed,
    label: &str,
    goal: &Goal<T>,
    show: impl Fn(&T) -> String,
    lever: bool,
) -> Markup {
    let start = c.scenario.params.mulai;
    let t = texts(lang);
    // A lever's best value reads "with 626 agents"; the months goal's is just its month.
    let best = |v: &T| {
        if lever {
            format!("{} {}", t.with_word, show(v))
        } else {
            show(v)
        }
    };
    let text = match goal {
        Goal::Reached { value, month } => reached(lang, &show(value), *month, &month_date(start, *month)),
        Goal::NotReachable {
            best_value,
            best_coverage_pct,
            ceiling_pct,
            limit,
        } => not_reachable(
            lang,
            &pct(lang, *best_coverage_pct),
            &best(best_value),
            &pct(lang, *ceiling_pct),
            *limit,
        ),
    };
    let reached = matches!(goal, Goal::Reached { .. });
    html! {
        li data-reached=(reached) {
            strong { (label) } ": " (text)
        }
    }
}

fn goals_panel(lang: Lang, c: &Computed, goals: Option<&Goals>, pending: bool) -> Markup {
    let t = texts(lang);
    let s = &c.scenario;
    let heading = format!(
        "{}: {} · {}",
        t.goal_heading,
        pct(lang, s.target_pct.to_f64().unwrap_or(0.0)),
        month_label(lang, s.target_month)
    );
    html! {
        section.panel.goals aria-labelledby="target-heading" data-pending=(pending) aria-busy=(pending) {
            h2 #target-heading { (heading) }
            @if pending { p.field-msg.goals-pending { (t.computing) } }
            ul {
                @if let Some(g) = goals {
                (goal_line(lang, c, t.goal_months, &g.months, |m| month_label(lang, *m), false))
                (goal_line(lang, c, t.goal_agents, &g.agents, |v| format!("{} {}", format_count(u64::from(*v), lang), t.goal_unit_agents), true))
                (goal_line(lang, c, t.goal_workers, &g.workers, |v| format!("{} {}", format_count(u64::from(*v), lang), t.goal_unit_workers), true))
                (goal_line(lang, c, t.goal_productivity, &g.productivity, |v| format!("{} {}", format_decimal(*v, lang), t.goal_unit_recruits), true))
                }
            }
            p.field-msg { (t.peak_explain) }
        }
    }
}

fn kpis(lang: Lang, c: &Computed) -> Markup {
    let t = texts(lang);
    let k = &c.kpis;
    let first = c.yearly.years.first();
    html! {
        section.panel.kpis aria-labelledby="kpi-heading" {
            h2 #kpi-heading { (t.kpi_heading) " (" (month_label(lang, k.month)) ")" }
            ul.kpi-list {
                li { (t.kpi_coverage) ": " strong.kpi-coverage { (pct(lang, k.coverage_pct)) } " (" (points(lang, k.coverage_gained_pts)) " " (t.points_word) ")" }
                li { (t.kpi_ucj) ": " strong { (one_decimal(lang, k.ucj_pts)) } " (" (points(lang, k.ucj_gained_pts)) ")" }
                li { (t.kpi_additional) ": " strong { (count(lang, k.additional_covered)) } }
                li {
                    (t.kpi_per_worker) ":"
                    ul {
                        li { (t.kpi_apbd) ": " strong.kpi-apbd { (rupiah(lang, k.per_additional_covered.apbd)) } }
                        li { (t.kpi_fees) ": " strong.kpi-fees { (rupiah(lang, k.per_additional_covered.agent_fees)) } }
                        li { (t.kpi_together) ": " strong.kpi-total { (rupiah(lang, k.per_additional_covered.total)) } }
                    }
                }
                @if let Some(y) = first {
                    li { (t.kpi_fee_budget) ": " strong { (y.agent_fee_budget.format(lang)) } }
                    li { (t.kpi_fee_per_agent) ": " strong { (rupiah(lang, y.mean_fee_per_agent)) } }
                }
                li { (t.kpi_benefits) ": " strong { (k.money.claims().format(lang)) } }
            }
            (targets(lang, c))
        }
    }
}

/// The published targets, each with the model's figure in its month when the horizon covers it.
fn targets(lang: Lang, c: &Computed) -> Markup {
    let t = texts(lang);
    let p = &c.scenario.params;
    let base = p.get(Param::PenyebutUcj).to_f64().unwrap_or(1.0).max(1.0);
    html! {
        h3 { (t.targets_heading) }
        ul.targets {
            @for target in &TARGETS {
                @let month = p.mulai.months_until(target.by);
                @let row = u16::try_from(month).ok().and_then(|m| c.projection.months.get(usize::from(m)));
                li {
                    (target.region.unwrap_or(t.national)) " · "
                    (match target.measure { TargetMeasure::Ucj => t.target_ucj, TargetMeasure::InformalCoverage => t.target_informal })
                    " · " (target.by.year()) ": " strong { (pct(lang, target.pct)) }
                    @if let Some(m) = row {
                        " · " (t.model_col) ": "
                        @match target.measure {
                            TargetMeasure::InformalCoverage => { (pct(lang, m.coverage_pct)) }
                            TargetMeasure::Ucj => { (one_decimal(lang, 100.0 * m.members.total() / base)) " " (t.kpi_ucj) }
                        }
                    }
                }
            }
        }
    }
}

fn members_chart(lang: Lang, c: &Computed) -> Markup {
    let t = texts(lang);
    let horizon = c.scenario.months();
    let months: Vec<_> = c
        .projection
        .months
        .iter()
        .filter(|m| m.month <= horizon)
        .collect();
    let xs: Vec<f64> = months.iter().map(|m| f64::from(m.month) / 12.0).collect();
    let series = vec![
        months.iter().map(|m| m.members.agent).collect::<Vec<_>>(),
        months.iter().map(|m| m.members.mandiri).collect(),
        months.iter().map(|m| m.members.subsidi).collect(),
    ];
    let y_max = extent(months.iter().map(|m| m.members.total())).map_or(1.0, |(_, hi)| hi.max(1.0));
    let (y, y_ticks) = LinearScale::nice(0.0, y_max, FRAME.y_range(), 5);
    let x = LinearScale {
        domain: (0.0, f64::from(horizon.max(1)) / 12.0),
        range: FRAME.x_range(),
    };
    let areas = stacked_areas(&xs, &series, &x, &y);
    let colours = [GREEN, LIGHT_GREEN, YELLOW];
    html! {
        section.panel {
            div.chart-block { figure.chart.chart-members {
                svg viewBox=(format!("0 0 {} {}", coord(FRAME.width), coord(FRAME.height))) role="img" aria-label=(t.chart_members) {
                    (axes(lang, &FRAME, &x, &y, &y_ticks, ""))
                    @for (d, colour) in areas.iter().zip(colours) {
                        path.stack d=(d) fill=(colour) stroke="none" {}
                    }
                }
                figcaption { (t.chart_members) " (" (t.axis_years) ")" }
                }
            p.legend {
                    (swatch(GREEN, false)) " " (t.legend_agent) " · "
                    (swatch(LIGHT_GREEN, false)) " " (t.legend_self) " · "
                    (swatch(YELLOW, false)) " " (t.legend_apbd)
                }
            }
        }
    }
}

/// Horizontal bars from the base coverage to the coverage with each assumption at the low
/// (red) and the high (green) end of its documented range; the widest first.
fn tornado(lang: Lang, c: &Goals) -> Markup {
    let t = texts(lang);
    let bars: Vec<_> = c.tornado.bars.iter().take(8).collect();
    let row = 46.0;
    let frame = Frame {
        width: 340.0,
        height: 36.0 + row * bars.len() as f64,
        margin_left: 10.0,
        margin_right: 10.0,
        margin_top: 6.0,
        margin_bottom: 26.0,
    };
    let values = bars
        .iter()
        .flat_map(|b| [b.coverage_low, b.coverage_high])
        .chain(std::iter::once(c.tornado.base));
    let (lo, hi) = extent(values).unwrap_or((0.0, 1.0));
    let (x, ticks) = LinearScale::nice(lo.min(hi - 1.0).max(0.0), hi, frame.x_range(), 5);
    let plot = frame.plot();
    let base_x = x.map(c.tornado.base);
    let bottom = plot.y + plot.height;
    let labels = tick_labels(&ticks, lang);
    html! {
        section.panel.tornado aria-labelledby="tornado-heading" {
            h2 #tornado-heading { (t.chart_tornado) }
            p { (t.tornado_intro) }
            div.chart-block { figure.chart.chart-tornado {
                svg viewBox=(format!("0 0 {} {}", coord(frame.width), coord(frame.height))) role="img" aria-label=(t.chart_tornado) {
                    @for (value, label) in ticks.iter().zip(labels) {
                        line.chart-grid x1=(coord(x.map(*value))) x2=(coord(x.map(*value))) y1=(coord(plot.y)) y2=(coord(bottom)) {}
                        text.chart-tick x=(coord(x.map(*value))) y=(coord(bottom + 16.0)) text-anchor="middle" { (label) "%" }
                    }
                    @for (i, bar) in bars.iter().enumerate() {
                        @let top = plot.y + row * i as f64;
                        @let (low_x, high_x) = (x.map(bar.coverage_low), x.map(bar.coverage_high));
                        text x=(coord(plot.x)) y=(coord(top + 11.0)) font-size="11" fill="#1b1b1b" {
                            (param_name(lang, bar.param)) " (" (format_decimal(bar.low, lang)) "–" (format_decimal(bar.high, lang)) ")"
                        }
                        text x=(coord(plot.x)) y=(coord(top + 24.0)) font-size="10" fill="#555" {
                            (pct(lang, bar.coverage_low)) " → " (pct(lang, bar.coverage_high))
                        }
                        rect.tornado-low x=(coord(low_x.min(base_x))) y=(coord(top + 28.0)) width=(coord((low_x - base_x).abs())) height="12" fill=(RED) {}
                        rect.tornado-high x=(coord(high_x.min(base_x))) y=(coord(top + 28.0)) width=(coord((high_x - base_x).abs())) height="12" fill=(GREEN) {}
                    }
                    line x1=(coord(base_x)) x2=(coord(base_x)) y1=(coord(plot.y)) y2=(coord(bottom)) stroke="#222" stroke-width="1.5" {}
                }
                figcaption { (t.legend_model) ": " (pct(lang, c.tornado.base)) " · " (month_label(lang, c.tornado.month)) }
                }
            p.legend { (swatch(RED, false)) " · " (swatch(GREEN, false)) " " (t.tornado_legend) }
            }
        }
    }
}

/// Each observed point of the preset beside the model's value in its month, with its source.
fn observed(lang: Lang, c: &Computed, open: &[String]) -> Markup {
    let t = texts(lang);
    let s = &c.scenario;
    let Some(preset) = s.preset else {
        return html! {};
    };
    html! {
        section.panel.observed aria-labelledby="observed-heading" {
            h2 #observed-heading { (t.observed_heading) }
            div.table-wrap {
                table.data {
                    thead { tr { th { "" } th { (t.observed_col) } th { (t.model_col) } } }
                    tbody {
                        @for o in preset.observed() {
                            @let month = s.params.mulai.months_until(o.date);
                            @let row = u16::try_from(month).ok().and_then(|m| c.projection.months.get(usize::from(m)));
                            @let (label, show): (&str, fn(Lang, f64) -> String) = match o.measure {
                                Measure::CoveragePct => (t.measure_coverage, pct),
                                Measure::PerisaiSharePct => (t.measure_perisai, pct),
                                Measure::SubsidisedWorkers => (t.measure_subsidised, count),
                            };
                            tr.observed-row {
                                td { (o.date) " · " (label) }
                                td { (show(lang, o.value)) }
                                td {
                                    @if let Some(m) = row {
                                        (show(lang, match o.measure {
                                            Measure::CoveragePct => m.coverage_pct,
                                            Measure::PerisaiSharePct => if m.members.total() > 0.0 { 100.0 * m.members.agent / m.members.total() } else { 0.0 },
                                            Measure::SubsidisedWorkers => m.members.subsidi,
                                        }))
                                    } @else { "–" }
                                }
                            }
                        }
                    }
                }
            }
            @for (i, o) in preset.observed().iter().enumerate() {
                @let key = format!("observed-{}-{i}", preset.key());
                details.field-msg data-line=(key) open[open.contains(&key)] {
                    summary { (t.source_word) " · " (o.date) }
                    (o.source)
                }
            }
        }
    }
}

/// One row per year of the horizon.
struct YearRow {
    year: u16,
    coverage: f64,
    members: f64,
    iuran: Rupiah,
    apbd: Rupiah,
    fees: Rupiah,
    fee_per_agent: Option<Rupiah>,
    benefits: Rupiah,
}

fn year_rows(c: &Computed) -> Vec<YearRow> {
    c.yearly
        .years
        .iter()
        .map(|y| YearRow {
            year: y.year,
            coverage: y.coverage_pct,
            members: c
                .projection
                .months
                .get(usize::from(y.year) * 12)
                .map_or(0.0, |m| m.members.total()),
            iuran: y.money.iuran(),
            apbd: y.money.iuran_apbd,
            fees: y.agent_fee_budget,
            fee_per_agent: y.mean_fee_per_agent,
            benefits: y.benefits,
        })
        .collect()
}

pub(super) fn years_table(lang: Lang, c: &Computed) -> String {
    let t = texts(lang);
    let start = c.scenario.params.mulai;
    html! {
        div.table-wrap {
            table.data.years {
                thead {
                    tr {
                        th { (t.col_year) } th { (t.col_coverage) } th { (t.col_members) } th { (t.col_iuran) }
                        th { (t.col_apbd) } th { (t.col_fees) } th { (t.col_fee_agent) } th { (t.col_benefits) }
                    }
                }
                tbody {
                    @for r in year_rows(c) {
                        tr {
                            td { (r.year) " · " (month_date(start, r.year * 12)) }
                            td { (one_decimal(lang, r.coverage)) }
                            td { (count(lang, r.members)) }
                            td { (r.iuran.format(lang)) }
                            td { (r.apbd.format(lang)) }
                            td { (r.fees.format(lang)) }
                            td { (rupiah(lang, r.fee_per_agent)) }
                            td { (r.benefits.format(lang)) }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}

/// The yearly table for Indonesian spreadsheets: UTF-8 with a byte-order mark, `;` between
/// fields, decimal comma, whole rupiah without grouping.
pub(super) fn csv(lang: Lang, c: &Computed) -> String {
    let t = texts(lang);
    let start = c.scenario.params.mulai;
    let whole = |r: Rupiah| r.rounded().amount().trunc().to_string();
    let mut out = String::from("\u{feff}");
    let header = [
        t.col_year,
        "YYYY-MM",
        t.col_coverage,
        t.col_members,
        t.col_iuran,
        t.col_apbd,
        t.col_fees,
        t.col_fee_agent,
        t.col_benefits,
    ];
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for r in year_rows(c) {
        let fields = [
            r.year.to_string(),
            month_date(start, r.year * 12),
            fixed(r.coverage, 2).replace('.', ","),
            fixed(r.members.max(0.0), 0),
            whole(r.iuran),
            whole(r.apbd),
            whole(r.fees),
            r.fee_per_agent.map(whole).unwrap_or_default(),
            whole(r.benefits),
        ];
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// The current scenario beside the kept ones: where each starts and ends, when it reaches its
/// target and at what cost per additional covered worker.
pub(super) fn comparison(lang: Lang, c: &Computed, kept: &[Scenario]) -> String {
    let t = texts(lang);
    struct Column {
        name: String,
        start: f64,
        target_month: f64,
        end: f64,
        target: String,
        months: String,
        per_worker: Option<Rupiah>,
        apbd: Option<Rupiah>,
        fees_year1: Option<Rupiah>,
    }
    let column = |name: String, s: &Scenario, proj: &Projection| {
        let k = kpi::kpis(&s.params, proj, s.target_month);
        let yearly = kpi::kpis(&s.params, proj, 12);
        let target = s.target_pct.to_f64().unwrap_or(0.0);
        let months = match goal::months_to_target(&s.params, target, s.target_month) {
            Goal::Reached { month, .. } => month_label(lang, month),
            Goal::NotReachable { .. } => "–".to_string(),
        };
        Column {
            name,
            start: proj.coverage_at(0),
            target_month: proj.coverage_at(s.target_month),
            end: proj.coverage_at(s.months()),
            target: format!("{} · {}", pct(lang, target), month_label(lang, s.target_month)),
            months,
            per_worker: k.per_additional_covered.total,
            apbd: k.per_additional_covered.apbd,
            fees_year1: yearly.years.first().map(|y| y.agent_fee_budget),
        }
    };
    let name = |s: &Scenario| {
        s.preset
            .map_or(t.compare_custom, |p| preset_name(lang, p))
            .to_string()
    };
    let mut columns = vec![column(
        format!("{} ({})", t.compare_current, name(&c.scenario)),
        &c.scenario,
        &c.projection,
    )];
    for (i, s) in kept.iter().enumerate() {
        let proj = project(&s.params, s.months().max(s.target_month));
        columns.push(column(format!("{}. {}", i + 1, name(s)), s, &proj));
    }
    let each = |f: &dyn Fn(&Column) -> String| columns.iter().map(f).collect::<Vec<_>>();
    let rows: Vec<(&str, Vec<String>)> = vec![
        (t.start_label, each(&|c| pct(lang, c.start))),
        (t.at_target_month, each(&|c| pct(lang, c.target_month))),
        (t.end_label, each(&|c| pct(lang, c.end))),
        (t.legend_target, each(&|c| c.target.clone())),
        (t.goal_months, each(&|c| c.months.clone())),
        (t.kpi_per_worker, each(&|c| rupiah(lang, c.per_worker))),
        (t.kpi_apbd, each(&|c| rupiah(lang, c.apbd))),
        (
            t.kpi_fee_budget,
            each(&|c| c.fees_year1.map(|r| r.format(lang)).unwrap_or_default()),
        ),
    ];
    html! {
        div.table-wrap {
            table.data.comparison {
                thead { tr { th { "" } @for col in &columns { th { (col.name) } } } }
                tbody {
                    @for (label, values) in &rows {
                        tr { td { (label) } @for value in values { td { (value) } } }
                    }
                }
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jaring_core::cakupan::{MonteCarlo, Preset};

    fn computed(preset: Preset, years: u8) -> Computed {
        let mut s = Scenario::from_preset(Some(preset));
        s.years = years;
        Computed::new(s)
    }

    /// One tag per line, so a changed figure is a one-line diff.
    fn lines(html: String) -> String {
        let mut out = html.replace("><", ">\n<");
        out.push('\n');
        out
    }

    /// Snapshots of what a planner reads for NTT and NTB (5 years): a change to the page's
    /// figures or markup shows up in review; `UPDATE_EXPECT=1 cargo test -p jaring` rewrites them.
    #[test]
    fn snapshots_of_the_ntt_and_ntb_presets() {
        for (preset, lang, summary_file, details_file, years_file) in [
            (
                Preset::Ntt2025,
                Lang::Id,
                expect_test::expect_file!["snapshots/ntt_id_summary.html"],
                expect_test::expect_file!["snapshots/ntt_id_details.html"],
                expect_test::expect_file!["snapshots/ntt_id_years.html"],
            ),
            (
                Preset::Ntb2025,
                Lang::En,
                expect_test::expect_file!["snapshots/ntb_en_summary.html"],
                expect_test::expect_file!["snapshots/ntb_en_details.html"],
                expect_test::expect_file!["snapshots/ntb_en_years.html"],
            ),
        ] {
            let c = computed(preset, 5);
            let goals = Goals::of(&c.scenario);
            summary_file.assert_eq(&lines(summary(lang, &c)));
            details_file.assert_eq(&lines(details(lang, &c, Some(&goals), false, &[])));
            years_file.assert_eq(&lines(years_table(lang, &c)));
        }
    }

    #[test]
    fn the_coverage_chart_shows_the_model_the_band_and_each_observed_point() {
        let c = computed(Preset::Ntt2025, 10);
        let mc = MonteCarlo::new(&c.scenario.params, c.scenario.months(), 1, 40).finish();
        let bands = McBands {
            bands: mc.bands,
            paths: mc.paths,
        };
        let html = coverage_chart(Lang::Id, &c, Some(&bands));
        assert_eq!(html.matches("<circle class=\"observed\"").count(), 2);
        assert_eq!(html.matches("class=\"chart-line model-line\"").count(), 1);
        assert_eq!(html.matches("class=\"mc-band\"").count(), 1);
        assert!(html.contains("13,9%"), "the observed value in its tooltip");
        // Without a finished Monte Carlo the chart still shows the model and the points.
        let html = coverage_chart(Lang::En, &c, None);
        assert_eq!(html.matches("class=\"mc-band\"").count(), 0);
        assert!(html.contains("13.9%"));
    }

    #[test]
    fn the_csv_is_for_indonesian_spreadsheets() {
        let c = computed(Preset::Ntb2025, 3);
        let csv = csv(Lang::Id, &c);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 4, "header and three years");
        assert!(lines[0].starts_with("Tahun;YYYY-MM;Cakupan %;"));
        let first: Vec<&str> = lines[1].split(';').collect();
        assert_eq!(first.len(), 9);
        assert_eq!(&first[..2], &["1", "2026-12"]);
        assert!(
            first[2].contains(',') && !first[2].contains('.'),
            "decimal comma: {}",
            first[2]
        );
        assert!(
            first[4].bytes().all(|b| b.is_ascii_digit()),
            "whole rupiah without grouping"
        );
    }

    #[test]
    fn unreachable_goals_name_the_best_value_and_the_limit() {
        let mut s = Scenario::from_preset(Some(Preset::Ntb2025));
        s.target_pct = rust_decimal::Decimal::from(90);
        let c = Computed::new(s);
        let goals = Goals::of(&c.scenario);
        let html = details(Lang::En, &c, Some(&goals), false, &[]);
        assert!(html.contains("Out of reach. At best"));
        assert!(html.contains("with "), "a lever's best value");
        // Only funding nearly every worker from the APBD reaches it.
        assert_eq!(html.matches("data-reached=\"false\"").count(), 3);
        assert!(matches!(goals.workers, Goal::Reached { .. }));
    }
}
