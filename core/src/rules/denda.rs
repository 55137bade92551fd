//! Paying late: the PU employer's deadline and fine (denda), and the BPU grace period and lapse.
//!
//! Both tables are looked up by contribution month (the month the contribution is for).

use super::{Confidence, Dated, Rule, RuleId, Source};
use crate::date::Date;
use crate::money::Percent;
use rust_decimal::dec;

/// When a PU employer must pay a contribution month and what paying late costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PuDeadline {
    /// Day of the month after the contribution month by which it must be paid (the next working
    /// day when that day is a holiday).
    pub day: u8,
    /// Fine per month (or part of a month) late, as a share of the unpaid contribution.
    pub fine_per_month: Percent,
}

const DEADLINE_15: Source = Source::new(
    "Perdir BPJS Ketenagakerjaan 22/PERDIR.02/072022",
    "batas bayar iuran tanggal 15 bulan berikutnya; denda 2% per bulan keterlambatan (pasal denda tidak ditemukan)",
    Confidence::Confirmed,
)
.href("http://online.flipbuilder.com/bcgyr/dubq/files/basic-html/page19.html");

/// The deadline and fine by contribution month: the 15th and 2% a month, except the PP 49/2020
/// window (contribution months Aug 2020 – Jan 2021): the 30th and 0,5% a month.
pub static PU_DEADLINE: Rule<PuDeadline> = Rule::new(
    RuleId::LatePayment,
    &[
        Dated::between(
            Date::ymd(2015, 7, 1),
            Date::ymd(2020, 8, 1),
            PuDeadline {
                day: 15,
                fine_per_month: Percent::new(dec!(2)),
            },
            DEADLINE_15,
        ),
        Dated::between(
            Date::ymd(2020, 8, 1),
            Date::ymd(2021, 2, 1),
            PuDeadline {
                day: 30,
                fine_per_month: Percent::new(dec!(0.5)),
            },
            Source::new(
                "PP 49/2020",
                "Pasal 23 (batas bayar tanggal 30 bulan berikutnya; denda 0,5% per bulan)",
                Confidence::Confirmed,
            )
            .href("https://transkepri.com/news/cetak/4739"),
        ),
        Dated::since(
            Date::ymd(2021, 2, 1),
            PuDeadline {
                day: 15,
                fine_per_month: Percent::new(dec!(2)),
            },
            DEADLINE_15,
        ),
    ],
);

/// What happens when a BPU participant does not pay: no fine, arrears payable for at most
/// `grace_months` months, and membership ends after that many consecutive unpaid months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BpuLapse {
    /// Months of arrears that can still be paid; more consecutive unpaid months end membership.
    pub grace_months: u8,
    /// Source of "no fine" (confirmed by two sources).
    pub fine_source: Source,
}

pub static BPU_LAPSE: Rule<BpuLapse> = Rule::new(
    RuleId::LatePayment,
    &[Dated::since(
        Date::ymd(2022, 7, 1),
        BpuLapse {
            grace_months: 3,
            fine_source: Source::new(
                "Perdir BPJS Ketenagakerjaan 22/PERDIR.02/072022",
                "BPU tidak dikenakan denda keterlambatan",
                Confidence::Confirmed,
            )
            .href("https://star.grid.id/read/453722708/bpjs-checking-cek-tagihan-bpjs-ketenagakerjaan-mandiri-ini-sanksi-jika-terlambat"),
        },
        // Grace of 3 months: one regulator document (item 12a); the lapse after more than 3
        // unpaid months is also stated by a PERISAI FAQ and star.grid.id (item 12b).
        Source::new(
            "Perdir BPJS Ketenagakerjaan 22/PERDIR.02/072022",
            "angka 12a-12b: tunggakan paling lama 3 bulan; lebih dari 3 bulan berturut-turut kepesertaan berakhir",
            Confidence::OneSource,
        )
        .href("http://online.flipbuilder.com/kduhm/fxda/files/basic-html/page59.html"),
    )],
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assert_well_formed;

    #[test]
    fn tables_are_well_formed_and_chain_without_gaps() {
        assert_well_formed(&PU_DEADLINE);
        assert_well_formed(&BPU_LAPSE);
        for pair in PU_DEADLINE.values.windows(2) {
            assert_eq!(pair[0].period.until, Some(pair[1].period.from));
        }
    }
}
