//! Invariants of the APBD budget planner: cost = contribution × covered worker-months, parts add up
//! to totals (per APBD year, funder and district), nothing negative, the limits hold, monotone in
//! workers and months, parsers never panic, codecs round-trip.

use jaring_core::anggaran::csv::{export_districts, import_districts, read};
use jaring_core::anggaran::plan::{
    project, workers_for_pagu, workers_per_apbd_year, Flag, IuranChange, Jadwal, Plan, Tranche, TrancheSize,
};
use jaring_core::anggaran::split::{share_cost, Funder, FunderKind, Split};
use jaring_core::anggaran::{summarize, Batas, District, DistrictTable, PlannerState, Scenario};
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

/// A plan with one contribution for every month, without a ceiling or belanja daerah.
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
                (prop::option::of(0u64..=20_000_000), 0u64..=1_000_000),
            )
        })
        .prop_map(
            |(
                (pekerja, bulan, mulai, tahun, durasi),
                tahap,
                (v, f, h, rho, jadwal, iuran),
                (usulan, baru),
            )| {
                Plan {
                    pekerja,
                    usulan,
                    bulan,
                    mulai,
                    tahun,
                    durasi,
                    tahap,
                    verifikasi: v,
                    serapan: f,
                    cadangan: h,
                    lanjut: rho,
                    baru,
                    jadwal,
                    iuran: Rupiah::from_whole(iuran),
                    iuran_berubah: Vec::new(),
                    pagu: None,
                    belanja: None,
                }
            },
        )
}

/// A plan with a ceiling per APBD year.
fn capped_plan() -> impl Strategy<Value = Plan> {
    (plan(), 0i64..=500_000_000_000).prop_map(|(plan, pagu)| Plan {
        pagu: Some(Rupiah::from_whole(pagu)),
        ..plan
    })
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
        // APBD years: what is covered and what is booked both add up to the plan.
        prop_assert_eq!(sum(p.apbd.iter().map(|y| y.biaya)), p.biaya());
        prop_assert_eq!(sum(p.apbd.iter().map(|y| y.dibayar)), p.biaya());
        prop_assert_eq!(p.apbd.iter().map(|y| y.pekerja_bulan).sum::<u64>(), p.worker_months());
        prop_assert!(p.apbd.iter().all(|y| y.pagu >= y.dibayar));
        prop_assert!(p.pagu() >= p.biaya());
        prop_assert!(p.years.iter().all(|y| !y.biaya.is_negative() && !y.pagu.is_negative()));
        prop_assert!(p.months.iter().all(|m| !m.biaya.is_negative() && !m.dibayar.is_negative()));
        // The limits: the smallest of the verified list and the fill rate × target.
        let e = p.enrolment;
        prop_assert_eq!(e.enrolled, e.verified.min(e.fillable));
        prop_assert!(e.enrolled <= plan.pekerja);
        prop_assert_eq!(e.binding == Batas::Sasaran, e.enrolled == plan.pekerja);
        // Without new workers, never more in a later year than in the first.
        let first = p.years.first().map_or(0, |y| y.pekerja);
        prop_assert!(first <= plan.pekerja);
        if plan.baru == 0 {
            prop_assert!(p.years.iter().all(|y| y.pekerja <= first));
        }
        // The cohorts handed to the coverage model hold every worker who ever enters.
        let entered: u64 = p.kohort.iter().map(|k| k.pekerja).sum();
        prop_assert_eq!(entered, p.coverage.iter().filter(|c| c.year == 0).map(|c| c.workers).sum::<u64>()
            + plan.baru * u64::from(plan.durasi - 1));
    }

    #[test]
    fn cost_follows_the_contribution_of_each_month(
        plan in plan(),
        changes in prop::collection::vec((0u32..612, 1i64..=1_000_000), 0..5),
    ) {
        let mut changes: Vec<IuranChange> = changes
            .into_iter()
            .map(|(from_month, iuran)| IuranChange { from_month, iuran: Rupiah::from_whole(iuran) })
            .collect();
        changes.sort_by_key(|c| c.from_month);
        changes.dedup_by_key(|c| c.from_month);
        let plan = Plan { iuran_berubah: changes, ..plan };
        let p = project(&plan).unwrap();
        let expected = p.months.iter().fold(Decimal::ZERO, |a, m| {
            a + m.iuran.amount() * Decimal::from(m.tercakup)
        });
        prop_assert_eq!(p.biaya().amount(), expected);
        prop_assert_eq!(sum(p.apbd.iter().map(|y| y.dibayar)), p.biaya());
        for (i, m) in p.months.iter().enumerate() {
            prop_assert_eq!(m.iuran, plan.iuran_at(u32::try_from(i).unwrap()));
        }
    }

    #[test]
    fn a_ceiling_holds_in_every_apbd_year_and_is_used_up(plan in capped_plan()) {
        let Some(ceiling) = plan.pagu else { return Ok(()) };
        let p = project(&plan).unwrap();
        let over = p.flags.iter().any(|f| matches!(f, Flag::OverCeiling { .. }));
        if !over {
            prop_assert!(p.apbd.iter().all(|y| y.pagu <= ceiling));
        }
        // Only new workers of later years can push a year over the ceiling.
        prop_assert!(!over || plan.baru > 0);
        let e = p.enrolment;
        prop_assert!(e.enrolled <= e.verified.min(e.fillable));
        if e.binding == Batas::Pagu && !over {
            // One more first-year worker would break the ceiling in some APBD year.
            let slots = e.slots.unwrap();
            let more = Plan { pagu: None, ..plan.clone() };
            let trial = Plan { pekerja: slots + 1, usulan: None, verifikasi: Percent::new(Decimal::ONE_HUNDRED),
                serapan: Percent::new(Decimal::ONE_HUNDRED), ..more };
            let q = project(&trial).unwrap();
            prop_assert!(q.apbd.iter().any(|y| y.pagu > ceiling));
        }
    }

    #[test]
    fn a_ceiling_below_the_need_binds_and_is_used_up(plan in plan(), percent in 0u32..100) {
        // Every case reaches the assertions: the ceiling is a share of what the plan needs.
        let plan = Plan { baru: 0, ..plan };
        let need = project(&plan).unwrap().apbd.iter().map(|y| y.pagu).max().unwrap_or(Rupiah::ZERO);
        prop_assume!(need > Rupiah::ZERO);
        let ceiling = Rupiah::new((need.amount() * Decimal::from(percent) / Decimal::ONE_HUNDRED).floor());
        let p = project(&Plan { pagu: Some(ceiling), ..plan.clone() }).unwrap();
        let e = p.enrolment;
        prop_assert_eq!(e.binding, Batas::Pagu);
        prop_assert!(e.enrolled < e.verified.min(e.fillable));
        prop_assert!(p.apbd.iter().all(|y| y.pagu <= ceiling));
        let one_more = Plan {
            pekerja: e.enrolled + 1,
            usulan: None,
            verifikasi: Percent::new(Decimal::ONE_HUNDRED),
            serapan: Percent::new(Decimal::ONE_HUNDRED),
            ..plan
        };
        prop_assert!(project(&one_more).unwrap().apbd.iter().any(|y| y.pagu > ceiling));
    }

    #[test]
    fn monotone_in_workers_and_months(plan in plan(), more in 1u64..1_000) {
        let base = project(&plan).unwrap().biaya();
        let bigger = Plan { pekerja: plan.pekerja + more, ..plan.clone() };
        prop_assert!(project(&bigger).unwrap().biaya() >= base);
        let growing = Plan { baru: plan.baru + more, ..plan.clone() };
        prop_assert!(project(&growing).unwrap().biaya() >= base);
        if plan.bulan < 12 {
            let longer = Plan { bulan: plan.bulan + 1, ..plan.clone() };
            prop_assert!(project(&longer).unwrap().biaya() >= base);
        }
    }

    #[test]
    fn monotone_in_workers_under_a_ceiling(plan in capped_plan(), more in 1u64..1_000) {
        let base = project(&plan).unwrap();
        let bigger = project(&Plan { pekerja: plan.pekerja + more, ..plan.clone() }).unwrap();
        prop_assert!(bigger.enrolled() >= base.enrolled());
        prop_assert!(bigger.biaya() >= base.biaya());
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
    fn inverse_per_apbd_year_fits_its_year(plan in plan(), pagu in 0i64..100_000_000_000) {
        let pagu = Rupiah::from_whole(pagu);
        for year in workers_per_apbd_year(&plan, pagu).unwrap() {
            if let Some(c) = year.ceiling {
                prop_assert!(c.pagu <= pagu);
                prop_assert!(c.capped || c.next_pagu > pagu);
            } else {
                prop_assert_eq!(year.per_pekerja, Rupiah::ZERO);
            }
        }
    }

    #[test]
    fn district_rows_sum_to_the_total(
        rows in prop::collection::vec((0u64..1_000_000, prop::option::of(1u64..2_000_000), prop::option::of(0u32..=10_000)), 0..30),
        plan in plan(),
    ) {
        let plan = Plan { durasi: plan.durasi.min(5), tahap: Vec::new(), ..plan };
        let table = DistrictTable {
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, (n, workforce, now))| District {
                    angkatan_kerja: *workforce,
                    cakupan: now.map(|c| Percent::new(Decimal::new(i64::from(c), 2))),
                    ..District::new(&format!("D{i}"), *n)
                })
                .collect(),
        };
        let s = summarize(&table, &plan).unwrap();
        prop_assert_eq!(s.pekerja, table.total_workers());
        prop_assert_eq!(s.terdaftar, s.rows.iter().map(|r| r.terdaftar).sum::<u64>());
        prop_assert_eq!(s.pekerja_bulan, s.rows.iter().map(|r| r.pekerja_bulan).sum::<u64>());
        prop_assert_eq!(s.biaya, sum(s.rows.iter().map(|r| r.biaya)));
        prop_assert_eq!(s.pagu, sum(s.rows.iter().map(|r| r.pagu)));
        prop_assert_eq!(sum(s.months.iter().map(|m| m.biaya)), s.biaya);
        for (i, year) in s.apbd.iter().enumerate() {
            prop_assert_eq!(sum(s.rows.iter().map(|r| r.apbd.get(i).copied().unwrap_or(Rupiah::ZERO))), year.dibayar);
        }
        for r in &s.rows {
            if let (Some(now), Some(after)) = (r.district.cakupan, r.cakupan_baru) {
                prop_assert!(after >= now && after.value() <= Decimal::ONE_HUNDRED);
            }
            prop_assert!(r.biaya_per_poin.is_none_or(|c| !c.is_negative()));
        }
    }

    #[test]
    fn funders_share_every_rupiah(plan in plan(), a in 0u32..=10_000, w in 0u64..=1_000) {
        let p = project(&plan).unwrap();
        let funder = |kind| Funder { kind, nama: String::new() };
        let first = Percent::new(Decimal::new(i64::from(a), 2));
        let second = Percent::new(Decimal::ONE_HUNDRED - first.value());
        let shares = Split::Shares(vec![(funder(FunderKind::Provinsi), first), (funder(FunderKind::Dbhcht), second)]);
        let w = w.min(p.enrolled());
        let workers = Split::Workers(vec![
            (funder(FunderKind::Kabupaten), w),
            (funder(FunderKind::DanaDesa), p.enrolled() - w),
        ]);
        for split in [shares, workers] {
            let costs = share_cost(&p, &split).unwrap();
            for (i, year) in p.apbd.iter().enumerate() {
                let lines: Vec<_> = costs.iter().filter_map(|c| c.years.get(i).copied()).collect();
                prop_assert!(lines.iter().all(|l| l.tahun == year.tahun && !l.dibayar.is_negative()));
                prop_assert_eq!(sum(lines.iter().map(|l| l.dibayar)), year.dibayar);
                prop_assert_eq!(sum(lines.iter().map(|l| l.pagu)), year.pagu);
            }
        }
    }

    #[test]
    fn readers_never_panic(text in any::<String>(), bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = read(&text);
        let _ = import_districts(&text);
        let lossy = String::from_utf8_lossy(&bytes);
        let _ = import_districts(&lossy);
        let _ = PlannerState::from_json(&lossy);
        let _ = PlannerState::from_json(&text);
        let (scenario, _) = Scenario::from_query(&Query::parse(&lossy));
        let _ = scenario.evaluate();
        let (scenario, _) = Scenario::from_query(&Query::parse(&text));
        let _ = scenario.evaluate();
    }

    #[test]
    fn readers_never_panic_on_near_valid_input(
        cut in 0usize..2_000,
        insert in "[\"{}\\[\\]:;,0-9a-z%&=\\n-]{0,3}",
    ) {
        // Damage a valid saved file, CSV and link at one place.
        let damage = |text: &str| {
            let at = (0..=cut.min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
            format!("{}{}{}", &text[..at], insert, &text[at..])
        };
        let _ = PlannerState::from_json(&damage(&valid_state().to_json()));
        let _ = import_districts(&damage(&valid_csv()));
        let (scenario, _) = Scenario::from_query(&Query::parse(&damage(&valid_scenario().to_query())));
        let _ = scenario.evaluate();
    }

    #[test]
    fn csv_round_trip(
        rows in prop::collection::vec(("[a-zA-Z0-9 ;\"'=+@,\\t.-]{0,20}", 0u64..=1_000_000, prop::option::of(1u64..=1_000_000), prop::option::of(0u32..=10_000)), 1..30),
    ) {
        // Names are trimmed on import; an empty name gets one, and total-row labels are skipped.
        prop_assume!(rows.iter().all(|r| !["jumlah", "total"].contains(&r.0.trim().to_lowercase().as_str())));
        let rows: Vec<District> = rows
            .into_iter()
            .enumerate()
            .map(|(i, (name, n, workforce, now))| {
                let name = if name.trim().is_empty() { format!("R{i}") } else { name.trim().to_string() };
                District {
                    angkatan_kerja: workforce,
                    cakupan: now.map(|c| Percent::new(Decimal::new(i64::from(c), 2).normalize())),
                    ..District::new(&name, n)
                }
            })
            .collect();
        let table = DistrictTable { rows };
        let summary = summarize(&table, &Plan::new(0, 12, Rupiah::from_whole(16_800))).unwrap();
        prop_assert_eq!(import_districts(&export_districts(&summary, Lang::Id)), Ok(table));
    }

    #[test]
    fn scenario_codec_round_trip(
        nama in "[a-zA-Z0-9 &=%+#]{0,20}",
        plan in plan(),
        jht in any::<bool>(),
        pagu in prop::option::of(0i64..1_000_000_000_000),
        belanja in prop::option::of(1i64..1_000_000_000_000_000),
        penghasilan in 0i64..=1_000_000_000,
        claims in (0u32..=500, 0u32..=1_000, 0u32..=100, 0i64..1_000_000_000, any::<bool>()),
        dana in prop::option::of((0u32..=10_000, "[a-zA-Z ]{0,10}")),
    ) {
        let dana = dana.map(|(a, nama)| {
            let first = Percent::new(Decimal::new(i64::from(a), 2).normalize());
            Split::Shares(vec![
                (Funder { kind: FunderKind::Provinsi, nama: nama.trim().to_string() }, first),
                (Funder { kind: FunderKind::Lainnya, nama: String::new() },
                    Percent::new((Decimal::ONE_HUNDRED - first.value()).normalize())),
            ])
        });
        let s = Scenario {
            nama: nama.trim().to_string(),
            pekerja: plan.pekerja,
            usulan: plan.usulan,
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
            baru: plan.baru,
            jadwal: plan.jadwal,
            tahap: plan.tahap.clone(),
            pagu: pagu.map(Rupiah::from_whole),
            belanja: belanja.map(Rupiah::from_whole),
            dana,
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
        let state = PlannerState { scenarios: vec![s], districts: DistrictTable::ntt(), cakupan: None };
        prop_assert_eq!(PlannerState::from_json(&state.to_json()), Ok(state));
    }
}

fn valid_scenario() -> Scenario {
    Scenario {
        usulan: Some(150_000),
        baru: 1_000,
        durasi: 3,
        pagu: Some(Rupiah::from_whole(20_000_000_000)),
        ..Scenario::modelling_preset()
    }
}

fn valid_state() -> PlannerState {
    let mut districts = DistrictTable::ntt();
    if let Some(row) = districts.rows.first_mut() {
        row.pekerja = 1_000;
        row.angkatan_kerja = Some(100_000);
        row.cakupan = Some(Percent::new(Decimal::new(125, 1)));
    }
    PlannerState {
        scenarios: vec![Scenario::default(), valid_scenario()],
        districts,
        cakupan: Some(serde_json::json!({"agen": 400})),
    }
}

fn valid_csv() -> String {
    let plan = Plan::new(0, 12, Rupiah::from_whole(16_800));
    export_districts(&summarize(&valid_state().districts, &plan).unwrap(), Lang::Id)
}

/// Damaging a valid file one byte at a time gives both outcomes, so the damaged-input properties
/// above do reach the code that reads a file to the end, not only the early refusals.
#[test]
fn damaged_files_are_read_or_refused_and_some_still_read() {
    // (read back, refused) after removing each character in turn.
    fn outcomes(text: &str, reads: impl Fn(&str) -> bool) -> (usize, usize) {
        (0..text.len())
            .filter(|i| text.is_char_boundary(*i))
            .fold((0, 0), |(ok, refused), at| {
                let mut damaged = text.to_string();
                damaged.remove(at);
                if reads(&damaged) {
                    (ok + 1, refused)
                } else {
                    (ok, refused + 1)
                }
            })
    }
    let counts = [
        outcomes(&valid_state().to_json(), |t| PlannerState::from_json(t).is_ok()),
        outcomes(&valid_csv(), |t| import_districts(t).is_ok()),
        outcomes(&valid_scenario().to_query(), |t| {
            let (scenario, notices) = Scenario::from_query(&Query::parse(t));
            notices.is_empty() && scenario.evaluate().is_ok()
        }),
    ];
    for (read_back, refused) in counts {
        assert!(read_back > 0 && refused > 0, "{counts:?}");
    }
}

/// Millions of workers over fifty years at the highest contribution stay exact.
#[test]
fn the_largest_plan_does_not_overflow() {
    let plan = Plan {
        durasi: 50,
        baru: jaring_core::anggaran::MAX_WORKERS,
        belanja: Some(Rupiah::from_whole(1)),
        ..Plan::new(
            jaring_core::anggaran::MAX_WORKERS,
            12,
            Rupiah::from_whole(jaring_core::anggaran::plan::MAX_IURAN),
        )
    };
    let p = project(&plan).unwrap();
    let worker_months: u64 = (1..=50u64).map(|k| k * 100_000_000 * 12).sum();
    assert_eq!(p.worker_months(), worker_months);
    assert_eq!(
        p.biaya().amount(),
        Decimal::from(worker_months) * Decimal::from(10_000_000)
    );
    assert_eq!(sum(p.apbd.iter().map(|y| y.dibayar)), p.biaya());
    // The largest ceiling accepted cannot pay the later years: they are flagged, nothing breaks.
    let capped = Plan {
        pagu: Some(Rupiah::new(jaring_core::money::max_input_amount())),
        ..plan
    };
    let p = project(&capped).unwrap();
    assert!(p.flags.iter().any(|f| matches!(f, Flag::OverCeiling { .. })));
}
