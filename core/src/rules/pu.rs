//! PU (Penerima Upah, wage earners): contribution rates, the JP wage cap and JKP
//! (PP 44/2015, PP 45/2015, PP 46/2015, PP 37/2021, PP 6/2025).
//!
//! Each programme has its own table so that every result line can cite its own regulation.

use super::{Confidence, Dated, Rule, RuleId, Source};
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

const PP44_JKK: Source = Source::new("PP 44/2015", "Pasal 16(1) + Lampiran I", Confidence::Confirmed)
    .href("https://id.scribd.com/doc/289831929/lampiran-PP-No-44-tahun-2015");

/// JKK (Jaminan Kecelakaan Kerja, work-accident insurance) rates by risk class.
pub static JKK: Rule<JkkRates> = Rule::new(
    RuleId::PuRates,
    &[Dated::since(
        START,
        JkkRates {
            i: pct(dec!(0.24)),
            ii: pct(dec!(0.54)),
            iii: pct(dec!(0.89)),
            iv: pct(dec!(1.27)),
            v: pct(dec!(1.74)),
        },
        PP44_JKK,
    )],
);

/// JKM (Jaminan Kematian, death insurance) rate, paid by the employer.
pub static JKM: Rule<Percent> = Rule::new(
    RuleId::PuRates,
    &[Dated::since(
        START,
        pct(dec!(0.30)),
        Source::new(
            "PP 44/2015",
            "pasal iuran JKM bagi PU (0,30% dari upah sebulan)",
            Confidence::Confirmed,
        )
        .href(
            "https://viva.co.id/amp/bisnis/1646280-iuran-jaminan-kematian-bpjs-turun-simak-rinciannya?page=2",
        ),
    )],
);

/// JHT (Jaminan Hari Tua, old-age savings) rates: 3,7% employer + 2% worker.
pub static JHT: Rule<Split> = Rule::new(
    RuleId::PuRates,
    &[Dated::since(
        START,
        Split {
            employer: pct(dec!(3.7)),
            worker: pct(dec!(2)),
        },
        Source::new(
            "PP 46/2015",
            "pasal iuran JHT (3,7% pemberi kerja + 2% pekerja)",
            Confidence::Confirmed,
        )
        .href("https://pasal.id/en/peraturan/pp/pp-no-46-tahun-2015/koreksi/9065376"),
    )],
);

/// JP (Jaminan Pensiun, pension) rates: 2% employer + 1% worker, on the wage up to the JP cap.
pub static JP: Rule<Split> = Rule::new(
    RuleId::PuRates,
    &[Dated::since(
        START,
        Split {
            employer: pct(dec!(2)),
            worker: pct(dec!(1)),
        },
        Source::new("PP 45/2015", "Pasal 28", Confidence::Confirmed),
    )],
);

const CAP_2015: Source = Source::new("PP 45/2015", "Pasal 29(2)", Confidence::Confirmed)
    .href("https://www.krishand.com/support/article/kenaikan-batas-upah-dan-manfaat-jaminan-pensiun-bpjs-tenaga-kerja-209.html");
const ADJUSTED: Source = Source::new(
    "PP 45/2015",
    "Pasal 29(3)-(4): batas upah × (1 + pertumbuhan PDB), berlaku Maret",
    Confidence::Confirmed,
)
.href("http://www.krishandsoftware.com/blog/300/batasan-upah-tertinggi-jaminan-pensiun-naik-per-maret-2020/");

const fn cap(from: u16, amount: Decimal, source: Source) -> Dated<Rupiah> {
    Dated::between(
        Date::ymd(from, 3, 1),
        Date::ymd(from + 1, 3, 1),
        Rupiah::new(amount),
        source,
    )
}

/// The JP wage cap (batas upah tertinggi JP), changed each 1 March by the previous year's GDP growth
/// (PP 45/2015 Pasal 29(3)-(4)).
///
/// The last entry ends where the next March's cap is not published yet, so a later date fails
/// closed instead of reusing an old cap. A new year is one more `cap(...)` row.
pub static JP_WAGE_CAP: Rule<Rupiah> = Rule::new(
    RuleId::JpWageCap,
    &[
        Dated::between(START, Date::ymd(2016, 3, 1), Rupiah::new(dec!(7000000)), CAP_2015),
        cap(2016, dec!(7335300), ADJUSTED),
        cap(2017, dec!(7703500), ADJUSTED),
        cap(2018, dec!(8094000), ADJUSTED),
        cap(2019, dec!(8512400), ADJUSTED),
        cap(2020, dec!(8939700), ADJUSTED),
        // BPJS letter B/0246/022021 as quoted by rbtv.disway.id, and a public payroll calculator;
        // also the only value that reproduces the confirmed 2022 cap.
        cap(
            2021,
            dec!(8754600),
            ADJUSTED
                .article("Pasal 29(3)-(4); surat BPJS Ketenagakerjaan B/0246/022021")
                .href("https://rbtv.disway.id/amp/50710/segini-batas-upah-tertinggi-dana-pensiun-bpjs-untuk-karyawan-swasta-terbaru-2024/16"),
        ),
        cap(2022, dec!(9077600), ADJUSTED),
        cap(
            2023,
            dec!(9559600),
            ADJUSTED.href("https://intercom.help/FAST8Group/id/articles/3728138-ketentuan-batasan-upah-dan-manfaat-jaminan-pensiun-tahun-2023"),
        ),
        cap(
            2024,
            dec!(10042300),
            ADJUSTED.href("https://tanjungpinang.pikiran-rakyat.com/news/pr-3687895559/batasan-upah-jp-menjadi-rp-10042300-manfaat-bagi-peserta-ikut-meningkat"),
        ),
        // Only third-party calculators state it; it matches the formula exactly.
        cap(2025, dec!(10547400), ADJUSTED.confidence(Confidence::OneSource)),
        // BPJS letter B/1226/022026 as cited by several independent public payroll codebases (no
        // official page found); it matches the formula exactly with GDP 2025 of 5,11%.
        cap(
            2026,
            dec!(11086300),
            ADJUSTED
                .article("Pasal 29(3)-(4); surat BPJS Ketenagakerjaan B/1226/022026 (dikutip sumber sekunder)")
                .confidence(Confidence::OneSource),
        ),
    ],
);

/// The source shown for a JP cap the user typed for a month whose cap is not published yet: the
/// rule that sets it (PP 45/2015 Pasal 29(3)-(4)), with the figure marked as the user's own.
pub const USER_JP_WAGE_CAP: Source = Source::new(
    "PP 45/2015",
    "Pasal 29(3)-(4); batas upah tahun ini belum dimuat: angka diisi pengguna",
    Confidence::Unverified,
);

/// JKP (Jaminan Kehilangan Pekerjaan, job-loss insurance): funded by the central government and by
/// recomposing part of the employer's JKK contribution (and, under PP 37/2021 only, of JKM), so
/// employer and worker pay nothing extra.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JkpRule {
    /// Total JKP contribution, % of the wage up to `wage_cap`.
    pub rate: Percent,
    /// Part paid by the central government.
    pub government: Percent,
    /// Part moved from the employer's JKK contribution.
    pub from_jkk: Percent,
    /// Part moved from the employer's JKM contribution (zero since PP 6/2025).
    pub from_jkm: Percent,
    /// Wage cap for the JKP contribution and benefit.
    pub wage_cap: Rupiah,
}

/// The day PP 37/2021 (JKP) took effect.
pub const JKP_START: Date = Date::ymd(2021, 2, 2);
/// The day PP 6/2025 (JKP 0,36%) took effect.
pub const JKP_PP6_2025: Date = Date::ymd(2025, 2, 7);

pub static JKP: Rule<JkpRule> = Rule::new(
    RuleId::Jkp,
    &[
        Dated::between(
            JKP_START,
            JKP_PP6_2025,
            JkpRule {
                rate: pct(dec!(0.46)),
                government: pct(dec!(0.22)),
                from_jkk: pct(dec!(0.14)),
                from_jkm: pct(dec!(0.10)),
                wage_cap: Rupiah::new(dec!(5000000)),
            },
            Source::new("PP 37/2021", "Pasal 11", Confidence::Confirmed).href(
                "https://www.cnbcindonesia.com/news/20220307141659-4-320634/ada-program-jkp-pekerja-harus-bayar-iuran-lagi",
            ),
        ),
        // Since PP 6/2025 JKP is the government's 0,22% plus 0,14% from JKK only.
        Dated::since(
            JKP_PP6_2025,
            JkpRule {
                rate: pct(dec!(0.36)),
                government: pct(dec!(0.22)),
                from_jkk: pct(dec!(0.14)),
                from_jkm: pct(dec!(0)),
                wage_cap: Rupiah::new(dec!(5000000)),
            },
            Source::new("PP 6/2025", "Pasal 11(2) + Pasal 21(3)", Confidence::Confirmed).href(
                "https://economy.okezone.com/read/2025/02/16/320/3114193/aturan-jaminan-kehilangan-pekerjaan-diubah-korban-phk-dapat-60-gaji-selama-6-bulan",
            ),
        ),
    ],
);

/// Days of work that make a month for a daily-paid worker: monthly wage = daily wage × 25.
pub static DAILY_WAGE_DAYS: Rule<u8> = Rule::new(
    RuleId::PuRates,
    &[Dated::since(
        START,
        25,
        Source::new(
            "PP 44/2015 Pasal 19; PP 46/2015 Pasal 17",
            "upah harian × 25 (surat BPJS B/11003/112020; Perdir 22/PERDIR.02/072022)",
            Confidence::Confirmed,
        )
        .href("https://id.scribd.com/document/540190100/Nomor"),
    )],
);

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
        for entry in JKP.values {
            let rule = entry.value;
            assert_eq!(rule.government + rule.from_jkk + rule.from_jkm, rule.rate);
        }
    }

    #[test]
    fn jp_caps_form_one_unbroken_chain_from_july_2015() {
        for pair in JP_WAGE_CAP.values.windows(2) {
            assert_eq!(pair[0].period.until, Some(pair[1].period.from));
            assert_eq!(pair[1].period.from.month(), 3);
            assert_eq!(pair[1].period.from.day(), 1);
        }
        assert_eq!(JP_WAGE_CAP.values.first().map(|e| e.period.from), Some(START));
    }

    // PP 6/2025 Pasal 11(2): JKP 0,36% = government 0,22% + 0,14% moved from JKK; nothing from JKM
    // any more (PP 37/2021 Pasal 11 also moved 0,10% from JKM).
    #[test]
    fn jkp_is_funded_by_the_government_and_jkk_only_since_pp_6_2025() {
        let now = JKP.at(JKP_PP6_2025).map(|e| e.value);
        assert_eq!(now.map(|r| r.from_jkm), Ok(Percent::ZERO));
        let before = JKP.at(JKP_START).map(|e| e.value);
        assert_eq!(before.map(|r| r.from_jkm), Ok(pct(dec!(0.10))));
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
        assert_eq!(JHT.at(date).map(|e| e.value.total()), Ok(pct(dec!(5.7))));
        assert_eq!(JP.at(date).map(|e| e.value.total()), Ok(pct(dec!(3))));
    }
}
