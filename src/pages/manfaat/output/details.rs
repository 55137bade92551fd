//! The details under the agent view: every amount with its formula (in actual numbers) and its
//! legal source, weak sources marked, the JHT projection as a chart and a table, and every
//! assumption in words.
//!
//! One function per section; the pieces they share (a folded card, a source, a total, a table)
//! are small functions at the end. Folded cards are keyed by stable names ([`item_key`],
//! [`Program::key`]), so a card the visitor unfolded stays unfolded when the details are
//! rewritten, even when the cards before it change.

use super::{rp, t};
use crate::components::chart::{chart, Chart, Series};
use crate::i18n::iuran::{confidence_mark, measure, program_name, warning};
use crate::i18n::manfaat as text;
use crate::i18n::texts;
use crate::pages::manfaat::Computed;
use crate::route::Route;
use jaring_core::iuran::{self, IuranError, LineStatus, Program};
use jaring_core::manfaat::beasiswa::{Beasiswa, BeasiswaAnak};
use jaring_core::manfaat::jkk::{kelipatan, Jkk, Stmb};
use jaring_core::manfaat::jkm::MasaTunggu;
use jaring_core::manfaat::jkp::Jkp;
use jaring_core::manfaat::jp::{Jp, JpManfaat, Pembatas};
use jaring_core::manfaat::{Asumsi, Biaya, Formula, Item, Line, ManfaatResult, Segmen};
use jaring_core::money::format_decimal;
use jaring_core::rules::manfaat::CacatAnatomis;
use jaring_core::rules::{NotCovered, Source};
use jaring_core::{Date, Lang, Rupiah};
use maud::{html, Markup};
use rust_decimal::prelude::ToPrimitive;

/// The details of the current inputs: the cost, then (from the last benefits that computed) one
/// section per programme and the page's assumptions. `open` lists the unfolded formula cards.
pub fn details(lang: Lang, c: &Computed, open: &[String]) -> Markup {
    let d = Details { lang, open };
    let (segmen, upah, masa) = (c.input.segmen, c.input.upah, c.input.masa_bulan);
    html! {
        (section(d.cost(segmen, &c.cost)))
        @if let Some(r) = &c.shown {
            (section(d.jkm(r)))
            (section(d.jkk(&r.jkk)))
            (section(d.beasiswa(&r.beasiswa, masa)))
            (section(d.jht(r, upah)))
            @if let Some(jp) = &r.jp {
                (section(d.jp(jp)))
            }
            @if let Some(jkp) = &r.jkp {
                (section(d.jkp(jkp, masa)))
            }
            (section(d.assumptions(r, segmen)))
        }
    }
}

/// One box per programme: the browser can skip laying out the ones off screen (CSS
/// `content-visibility`), which keeps typing fast on a long page.
fn section(body: Markup) -> Markup {
    html! { div.detail { (body) } }
}

/// What every section needs: the language and the keys of the cards the visitor unfolded.
struct Details<'a> {
    lang: Lang,
    open: &'a [String],
}

impl Details<'_> {
    /// A folded card: name and amount, opening to its formula and source; unfolded again if the
    /// visitor had unfolded it. `key` is stable: made of names, never of positions.
    fn fold(&self, key: &str, name: &str, amount: &str, body: Markup) -> Markup {
        let open = self.open.iter().any(|k| k == key);
        html! {
            li {
                details.line data-line=(key) open[open] {
                    summary {
                        span.line-name { (name) }
                        span.line-total.money { (amount) }
                    }
                    div.line-body { (body) }
                }
            }
        }
    }

    /// Benefit lines as folded cards keyed `<group>-<item>`.
    fn benefit_lines(&self, group: &str, lines: &[Line]) -> Markup {
        let lang = self.lang;
        html! {
            ul.lines {
                @for l in lines {
                    @let body = html! {
                        p.formula { (formula(lang, &l.formula, l.jumlah)) }
                        (source(lang, &l.source))
                    };
                    @let key = format!("{group}-{}", item_key(l.item));
                    (self.fold(&key, text::item(lang, l.item), &rp(l.jumlah, lang), body))
                }
            }
        }
    }

    fn cost(&self, segmen: Segmen, cost: &Result<Biaya, IuranError>) -> Markup {
        let (lang, tx) = (self.lang, t(self.lang));
        let intro = match segmen {
            Segmen::Bpu => tx.cost_intro_bpu,
            Segmen::Pu => tx.cost_intro_pu,
        };
        html! {
            h3 { (tx.cost_heading) }
            p { (intro) }
            @match cost {
                Err(e) => p.error-box { (text::cost_error(lang, e)) },
                Ok(b) => {
                    ul.lines {
                        @for l in b.iuran.lines.iter().filter(|l| paid_by_worker(l)) {
                            (self.cost_line(segmen, l))
                        }
                    }
                    @if !b.iuran.warnings.is_empty() {
                        div.warnings {
                            ul {
                                @for w in &b.iuran.warnings {
                                    li { (warning(lang, w, |r| rp(r, lang))) }
                                }
                            }
                        }
                    }
                    // Followed without reloading by the page's click handler
                    // (`browser::clicked_link`).
                    @if segmen == Segmen::Pu {
                        p { a href=(Route::Iuran.path()) { (tx.cost_employer_link) } }
                    }
                }
            }
        }
    }

    /// The participant's share of one contribution, keyed `biaya-<programme>`.
    fn cost_line(&self, segmen: Segmen, l: &iuran::Line) -> Markup {
        let lang = self.lang;
        let mut name = program_name(lang, l.program).to_string();
        if segmen == Segmen::Bpu && l.program == Program::Jht {
            name = format!("{name} ({})", t(lang).optional_mark);
        }
        let body = html! {
            p.formula { (iuran_formula(lang, l.formula.as_ref(), l.amounts.worker)) }
            @if let Some(relief) = &l.relief {
                p {
                    (measure(lang, relief.measure)) ": " (rp(relief.normal.worker, lang))
                    " → " (rp(l.amounts.worker, lang))
                }
                (source(lang, &relief.source))
            }
            (source(lang, &Source { confidence: l.confidence, ..l.source }))
        };
        let key = format!("biaya-{}", l.program.key());
        self.fold(&key, &name, &per_month(l.amounts.worker, lang), body)
    }

    fn jkm(&self, r: &ManfaatResult) -> Markup {
        let (lang, tx) = (self.lang, t(self.lang));
        let jkm = &r.jkm;
        html! {
            h3 { (tx.jkm_heading) }
            (self.benefit_lines("jkm", &jkm.baris))
            (sum(tx.total_label, &rp(jkm.total, lang)))
            @match (jkm.masa_tunggu, jkm.aturan_masa_tunggu) {
                (MasaTunggu::Berlaku { bulan }, rule) => {
                    p { (text::masa_tunggu_now(lang, bulan, jkm.total_penuh)) }
                    @if let Some(rule) = rule {
                        (source(lang, &rule.source))
                    }
                }
                (_, Some(rule)) => {
                    p { (text::masa_tunggu_rule(lang, rule.bulan, rule.jumlah)) }
                    (source(lang, &rule.source))
                }
                (_, None) => {}
            }
            @if jkm.masa_tunggu == MasaTunggu::BelumDiketahui {
                (assumptions(lang, &[Asumsi::MasaTungguBelumDiketahui]))
            }
        }
    }

    fn jkk(&self, jkk: &Jkk) -> Markup {
        let (lang, tx) = (self.lang, t(self.lang));
        let care = html! {
            p { (tx.care_body) }
            (source(lang, &jkk.perawatan_source))
        };
        html! {
            h3 { (tx.jkk_heading) }
            p { (tx.jkk_intro) }
            h4 { (tx.jkk_care_heading) }
            ul.lines {
                (self.fold("jkk-perawatan", tx.care_line, tx.care_value, care))
                @for s in &jkk.stmb {
                    (self.stmb(jkk, s))
                }
            }
            h4 { (tx.jkk_death_heading) }
            (self.benefit_lines("jkk-kematian", &jkk.kematian))
            (sum(tx.total_label, &rp(jkk.kematian_total, lang)))
            h4 { (tx.jkk_total_heading) }
            (self.benefit_lines("jkk-cacat-total", &jkk.cacat_total))
            (sum(tx.total_label, &rp(jkk.cacat_total_total, lang)))
            h4 { (tx.jkk_partial_heading) }
            p { (tx.jkk_partial_note) }
            (self.benefit_lines("jkk-cacat-sebagian", &jkk.cacat_sebagian))
            h4 { (tx.jkk_refund_heading) }
            (self.benefit_lines("jkk-penggantian", &jkk.penggantian))
        }
    }

    /// Wages while unable to work, one card per step, keyed by the step's first month.
    fn stmb(&self, jkk: &Jkk, s: &Stmb) -> Markup {
        let lang = self.lang;
        let name = format!(
            "{} · {}",
            text::stmb_short(lang),
            text::months_range(lang, s.bulan_dari, s.bulan_sampai)
        );
        let amount = per_month(s.per_bulan, lang);
        let body = html! {
            p { (text::stmb_name(lang)) }
            p.formula { (s.persen.format(lang)) " × " (rp(jkk.upah, lang)) " = " (amount) }
            (source(lang, &jkk.stmb_source))
        };
        self.fold(&format!("jkk-stmb-{}", s.bulan_dari), &name, &amount, body)
    }

    fn beasiswa(&self, b: &Beasiswa, masa: u32) -> Markup {
        let (lang, tx) = (self.lang, t(self.lang));
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
        let ages = Table {
            class: "ages",
            head: vec![tx.col_level, tx.col_ages],
            rows: ages,
            foot: None,
            caption: None,
        };
        html! {
            h3 { (tx.beasiswa_heading) }
            @if b.anak.is_empty() {
                p { (text::scholarship_none(lang, b.maks_per_anak, b.anak_maks)) }
            } @else {
                ul.lines {
                    @for (i, a) in b.anak.iter().enumerate() {
                        (self.child(b, i + 1, a))
                    }
                }
                (sum(tx.total_label, &rp(b.total_jkk, lang)))
            }
            p { (text::scholarship_when(lang, b.masa_jkm_bulan)) }
            (source(lang, &b.source_jkk))
            p { (text::scholarship_jkm_status(lang, b.layak_jkm, b.masa_jkm_bulan, masa)) }
            (source(lang, &b.source))
            p { (tx.beasiswa_conditions) }
            h4 { (tx.age_table_heading) }
            (table(&ages))
            (assumptions(lang, &b.asumsi))
        }
    }

    /// The `nomor`th child (from 1) with the school levels left, keyed `beasiswa-anak-<nomor>`.
    fn child(&self, b: &Beasiswa, nomor: usize, a: &BeasiswaAnak) -> Markup {
        let (lang, tx) = (self.lang, t(self.lang));
        let key = format!("beasiswa-anak-{nomor}");
        let name = text::child_heading(lang, nomor, a.usia);
        if !a.ditanggung {
            let body = html! { p { (text::child_not_covered(lang, a.usia, b.anak_maks)) } };
            return self.fold(&key, &name, "–", body);
        }
        let number = |amount: Rupiah| format_decimal(amount.amount(), lang);
        let rows = a
            .jenjang
            .iter()
            .map(|j| {
                let level = text::jenjang(lang, j.jenjang).to_string();
                vec![level, j.tahun.to_string(), number(j.per_tahun), number(j.jumlah)]
            })
            .collect();
        let levels = Table {
            class: "levels",
            head: vec![tx.col_level, tx.col_years, tx.col_per_year, tx.col_amount],
            rows,
            foot: None,
            caption: Some(tx.table_in_rupiah),
        };
        let body = html! {
            (table(&levels))
            p { (text::scholarship_cap(lang, b.maks_per_anak)) }
            (source(lang, &b.source_jenjang))
            (source(lang, &b.source))
        };
        self.fold(&key, &name, &rp(a.total, lang), body)
    }

    fn jht(&self, r: &ManfaatResult, upah: Rupiah) -> Markup {
        let (lang, tx) = (self.lang, t(self.lang));
        let jht = &r.jht;
        let number = |amount: Rupiah| format_decimal(amount.amount(), lang);
        let to_f64 = |amount: Rupiah| amount.amount().to_f64().unwrap_or(f64::NAN);
        let ages: Vec<f64> = jht.baris.iter().map(|row| f64::from(row.usia)).collect();
        let balances: Vec<f64> = jht.baris.iter().map(|row| to_f64(row.saldo)).collect();
        let first_age = jht.baris.first().map_or(jht.usia_jht, |row| row.usia);
        let label = text::chart_label(lang, first_age, jht.usia_jht, jht.saldo_akhir);
        let totals = text::jht_totals(
            lang,
            jht.saldo_awal,
            jht.total_iuran,
            jht.total_imbal,
            jht.saldo_akhir,
        );
        let series = [Series {
            ys: &balances,
            class: "",
            area: true,
        }];
        let projection = Chart {
            xs: &ages,
            series: &series,
            band: None,
            label: &label,
        };
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
        let years = Table {
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
        };
        html! {
            h3 { (tx.jht_heading) }
            p.formula {
                (jht.iuran_persen.format(lang)) " × " (rp(upah, lang))
                " = " (per_month(jht.iuran_bulan, lang))
            }
            (source(lang, &jht.iuran_source))
            p { (text::jht_end(lang, jht.usia_jht)) ". " (tx.jht_age_note) }
            @if let Some(s) = &jht.usia_jht_source {
                (source(lang, s))
            }
            p { (tx.jht_convention) }
            @if !jht.baris.is_empty() {
                (chart(&projection, lang))
            }
            p.formula { (totals) }
            (table(&years))
            (assumptions(lang, &jht.asumsi))
        }
    }

    fn jp(&self, jp: &Result<Jp, NotCovered>) -> Markup {
        let (lang, tx) = (self.lang, t(self.lang));
        let jp = match jp {
            Ok(jp) => jp,
            Err(e) => return not_covered(tx.jp_heading, &text::not_covered(lang, e)),
        };
        let retirement = month_year(lang, jp.tanggal_pensiun);
        let months = text::jp_months(
            lang,
            jp.bulan_lalu,
            jp.bulan_depan,
            jp.bulan_total,
            jp.bulan_minimum.value,
        );
        html! {
            h3 { (tx.jp_heading) }
            ul.lines { (self.pension(jp)) }
            p { (text::jp_retirement(lang, jp.usia_pensiun, &retirement)) }
            (source(lang, &jp.usia_pensiun_source))
            p { (months) }
            (source(lang, &jp.bulan_minimum.source))
            p { (text::jp_wage(lang, jp.rata_upah, jp.batas_upah)) }
            (source(lang, &jp.batas_upah_source))
            p { (text::jp_contribution(lang, jp.iuran_persen)) }
            (source(lang, &jp.iuran_source))
            (assumptions(lang, &jp.asumsi))
        }
    }

    /// The pension itself: monthly (`jp-bulanan`) or, with too few months, at once
    /// (`jp-sekaligus`).
    fn pension(&self, jp: &Jp) -> Markup {
        let lang = self.lang;
        match jp.manfaat {
            JpManfaat::Bulanan {
                persen,
                dihitung,
                minimum,
                maksimum,
                dibatasi,
                per_bulan,
            } => {
                let bound = match dibatasi {
                    Pembatas::Tidak => None,
                    Pembatas::Minimum => Some(text::jp_bound_applied(lang, true)),
                    Pembatas::Maksimum => Some(text::jp_bound_applied(lang, false)),
                };
                let body = html! {
                    p.formula {
                        (persen.value.format(lang)) " × (" (jp.bulan_total.to_string()) " / 12) × "
                        (rp(jp.rata_upah, lang)) " = " (rp(dihitung, lang))
                    }
                    (source(lang, &persen.source))
                    p { (text::jp_bounded(lang, minimum.value, maksimum.value)) }
                    @if let Some(bound) = bound {
                        p { (bound) }
                    }
                    (source(lang, &minimum.source))
                };
                let amount = per_month(per_bulan, lang);
                self.fold("jp-bulanan", text::jp_monthly_name(lang), &amount, body)
            }
            JpManfaat::Sekaligus {
                iuran,
                imbal,
                total,
                source: from,
            } => {
                let body = html! {
                    p.formula { (text::jp_lump_formula(lang, iuran, imbal, total)) }
                    (source(lang, &from))
                };
                self.fold("jp-sekaligus", text::jp_lump_name(lang), &rp(total, lang), body)
            }
        }
    }

    fn jkp(&self, jkp: &Result<Jkp, NotCovered>, masa: u32) -> Markup {
        let (lang, tx) = (self.lang, t(self.lang));
        let jkp = match jkp {
            Ok(jkp) => jkp,
            Err(e) => return not_covered(tx.jkp_heading, &text::not_covered(lang, e)),
        };
        let months = jkp.tahap.last().map_or(0, |s| s.bulan_sampai);
        html! {
            h3 { (tx.jkp_heading) }
            ul.lines {
                // One card per step, keyed by its first month.
                @for s in &jkp.tahap {
                    @let range = text::months_range(lang, s.bulan_dari, Some(s.bulan_sampai));
                    @let per_bulan = per_month(s.per_bulan, lang);
                    @let body = html! {
                        p.formula {
                            (s.persen.format(lang)) " × " (rp(jkp.dasar, lang)) " = " (per_bulan)
                            "; " (range) ": " (rp(s.jumlah, lang))
                        }
                        (source(lang, &jkp.source))
                    };
                    @let key = format!("jkp-{}", s.bulan_dari);
                    (self.fold(&key, &format!("JKP · {range}"), &per_bulan, body))
                }
            }
            (sum(&text::jkp_total_name(lang, months), &rp(jkp.total, lang)))
            p { (text::jkp_base(lang, jkp.upah, jkp.batas_upah, jkp.dasar)) }
            (source(lang, &jkp.batas_upah_source))
            p { (text::jkp_masa(lang, jkp.masa_iur_cukup, masa)) }
            (source(lang, &jkp.masa_iur_source))
            h4 { (tx.jkp_conditions) }
            ul.conditions {
                @for s in jkp.syarat {
                    li { (text::syarat_jkp(lang, *s)) }
                }
            }
            p { (text::jkp_funding(lang, &jkp.pendanaan)) }
            (source(lang, &jkp.pendanaan_source))
            (assumptions(lang, &jkp.asumsi))
        }
    }

    /// Every assumption of the page in one list, so none hides in a folded section.
    fn assumptions(&self, r: &ManfaatResult, segmen: Segmen) -> Markup {
        let (lang, tx) = (self.lang, t(self.lang));
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
        html! {
            h3 { (tx.page_assumptions_heading) }
            ul.conditions {
                li { (cost) }
                @for a in flags {
                    li { (text::asumsi(lang, a)) }
                }
            }
        }
    }
}

/// Contributions the participant pays (the details show the participant's share only).
fn paid_by_worker(l: &iuran::Line) -> bool {
    matches!(l.status, LineStatus::Charged) && l.amounts.worker > Rupiah::ZERO
}

/// A stable name of a benefit line, for its card's key.
fn item_key(item: Item) -> &'static str {
    match item {
        Item::SantunanSekaligus => "sekaligus",
        Item::SantunanBerkala => "berkala",
        Item::BiayaPemakaman => "pemakaman",
        Item::SantunanMasaTunggu => "masa-tunggu",
        Item::SantunanKematianKerja => "kematian-kerja",
        Item::SantunanCacatTotal => "cacat-total",
        Item::SantunanCacatSebagian(part) => match part {
            CacatAnatomis::DuaMata => "dua-mata",
            CacatAnatomis::SatuMata => "satu-mata",
            CacatAnatomis::LenganKananDariBahu => "lengan-kanan",
            CacatAnatomis::LenganKiriDariBahu => "lengan-kiri",
            CacatAnatomis::PendengaranDuaTelinga => "pendengaran",
        },
        Item::TransportDarat => "transport-darat",
        Item::TransportLaut => "transport-laut",
        Item::TransportUdara => "transport-udara",
        Item::HomeCare => "home-care",
    }
}

/// A programme's section when the inputs are outside what its rules cover.
fn not_covered(heading: &str, why: &str) -> Markup {
    html! {
        h3 { (heading) }
        p.error-box { (why) }
    }
}

/// `Dasar hukum: …`, with the weak-source mark when needed.
fn source(lang: Lang, s: &Source) -> Markup {
    html! {
        p.source {
            (t(lang).source_label) ": " (s.regulation) ", " (s.article)
            @if let Some(weak) = confidence_mark(lang, s.confidence) {
                " " span.weak { (weak) }
            }
        }
    }
}

/// A total under a list of cards.
fn sum(label: &str, amount: &str) -> Markup {
    html! {
        p.line-sum {
            span { (label) }
            b.money { (amount) }
        }
    }
}

/// Assumptions in words under their label; nothing when there are none.
fn assumptions(lang: Lang, list: &[Asumsi]) -> Markup {
    html! {
        @if !list.is_empty() {
            div.assumptions {
                p.assumptions-label { (t(lang).assumptions_label) }
                ul {
                    @for a in list {
                        li { (text::asumsi(lang, *a)) }
                    }
                }
            }
        }
    }
}

struct Table {
    class: &'static str,
    head: Vec<&'static str>,
    rows: Vec<Vec<String>>,
    foot: Option<Vec<String>>,
    caption: Option<&'static str>,
}

fn table(table: &Table) -> Markup {
    let row = |cells: &[String]| {
        html! {
            tr {
                @for cell in cells {
                    td { (cell) }
                }
            }
        }
    };
    html! {
        div.table-wrap {
            table class={ "data " (table.class) } {
                @if let Some(caption) = table.caption {
                    caption { (caption) }
                }
                thead {
                    tr {
                        @for head in &table.head {
                            th { (head) }
                        }
                    }
                }
                tbody {
                    @for cells in &table.rows {
                        (row(cells))
                    }
                }
                @if let Some(foot) = &table.foot {
                    tfoot { (row(foot)) }
                }
            }
        }
    }
}

fn per_month(amount: Rupiah, lang: Lang) -> String {
    format!("{}{}", rp(amount, lang), text::per_month_suffix(lang))
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

/// `Nov 2056`.
fn month_year(lang: Lang, date: Date) -> String {
    let months = &texts(lang).iuran.months;
    let name = months
        .get(usize::from(date.month()).saturating_sub(1))
        .copied()
        .unwrap_or_default();
    format!("{name} {}", date.year())
}
