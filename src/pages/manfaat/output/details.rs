//! The details under the agent view: every amount with its formula (in actual numbers) and its
//! legal source, weak sources marked, the JHT projection as a chart and a table, and every
//! assumption in words.
//!
//! Sections are built as plain data ([`Block`]) and written as HTML by one small writer.

use super::{rp, t};
use crate::components::chart::{chart, Chart, Series};
use crate::i18n::iuran::{confidence_mark, measure, program_name, warning};
use crate::i18n::manfaat as text;
use crate::i18n::texts;
use crate::pages::manfaat::Computed;
use crate::route::Route;
use jaring_core::html::Html;
use jaring_core::iuran::{self, IuranError, LineStatus, Program};
use jaring_core::manfaat::jkm::MasaTunggu;
use jaring_core::manfaat::jp::{JpManfaat, Pembatas};
use jaring_core::manfaat::{jkk::kelipatan, Asumsi, Biaya, Formula, Line, ManfaatResult, Segmen};
use jaring_core::money::format_decimal;
use jaring_core::rules::Source;
use jaring_core::{Date, Lang, Rupiah};
use rust_decimal::prelude::ToPrimitive;

/// One piece of a details section.
enum Block {
    H3(String),
    H4(String),
    P(String),
    /// A formula written with the actual numbers.
    Formula(String),
    /// `Dasar hukum: …`, with the weak-source mark when needed.
    Source(Source),
    /// Folded detail cards.
    Lines(Vec<Fold>),
    /// A total under a list: label and amount.
    Sum(String, String),
    Table(Table),
    List(Vec<String>),
    /// Assumptions in words, under their label.
    Assumptions(Vec<&'static str>),
    Warnings(Vec<String>),
    Error(String),
    /// The JHT balance by age: ages, balances, caption.
    Chart(Vec<f64>, Vec<f64>, String),
    /// An in-app link.
    Link(&'static str, Route),
}

/// A folded card: name and amount, opening to its formula and source.
struct Fold {
    name: String,
    amount: String,
    body: Vec<Block>,
}

struct Table {
    class: &'static str,
    head: Vec<&'static str>,
    rows: Vec<Vec<String>>,
    foot: Option<Vec<String>>,
    caption: Option<&'static str>,
}

/// The details of the current inputs: the cost, then (from the last benefits that computed) one
/// section per programme and the page's assumptions. `open` lists the unfolded formula cards.
pub fn details_html(lang: Lang, c: &Computed, open: &[String]) -> String {
    let (segmen, upah, masa) = (c.input.segmen, c.input.upah, c.input.masa_bulan);
    let mut sections = vec![("biaya", cost_blocks(lang, segmen, &c.cost))];
    if let Some(r) = &c.shown {
        sections.extend([
            ("jkm", jkm_blocks(lang, r)),
            ("jkk", jkk_blocks(lang, r)),
            ("beasiswa", beasiswa_blocks(lang, r, masa)),
            ("jht", jht_blocks(lang, r, upah)),
            ("jp", jp_blocks(lang, r)),
            ("jkp", jkp_blocks(lang, r, masa)),
            ("anggapan", assumption_blocks(lang, r, segmen)),
        ]);
    }
    let mut w = Writer {
        h: Html::new(),
        lang,
        open,
        key: String::new(),
        folds: 0,
    };
    for (name, blocks) in sections {
        if blocks.is_empty() {
            continue;
        }
        // One box per programme: the browser can skip laying out the ones off screen (CSS
        // `content-visibility`), which keeps typing fast on a long page.
        w.h.open("div", &[("class", "detail")]);
        w.key = name.to_string();
        w.folds = 0;
        w.blocks(blocks);
        w.h.close("div");
    }
    w.h.finish()
}

/// Writes blocks; numbers the folded cards of a section for their `data-line` key.
struct Writer<'a> {
    h: Html,
    lang: Lang,
    open: &'a [String],
    /// The section being written.
    key: String,
    folds: usize,
}

impl Writer<'_> {
    fn blocks(&mut self, blocks: Vec<Block>) {
        for block in blocks {
            self.block(block);
        }
    }

    fn block(&mut self, block: Block) {
        let (h, lang) = (&mut self.h, self.lang);
        match block {
            Block::H3(s) => {
                h.el("h3", &[], &s);
            }
            Block::H4(s) => {
                h.el("h4", &[], &s);
            }
            Block::P(s) => {
                h.el("p", &[], &s);
            }
            Block::Formula(s) => {
                h.el("p", &[("class", "formula")], &s);
            }
            Block::Source(source) => {
                h.open("p", &[("class", "source")]).text(&format!(
                    "{}: {}, {}",
                    t(lang).source_label,
                    source.regulation,
                    source.article
                ));
                if let Some(weak) = confidence_mark(lang, source.confidence) {
                    h.text(" ").el("span", &[("class", "weak")], weak);
                }
                h.close("p");
            }
            Block::Lines(folds) => {
                h.open("ul", &[("class", "lines")]);
                for fold in folds {
                    self.fold(fold);
                }
                self.h.close("ul");
            }
            Block::Sum(label, amount) => {
                h.open("p", &[("class", "line-sum")]).el("span", &[], &label);
                h.el("b", &[("class", "money")], &amount).close("p");
            }
            Block::Table(table) => table_html(h, table),
            Block::List(items) => list(h, "conditions", items.iter().map(String::as_str)),
            Block::Assumptions(items) => {
                h.open("div", &[("class", "assumptions")]);
                h.el("p", &[("class", "assumptions-label")], t(lang).assumptions_label);
                list(h, "", items.into_iter());
                h.close("div");
            }
            Block::Warnings(items) => {
                h.open("div", &[("class", "warnings")]);
                list(h, "", items.iter().map(String::as_str));
                h.close("div");
            }
            Block::Error(s) => {
                h.el("p", &[("class", "error-box")], &s);
            }
            Block::Chart(xs, ys, label) => {
                let series = [Series {
                    ys: &ys,
                    class: "",
                    area: true,
                }];
                let data = Chart {
                    xs: &xs,
                    series: &series,
                    band: None,
                    label: &label,
                };
                h.raw(&chart(&data, lang).into_string());
            }
            // Followed without reloading by the page's click handler (`browser::clicked_link`).
            Block::Link(label, route) => {
                h.open("p", &[]).el("a", &[("href", route.path())], label);
                h.close("p");
            }
        }
    }

    /// A folded card, unfolded again if the visitor had unfolded it.
    fn fold(&mut self, fold: Fold) {
        let key = format!("{}-{}", self.key, self.folds);
        self.folds += 1;
        let is_open = if self.open.contains(&key) { "open" } else { "" };
        let h = &mut self.h;
        h.open("li", &[]);
        h.open(
            "details",
            &[("class", "line"), ("data-line", &key), (is_open, "")],
        );
        h.open("summary", &[]);
        h.el("span", &[("class", "line-name")], &fold.name);
        h.el("span", &[("class", "line-total money")], &fold.amount);
        h.close("summary").open("div", &[("class", "line-body")]);
        self.blocks(fold.body);
        self.h.close("div").close("details").close("li");
    }
}

/// `<ul>` of plain items; `class` may be empty.
fn list<'a>(h: &mut Html, class: &str, items: impl Iterator<Item = &'a str>) {
    h.open("ul", &[(if class.is_empty() { "" } else { "class" }, class)]);
    for item in items {
        h.el("li", &[], item);
    }
    h.close("ul");
}

fn table_html(h: &mut Html, table: Table) {
    let row = |h: &mut Html, cells: &[String]| {
        h.open("tr", &[]);
        for cell in cells {
            h.el("td", &[], cell);
        }
        h.close("tr");
    };
    h.open("div", &[("class", "table-wrap")]);
    h.open("table", &[("class", &format!("data {}", table.class))]);
    if let Some(caption) = table.caption {
        h.el("caption", &[], caption);
    }
    h.open("thead", &[]).open("tr", &[]);
    for head in &table.head {
        h.el("th", &[], head);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for cells in &table.rows {
        row(h, cells);
    }
    h.close("tbody");
    if let Some(foot) = &table.foot {
        h.open("tfoot", &[]);
        row(h, foot);
        h.close("tfoot");
    }
    h.close("table").close("div");
}

fn per_month(amount: Rupiah, lang: Lang) -> String {
    format!("{}{}", rp(amount, lang), text::per_month_suffix(lang))
}

fn assumptions(list: &[Asumsi], lang: Lang) -> Option<Block> {
    (!list.is_empty()).then(|| Block::Assumptions(list.iter().map(|a| text::asumsi(lang, *a)).collect()))
}

/// A benefit formula written with the actual numbers.
fn formula(lang: Lang, f: &Formula, jumlah: Rupiah) -> String {
    let amount = rp(jumlah, lang);
    match f {
        Formula::Tetap => format!("{}: {amount}", text::fixed_amount(lang)),
        Formula::Kali { kali, per } => format!("{kali} × {} = {amount}", rp(*per, lang)),
        Formula::KaliUpah {
            upah,
            persen,
            pengali,
            minimum,
        } => {
            let multiple =
                kelipatan(f).map(|m| format!(" (= {} × {})", format_decimal(m, lang), rp(*upah, lang)));
            let floor = minimum.map(|m| format!(", {}", text::at_least(lang, m)));
            format!(
                "{} × {} × {}{}{} → {amount}",
                persen.format(lang),
                format_decimal(*pengali, lang),
                rp(*upah, lang),
                multiple.unwrap_or_default(),
                floor.unwrap_or_default()
            )
        }
        Formula::Maksimum { bulan } => format!("{}: {amount}", text::at_most(lang, *bulan)),
    }
}

fn benefit_lines(lang: Lang, lines: &[Line]) -> Block {
    Block::Lines(
        lines
            .iter()
            .map(|l| Fold {
                name: text::item(lang, l.item).to_string(),
                amount: rp(l.jumlah, lang),
                body: vec![
                    Block::Formula(formula(lang, &l.formula, l.jumlah)),
                    Block::Source(l.source),
                ],
            })
            .collect(),
    )
}

fn cost_blocks(lang: Lang, segmen: Segmen, cost: &Result<Biaya, IuranError>) -> Vec<Block> {
    let tx = t(lang);
    let intro = match segmen {
        Segmen::Bpu => tx.cost_intro_bpu,
        Segmen::Pu => tx.cost_intro_pu,
    };
    let mut blocks = vec![
        Block::H3(tx.cost_heading.to_string()),
        Block::P(intro.to_string()),
    ];
    let b = match cost {
        Ok(b) => b,
        Err(e) => {
            blocks.push(Block::Error(text::cost_error(lang, e)));
            return blocks;
        }
    };
    let folds = b
        .iuran
        .lines
        .iter()
        .filter(|l| matches!(l.status, LineStatus::Charged) && l.amounts.worker > Rupiah::ZERO)
        .map(|l| {
            let mut name = program_name(lang, l.program).to_string();
            if segmen == Segmen::Bpu && l.program == Program::Jht {
                name = format!("{name} ({})", tx.optional_mark);
            }
            let mut body = vec![Block::Formula(iuran_formula(
                lang,
                l.formula.as_ref(),
                l.amounts.worker,
            ))];
            if let Some(r) = l.relief {
                let now = rp(l.amounts.worker, lang);
                body.push(Block::P(format!(
                    "{}: {} → {now}",
                    measure(lang, r.measure),
                    rp(r.normal.worker, lang)
                )));
                body.push(Block::Source(r.source));
            }
            body.push(Block::Source(Source {
                confidence: l.confidence,
                ..l.source
            }));
            Fold {
                name,
                amount: per_month(l.amounts.worker, lang),
                body,
            }
        })
        .collect();
    blocks.push(Block::Lines(folds));
    if !b.iuran.warnings.is_empty() {
        blocks.push(Block::Warnings(
            b.iuran
                .warnings
                .iter()
                .map(|w| warning(lang, w, |r| rp(r, lang)))
                .collect(),
        ));
    }
    if segmen == Segmen::Pu {
        blocks.push(Block::Link(tx.cost_employer_link, Route::Iuran));
    }
    blocks
}

/// The participant's share of a contribution line with the actual numbers.
fn iuran_formula(lang: Lang, f: Option<&iuran::Formula>, amount: Rupiah) -> String {
    let amount_text = rp(amount, lang);
    match f {
        Some(iuran::Formula::Rate {
            base,
            worker_rate,
            cap,
            ..
        }) => {
            let capped = cap
                .filter(|c| c.applied)
                .map(|c| format!(" ({} {})", texts(lang).iuran.capped_at, rp(c.value, lang)));
            format!(
                "{} × {}{} = {amount_text}",
                worker_rate.format(lang),
                rp(*base, lang),
                capped.unwrap_or_default()
            )
        }
        Some(iuran::Formula::Flat { .. }) => format!("{}: {amount_text}", text::fixed_amount(lang)),
        _ => amount_text,
    }
}

fn jkm_blocks(lang: Lang, r: &ManfaatResult) -> Vec<Block> {
    let tx = t(lang);
    let jkm = &r.jkm;
    let mut blocks = vec![
        Block::H3(tx.jkm_heading.to_string()),
        benefit_lines(lang, &jkm.baris),
        Block::Sum(tx.total_label.to_string(), rp(jkm.total, lang)),
    ];
    match (jkm.masa_tunggu, jkm.aturan_masa_tunggu) {
        (MasaTunggu::Berlaku { bulan }, rule) => {
            blocks.push(Block::P(text::masa_tunggu_now(lang, bulan, jkm.total_penuh)));
            blocks.extend(rule.map(|rule| Block::Source(rule.source)));
        }
        (_, Some(rule)) => {
            blocks.push(Block::P(text::masa_tunggu_rule(lang, rule.bulan, rule.jumlah)));
            blocks.push(Block::Source(rule.source));
        }
        (_, None) => {}
    }
    if jkm.masa_tunggu == MasaTunggu::BelumDiketahui {
        blocks.extend(assumptions(&[Asumsi::MasaTungguBelumDiketahui], lang));
    }
    blocks
}

fn jkk_blocks(lang: Lang, r: &ManfaatResult) -> Vec<Block> {
    let tx = t(lang);
    let jkk = &r.jkk;
    let care = Fold {
        name: tx.care_line.to_string(),
        amount: tx.care_value.to_string(),
        body: vec![
            Block::P(tx.care_body.to_string()),
            Block::Source(jkk.perawatan_source),
        ],
    };
    let stmb = jkk.stmb.iter().map(|s| Fold {
        name: format!(
            "{} · {}",
            text::stmb_short(lang),
            text::months_range(lang, s.bulan_dari, s.bulan_sampai)
        ),
        amount: per_month(s.per_bulan, lang),
        body: vec![
            Block::P(text::stmb_name(lang).to_string()),
            Block::Formula(format!(
                "{} × {} = {}",
                s.persen.format(lang),
                rp(jkk.upah, lang),
                per_month(s.per_bulan, lang)
            )),
            Block::Source(jkk.stmb_source),
        ],
    });
    vec![
        Block::H3(tx.jkk_heading.to_string()),
        Block::P(tx.jkk_intro.to_string()),
        Block::H4(tx.jkk_care_heading.to_string()),
        Block::Lines(std::iter::once(care).chain(stmb).collect()),
        Block::H4(tx.jkk_death_heading.to_string()),
        benefit_lines(lang, &jkk.kematian),
        Block::Sum(tx.total_label.to_string(), rp(jkk.kematian_total, lang)),
        Block::H4(tx.jkk_total_heading.to_string()),
        benefit_lines(lang, &jkk.cacat_total),
        Block::Sum(tx.total_label.to_string(), rp(jkk.cacat_total_total, lang)),
        Block::H4(tx.jkk_partial_heading.to_string()),
        Block::P(tx.jkk_partial_note.to_string()),
        benefit_lines(lang, &jkk.cacat_sebagian),
        Block::H4(tx.jkk_refund_heading.to_string()),
        benefit_lines(lang, &jkk.penggantian),
    ]
}

fn beasiswa_blocks(lang: Lang, r: &ManfaatResult, masa: u32) -> Vec<Block> {
    let tx = t(lang);
    let b = &r.beasiswa;
    let number = |amount: Rupiah| format_decimal(amount.amount(), lang);
    let children = b
        .anak
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let name = text::child_heading(lang, i + 1, a.usia);
            if !a.ditanggung {
                let body = vec![Block::P(text::child_not_covered(lang, a.usia, b.anak_maks))];
                return Fold {
                    name,
                    amount: "–".to_string(),
                    body,
                };
            }
            let rows = a
                .jenjang
                .iter()
                .map(|j| {
                    let level = text::jenjang(lang, j.jenjang).to_string();
                    vec![level, j.tahun.to_string(), number(j.per_tahun), number(j.jumlah)]
                })
                .collect();
            let table = Table {
                class: "levels",
                head: vec![tx.col_level, tx.col_years, tx.col_per_year, tx.col_amount],
                rows,
                foot: None,
                caption: Some(tx.table_in_rupiah),
            };
            let body = vec![
                Block::Table(table),
                Block::P(text::scholarship_cap(lang, b.maks_per_anak)),
                Block::Source(b.source_jenjang),
                Block::Source(b.source),
            ];
            Fold {
                name,
                amount: rp(a.total, lang),
                body,
            }
        })
        .collect();
    let mut blocks = vec![Block::H3(tx.beasiswa_heading.to_string())];
    if b.anak.is_empty() {
        blocks.push(Block::P(text::scholarship_none(
            lang,
            b.maks_per_anak,
            b.anak_maks,
        )));
    } else {
        blocks.push(Block::Lines(children));
        blocks.push(Block::Sum(tx.total_label.to_string(), rp(b.total_jkk, lang)));
    }
    let ages = b
        .asumsi_usia
        .iter()
        .map(|span| {
            vec![
                text::jenjang(lang, span.jenjang).to_string(),
                text::ages_span(lang, span.usia_dari, span.usia_sampai),
            ]
        })
        .collect();
    blocks.extend([
        Block::P(text::scholarship_when(lang, b.masa_jkm_bulan)),
        Block::Source(b.source_jkk),
        Block::P(text::scholarship_jkm_status(
            lang,
            b.layak_jkm,
            b.masa_jkm_bulan,
            masa,
        )),
        Block::Source(b.source),
        Block::P(tx.beasiswa_conditions.to_string()),
        Block::H4(tx.age_table_heading.to_string()),
        Block::Table(Table {
            class: "ages",
            head: vec![tx.col_level, tx.col_ages],
            rows: ages,
            foot: None,
            caption: None,
        }),
    ]);
    blocks.extend(assumptions(&b.asumsi, lang));
    blocks
}

fn jht_blocks(lang: Lang, r: &ManfaatResult, upah: Rupiah) -> Vec<Block> {
    let tx = t(lang);
    let jht = &r.jht;
    let number = |amount: Rupiah| format_decimal(amount.amount(), lang);
    let mut blocks = vec![
        Block::H3(tx.jht_heading.to_string()),
        Block::Formula(format!(
            "{} × {} = {}",
            jht.iuran_persen.format(lang),
            rp(upah, lang),
            per_month(jht.iuran_bulan, lang)
        )),
        Block::Source(jht.iuran_source),
        Block::P(format!(
            "{}. {}",
            text::jht_end(lang, jht.usia_jht),
            tx.jht_age_note
        )),
    ];
    blocks.extend(jht.usia_jht_source.map(Block::Source));
    blocks.push(Block::P(tx.jht_convention.to_string()));
    if !jht.baris.is_empty() {
        let to_f64 = |amount: Rupiah| amount.amount().to_f64().unwrap_or(f64::NAN);
        let ages = jht.baris.iter().map(|row| f64::from(row.usia)).collect();
        let balances = jht.baris.iter().map(|row| to_f64(row.saldo)).collect();
        let first_age = jht.baris.first().map_or(jht.usia_jht, |row| row.usia);
        blocks.push(Block::Chart(
            ages,
            balances,
            text::chart_label(lang, first_age, jht.usia_jht, jht.saldo_akhir),
        ));
    }
    blocks.push(Block::Formula(text::jht_totals(
        lang,
        jht.saldo_awal,
        jht.total_iuran,
        jht.total_imbal,
        jht.saldo_akhir,
    )));
    let rows = jht
        .baris
        .iter()
        .map(|row| {
            vec![
                row.usia.to_string(),
                number(row.iuran),
                number(row.imbal),
                number(row.saldo),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        class: "jht-table",
        head: vec![tx.col_age, tx.col_contribution, tx.col_return, tx.col_balance],
        rows,
        foot: Some(vec![
            tx.total_label.to_string(),
            number(jht.total_iuran),
            number(jht.total_imbal),
            number(jht.saldo_akhir),
        ]),
        caption: Some(tx.table_in_rupiah),
    }));
    blocks.extend(assumptions(&jht.asumsi, lang));
    blocks
}

/// `Nov 2056`.
fn month_year(lang: Lang, date: Date) -> String {
    let months = &texts(lang).iuran.months;
    let name = months
        .get(usize::from(date.month()).saturating_sub(1))
        .copied()
        .unwrap_or_default();
    format!("{name} {}", date.year())
}

fn jp_blocks(lang: Lang, r: &ManfaatResult) -> Vec<Block> {
    let Some(jp) = r.jp.as_ref() else {
        return Vec::new();
    };
    let mut blocks = vec![Block::H3(t(lang).jp_heading.to_string())];
    let jp = match jp {
        Ok(jp) => jp,
        Err(e) => {
            blocks.push(Block::Error(text::not_covered(lang, e)));
            return blocks;
        }
    };
    let benefit = match jp.manfaat {
        JpManfaat::Bulanan {
            persen,
            dihitung,
            minimum,
            maksimum,
            dibatasi,
            per_bulan,
        } => {
            let mut body = vec![
                Block::Formula(format!(
                    "{} × ({} / 12) × {} = {}",
                    persen.value.format(lang),
                    jp.bulan_total,
                    rp(jp.rata_upah, lang),
                    rp(dihitung, lang),
                )),
                Block::Source(persen.source),
                Block::P(text::jp_bounded(lang, minimum.value, maksimum.value)),
            ];
            match dibatasi {
                Pembatas::Tidak => {}
                Pembatas::Minimum => body.push(Block::P(text::jp_bound_applied(lang, true).to_string())),
                Pembatas::Maksimum => body.push(Block::P(text::jp_bound_applied(lang, false).to_string())),
            }
            body.push(Block::Source(minimum.source));
            Fold {
                name: text::jp_monthly_name(lang).to_string(),
                amount: per_month(per_bulan, lang),
                body,
            }
        }
        JpManfaat::Sekaligus {
            iuran,
            imbal,
            total,
            source,
        } => Fold {
            name: text::jp_lump_name(lang).to_string(),
            amount: rp(total, lang),
            body: vec![
                Block::Formula(text::jp_lump_formula(lang, iuran, imbal, total)),
                Block::Source(source),
            ],
        },
    };
    blocks.extend([
        Block::Lines(vec![benefit]),
        Block::P(text::jp_retirement(
            lang,
            jp.usia_pensiun,
            &month_year(lang, jp.tanggal_pensiun),
        )),
        Block::Source(jp.usia_pensiun_source),
        Block::P(text::jp_months(
            lang,
            jp.bulan_lalu,
            jp.bulan_depan,
            jp.bulan_total,
            jp.bulan_minimum.value,
        )),
        Block::Source(jp.bulan_minimum.source),
        Block::P(text::jp_wage(lang, jp.rata_upah, jp.batas_upah)),
        Block::Source(jp.batas_upah_source),
        Block::P(text::jp_contribution(lang, jp.iuran_persen)),
        Block::Source(jp.iuran_source),
    ]);
    blocks.extend(assumptions(&jp.asumsi, lang));
    blocks
}

fn jkp_blocks(lang: Lang, r: &ManfaatResult, masa: u32) -> Vec<Block> {
    let Some(jkp) = r.jkp.as_ref() else {
        return Vec::new();
    };
    let tx = t(lang);
    let mut blocks = vec![Block::H3(tx.jkp_heading.to_string())];
    let jkp = match jkp {
        Ok(jkp) => jkp,
        Err(e) => {
            blocks.push(Block::Error(text::not_covered(lang, e)));
            return blocks;
        }
    };
    let steps = jkp
        .tahap
        .iter()
        .map(|s| {
            let range = text::months_range(lang, s.bulan_dari, Some(s.bulan_sampai));
            let formula = format!(
                "{} × {} = {}; {range}: {}",
                s.persen.format(lang),
                rp(jkp.dasar, lang),
                per_month(s.per_bulan, lang),
                rp(s.jumlah, lang),
            );
            let body = vec![Block::Formula(formula), Block::Source(jkp.source)];
            Fold {
                name: format!("JKP · {range}"),
                amount: per_month(s.per_bulan, lang),
                body,
            }
        })
        .collect();
    let months = jkp.tahap.last().map_or(0, |s| s.bulan_sampai);
    blocks.extend([
        Block::Lines(steps),
        Block::Sum(text::jkp_total_name(lang, months), rp(jkp.total, lang)),
        Block::P(text::jkp_base(lang, jkp.upah, jkp.batas_upah, jkp.dasar)),
        Block::Source(jkp.batas_upah_source),
        Block::P(text::jkp_masa(lang, jkp.masa_iur_cukup, masa)),
        Block::Source(jkp.masa_iur_source),
        Block::H4(tx.jkp_conditions.to_string()),
        Block::List(
            jkp.syarat
                .iter()
                .map(|s| text::syarat_jkp(lang, *s).to_string())
                .collect(),
        ),
        Block::P(text::jkp_funding(lang, &jkp.pendanaan)),
        Block::Source(jkp.pendanaan_source),
    ]);
    blocks.extend(assumptions(&jkp.asumsi, lang));
    blocks
}

/// Every assumption of the page in one list, so none hides in a folded section.
fn assumption_blocks(lang: Lang, r: &ManfaatResult, segmen: Segmen) -> Vec<Block> {
    let tx = t(lang);
    let unknown =
        (r.jkm.masa_tunggu == MasaTunggu::BelumDiketahui).then_some(Asumsi::MasaTungguBelumDiketahui);
    let jp =
        r.jp.as_ref()
            .and_then(|jp| jp.as_ref().ok())
            .map(|jp| jp.asumsi.as_slice())
            .unwrap_or_default();
    let jkp = r
        .jkp
        .as_ref()
        .and_then(|jkp| jkp.as_ref().ok())
        .map(|jkp| jkp.asumsi.as_slice())
        .unwrap_or_default();
    let mut flags: Vec<Asumsi> = Vec::new();
    for a in unknown
        .iter()
        .chain(&r.beasiswa.asumsi)
        .chain(&r.jht.asumsi)
        .chain(jp)
        .chain(jkp)
    {
        if !flags.contains(a) {
            flags.push(*a);
        }
    }
    let cost = match segmen {
        Segmen::Bpu => tx.cost_assumption_bpu,
        Segmen::Pu => tx.cost_assumption_pu,
    };
    let items =
        std::iter::once(cost.to_string()).chain(flags.into_iter().map(|a| text::asumsi(lang, a).to_string()));
    vec![
        Block::H3(tx.page_assumptions_heading.to_string()),
        Block::List(items.collect()),
    ]
}
