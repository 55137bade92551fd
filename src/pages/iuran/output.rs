//! The read-only output of `/iuran` as HTML (see `jaring_core::html` for why): the summary, the
//! lines with their formula and source, and the year month by month.

use crate::i18n::{common, iuran as text, texts};
use jaring_core::html::Html;
use jaring_core::iuran::{Amounts, Formula, IuranResult, Line, LineStatus, Segmen, YearView};
use jaring_core::money::{format_decimal, Percent, Rupiah};
use jaring_core::rules::{Confidence, Source};
use jaring_core::Lang;

use super::Computed;
use text::months_label;

/// A stable key of a line, for `data-line` and for remembering which lines are unfolded.
pub fn line_key(line: &Line) -> String {
    match line.stage {
        Some(stage) => format!("{:?}-{:?}", line.program, stage).to_lowercase(),
        None => format!("{:?}", line.program).to_lowercase(),
    }
}

/// Why the inputs do not compute (then the last result that did, marked stale), the summary,
/// warnings and lines; `open` lists the lines the visitor unfolded.
pub fn result_html(computed: &Computed, lang: Lang, open: &[String]) -> String {
    let t = &texts(lang).iuran;
    let mut h = Html::new();
    if let Some(error) = &computed.error {
        h.el("p", &[("class", "error-box")], &text::error(lang, error));
        if computed.shown.is_some() {
            h.el("p", &[("class", "muted")], t.stale_result);
        }
    }
    if let Some(result) = &computed.shown {
        h.raw(&summary_html(result, lang, open));
    }
    h.finish()
}

fn summary_html(result: &IuranResult, lang: Lang, open: &[String]) -> String {
    let t = &texts(lang).iuran;
    let money = |r: Rupiah| r.format(lang);
    let mut h = Html::new();
    let (big, big_label) = match result.segmen {
        Segmen::Jakon | Segmen::Pmi => (result.period.total, t.per_contract),
        Segmen::Pu | Segmen::Bpu => (result.monthly.total, t.per_month),
    };
    h.open("div", &[("class", "summary"), ("data-testid", "iuran-summary")]);
    h.el(
        "p",
        &[("class", "big-label")],
        &format!("{} · {}", text::segment_name(lang, result.segmen), big_label),
    );
    h.el(
        "p",
        &[("class", "big money"), ("data-testid", "iuran-total")],
        &money(big),
    );
    match result.segmen {
        Segmen::Pu => {
            h.open("p", &[("class", "split")]);
            for (label, amount) in [
                (t.col_worker, result.monthly.worker),
                (t.col_employer, result.monthly.employer),
            ] {
                h.open("span", &[])
                    .text(label)
                    .text(": ")
                    .el("b", &[("class", "money")], &money(amount));
                h.close("span");
            }
            h.close("p");
        }
        Segmen::Bpu => {
            h.open("p", &[("class", "split")]);
            if let Some(day) = result.per_day {
                h.open("span", &[])
                    .el("b", &[("class", "money")], &money(day))
                    .text(" ")
                    .text(t.per_day);
                h.close("span");
            }
            let months = result.months.unwrap_or(1);
            if months > 1 {
                h.open("span", &[])
                    .el("b", &[("class", "money")], &money(result.period.total));
                h.text(" / ")
                    .text(&months_label(lang, u32::from(months)))
                    .close("span");
            }
            h.close("p");
        }
        Segmen::Jakon | Segmen::Pmi => {}
    }
    h.close("div");
    if !result.warnings.is_empty() {
        h.open("div", &[("class", "warnings")]).open("ul", &[]);
        for warning in &result.warnings {
            h.el("li", &[], &text::warning(lang, warning, money));
        }
        h.close("ul").close("div");
    }
    h.open("ul", &[("class", "lines")]);
    for line in &result.lines {
        line_html(&mut h, line, result.segmen, lang, open);
    }
    h.close("ul");
    if !result.excluded.is_empty() {
        h.el("p", &[("class", "muted")], t.excluded_note);
    }
    h.finish()
}

fn line_html(h: &mut Html, line: &Line, segmen: Segmen, lang: Lang, open: &[String]) {
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
    let class = if matches!(line.status, LineStatus::Charged) {
        "line"
    } else {
        "line line-info"
    };
    let is_open = if open.contains(&key) { "open" } else { "" };
    h.open("li", &[]);
    h.open("details", &[("class", class), ("data-line", &key), (is_open, "")]);
    h.open("summary", &[]);
    h.el("span", &[("class", "line-name")], &line_name(lang, line));
    h.el("span", &[("class", "line-total money")], &headline);
    if let Some(shares) = shares {
        h.el("span", &[("class", "line-shares")], &shares);
    }
    h.close("summary").open("div", &[("class", "line-body")]);
    if let Some(formula) = &line.formula {
        formula_html(h, lang, formula, line);
    }
    if let Some(relief) = line.relief {
        let deferred = (relief.deferred > Rupiah::ZERO).then(|| money(relief.deferred));
        let sentence = match lang {
            Lang::Id => format!(
                "{}: normal {}, potongan {}{}.",
                text::measure(lang, relief.measure),
                money(relief.normal.total),
                money(relief.discount),
                deferred
                    .map(|d| format!(" (ditangguhkan {d})"))
                    .unwrap_or_default()
            ),
            Lang::En => format!(
                "{}: normally {}, discount {}{}.",
                text::measure(lang, relief.measure),
                money(relief.normal.total),
                money(relief.discount),
                deferred.map(|d| format!(" (deferred {d})")).unwrap_or_default()
            ),
        };
        h.el("p", &[], &sentence);
        source_html(h, lang, relief.source, relief.source.confidence);
    }
    if line.program == jaring_core::iuran::Program::Jkp {
        h.el("p", &[("class", "muted")], t.jkp_note);
    }
    source_html(h, lang, line.source, line.confidence);
    h.close("div").close("details").close("li");
}

fn line_name(lang: Lang, line: &Line) -> String {
    let name = text::program_name(lang, line.program);
    match line.stage {
        Some(stage) => format!("{name} · {}", text::pmi_stage(lang, stage)),
        None => name.to_string(),
    }
}

/// The formula of a line with the actual numbers.
fn formula_html(h: &mut Html, lang: Lang, formula: &Formula, line: &Line) {
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
                rows.push(format!(
                    "{} {} → {} ({})",
                    money(*wage),
                    t.capped_at,
                    money(*base),
                    money(cap.value)
                ));
            }
            for (label, rate, amount) in [
                (t.col_worker, *worker_rate, line.amounts.worker),
                (t.col_employer, *employer_rate, line.amounts.employer),
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
    h.open("p", &[("class", "formula")]);
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            h.raw("<br>");
        }
        h.text(row);
    }
    h.close("p");
}

fn source_html(h: &mut Html, lang: Lang, source: Source, confidence: Confidence) {
    let t = &texts(lang).iuran;
    h.open("p", &[("class", "source")]);
    h.text(&format!(
        "{}: {} · {}",
        t.source_label, source.regulation, source.article
    ));
    if let Some(mark) = text::confidence_mark(lang, confidence) {
        h.text(" ").el("span", &[("class", "weak")], mark);
    }
    h.close("p");
}

/// PU: the calendar year month by month, or why it cannot be computed.
pub fn year_html(computed: &Computed, lang: Lang) -> String {
    match &computed.year {
        Some(Ok(year)) => year_table(year, lang),
        Some(Err(e)) => {
            let mut h = Html::new();
            h.el("p", &[("class", "error-box")], &text::error(lang, e));
            h.finish()
        }
        None => String::new(),
    }
}

fn year_table(year: &YearView, lang: Lang) -> String {
    let t = &texts(lang).iuran;
    let number = |r: Rupiah| format_decimal(r.rounded().amount(), lang);
    let mut h = Html::new();
    h.el(
        "h2",
        &[("class", "section")],
        &format!("{} {} (Rp)", t.year_heading, year.year),
    );
    h.open("div", &[("class", "table-wrap")])
        .open("table", &[("class", "data"), ("data-testid", "iuran-year")]);
    h.open("thead", &[]).open("tr", &[]);
    for head in [t.year_month, t.col_worker, t.col_employer, t.col_total] {
        h.el("th", &[], head);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for (i, month) in year.months.iter().enumerate() {
        let name = t.months.get(i).copied().unwrap_or_default();
        match &month.result {
            Ok(r) => {
                h.open("tr", &[]).el("td", &[], name);
                for amount in [r.monthly.worker, r.monthly.employer, r.monthly.total] {
                    h.el("td", &[], &number(amount));
                }
                h.close("tr");
            }
            Err(_) => {
                h.open("tr", &[("class", "muted")]).el("td", &[], name);
                h.el("td", &[("colspan", "3")], t.year_not_computed).close("tr");
            }
        }
    }
    h.close("tbody")
        .open("tfoot", &[])
        .open("tr", &[])
        .el("td", &[], t.year_total);
    for amount in [year.total.worker, year.total.employer, year.total.total] {
        h.el("td", &[], &number(amount));
    }
    h.close("tr").close("tfoot").close("table").close("div");
    if !year.excluded.is_empty() {
        h.el("p", &[("class", "muted")], t.excluded_note);
    }
    h.finish()
}
