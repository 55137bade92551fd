//! BPU (Bukan Penerima Upah, self-employed / informal workers): contributions on a declared
//! income level (`reference/regulations.md` §2.1, §2.2).
//!
//! The official income-level table (PP 44/2015 Lampiran II) was not obtained. Only its end points
//! are confirmed (Rp1.000.000 → JKK Rp10.000; Rp20.700.000 → JKK Rp207.000), so the calculator
//! takes 1% of the declared income within that range and marks the result provisional.

use super::{in_force, Confidence, Dated, NotCovered, Period, RuleId, Source};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use rust_decimal::dec;

/// The day PP 44/2015 took effect.
pub const START: Date = Date::ymd(2015, 7, 1);

/// The range of income levels (tingkat penghasilan) of Lampiran II; only the end points are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LevelRange {
    pub min: Rupiah,
    pub max: Rupiah,
}

impl LevelRange {
    /// Whether `level` is one of the confirmed end points (not a provisional in-between level).
    pub fn is_end_point(&self, level: Rupiah) -> bool {
        level == self.min || level == self.max
    }
}

/// JKK for BPU: 1% of the chosen income level.
pub static JKK: [Dated<Percent>; 1] = [Dated {
    period: Period::from(START),
    value: Percent::new(dec!(1)),
    source: Source {
        regulation: "PP 44/2015",
        article: "Lampiran II (1% dari tingkat penghasilan)",
        confidence: Confidence::Confirmed,
    },
}];

/// JKM for BPU: a flat Rp6.800 per month.
pub static JKM: [Dated<Rupiah>; 1] = [Dated {
    period: Period::from(START),
    value: Rupiah::new(dec!(6800)),
    source: Source {
        regulation: "PP 44/2015",
        article: "iuran JKM BPU Rp6.800/bulan (dirujuk PP 49/2020 Pasal 9, PP 50/2025 Pasal 4)",
        confidence: Confidence::Confirmed,
    },
}];

/// Optional JHT for BPU: 2% of the chosen income level.
pub static JHT: [Dated<Percent>; 1] = [Dated {
    period: Period::from(START),
    value: Percent::new(dec!(2)),
    source: Source {
        regulation: "PP 46/2015",
        article: "Lampiran (2% dari tingkat penghasilan)",
        confidence: Confidence::Confirmed,
    },
}];

/// The income levels a BPU participant can declare (end points confirmed; the steps between are
/// not known, see the module documentation).
pub static LEVELS: [Dated<LevelRange>; 1] = [Dated {
    period: Period::from(START),
    value: LevelRange {
        min: Rupiah::new(dec!(1000000)),
        max: Rupiah::new(dec!(20700000)),
    },
    source: Source {
        regulation: "PP 44/2015",
        article: "Lampiran II (tingkat penghasilan Rp1.000.000 s.d. Rp20.700.000)",
        confidence: Confidence::Confirmed,
    },
}];

/// Payment periods a participant may choose: 1, 3, 6 or 12 months paid at once.
pub static PAYMENT_MONTHS: [Dated<[u8; 4]>; 1] = [Dated {
    period: Period::from(START),
    value: [1, 3, 6, 12],
    source: Source {
        regulation: "Permenaker 5/2021",
        article: "pembayaran iuran BPU per 1/3/6/12 bulan (teks lengkap tidak terbaca)",
        confidence: Confidence::Unverified,
    },
}];

pub fn jkk(date: Date) -> Result<&'static Dated<Percent>, NotCovered> {
    in_force(RuleId::BpuRates, &JKK, date)
}

pub fn jkm(date: Date) -> Result<&'static Dated<Rupiah>, NotCovered> {
    in_force(RuleId::BpuRates, &JKM, date)
}

pub fn jht(date: Date) -> Result<&'static Dated<Percent>, NotCovered> {
    in_force(RuleId::BpuRates, &JHT, date)
}

pub fn levels(date: Date) -> Result<&'static Dated<LevelRange>, NotCovered> {
    in_force(RuleId::BpuRates, &LEVELS, date)
}

pub fn payment_months(date: Date) -> Result<&'static Dated<[u8; 4]>, NotCovered> {
    in_force(RuleId::BpuRates, &PAYMENT_MONTHS, date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assert_well_formed;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed(&JKK);
        assert_well_formed(&JKM);
        assert_well_formed(&JHT);
        assert_well_formed(&LEVELS);
        assert_well_formed(&PAYMENT_MONTHS);
    }

    #[test]
    fn minimum_package_is_16_800() {
        let date = Date::ymd(2024, 1, 1);
        let (Ok(jkk), Ok(jkm), Ok(levels)) = (jkk(date), jkm(date), levels(date)) else {
            panic!("BPU rules must cover 2024");
        };
        let package = levels.value.min.percent(jkk.value) + jkm.value;
        assert_eq!(package, Rupiah::from_whole(16_800));
    }
}
