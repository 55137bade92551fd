//! The agent view: a few big cards a prospect understands in ten seconds and the with/without
//! contrast for the family. The share and edit buttons stay components in the page.

use super::{rp, t};
use crate::i18n::iuran::measure;
use crate::i18n::manfaat::{self as text, ShareFacts};
use crate::pages::manfaat::Computed;
use jaring_core::iuran::IuranError;
use jaring_core::manfaat::jkk::kelipatan;
use jaring_core::manfaat::jkm::MasaTunggu;
use jaring_core::manfaat::jp::JpManfaat;
use jaring_core::manfaat::{Asumsi, Biaya, ManfaatResult, Segmen};
use jaring_core::money::format_decimal;
use jaring_core::{Lang, Rupiah};
use maud::{html, Markup};

/// Why the current inputs do not compute (if so), then the cards and the contrast.
pub fn agent(lang: Lang, c: &Computed) -> Markup {
    html! {
        @if let Some(e) = &c.error {
            div.error-box role="alert" {
                p { (text::error(lang, e)) }
                @if c.shown.is_some() {
                    p { (t(lang).stale_result) }
                }
            }
        }
        @if let Some(r) = &c.shown {
            @let (segmen, masa) = (c.input.segmen, c.input.masa_bulan);
            ul.benefits {
                (card(cost_card(lang, segmen, &c.cost)))
                (card(death_card(lang, r, masa)))
                (card(accident_card(lang, r)))
                (card(scholarship_card(lang, r)))
                (card(jht_card(lang, segmen, r)))
                @if let Some(pension) = pension_card(lang, r) {
                    (card(pension))
                }
            }
            (contrast(lang, r))
        }
    }
}

pub fn share_facts(r: &ManfaatResult, cost: &Result<Biaya, IuranError>) -> ShareFacts {
    let s = &r.ringkasan;
    ShareFacts {
        biaya: cost.as_ref().ok().map(|b| b.per_bulan),
        pu: r.jp.is_some(),
        kematian: r.jkm.total_penuh,
        masa_tunggu: r.jkm.aturan_masa_tunggu.map(|a| (a.bulan, a.jumlah)),
        kematian_kerja: s.kematian_kerja,
        beasiswa: s.beasiswa,
    }
}

/// What a card shows: a short label, the big line, and lines under it. Cards are data drawn by
/// one renderer, which keeps the compiled view code small.
struct Card {
    class: &'static str,
    label: String,
    big: Big,
    lines: Vec<Sub>,
}

enum Big {
    /// An amount, with its period (`sebulan`) if any.
    Money(String, Option<&'static str>),
    /// A sentence in place of a number (care without a ceiling, a prompt).
    Text(String),
}

/// A line under the big one: a fact, or a smaller note that explains the fact above it.
enum Sub {
    Line(String),
    Note(String),
}

fn card(card: Card) -> Markup {
    html! {
        li class={ "benefit " (card.class) } {
            p.benefit-label { (card.label) }
            p.benefit-big {
                @match card.big {
                    Big::Money(amount, unit) => {
                        span.money { (amount) }
                        @if let Some(unit) = unit {
                            " " span.benefit-unit { (unit) }
                        }
                    }
                    Big::Text(text) => span.benefit-text { (text) }
                }
            }
            @for sub in card.lines {
                @match sub {
                    Sub::Line(text) => p.benefit-sub { (text) },
                    Sub::Note(text) => p.benefit-note { (text) },
                }
            }
        }
    }
}

fn money(amount: Rupiah, lang: Lang) -> Big {
    Big::Money(amount.format(lang), None)
}

fn cost_card(lang: Lang, segmen: Segmen, cost: &Result<Biaya, IuranError>) -> Card {
    let t = t(lang);
    let label = match segmen {
        Segmen::Bpu => t.cost_label_bpu,
        Segmen::Pu => t.cost_label_pu,
    }
    .to_string();
    let biaya = match cost {
        Ok(b) => b,
        Err(e) => {
            let lines = vec![Sub::Line(text::cost_error(lang, e))];
            return Card {
                class: "benefit-cost",
                label,
                big: Big::Text("–".to_string()),
                lines,
            };
        }
    };
    let big = Big::Money(biaya.per_bulan.format(lang), Some(t.a_month));
    let mut lines = vec![Sub::Line(format!(
        "= {}",
        text::per(lang, biaya.per_hari, t.a_day)
    ))];
    let relief = biaya.iuran.lines.iter().find_map(|l| l.relief);
    if let (Some(normal), Some(relief)) = (biaya.tanpa_keringanan, relief) {
        lines.push(Sub::Note(text::relief_note(
            lang,
            measure(lang, relief.measure),
            normal,
        )));
    }
    match (segmen, biaya.jht_bpu) {
        (Segmen::Bpu, Some(jht)) => lines.push(Sub::Note(text::jht_bpu_note(lang, jht))),
        (Segmen::Pu, _) => lines.push(Sub::Note(t.employer_note.to_string())),
        (Segmen::Bpu, None) => {}
    }
    Card {
        class: "benefit-cost",
        label,
        big,
        lines,
    }
}

/// `masa`: months of membership entered (the JKM scholarship condition compares against it).
fn death_card(lang: Lang, r: &ManfaatResult, masa: u32) -> Card {
    let t = t(lang);
    let jkm = &r.jkm;
    let mut lines = vec![Sub::Line(t.for_family.to_string())];
    match (jkm.masa_tunggu, jkm.aturan_masa_tunggu) {
        (MasaTunggu::Berlaku { bulan }, _) => {
            lines.push(Sub::Line(text::masa_tunggu_now(lang, bulan, jkm.total_penuh)))
        }
        (_, Some(rule)) => lines.push(Sub::Note(text::masa_tunggu_rule(lang, rule.bulan, rule.jumlah))),
        (_, None) => {}
    }
    if jkm.masa_tunggu == MasaTunggu::BelumDiketahui {
        lines.push(Sub::Note(
            text::asumsi(lang, Asumsi::MasaTungguBelumDiketahui).to_string(),
        ));
    }
    let b = &r.beasiswa;
    if r.ringkasan.beasiswa_kematian_biasa > Rupiah::ZERO {
        lines.push(Sub::Line(text::plus_scholarship(
            lang,
            r.ringkasan.beasiswa_kematian_biasa,
        )));
    } else if b.total_jkk > Rupiah::ZERO {
        lines.push(Sub::Note(text::scholarship_after(lang, b.masa_jkm_bulan, masa)));
    }
    Card {
        class: "benefit-death",
        label: t.death_label.to_string(),
        big: money(jkm.total, lang),
        lines,
    }
}

fn accident_card(lang: Lang, r: &ManfaatResult) -> Card {
    let t = t(lang);
    let jkk = &r.jkk;
    let mut lines = vec![Sub::Line(t.care_sub.to_string())];
    if let Some(first) = jkk.stmb.first() {
        let months = first
            .bulan_sampai
            .map_or(0, |to| to.saturating_sub(first.bulan_dari).saturating_add(1));
        let then = jkk.stmb.get(1).map(|s| s.persen);
        lines.push(Sub::Line(text::stmb_sentence(
            lang,
            first.per_bulan,
            months,
            then,
        )));
    }
    let multiple = |lines: &[jaring_core::manfaat::Line]| {
        lines
            .first()
            .and_then(|l| kelipatan(&l.formula))
            .map(|m| format_decimal(m, lang))
            .unwrap_or_default()
    };
    let beasiswa = (r.beasiswa.total_jkk > Rupiah::ZERO).then_some(r.beasiswa.total_jkk);
    lines.extend([
        Sub::Line(format!(
            "{}: {}",
            text::accident_death_label(lang),
            r.ringkasan.kematian_kerja.format(lang)
        )),
        Sub::Note(text::accident_death(lang, &multiple(&jkk.kematian), beasiswa)),
        Sub::Line(text::disability(lang, jkk.cacat_total_total)),
        Sub::Note(text::disability_note(lang, &multiple(&jkk.cacat_total))),
    ]);
    let big = Big::Text(t.care_big.to_string());
    Card {
        class: "benefit-accident",
        label: t.accident_label.to_string(),
        big,
        lines,
    }
}

fn scholarship_card(lang: Lang, r: &ManfaatResult) -> Card {
    let t = t(lang);
    let b = &r.beasiswa;
    let label = t.scholarship_label.to_string();
    let when = Sub::Note(text::scholarship_when(lang, b.masa_jkm_bulan));
    if b.anak.is_empty() {
        let big = Big::Text(text::scholarship_none(lang, b.maks_per_anak, b.anak_maks));
        return Card {
            class: "benefit-school benefit-prompt",
            label,
            big,
            lines: vec![when],
        };
    }
    let covered = b.anak.iter().filter(|a| a.ditanggung).count();
    let mut lines = vec![Sub::Line(text::children_count(lang, covered))];
    lines.extend(b.anak.iter().map(|a| {
        Sub::Line(match (a.ditanggung, a.total > Rupiah::ZERO) {
            (false, _) => text::child_not_covered(lang, a.usia, b.anak_maks),
            (true, false) => text::child_too_old(lang, a.usia),
            (true, true) => text::child_line(lang, a.usia, a.total),
        })
    }));
    lines.push(when);
    Card {
        class: "benefit-school",
        label,
        big: money(b.total_jkk, lang),
        lines,
    }
}

fn jht_card(lang: Lang, segmen: Segmen, r: &ManfaatResult) -> Card {
    let jht = &r.jht;
    let mut lines = vec![Sub::Line(text::jht_sub(lang, jht.iuran_bulan, jht.imbal))];
    if jht.baris.is_empty() {
        lines.push(Sub::Note(text::jht_already(lang, jht.usia_jht)));
    }
    if segmen == Segmen::Bpu {
        lines.push(Sub::Note(t(lang).jht_bpu_optional.to_string()));
    }
    Card {
        class: "benefit-jht",
        label: text::jht_label(lang, jht.usia_jht),
        big: money(jht.saldo_akhir, lang),
        lines,
    }
}

/// PU only: the pension and the job-loss benefit, in one smaller card.
fn pension_card(lang: Lang, r: &ManfaatResult) -> Option<Card> {
    let t = t(lang);
    let pension = match r.jp.as_ref()? {
        Ok(jp) => match jp.manfaat {
            JpManfaat::Bulanan { per_bulan, .. } => text::jp_monthly(lang, per_bulan, jp.usia_pensiun),
            JpManfaat::Sekaligus { total, .. } => {
                text::jp_lump(lang, total, jp.usia_pensiun, jp.bulan_minimum.value)
            }
        },
        Err(e) => text::not_covered(lang, e),
    };
    let job_loss = match &r.jkp {
        Some(Ok(jkp)) => {
            let months = jkp.tahap.last().map_or(0, |s| s.bulan_sampai);
            let first = jkp.tahap.first().map_or(Rupiah::ZERO, |s| s.per_bulan);
            Some(text::jkp_card(lang, first, months))
        }
        Some(Err(e)) => Some(text::not_covered(lang, e)),
        None => None,
    };
    let lines = job_loss.map(Sub::Line).into_iter().collect();
    Some(Card {
        class: "benefit-pension",
        label: t.pension_label.to_string(),
        big: Big::Text(pension),
        lines,
    })
}

/// What the family receives with and without the protection.
fn contrast(lang: Lang, r: &ManfaatResult) -> Markup {
    let t = t(lang);
    let zero = rp(Rupiah::ZERO, lang);
    let mut rows = vec![
        (t.row_death, zero.clone(), rp(r.ringkasan.kematian_biasa, lang)),
        (t.row_accident_death, zero, rp(r.ringkasan.kematian_kerja, lang)),
        (t.row_care, t.family_pays.to_string(), t.paid_in_full.to_string()),
    ];
    if r.beasiswa.total_jkk > Rupiah::ZERO {
        rows.push((
            t.row_school,
            t.family_pays.to_string(),
            rp(r.beasiswa.total_jkk, lang),
        ));
    }
    html! {
        div.contrast {
            h3 { (t.contrast_heading) }
            div.contrast-row.contrast-head aria-hidden="true" {
                span.without { (t.without) }
                span.with { (t.with) }
            }
            dl {
                @for (label, without, with) in &rows {
                    div.contrast-row {
                        dt { (label) }
                        dd.without { span.visually-hidden { (t.without) ": " } (without) }
                        dd.with { span.visually-hidden { (t.with) ": " } (with) }
                    }
                }
            }
        }
    }
}
