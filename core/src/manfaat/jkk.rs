//! JKK (Jaminan Kecelakaan Kerja): benefits after a work accident or occupational disease
//! (PP 82/2019 Lampiran III).
//! "Upah" is the monthly wage for PU and the declared income level for BPU.

use super::{bagian, jumlah, kali, Formula, Item, Line, ManfaatError};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use crate::rules::manfaat::{Cited, JKK, JKM, STMB};
use crate::rules::Source;
use rust_decimal::Decimal;

/// Medical care is paid as medically needed: the UI says so instead of showing a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Perawatan {
    TanpaBatasBiaya,
}

/// One step of STMB (temporary incapacity pay): `persen` of upah a month, from month `bulan_dari`
/// to `bulan_sampai` (until recovery when `None`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stmb {
    pub bulan_dari: u32,
    pub bulan_sampai: Option<u32>,
    pub persen: Percent,
    pub per_bulan: Rupiah,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jkk {
    pub upah: Rupiah,
    pub perawatan: Perawatan,
    pub perawatan_source: Source,
    pub stmb: Vec<Stmb>,
    pub stmb_source: Source,
    /// Death from a work accident: lump sum, periodic, funeral.
    pub kematian: Vec<Line>,
    pub kematian_total: Rupiah,
    /// Total permanent disability: lump sum and periodic.
    pub cacat_total: Vec<Line>,
    pub cacat_total_total: Rupiah,
    /// Partial anatomical disability, one line per common case.
    pub cacat_sebagian: Vec<Line>,
    /// Reimbursement ceilings: transport by mode and home care.
    pub penggantian: Vec<Line>,
}

/// The JKK benefits on `date` for a monthly `upah`.
pub fn hitung(date: Date, upah: Rupiah) -> Result<Jkk, ManfaatError> {
    let rule = JKK.at(date)?;
    let stmb_rule = STMB.at(date)?;
    // The death lump sum is at least the JKM lump sum in force.
    let jkm = JKM.at(date)?;
    let r = rule.value;

    let mut stmb = Vec::with_capacity(stmb_rule.value.len());
    let mut bulan_dari = 1_u32;
    for step in stmb_rule.value {
        let bulan_sampai = step.bulan.map(|n| bulan_dari.saturating_add(n.saturating_sub(1)));
        stmb.push(Stmb {
            bulan_dari,
            bulan_sampai,
            persen: step.persen,
            per_bulan: bagian(upah, step.persen)?,
        });
        bulan_dari = bulan_dari.saturating_add(step.bulan.unwrap_or(0));
    }

    let kali_upah = |item, persen: Cited<Percent>, minimum: Option<Rupiah>| -> Result<Line, ManfaatError> {
        let computed = kali(kali(upah, persen.value.fraction())?, r.pengali)?.rounded();
        Ok(Line {
            item,
            jumlah: minimum.map_or(computed, |m| computed.max(m)),
            formula: Formula::KaliUpah {
                upah,
                persen: persen.value,
                pengali: r.pengali,
                minimum,
            },
            source: persen.source,
        })
    };
    let tetap = |item, amount: Cited<Rupiah>| Line {
        item,
        jumlah: amount.value,
        formula: Formula::Tetap,
        source: amount.source,
    };
    let maksimum = |item, amount: Cited<Rupiah>, bulan| Line {
        item,
        jumlah: amount.value,
        formula: Formula::Maksimum { bulan },
        source: amount.source,
    };

    let kematian = vec![
        kali_upah(
            Item::SantunanKematianKerja,
            r.kematian_persen,
            Some(jkm.value.sekaligus.value),
        )?,
        tetap(Item::SantunanBerkala, r.berkala),
        tetap(Item::BiayaPemakaman, r.pemakaman),
    ];
    let cacat_total = vec![
        kali_upah(Item::SantunanCacatTotal, r.cacat_total_persen, None)?,
        tetap(Item::SantunanBerkala, r.berkala),
    ];
    let cacat_sebagian = r
        .cacat_sebagian
        .iter()
        .map(|(cacat, persen)| {
            let cited = Cited {
                value: *persen,
                source: r.cacat_sebagian_source,
            };
            kali_upah(Item::SantunanCacatSebagian(*cacat), cited, None)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let penggantian = vec![
        maksimum(Item::TransportDarat, r.transport_darat, None),
        maksimum(Item::TransportLaut, r.transport_laut, None),
        maksimum(Item::TransportUdara, r.transport_udara, None),
        maksimum(Item::HomeCare, r.homecare_maks, Some(r.homecare_bulan)),
    ];
    Ok(Jkk {
        upah,
        perawatan: Perawatan::TanpaBatasBiaya,
        perawatan_source: r.perawatan,
        stmb,
        stmb_source: stmb_rule.source,
        kematian_total: jumlah(&kematian)?,
        kematian,
        cacat_total_total: jumlah(&cacat_total)?,
        cacat_total,
        cacat_sebagian,
        penggantian,
    })
}

/// The lump-sum multiple of upah for a JKK line (48 for death, 56 for total disability).
pub fn kelipatan(formula: &Formula) -> Option<Decimal> {
    match formula {
        Formula::KaliUpah { persen, pengali, .. } => persen.fraction().checked_mul(*pengali),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn stmb_steps_follow_each_regulation() {
        let upah = Rupiah::from_whole(4_000_000);
        let now = hitung(Date::ymd(2025, 1, 1), upah).map(|j| j.stmb);
        let expected = vec![
            Stmb {
                bulan_dari: 1,
                bulan_sampai: Some(12),
                persen: Percent::new(dec!(100)),
                per_bulan: upah,
            },
            Stmb {
                bulan_dari: 13,
                bulan_sampai: None,
                persen: Percent::new(dec!(50)),
                per_bulan: Rupiah::from_whole(2_000_000),
            },
        ];
        assert_eq!(now, Ok(expected));
        // Before PP 82/2019 the JKK lump sums are not in the reference: fail closed.
        assert!(hitung(Date::ymd(2019, 12, 1), upah).is_err());
    }

    #[test]
    fn death_lump_sum_is_at_least_the_jkm_lump_sum() {
        let jkk = hitung(Date::ymd(2025, 1, 1), Rupiah::from_whole(300_000));
        let first = jkk.map(|j| j.kematian.first().map(|l| l.jumlah));
        assert_eq!(first, Ok(Some(Rupiah::from_whole(20_000_000))));
    }

    #[test]
    fn multiples_are_48_and_56() {
        let jkk = hitung(Date::ymd(2025, 1, 1), Rupiah::from_whole(1)).map(|j| {
            (
                j.kematian.first().and_then(|l| kelipatan(&l.formula)),
                j.cacat_total.first().and_then(|l| kelipatan(&l.formula)),
            )
        });
        assert_eq!(jkk, Ok((Some(dec!(48)), Some(dec!(56)))));
    }
}
