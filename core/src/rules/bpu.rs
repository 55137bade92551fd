//! BPU (Bukan Penerima Upah, self-employed / informal workers): contributions on the level of the
//! declared income's range (PP 44/2015 Pasal 16-18 + Lampiran II, PP 46/2015 Lampiran).

use super::{Confidence, Dated, Rule, RuleId, Source};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use rust_decimal::dec;
use rust_decimal::Decimal;

/// The day PP 44/2015 took effect.
pub const START: Date = Date::ymd(2015, 7, 1);

/// Why a row of the income-level table is doubtful.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LevelDoubt {
    /// The source reads `read` where the table's midpoint pattern gives the level used.
    SourceReads { read: Rupiah },
    /// The row is missing from the source; the level used is the confirmed top level.
    MissingFromSource,
}

/// One row of Lampiran II: a declared income from `from` up to the next row's `from` pays on
/// `level`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeLevel {
    pub from: Rupiah,
    pub level: Rupiah,
    /// The lowest level is confirmed by two sources; every other row has the table's one source.
    pub confidence: Confidence,
    pub doubt: Option<LevelDoubt>,
}

/// The income levels (tingkat penghasilan) of Lampiran II, rising.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IncomeLevels {
    pub rows: &'static [IncomeLevel],
}

impl IncomeLevels {
    /// The row whose range holds `income` (the first row for incomes below it), and the start of
    /// the next row (`None` for the top row).
    pub fn for_income(&self, income: Rupiah) -> Option<(&'static IncomeLevel, Option<Rupiah>)> {
        let index = self.rows.iter().rposition(|row| row.from <= income).unwrap_or(0);
        let row = self.rows.get(index)?;
        let next = self.rows.get(index + 1).map(|next| next.from); // ok: index < len
        Some((row, next))
    }

    pub fn lowest(&self) -> Option<Rupiah> {
        self.rows.first().map(|row| row.level)
    }

    pub fn highest(&self) -> Option<Rupiah> {
        self.rows.last().map(|row| row.level)
    }
}

/// JKK for BPU: 1% of the income level.
pub static JKK: Rule<Percent> = Rule::new(
    RuleId::BpuRates,
    &[Dated::since(
        START,
        Percent::new(dec!(1)),
        Source::new(
            "PP 44/2015",
            "Lampiran II (1% dari tingkat penghasilan)",
            Confidence::Confirmed,
        )
        .href("https://star.grid.id/amp/453597483/berapa-iuran-yang-diperlukan-setiap-bulannya-untuk-membayar-bpjs-ketenagakerjaan-bukan-penerima-upah"),
    )],
);

/// JKM for BPU: a flat Rp6.800 per month.
pub static JKM: Rule<Rupiah> = Rule::new(
    RuleId::BpuRates,
    &[Dated::since(
        START,
        Rupiah::new(dec!(6800)),
        Source::new(
            "PP 44/2015",
            "iuran JKM BPU Rp6.800/bulan (dirujuk PP 49/2020 Pasal 9, PP 50/2025 Pasal 4)",
            Confidence::Confirmed,
        )
        .href("https://star.grid.id/amp/453597483/berapa-iuran-yang-diperlukan-setiap-bulannya-untuk-membayar-bpjs-ketenagakerjaan-bukan-penerima-upah"),
    )],
);

/// Optional JHT for BPU: 2% of the income level.
pub static JHT: Rule<Percent> = Rule::new(
    RuleId::BpuRates,
    &[Dated::since(
        START,
        Percent::new(dec!(2)),
        Source::new(
            "PP 46/2015",
            "Lampiran (2% dari tingkat penghasilan)",
            Confidence::Confirmed,
        )
        .href("https://star.grid.id/amp/453740395/terlengkap-cek-iuran-bpjs-ketenagakerjaan-bukan-penerima-upah-alias-mandiri-beda-pendapatan-beda-besarnya"),
    )],
);

const fn row(from: Decimal, level: Decimal) -> IncomeLevel {
    IncomeLevel {
        from: Rupiah::new(from),
        level: Rupiah::new(level),
        confidence: Confidence::OneSource,
        doubt: None,
    }
}

const fn doubtful(from: Decimal, level: Decimal, doubt: LevelDoubt) -> IncomeLevel {
    IncomeLevel {
        doubt: Some(doubt),
        ..row(from, level)
    }
}

/// Lampiran II as found in one secondary source (a 2017 CSV in the public repository
/// brillianmusyafa/lara_bpjs, which links BPJS's table image `29122015_155442_tabel iuran low.jpg`).
/// Steps of Rp200.000 up to Rp2,7 jt, then Rp500.000 up to Rp8,2 jt, then Rp1 jt, each paying on
/// its midpoint. The end points (Rp1 jt and Rp20,7 jt) are confirmed by two sources; the source
/// reads Rp18,2 jt and Rp19,2 jt for the two rows before the top (the pattern gives 18,7 and
/// 19,7 jt) and has no top row at all.
const LAMPIRAN_II: &[IncomeLevel] = &[
    IncomeLevel {
        confidence: Confidence::Confirmed,
        ..row(dec!(0), dec!(1_000_000))
    },
    row(dec!(1_100_000), dec!(1_200_000)),
    row(dec!(1_300_000), dec!(1_400_000)),
    row(dec!(1_500_000), dec!(1_600_000)),
    row(dec!(1_700_000), dec!(1_800_000)),
    row(dec!(1_900_000), dec!(2_000_000)),
    row(dec!(2_100_000), dec!(2_200_000)),
    row(dec!(2_300_000), dec!(2_400_000)),
    row(dec!(2_500_000), dec!(2_600_000)),
    row(dec!(2_700_000), dec!(2_950_000)),
    row(dec!(3_200_000), dec!(3_450_000)),
    row(dec!(3_700_000), dec!(3_950_000)),
    row(dec!(4_200_000), dec!(4_450_000)),
    row(dec!(4_700_000), dec!(4_950_000)),
    row(dec!(5_200_000), dec!(5_450_000)),
    row(dec!(5_700_000), dec!(5_950_000)),
    row(dec!(6_200_000), dec!(6_450_000)),
    row(dec!(6_700_000), dec!(6_950_000)),
    row(dec!(7_200_000), dec!(7_450_000)),
    row(dec!(7_700_000), dec!(7_950_000)),
    row(dec!(8_200_000), dec!(8_700_000)),
    row(dec!(9_200_000), dec!(9_700_000)),
    row(dec!(10_200_000), dec!(10_700_000)),
    row(dec!(11_200_000), dec!(11_700_000)),
    row(dec!(12_200_000), dec!(12_700_000)),
    row(dec!(13_200_000), dec!(13_700_000)),
    row(dec!(14_200_000), dec!(14_700_000)),
    row(dec!(15_200_000), dec!(15_700_000)),
    row(dec!(16_200_000), dec!(16_700_000)),
    row(dec!(17_200_000), dec!(17_700_000)),
    doubtful(
        dec!(18_200_000),
        dec!(18_700_000),
        LevelDoubt::SourceReads {
            read: Rupiah::new(dec!(18_200_000)),
        },
    ),
    doubtful(
        dec!(19_200_000),
        dec!(19_700_000),
        LevelDoubt::SourceReads {
            read: Rupiah::new(dec!(19_200_000)),
        },
    ),
    doubtful(dec!(20_200_000), dec!(20_700_000), LevelDoubt::MissingFromSource),
];

/// The income levels a BPU participant pays on (one secondary source, see [`LAMPIRAN_II`]).
pub static LEVELS: Rule<IncomeLevels> = Rule::new(
    RuleId::BpuRates,
    &[Dated::since(
        START,
        IncomeLevels { rows: LAMPIRAN_II },
        Source::new(
            "PP 44/2015",
            "Lampiran II (tingkat penghasilan; tabel dari satu sumber sekunder)",
            Confidence::OneSource,
        )
        .href("https://github.com/brillianmusyafa/lara_bpjs"),
    )],
);

/// Payment periods a participant may choose: 1, 3, 6 or 12 months paid at once.
pub static PAYMENT_MONTHS: Rule<&[u8]> = Rule::new(
    RuleId::BpuRates,
    &[Dated::since(
        START,
        &[1, 3, 6, 12],
        Source::new(
            "Permenaker 5/2021",
            "pembayaran iuran BPU per 1/3/6/12 bulan (teks lengkap tidak terbaca)",
            Confidence::Unverified,
        )
        .href("https://star.grid.id/amp/453597483/berapa-iuran-yang-diperlukan-setiap-bulannya-untuk-membayar-bpjs-ketenagakerjaan-bukan-penerima-upah"),
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
        assert_well_formed(&LEVELS);
        assert_well_formed(&PAYMENT_MONTHS);
    }

    #[test]
    fn levels_rise_and_each_lies_inside_its_range() {
        for entry in LEVELS.values {
            let rows = entry.value.rows;
            for pair in rows.windows(2) {
                assert!(pair[0].from < pair[1].from);
                assert!(pair[0].level < pair[1].level);
                assert!(pair[0].from <= pair[0].level && pair[0].level < pair[1].from);
            }
        }
    }

    // PP 44/2015 Lampiran II: end points Rp1.000.000 → JKK Rp10.000 and Rp20.700.000 → JKK Rp207.000
    // (radarmukomuko.disway.id; porosnttnews.com).
    #[test]
    fn end_points_are_the_confirmed_levels() {
        let levels = LEVELS.at(START).map(|e| e.value);
        assert_eq!(
            levels.ok().and_then(|l| l.lowest()),
            Some(Rupiah::from_whole(1_000_000))
        );
        assert_eq!(
            levels.ok().and_then(|l| l.highest()),
            Some(Rupiah::from_whole(20_700_000))
        );
    }

    #[test]
    fn an_income_finds_the_level_of_its_range() {
        let Ok(levels) = LEVELS.at(START).map(|e| e.value) else {
            panic!("levels cover 2015");
        };
        let level = |income: i64| {
            levels
                .for_income(Rupiah::from_whole(income))
                .map(|(row, _)| row.level)
        };
        assert_eq!(level(-5), Some(Rupiah::from_whole(1_000_000)));
        assert_eq!(level(1_099_999), Some(Rupiah::from_whole(1_000_000)));
        assert_eq!(level(1_100_000), Some(Rupiah::from_whole(1_200_000)));
        assert_eq!(level(3_000_000), Some(Rupiah::from_whole(2_950_000)));
        assert_eq!(level(8_500_000), Some(Rupiah::from_whole(8_700_000)));
        assert_eq!(level(500_000_000), Some(Rupiah::from_whole(20_700_000)));
    }
}
