//! JKM (Jaminan Kematian): the cash benefit on a death not caused by work (PP 82/2019
//! Lampiran III).

use super::{jumlah, kali, Formula, Item, Line, ManfaatError, Segmen};
use crate::date::Date;
use crate::money::Rupiah;
use crate::rules::manfaat::{JKM, MASA_TUNGGU_BPU};
use crate::rules::Source;

/// Whether the BPU waiting period reduces the benefit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MasaTunggu {
    /// Not a BPU participant in the first months: the full benefit.
    TidakBerlaku,
    /// BPU death within the first `bulan` months: only the reduced amount.
    Berlaku { bulan: u32 },
    /// BPU in the first 3 months on a date before the rule's known start: the full benefit is
    /// shown, but the rule may already have applied ([`super::Asumsi::MasaTungguBelumDiketahui`]).
    BelumDiketahui,
}

/// The BPU waiting-period rule: a death within the first `bulan` months pays only `jumlah`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AturanMasaTunggu {
    pub bulan: u32,
    pub jumlah: Rupiah,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jkm {
    pub baris: Vec<Line>,
    pub total: Rupiah,
    /// The full benefit once past any waiting period (equals `total` outside it).
    pub total_penuh: Rupiah,
    pub masa_tunggu: MasaTunggu,
    /// BPU only: the waiting-period rule in force on the date, so the page can state it to a
    /// prospect whose own membership is already past it.
    pub aturan_masa_tunggu: Option<AturanMasaTunggu>,
}

/// The JKM benefit on `date` for a participant with `masa_bulan` months of membership.
pub fn hitung(date: Date, segmen: Segmen, masa_bulan: u32) -> Result<Jkm, ManfaatError> {
    let rule = JKM.at(date)?;
    let jkm = rule.value;
    let berkala = jkm.berkala_per_bulan.value;
    let penuh = vec![
        Line {
            item: Item::SantunanSekaligus,
            jumlah: jkm.sekaligus.value,
            formula: Formula::Tetap,
            source: jkm.sekaligus.source,
        },
        Line {
            item: Item::SantunanBerkala,
            jumlah: kali(berkala, jkm.berkala_bulan)?.rounded(),
            formula: Formula::Kali {
                kali: jkm.berkala_bulan,
                per: berkala,
            },
            source: jkm.berkala_per_bulan.source,
        },
        Line {
            item: Item::BiayaPemakaman,
            jumlah: jkm.pemakaman.value,
            formula: Formula::Tetap,
            source: jkm.pemakaman.source,
        },
    ];
    let total_penuh = jumlah(&penuh)?;

    let early = |bulan: u32| segmen == Segmen::Bpu && masa_bulan <= bulan;
    let aturan = MASA_TUNGGU_BPU.at(date);
    let aturan_masa_tunggu = match (segmen, aturan) {
        (Segmen::Bpu, Ok(tunggu)) => Some(AturanMasaTunggu {
            bulan: tunggu.value.bulan,
            jumlah: tunggu.value.jumlah,
            source: tunggu.source,
        }),
        _ => None,
    };
    let (baris, masa_tunggu) = match aturan {
        Ok(tunggu) if early(tunggu.value.bulan) => {
            let baris = vec![Line {
                item: Item::SantunanMasaTunggu,
                jumlah: tunggu.value.jumlah,
                formula: Formula::Tetap,
                source: tunggu.source,
            }];
            let bulan = tunggu.value.bulan;
            (baris, MasaTunggu::Berlaku { bulan })
        }
        Ok(_) => (penuh, MasaTunggu::TidakBerlaku),
        Err(_) if MASA_TUNGGU_BPU.values.iter().any(|t| early(t.value.bulan)) => {
            (penuh, MasaTunggu::BelumDiketahui)
        }
        Err(_) => (penuh, MasaTunggu::TidakBerlaku),
    };
    Ok(Jkm {
        total: jumlah(&baris)?,
        baris,
        total_penuh,
        masa_tunggu,
        aturan_masa_tunggu,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_amounts_before_pp_82_2019() {
        let jkm = hitung(Date::ymd(2019, 12, 1), Segmen::Pu, 12);
        assert_eq!(
            jkm.map(|j| j.total),
            Ok(Rupiah::from_whole(16_200_000 + 4_800_000 + 3_000_000))
        );
        assert!(hitung(Date::ymd(2015, 6, 30), Segmen::Pu, 12).is_err());
    }

    #[test]
    fn bpu_waiting_period_is_unknown_before_2025() {
        let jkm = hitung(Date::ymd(2024, 12, 31), Segmen::Bpu, 2).map(|j| j.masa_tunggu);
        assert_eq!(jkm, Ok(MasaTunggu::BelumDiketahui));
        let jkm = hitung(Date::ymd(2024, 12, 31), Segmen::Bpu, 4).map(|j| j.masa_tunggu);
        assert_eq!(jkm, Ok(MasaTunggu::TidakBerlaku));
    }

    #[test]
    fn the_waiting_period_rule_is_reported_to_bpu_only_while_in_force() {
        let rule = |date, segmen, masa| {
            hitung(date, segmen, masa).map(|j| j.aturan_masa_tunggu.map(|a| (a.bulan, a.jumlah)))
        };
        let ten_juta = Some((3, Rupiah::from_whole(10_000_000)));
        assert_eq!(rule(Date::ymd(2025, 6, 1), Segmen::Bpu, 2), Ok(ten_juta));
        assert_eq!(rule(Date::ymd(2025, 6, 1), Segmen::Bpu, 24), Ok(ten_juta));
        assert_eq!(rule(Date::ymd(2025, 6, 1), Segmen::Pu, 2), Ok(None));
        assert_eq!(rule(Date::ymd(2024, 6, 1), Segmen::Bpu, 2), Ok(None));
        let early = hitung(Date::ymd(2025, 6, 1), Segmen::Bpu, 2).map(|j| (j.total, j.total_penuh));
        assert_eq!(
            early,
            Ok((Rupiah::from_whole(10_000_000), Rupiah::from_whole(42_000_000)))
        );
    }
}
