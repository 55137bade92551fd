//! PU (Penerima Upah, wage earners): contribution rates, the JP wage cap and JKP
//! (`reference/regulations.md` §1.1, §1.2, §1.5, §1.6).
//!
//! Each programme has its own table so that every result line can cite its own regulation.

use super::{in_force, Confidence, Dated, NotCovered, Period, RuleId, Source};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use rust_decimal::dec;
use rust_decimal::Decimal;

/// The day PP 44/2015, PP 45/2015 and PP 46/2015 took effect (JKK, JKM, JHT rates; JP starts).
pub const START: Date = Date::ymd(2015, 7, 1);

/// Kelompok tingkat risiko lingkungan kerja: the JKK risk class of a company (PP 44/2015 Lampiran I).
/// The UI owns the example industries of each class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RiskClass {
    /// Sangat rendah (very low), e.g. trade, banks, garment.
    I,
    /// Rendah (low).
    II,
    /// Sedang (medium).
    III,
    /// Tinggi (high).
    IV,
    /// Sangat tinggi (very high).
    V,
}

impl RiskClass {
    pub const ALL: [RiskClass; 5] = [
        RiskClass::I,
        RiskClass::II,
        RiskClass::III,
        RiskClass::IV,
        RiskClass::V,
    ];

    /// 1 for class I … 5 for class V (the share-link value `risiko`).
    pub const fn number(self) -> u8 {
        match self {
            RiskClass::I => 1,
            RiskClass::II => 2,
            RiskClass::III => 3,
            RiskClass::IV => 4,
            RiskClass::V => 5,
        }
    }

    pub const fn from_number(number: u8) -> Option<RiskClass> {
        match number {
            1 => Some(RiskClass::I),
            2 => Some(RiskClass::II),
            3 => Some(RiskClass::III),
            4 => Some(RiskClass::IV),
            5 => Some(RiskClass::V),
            _ => None,
        }
    }
}

/// JKK rates of the five risk classes (all paid by the employer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JkkRates {
    pub i: Percent,
    pub ii: Percent,
    pub iii: Percent,
    pub iv: Percent,
    pub v: Percent,
}

impl JkkRates {
    pub const fn rate(&self, class: RiskClass) -> Percent {
        match class {
            RiskClass::I => self.i,
            RiskClass::II => self.ii,
            RiskClass::III => self.iii,
            RiskClass::IV => self.iv,
            RiskClass::V => self.v,
        }
    }
}

/// A rate split between the employer (pemberi kerja) and the worker (pekerja).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split {
    pub employer: Percent,
    pub worker: Percent,
}

impl Split {
    /// Employer + worker, e.g. 5,7% for JHT.
    pub fn total(&self) -> Percent {
        self.employer + self.worker // ok: two small constant rates
    }
}

const fn pct(value: Decimal) -> Percent {
    Percent::new(value)
}

/// JKK (Jaminan Kecelakaan Kerja, work-accident insurance) rates by risk class.
pub static JKK: [Dated<JkkRates>; 1] = [Dated {
    period: Period::from(START),
    value: JkkRates {
        i: pct(dec!(0.24)),
        ii: pct(dec!(0.54)),
        iii: pct(dec!(0.89)),
        iv: pct(dec!(1.27)),
        v: pct(dec!(1.74)),
    },
    source: Source {
        regulation: "PP 44/2015",
        article: "Pasal 16(1) + Lampiran I",
        confidence: Confidence::Confirmed,
    },
}];

/// JKM (Jaminan Kematian, death insurance) rate, paid by the employer.
pub static JKM: [Dated<Percent>; 1] = [Dated {
    period: Period::from(START),
    value: pct(dec!(0.30)),
    source: Source {
        regulation: "PP 44/2015",
        article: "pasal iuran JKM bagi PU (0,30% dari upah sebulan)",
        confidence: Confidence::Confirmed,
    },
}];

/// JHT (Jaminan Hari Tua, old-age savings) rates: 3,7% employer + 2% worker.
pub static JHT: [Dated<Split>; 1] = [Dated {
    period: Period::from(START),
    value: Split {
        employer: pct(dec!(3.7)),
        worker: pct(dec!(2)),
    },
    source: Source {
        regulation: "PP 46/2015",
        article: "pasal iuran JHT (3,7% pemberi kerja + 2% pekerja)",
        confidence: Confidence::Confirmed,
    },
}];

/// JP (Jaminan Pensiun, pension) rates: 2% employer + 1% worker, on the wage up to the JP cap.
pub static JP: [Dated<Split>; 1] = [Dated {
    period: Period::from(START),
    value: Split {
        employer: pct(dec!(2)),
        worker: pct(dec!(1)),
    },
    source: Source {
        regulation: "PP 45/2015",
        article: "Pasal 28",
        confidence: Confidence::Confirmed,
    },
}];

const fn cap(
    from: Date,
    until: Date,
    amount: Decimal,
    article: &'static str,
    confidence: Confidence,
) -> Dated<Rupiah> {
    Dated {
        period: Period::between(from, until),
        value: Rupiah::new(amount),
        source: Source {
            regulation: "PP 45/2015",
            article,
            confidence,
        },
    }
}

const ADJUSTED: &str = "Pasal 29(3)-(4): batas upah × (1 + pertumbuhan PDB), berlaku Maret";
const ADJUSTED_2026: &str =
    "Pasal 29(3)-(4); surat BPJS Ketenagakerjaan B/1226/022026 (dikutip sumber sekunder)";

/// The JP wage cap (batas upah tertinggi JP), changed each 1 March by the previous year's GDP growth.
///
/// The last entry ends on 2027-03-01: the cap from March 2027 is not published yet, so a later
/// date fails closed instead of reusing the 2026 cap.
pub static JP_WAGE_CAP: [Dated<Rupiah>; 12] = [
    cap(
        START,
        Date::ymd(2016, 3, 1),
        dec!(7000000),
        "Pasal 29(2)",
        Confidence::Confirmed,
    ),
    cap(
        Date::ymd(2016, 3, 1),
        Date::ymd(2017, 3, 1),
        dec!(7335300),
        ADJUSTED,
        Confidence::Confirmed,
    ),
    cap(
        Date::ymd(2017, 3, 1),
        Date::ymd(2018, 3, 1),
        dec!(7703500),
        ADJUSTED,
        Confidence::Confirmed,
    ),
    cap(
        Date::ymd(2018, 3, 1),
        Date::ymd(2019, 3, 1),
        dec!(8094000),
        ADJUSTED,
        Confidence::Confirmed,
    ),
    cap(
        Date::ymd(2019, 3, 1),
        Date::ymd(2020, 3, 1),
        dec!(8512400),
        ADJUSTED,
        Confidence::Confirmed,
    ),
    cap(
        Date::ymd(2020, 3, 1),
        Date::ymd(2021, 3, 1),
        dec!(8939700),
        ADJUSTED,
        Confidence::Confirmed,
    ),
    // Not stated in a source: the only value that reproduces the confirmed 2022 cap (§1.5).
    cap(
        Date::ymd(2021, 3, 1),
        Date::ymd(2022, 3, 1),
        dec!(8754600),
        ADJUSTED,
        Confidence::Derived,
    ),
    cap(
        Date::ymd(2022, 3, 1),
        Date::ymd(2023, 3, 1),
        dec!(9077600),
        ADJUSTED,
        Confidence::Confirmed,
    ),
    cap(
        Date::ymd(2023, 3, 1),
        Date::ymd(2024, 3, 1),
        dec!(9559600),
        ADJUSTED,
        Confidence::Confirmed,
    ),
    cap(
        Date::ymd(2024, 3, 1),
        Date::ymd(2025, 3, 1),
        dec!(10042300),
        ADJUSTED,
        Confidence::Confirmed,
    ),
    // Only third-party calculators state it; it matches the formula exactly.
    cap(
        Date::ymd(2025, 3, 1),
        Date::ymd(2026, 3, 1),
        dec!(10547400),
        ADJUSTED,
        Confidence::OneSource,
    ),
    // BPJS letter B/1226/022026 as cited by several independent public payroll codebases (no
    // official page in our sources); it matches the formula exactly with GDP 2025 of 5,11%.
    cap(
        Date::ymd(2026, 3, 1),
        Date::ymd(2027, 3, 1),
        dec!(11086300),
        ADJUSTED_2026,
        Confidence::OneSource,
    ),
];

/// JKP (Jaminan Kehilangan Pekerjaan, job-loss insurance): funded by the central government and by
/// recomposing part of the JKK (and, before PP 6/2025, JKM) contribution, so employer and worker
/// pay nothing extra.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JkpRule {
    /// Total JKP contribution, % of the wage up to `wage_cap`.
    pub rate: Percent,
    /// Part paid by the central government.
    pub government: Percent,
    /// Part moved from the employer's JKK contribution.
    pub from_jkk: Percent,
    /// Part moved from the employer's JKM contribution.
    pub from_jkm: Percent,
    /// Wage cap for the JKP contribution and benefit.
    pub wage_cap: Rupiah,
}

/// The day PP 37/2021 (JKP) took effect.
pub const JKP_START: Date = Date::ymd(2021, 2, 2);
/// The day PP 6/2025 (JKP 0,36%) took effect.
pub const JKP_PP6_2025: Date = Date::ymd(2025, 2, 7);

pub static JKP: [Dated<JkpRule>; 2] = [
    Dated {
        period: Period::between(JKP_START, JKP_PP6_2025),
        value: JkpRule {
            rate: pct(dec!(0.46)),
            government: pct(dec!(0.22)),
            from_jkk: pct(dec!(0.14)),
            from_jkm: pct(dec!(0.10)),
            wage_cap: Rupiah::new(dec!(5000000)),
        },
        source: Source {
            regulation: "PP 37/2021",
            article: "Pasal 11",
            confidence: Confidence::Confirmed,
        },
    },
    Dated {
        period: Period::from(JKP_PP6_2025),
        value: JkpRule {
            rate: pct(dec!(0.36)),
            government: pct(dec!(0.22)),
            from_jkk: pct(dec!(0.14)),
            from_jkm: pct(dec!(0)),
            wage_cap: Rupiah::new(dec!(5000000)),
        },
        source: Source {
            regulation: "PP 6/2025",
            article: "Pasal 11(2) + Pasal 21(3)",
            confidence: Confidence::Confirmed,
        },
    },
];

/// Days of work that make a month for a daily-paid worker: monthly wage = daily wage × 25.
pub static DAILY_WAGE_DAYS: [Dated<u8>; 1] = [Dated {
    period: Period::from(START),
    value: 25,
    source: Source {
        regulation: "PP 44/2015 Pasal 19; PP 46/2015 Pasal 17",
        article: "upah harian × 25 (surat BPJS B/11003/112020; Perdir 22/PERDIR.02/072022)",
        confidence: Confidence::Confirmed,
    },
}];

pub fn jkk(date: Date) -> Result<&'static Dated<JkkRates>, NotCovered> {
    in_force(RuleId::PuRates, &JKK, date)
}

pub fn jkm(date: Date) -> Result<&'static Dated<Percent>, NotCovered> {
    in_force(RuleId::PuRates, &JKM, date)
}

pub fn jht(date: Date) -> Result<&'static Dated<Split>, NotCovered> {
    in_force(RuleId::PuRates, &JHT, date)
}

pub fn jp(date: Date) -> Result<&'static Dated<Split>, NotCovered> {
    in_force(RuleId::PuRates, &JP, date)
}

/// The JP wage cap in force on `date`; `Err` from 2027-03-01 (not yet published) and before July 2015.
pub fn jp_wage_cap(date: Date) -> Result<&'static Dated<Rupiah>, NotCovered> {
    in_force(RuleId::JpWageCap, &JP_WAGE_CAP, date)
}

/// The JKP rule in force on `date`; `Err` before the programme existed (2021-02-02).
pub fn jkp(date: Date) -> Result<&'static Dated<JkpRule>, NotCovered> {
    in_force(RuleId::Jkp, &JKP, date)
}

pub fn daily_wage_days(date: Date) -> Result<&'static Dated<u8>, NotCovered> {
    in_force(RuleId::PuRates, &DAILY_WAGE_DAYS, date)
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
        assert_well_formed(&JP);
        assert_well_formed(&JP_WAGE_CAP);
        assert_well_formed(&JKP);
        assert_well_formed(&DAILY_WAGE_DAYS);
    }

    #[test]
    fn jp_caps_form_one_unbroken_chain_from_july_2015() {
        for pair in JP_WAGE_CAP.windows(2) {
            assert_eq!(pair[0].period.until, Some(pair[1].period.from));
            assert_eq!(pair[1].period.from.month(), 3);
            assert_eq!(pair[1].period.from.day(), 1);
        }
        assert_eq!(JP_WAGE_CAP[0].period.from, START);
    }

    #[test]
    fn risk_class_numbers_round_trip() {
        for class in RiskClass::ALL {
            assert_eq!(RiskClass::from_number(class.number()), Some(class));
        }
        assert_eq!(RiskClass::from_number(0), None);
        assert_eq!(RiskClass::from_number(6), None);
    }

    #[test]
    fn jht_and_jp_totals() {
        let date = Date::ymd(2025, 6, 1);
        assert_eq!(jht(date).map(|e| e.value.total()), Ok(pct(dec!(5.7))));
        assert_eq!(jp(date).map(|e| e.value.total()), Ok(pct(dec!(3))));
    }
}
