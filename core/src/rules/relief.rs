//! Temporary contribution relief, applied by contribution month (PP 49/2020, PP 7/2025,
//! PP 36/2025, PP 50/2025).
//!
//! A measure covers whole contribution months, so lookups use [`Rule::in_month`]. Outside its
//! window a measure simply does not apply (no error).

use super::{Confidence, Dated, Rule, RuleId, Source};
use crate::date::Date;
use rust_decimal::dec;
use rust_decimal::Decimal;

/// Which temporary measure changed a contribution line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// PP 49/2020 (COVID-19): JKK and JKM at 1% of normal; JP paid at 1%, 99% deferred.
    Covid2020,
    /// PP 7/2025, extended by PP 36/2025: JKK −50% for labour-intensive industries that opt in.
    PadatKarya2025,
    /// PP 50/2025: JKK and JKM −50% for BPU participants not paid from APBN/APBD.
    Bpu2026,
}

/// A measure as data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Relief {
    pub measure: Measure,
    /// Fraction of the normal contribution still paid now (0,01 = 1%).
    pub paid: Decimal,
    /// Whether the unpaid part is only deferred (still owed later) rather than waived.
    pub deferred: bool,
}

const fn relief(
    from: Date,
    until: Date,
    measure: Measure,
    paid: Decimal,
    deferred: bool,
    source: Source,
) -> Dated<Relief> {
    Dated::between(
        from,
        until,
        Relief {
            measure,
            paid,
            deferred,
        },
        source,
    )
}

const PP49_2020: Source = Source::new(
    "PP 49/2020",
    "Pasal 9, 12 (keringanan 99% iuran JKK dan JKM)",
    Confidence::Confirmed,
)
.href("https://pasal.id/en/peraturan/pp/pp-no-49-tahun-2020");

/// PP 49/2020: JKK and JKM for PU, BPU and Jakon at 1% of normal, contribution months Aug 2020 –
/// Jan 2021 (BPU JKM Rp6.800 → Rp68; Jakon 1% of the normal percentages).
pub static COVID_JKK_JKM: Rule<Relief> = Rule::new(
    RuleId::Relief,
    &[relief(
        Date::ymd(2020, 8, 1),
        Date::ymd(2021, 2, 1),
        Measure::Covid2020,
        dec!(0.01),
        false,
        PP49_2020,
    )],
);

/// PP 49/2020: JP paid at 1%; the other 99% deferred (to be settled by 15 Apr 2022).
pub static COVID_JP: Rule<Relief> = Rule::new(
    RuleId::Relief,
    &[relief(
        Date::ymd(2020, 8, 1),
        Date::ymd(2021, 2, 1),
        Measure::Covid2020,
        dec!(0.01),
        true,
        PP49_2020.article("penundaan pembayaran 99% iuran JP"),
    )],
);

/// PP 7/2025 (Feb – Jul 2025) and its extension PP 36/2025 (Aug 2025 – Jan 2026): JKK −50% for
/// firms with ≥50 participants in six labour-intensive sectors. JKM is not discounted.
pub static PADAT_KARYA_JKK: Rule<Relief> = Rule::new(
    RuleId::Relief,
    &[
        relief(
            Date::ymd(2025, 2, 1),
            Date::ymd(2025, 8, 1),
            Measure::PadatKarya2025,
            dec!(0.5),
            false,
            Source::new("PP 7/2025", "Pasal 4(1)", Confidence::Confirmed).href(
                "https://nasional.kontan.co.id/news/prabowo-beri-diskon-50-iuran-jkk-untuk-industri-padat-karya",
            ),
        ),
        relief(
            Date::ymd(2025, 8, 1),
            Date::ymd(2026, 2, 1),
            Measure::PadatKarya2025,
            dec!(0.5),
            false,
            Source::new(
                "PP 36/2025",
                "perpanjangan keringanan JKK s.d. iuran Januari 2026",
                Confidence::Confirmed,
            )
            .href("https://www.pantau.com/ekonomi/276435/pemerintah-revisi-pp-nomor-7-tahun-2025-perpanjang-keringanan-iuran-jkk-bagi-industri-padat-karya"),
        ),
    ],
);

/// PP 50/2025 Pasal 2-4 as quoted by CNBC Indonesia (4 Feb 2026); both sector windows are also
/// given by BPJS regional staff and the ministry, hence confirmed.
const PP50_2025: Source = Source::new(
    "PP 50/2025",
    "Pasal 4 (potongan 50% iuran JKK dan JKM BPU; periode per sektor)",
    Confidence::Confirmed,
)
.href("https://www.cnbcindonesia.com/market/20260204140501-17-708135/prabowo-beri-diskon-50-iuran-jkk-jkm-pekerja-informal-ojol-termasuk/amp");

/// PP 50/2025 for BPU in the transport sector: contribution months Jan 2026 – Mar 2027.
pub static BPU_2026_TRANSPORT: Rule<Relief> = Rule::new(
    RuleId::Relief,
    &[relief(
        Date::ymd(2026, 1, 1),
        Date::ymd(2027, 4, 1),
        Measure::Bpu2026,
        dec!(0.5),
        false,
        PP50_2025,
    )],
);

/// PP 50/2025 for other BPU: contribution months Apr 2026 – Dec 2026.
pub static BPU_2026_OTHER: Rule<Relief> = Rule::new(
    RuleId::Relief,
    &[relief(
        Date::ymd(2026, 4, 1),
        Date::ymd(2027, 1, 1),
        Measure::Bpu2026,
        dec!(0.5),
        false,
        PP50_2025,
    )],
);

/// The PP 50/2025 window of a BPU participant's sector.
pub fn bpu_2026(transportasi: bool) -> &'static Rule<Relief> {
    if transportasi {
        &BPU_2026_TRANSPORT
    } else {
        &BPU_2026_OTHER
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assert_well_formed;

    #[test]
    fn tables_are_well_formed() {
        for rule in [
            &COVID_JKK_JKM,
            &COVID_JP,
            &PADAT_KARYA_JKK,
            &BPU_2026_TRANSPORT,
            &BPU_2026_OTHER,
        ] {
            assert_well_formed(rule);
            for entry in rule.values {
                assert_eq!(
                    entry.period.from.day(),
                    1,
                    "windows are whole contribution months"
                );
                assert_eq!(entry.period.until.map(|d| d.day()), Some(1));
            }
        }
    }

    #[test]
    fn windows_follow_the_contribution_month() {
        assert!(COVID_JKK_JKM.in_month(Date::ymd(2020, 7, 31)).is_none());
        assert!(COVID_JKK_JKM.in_month(Date::ymd(2020, 8, 15)).is_some());
        assert!(COVID_JKK_JKM.in_month(Date::ymd(2021, 1, 31)).is_some());
        assert!(COVID_JKK_JKM.in_month(Date::ymd(2021, 2, 1)).is_none());
        assert!(PADAT_KARYA_JKK.in_month(Date::ymd(2025, 8, 10)).is_some());
        assert!(bpu_2026(true).in_month(Date::ymd(2026, 2, 1)).is_some());
        assert!(bpu_2026(false).in_month(Date::ymd(2026, 2, 1)).is_none());
    }
}
