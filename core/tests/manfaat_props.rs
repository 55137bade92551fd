//! Invariants of the benefit engine: nothing negative, JHT monotone in return and in years,
//! scholarships within their caps, share links that round-trip.

use jaring_core::manfaat::jp::JpManfaat;
use jaring_core::manfaat::{simulate, ManfaatError, ManfaatInput, ManfaatResult, Scenario, Segmen};
use jaring_core::scenario::Query;
use jaring_core::{Date, Percent, Rupiah};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn segmen() -> impl Strategy<Value = Segmen> {
    prop_oneof![Just(Segmen::Pu), Just(Segmen::Bpu)]
}

/// A percentage with one decimal in `[0, max_tenths / 10]`.
fn percent(max_tenths: i64) -> impl Strategy<Value = Percent> {
    (0..=max_tenths).prop_map(|t| Percent::new(Decimal::new(t, 1)))
}

fn date() -> impl Strategy<Value = Date> {
    // From PP 82/2019 (the JKK and scholarship amounts) to well past the last JP table year.
    (2020_u16..=2060, 1_u8..=12, 1_u8..=28).prop_map(|(y, m, d)| Date::ymd(y, m, d))
}

prop_compose! {
    fn manfaat_input()(
        date in date(),
        segmen in segmen(),
        upah in 0_i64..=200_000_000,
        masa_bulan in 0_u32..=720,
        usia in 15_u8..=80,
        anak in prop::collection::vec(0_u8..=30, 0..=10),
        saldo in 0_i64..=2_000_000_000,
        imbal in percent(100),
        kenaikan in percent(200),
        usia_jht in 40_u8..=80,
    ) -> ManfaatInput {
        ManfaatInput {
            date,
            segmen,
            upah: Rupiah::from_whole(upah),
            masa_bulan,
            usia,
            anak,
            saldo_jht: Rupiah::from_whole(saldo),
            imbal_jht: imbal,
            kenaikan_upah: kenaikan,
            usia_jht,
        }
    }
}

fn result(input: &ManfaatInput) -> Result<ManfaatResult, TestCaseError> {
    simulate(input).map_err(|e| TestCaseError::fail(format!("{e:?}")))
}

/// Every amount the result shows.
fn all_amounts(r: &ManfaatResult) -> Vec<Rupiah> {
    let mut out = vec![
        r.ringkasan.kematian_biasa,
        r.ringkasan.beasiswa_kematian_biasa,
        r.ringkasan.kematian_kerja,
        r.ringkasan.beasiswa,
        r.ringkasan.jht_pensiun,
        r.jkm.total,
        r.jkk.kematian_total,
        r.jkk.cacat_total_total,
        r.beasiswa.total_jkk,
        r.beasiswa.total_jkm,
        r.jht.saldo_akhir,
        r.jht.total_iuran,
        r.jht.total_imbal,
    ];
    for lines in [
        &r.jkm.baris,
        &r.jkk.kematian,
        &r.jkk.cacat_total,
        &r.jkk.cacat_sebagian,
        &r.jkk.penggantian,
    ] {
        out.extend(lines.iter().map(|l| l.jumlah));
    }
    out.extend(r.jkk.stmb.iter().map(|s| s.per_bulan));
    out.extend(r.beasiswa.anak.iter().map(|a| a.total));
    for row in &r.jht.baris {
        out.extend([row.upah, row.iuran, row.imbal, row.saldo]);
    }
    if let Some(Ok(jp)) = &r.jp {
        out.push(jp.rata_upah);
        match jp.manfaat {
            JpManfaat::Bulanan {
                dihitung, per_bulan, ..
            } => out.extend([dihitung, per_bulan]),
            JpManfaat::Sekaligus {
                iuran, imbal, total, ..
            } => out.extend([iuran, imbal, total]),
        }
    }
    if let Some(Ok(jkp)) = &r.jkp {
        out.push(jkp.total);
        out.extend(jkp.tahap.iter().map(|t| t.jumlah));
    }
    out
}

proptest! {
    #[test]
    fn benefits_are_never_negative_and_parts_sum_to_totals(input in manfaat_input()) {
        let r = result(&input)?;
        for amount in all_amounts(&r) {
            prop_assert!(!amount.is_negative(), "{amount:?}");
        }
        let sum = |lines: &[jaring_core::manfaat::Line]| lines.iter().map(|l| l.jumlah).sum::<Rupiah>();
        prop_assert_eq!(sum(&r.jkm.baris), r.jkm.total);
        prop_assert_eq!(sum(&r.jkk.kematian), r.jkk.kematian_total);
        prop_assert_eq!(r.ringkasan.kematian_kerja, r.jkk.kematian_total + r.beasiswa.total_jkk);
        prop_assert_eq!(
            r.jht.saldo_akhir,
            r.jht.saldo_awal + r.jht.total_iuran + r.jht.total_imbal
        );
    }

    #[test]
    fn jht_balance_is_monotone_in_the_return(input in manfaat_input(), a in percent(100), b in percent(100)) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let mut i = input;
        i.imbal_jht = low;
        let lower = result(&i)?.jht.saldo_akhir;
        i.imbal_jht = high;
        let higher = result(&i)?.jht.saldo_akhir;
        prop_assert!(lower <= higher, "{lower:?} > {higher:?}");
    }

    #[test]
    fn jht_balance_is_monotone_in_years(input in manfaat_input(), more in 0_u8..=10) {
        let r = result(&input)?;
        for pair in r.jht.baris.windows(2) {
            prop_assert!(pair[0].saldo <= pair[1].saldo);
        }
        let mut later = input.clone();
        later.usia_jht = input.usia_jht.saturating_add(more).min(80);
        prop_assert!(r.jht.saldo_akhir <= result(&later)?.jht.saldo_akhir);
    }

    #[test]
    fn scholarships_never_exceed_the_caps(input in manfaat_input()) {
        let b = result(&input)?.beasiswa;
        let per_child = Rupiah::from_whole(87_000_000);
        prop_assert!(b.anak.iter().all(|a| a.total <= per_child));
        prop_assert!(b.anak.iter().filter(|a| a.ditanggung).count() <= 2);
        prop_assert!(b.anak.iter().filter(|a| !a.ditanggung).all(|a| a.total == Rupiah::ZERO));
        prop_assert!(b.total_jkk <= Rupiah::from_whole(174_000_000));
        prop_assert!(b.total_jkm <= b.total_jkk);
        if input.masa_bulan < 36 {
            prop_assert_eq!(b.total_jkm, Rupiah::ZERO);
        }
    }

    #[test]
    fn share_links_round_trip(
        segmen in segmen(),
        upah in 0_i64..=1_000_000_000_000,
        tanggal in prop::option::of(date()),
        masa in 0_u32..=720,
        usia in 15_u8..=80,
        anak in prop::collection::vec(0_u8..=30, 0..=10),
        saldo in 0_i64..=1_000_000_000_000,
        imbal in (0_i64..=1000).prop_map(|h| Percent::new(Decimal::new(h, 2))),
        naik in percent(200),
        usia_jht in 40_u8..=80,
    ) {
        let s = Scenario {
            segmen,
            upah: Rupiah::from_whole(upah),
            tanggal,
            masa,
            usia,
            anak,
            saldo: Rupiah::from_whole(saldo),
            imbal,
            naik,
            usia_jht,
        };
        let (back, notices) = Scenario::from_query(&Query::parse(&s.to_query()));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(back, s);
    }

    #[test]
    fn any_link_gives_a_valid_input(
        pairs in prop::collection::vec(
            (
                prop::sample::select(vec![
                    "segmen", "upah", "penghasilan", "tanggal", "masa", "usia", "anak", "saldo", "imbal",
                    "naik", "x",
                ]),
                prop_oneof![
                    "[0-9]{1,16}",
                    "-?[0-9]{1,3}([.,][0-9]{1,3})?",
                    "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
                    "[0-9]{1,2}(,[0-9]{1,2}){0,12}",
                    "pu|bpu|PU|x",
                    ".{0,20}",
                ],
            ),
            0..12,
        ),
    ) {
        let query: Vec<(&str, String)> = pairs.iter().map(|(k, v)| (*k, v.clone())).collect();
        let (s, _) = Scenario::from_query(&Query::parse(&jaring_core::scenario::encode(&query)));
        // The link reader's ranges agree with the engine's: only a date no rule covers can fail.
        match simulate(&s.input(Date::ymd(2025, 6, 1))) {
            Ok(_) | Err(ManfaatError::NotCovered(_)) => {}
            Err(e) => prop_assert!(false, "{e:?} for {s:?}"),
        }
    }
}
