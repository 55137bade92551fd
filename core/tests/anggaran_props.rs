//! Invariants of the APBD budget planner (`reference/modelling.md` §7.B): cost = contribution ×
//! covered worker-months, parts add up to totals, nothing negative, monotone in workers and months,
//! parsers never panic, codecs round-trip.

use jaring_core::anggaran::csv::{export_districts, import_districts, read};
use jaring_core::anggaran::districts::summarize;
use jaring_core::anggaran::plan::{project, workers_for_pagu, Jadwal, Plan, Tranche, TrancheSize};
use jaring_core::anggaran::split::{share_cost, Funder, FunderKind, Split};
use jaring_core::anggaran::{District, DistrictTable, PlannerState, Scenario};
use jaring_core::money::{Percent, Rupiah};
use jaring_core::scenario::Query;
use jaring_core::Lang;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn percent() -> impl Strategy<Value = Percent> {
    (0u32..=10_000).prop_map(|bp| Percent::new(Decimal::new(i64::from(bp), 2)))
}

fn jadwal() -> impl Strategy<Value = Jadwal> {
    prop_oneof![
        Just(Jadwal::Bulanan),
        Just(Jadwal::Semester),
        Just(Jadwal::Tahunan)
    ]
}

/// Tranche shares that add up to exactly 100% (in whole percent), with offsets below `bulan`.
fn tranches(bulan: u8) -> impl Strategy<Value = Vec<Tranche>> {
    prop::collection::vec((0..bulan, 1u32..50), 0..4).prop_map(|raw| {
        let total: u32 = raw.iter().map(|(_, w)| w).sum();
        let mut left = 100i64;
        let count = raw.len();
        raw.into_iter()
            .enumerate()
            .map(|(i, (offset, w))| {
                let share = if i + 1 == count {
                    left
                } else {
                    i64::from(w * 100 / total.max(1))
                };
                left -= share;
                Tranche {
                    offset,
                    size: TrancheSize::Share(Percent::new(Decimal::from(share))),
                }
            })
            .collect()
    })
}

fn plan() -> impl Strategy<Value = Plan> {
    (1u8..=12)
        .prop_flat_map(|bulan| {
            (
                (0u64..=10_000_000, Just(bulan), 1u8..=12, 2015u16..=2100, 1u8..=50),
                tranches(bulan),
                (
                    percent(),
                    percent(),
                    percent(),
                    percent(),
                    jadwal(),
                    1i64..=1_000_000,
                ),
            )
        })
        .prop_map(
            |((pekerja, bulan, mulai, tahun, durasi), tahap, (v, f, h, rho, jadwal, iuran))| Plan {
                pekerja,
                bulan,
                mulai,
                tahun,
                durasi,
                tahap,
                verifikasi: v,
                serapan: f,
                cadangan: h,
                lanjut: rho,
                jadwal,
                iuran: Rupiah::from_whole(iuran),
            },
        )
}

fn sum(amounts: impl Iterator<Item = Rupiah>) -> Rupiah {
    amounts.fold(Rupiah::ZERO, |a, b| a + b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn cost_is_contribution_times_worker_months(plan in plan()) {
        let p = project(&plan).unwrap();
        let c = plan.iuran.amount();
        prop_assert_eq!(p.biaya().amount(), c * Decimal::from(p.worker_months()));
        let month_workers: u64 = p.months.iter().map(|m| m.tercakup).sum();
        prop_assert_eq!(month_workers, p.worker_months());
        prop_assert_eq!(sum(p.months.iter().map(|m| m.biaya)), p.biaya());
        prop_assert_eq!(sum(p.months.iter().map(|m| m.dibayar)), p.biaya());
        prop_assert_eq!(sum(p.quarters().iter().map(|q| q.biaya)), p.biaya());
        prop_assert_eq!(sum(p.calendar_years().iter().map(|y| y.dibayar)), p.biaya());
        prop_assert!(p.pagu() >= p.biaya());
        prop_assert!(p.years.iter().all(|y| !y.biaya.is_negative() && !y.pagu.is_negative()));
        prop_assert!(p.months.iter().all(|m| !m.biaya.is_negative() && !m.dibayar.is_negative()));
        // Never more workers than the target, never more in a later year than in the first.
        let first = p.years.first().map_or(0, |y| y.pekerja);
        prop_assert!(first <= plan.pekerja);
        prop_assert!(p.years.iter().all(|y| y.pekerja <= first));
    }

    #[test]
    fn monotone_in_workers_and_months(plan in plan(), more in 1u64..1_000) {
        let base = project(&plan).unwrap().biaya();
        let bigger = Plan { pekerja: plan.pekerja + more, ..plan.clone() };
        prop_assert!(project(&bigger).unwrap().biaya() >= base);
        if plan.bulan < 12 {
            let longer = Plan { bulan: plan.bulan + 1, ..plan.clone() };
            prop_assert!(project(&longer).unwrap().biaya() >= base);
        }
    }

    #[test]
    fn inverse_is_the_largest_within_the_ceiling(
        pagu in 0i64..100_000_000_000,
        iuran in 1i64..100_000,
        bulan in 1u32..=24,
        h in percent(),
    ) {
        let pagu = Rupiah::from_whole(pagu);
        let c = workers_for_pagu(pagu, Rupiah::from_whole(iuran), bulan, h).unwrap();
        prop_assert!(c.pagu <= pagu);
        prop_assert!(c.capped || c.next_pagu > pagu);
    }

    #[test]
    fn district_rows_sum_to_the_total(
        rows in prop::collection::vec((0u64..1_000_000, 1u8..=12, 1u8..=12), 0..40),
        h in percent(),
        jadwal in jadwal(),
    ) {
        let table = DistrictTable {
            rows: rows.iter().enumerate().map(|(i, (n, b, m))| District::new(&format!("D{i}"), *n, *b, *m)).collect(),
        };
        let s = summarize(&table, Rupiah::from_whole(16_800), h, 2025, jadwal).unwrap();
        prop_assert_eq!(s.pekerja, table.total_workers());
        prop_assert_eq!(s.pekerja_bulan, s.rows.iter().map(|r| r.pekerja_bulan).sum::<u64>());
        prop_assert_eq!(s.biaya, sum(s.rows.iter().map(|r| r.biaya)));
        prop_assert_eq!(s.pagu, sum(s.rows.iter().map(|r| r.pagu)));
        prop_assert_eq!(sum(s.months.iter().map(|m| m.biaya)), s.biaya);
    }

    #[test]
    fn funders_share_every_rupiah(plan in plan(), a in 0u32..=10_000) {
        let p = project(&plan).unwrap();
        let funder = |kind| Funder { kind, nama: String::new() };
        let first = Percent::new(Decimal::new(i64::from(a), 2));
        let second = Percent::new(Decimal::ONE_HUNDRED - first.value());
        let split = Split::Shares(vec![(funder(FunderKind::Provinsi), first), (funder(FunderKind::Dbhcht), second)]);
        let costs = share_cost(&p, &split).unwrap();
        for (i, year) in p.years.iter().enumerate() {
            prop_assert_eq!(sum(costs.iter().filter_map(|c| c.biaya.get(i).copied())), year.biaya);
            prop_assert_eq!(sum(costs.iter().filter_map(|c| c.pagu.get(i).copied())), year.pagu);
        }
    }

    #[test]
    fn csv_reader_and_importer_never_panic(text in any::<String>(), bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = read(&text);
        let _ = import_districts(&text);
        let lossy = String::from_utf8_lossy(&bytes);
        let _ = import_districts(&lossy);
        let _ = PlannerState::load(&lossy);
        let _ = Scenario::from_query(&Query::parse(&lossy));
    }

    #[test]
    fn csv_round_trip(
        rows in prop::collection::vec(("[a-zA-Z0-9 ;\"'=+@,\\t\\n.-]{0,20}", 0u64..=1_000_000, 1u8..=12, 1u8..=12), 1..30),
    ) {
        // Names are trimmed on import; an empty name gets one, and total-row labels are skipped.
        prop_assume!(rows.iter().all(|r| !["jumlah", "total"].contains(&r.0.trim().to_lowercase().as_str())));
        let rows: Vec<District> = rows
            .into_iter()
            .enumerate()
            .map(|(i, (name, n, b, m))| {
                let name = if name.trim().is_empty() { format!("R{i}") } else { name.trim().to_string() };
                District::new(&name, n, b, m)
            })
            .collect();
        let table = DistrictTable { rows };
        let summary = summarize(&table, Rupiah::from_whole(16_800), Percent::ZERO, 2025, Jadwal::Bulanan).unwrap();
        prop_assert_eq!(import_districts(&export_districts(&summary, Lang::Id)), Ok(table));
    }

    #[test]
    fn scenario_codec_round_trip(
        nama in "[a-zA-Z0-9 &=%+#]{0,20}",
        plan in plan(),
        jht in any::<bool>(),
        pagu in prop::option::of(0i64..1_000_000_000_000),
        penghasilan in 0i64..=1_000_000_000,
        claims in (0u32..=500, 0u32..=1_000, 0u32..=100, 0i64..1_000_000_000, any::<bool>()),
    ) {
        let s = Scenario {
            nama: nama.trim().to_string(),
            pekerja: plan.pekerja,
            bulan: plan.bulan,
            mulai: plan.mulai,
            tahun: plan.tahun,
            durasi: plan.durasi,
            penghasilan: Rupiah::from_whole(penghasilan),
            jht,
            verifikasi: plan.verifikasi,
            serapan: plan.serapan,
            lanjut: plan.lanjut,
            cadangan: plan.cadangan,
            jadwal: plan.jadwal,
            tahap: plan.tahap.clone(),
            pagu: pagu.map(Rupiah::from_whole),
            kematian: Percent::new(Decimal::new(i64::from(claims.0), 2)),
            kecelakaan: Percent::new(Decimal::new(i64::from(claims.1), 2)),
            seleksi: Decimal::new(i64::from(claims.2), 1),
            klaim_jkk: Rupiah::from_whole(claims.3),
            aturan2025: claims.4,
            ..Scenario::default()
        };
        let (back, notices) = Scenario::from_query(&Query::parse(&s.to_query()));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(&back, &s);
        let state = PlannerState { scenarios: vec![s], districts: DistrictTable::ntt() };
        prop_assert_eq!(PlannerState::load(&state.save()), Ok(state));
    }
}
