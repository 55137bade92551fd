//! Temporary contribution relief, applied by contribution month (`reference/regulations.md` §1.4,
//! §2.3, §4.1).
//!
//! A measure covers whole contribution months, so lookups use the first day of the date's month.
//! Outside its window a measure simply does not apply (no error).

use super::{Confidence, Dated, Period, Source};
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
    Dated {
        period: Period::between(from, until),
        value: Relief {
            measure,
            paid,
            deferred,
        },
        source,
    }
}

/// PP 49/2020: JKK and JKM for PU, BPU and Jakon at 1% of normal, contribution months Aug 2020 –
/// Jan 2021 (BPU JKM Rp6.800 → Rp68; Jakon 1% of the normal percentages).
pub static COVID_JKK_JKM: [Dated<Relief>; 1] = [relief(
    Date::ymd(2020, 8, 1),
    Date::ymd(2021, 2, 1),
    Measure::Covid2020,
    dec!(0.01),
    false,
    Source {
        regulation: "PP 49/2020",
        article: "Pasal 9, 12 (keringanan 99% iuran JKK dan JKM)",
        confidence: Confidence::Confirmed,
    },
)];

/// PP 49/2020: JP paid at 1%; the other 99% deferred (to be settled by 15 Apr 2022).
pub static COVID_JP: [Dated<Relief>; 1] = [relief(
    Date::ymd(2020, 8, 1),
    Date::ymd(2021, 2, 1),
    Measure::Covid2020,
    dec!(0.01),
    true,
    Source {
        regulation: "PP 49/2020",
        article: "penundaan pembayaran 99% iuran JP",
        confidence: Confidence::Confirmed,
    },
)];

/// PP 7/2025 (Feb – Jul 2025) and its extension PP 36/2025 (Aug 2025 – Jan 2026): JKK −50% for
/// firms with ≥50 participants in six labour-intensive sectors. JKM is not discounted.
pub static PADAT_KARYA_JKK: [Dated<Relief>; 2] = [
    relief(
        Date::ymd(2025, 2, 1),
        Date::ymd(2025, 8, 1),
        Measure::PadatKarya2025,
        dec!(0.5),
        false,
        Source {
            regulation: "PP 7/2025",
            article: "Pasal 4(1)",
            confidence: Confidence::Confirmed,
        },
    ),
    relief(
        Date::ymd(2025, 8, 1),
        Date::ymd(2026, 2, 1),
        Measure::PadatKarya2025,
        dec!(0.5),
        false,
        Source {
            regulation: "PP 36/2025",
            article: "perpanjangan keringanan JKK s.d. iuran Januari 2026",
            confidence: Confidence::Confirmed,
        },
    ),
];

const PP50_2025: Source = Source {
    regulation: "PP 50/2025",
    article: "Pasal 4 (potongan 50% iuran JKK dan JKM BPU; periode per sektor)",
    confidence: Confidence::OneSource,
};

/// PP 50/2025 for BPU in the transport sector: contribution months Jan 2026 – Mar 2027.
pub static BPU_2026_TRANSPORT: [Dated<Relief>; 1] = [relief(
    Date::ymd(2026, 1, 1),
    Date::ymd(2027, 4, 1),
    Measure::Bpu2026,
    dec!(0.5),
    false,
    PP50_2025,
)];

/// PP 50/2025 for other BPU: contribution months Apr 2026 – Dec 2026.
pub static BPU_2026_OTHER: [Dated<Relief>; 1] = [relief(
    Date::ymd(2026, 4, 1),
    Date::ymd(2027, 1, 1),
    Measure::Bpu2026,
    dec!(0.5),
    false,
    PP50_2025,
)];

fn active(table: &'static [Dated<Relief>], date: Date) -> Option<&'static Dated<Relief>> {
    let month = date.first_of_month();
    table.iter().find(|entry| entry.period.contains(month))
}

/// PP 49/2020 on JKK and JKM, if `date`'s contribution month is in its window.
pub fn covid_jkk_jkm(date: Date) -> Option<&'static Dated<Relief>> {
    active(&COVID_JKK_JKM, date)
}

/// PP 49/2020 on JP, if `date`'s contribution month is in its window.
pub fn covid_jp(date: Date) -> Option<&'static Dated<Relief>> {
    active(&COVID_JP, date)
}

/// PP 7/2025 + PP 36/2025 on JKK, if `date`'s contribution month is in its window (the employer
/// must also qualify and opt in).
pub fn padat_karya_jkk(date: Date) -> Option<&'static Dated<Relief>> {
    active(&PADAT_KARYA_JKK, date)
}

/// PP 50/2025 on BPU JKK and JKM, if `date`'s contribution month is in the window of the sector
/// (the participant must also not be paid from APBN/APBD).
pub fn bpu_2026(date: Date, transportasi: bool) -> Option<&'static Dated<Relief>> {
    if transportasi {
        active(&BPU_2026_TRANSPORT, date)
    } else {
        active(&BPU_2026_OTHER, date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assert_well_formed;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed(&COVID_JKK_JKM);
        assert_well_formed(&COVID_JP);
        assert_well_formed(&PADAT_KARYA_JKK);
        assert_well_formed(&BPU_2026_TRANSPORT);
        assert_well_formed(&BPU_2026_OTHER);
        for table in [
            &COVID_JKK_JKM[..],
            &COVID_JP,
            &PADAT_KARYA_JKK,
            &BPU_2026_TRANSPORT,
        ] {
            for entry in table {
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
        assert!(covid_jkk_jkm(Date::ymd(2020, 7, 31)).is_none());
        assert!(covid_jkk_jkm(Date::ymd(2020, 8, 15)).is_some());
        assert!(covid_jkk_jkm(Date::ymd(2021, 1, 31)).is_some());
        assert!(covid_jkk_jkm(Date::ymd(2021, 2, 1)).is_none());
        assert!(padat_karya_jkk(Date::ymd(2025, 8, 10)).is_some());
        assert!(bpu_2026(Date::ymd(2026, 2, 1), true).is_some());
        assert!(bpu_2026(Date::ymd(2026, 2, 1), false).is_none());
    }
}
