//! Golden cases of the APBD budget planner, each traced to the programme or regulation it comes
//! from (the news source of each programme is named at its test). The contribution is the BPU
//! minimum package: JKK 1% of the Rp 1 juta income level + JKM Rp 6.800 = Rp 16.800 a month
//! (PP 44/2015 as amended by PP 82/2019), with no PP 50/2025 discount for APBD-paid workers.

use jaring_core::anggaran::csv::{export_apbd, export_districts, export_funders, import_districts};
use jaring_core::anggaran::plan::{
    months_for_pagu, project, workers_for_pagu, workers_per_apbd_year, Batas, Jadwal, Plan, Projection,
    Tranche, TrancheSize,
};
use jaring_core::anggaran::split::{share_cost, Funder, FunderKind, Split};
use jaring_core::anggaran::{
    compare, expected_claims, iuran_bpu, summarize, BasisKey, District, DistrictTable, Metric, PlanError,
    PlannerState, Scenario,
};
use jaring_core::money::{Percent, Rupiah};
use jaring_core::scenario::Query;
use jaring_core::{Date, Lang};
use rust_decimal::dec;

fn rp(n: i64) -> Rupiah {
    Rupiah::from_whole(n)
}

/// The minimum package from the rules engine (PP 44/2015 Lampiran II level Rp 1 juta: Rp 16.800).
fn iuran() -> Rupiah {
    let contribution = iuran_bpu(rp(1_000_000), false, Date::ymd(2025, 1, 1));
    assert_eq!(contribution.as_ref().map(|c| c.iuran), Ok(rp(16_800)));
    rp(16_800)
}

fn run(pekerja: u64, bulan: u8, mulai: u8, tahun: u16) -> Projection {
    let plan = Plan {
        mulai,
        tahun,
        ..Plan::new(pekerja, bulan, iuran())
    };
    project(&plan).unwrap()
}

fn covered(p: &Projection) -> Vec<(u16, u8, u64)> {
    p.months
        .iter()
        .filter(|m| m.tercakup > 0)
        .map(|m| (m.tahun, m.bulan, m.tercakup))
        .collect()
}

#[test]
fn ntt_pledge_100000_workers_12_months() {
    // NTT Province 2025 (Pergub NTT 18/2025; porosnttnews.com, kupang.tribunnews.com 2025-08-23):
    // 100.000 × 16.800 × 12 = Rp 20,16 miliar.
    let p = run(100_000, 12, 1, 2025);
    assert_eq!(p.biaya(), rp(20_160_000_000));
    assert_eq!(p.pagu(), rp(20_160_000_000));
    assert_eq!(p.worker_months(), 1_200_000);
    assert_eq!(p.cost_per_worker_month(), Some(rp(16_800)));
    let quarters: Vec<Rupiah> = p.quarters().iter().map(|q| q.biaya).collect();
    assert_eq!(quarters, vec![rp(5_040_000_000); 4]);
    // The default scenario (first open of /anggaran) is exactly this case.
    let s = Scenario::default();
    let outcome = s.evaluate().unwrap();
    assert_eq!(outcome.contribution.iuran, rp(16_800));
    assert_eq!(outcome.projection.biaya(), rp(20_160_000_000));
    assert_eq!(outcome.projection.enrolled(), 100_000);
    assert_eq!(outcome.projection.enrolment.binding, Batas::Sasaran);
    let apbd: Vec<(u16, u64, u64, Rupiah)> = outcome
        .projection
        .apbd
        .iter()
        .map(|y| (y.tahun, y.pekerja, y.pekerja_bulan, y.pagu))
        .collect();
    assert_eq!(apbd, vec![(2025, 100_000, 1_200_000, rp(20_160_000_000))]);
    // One year: re-funding plays no part; the claims rest on the early-death assumption.
    assert_eq!(outcome.asumsi, vec![BasisKey::EarlySelection]);
}

#[test]
fn papua_tengah_crosses_the_fiscal_year() {
    // Papua Tengah Province (meepago.com 2025-08-17), 23.000 workers, Aug 2025 – Jul 2026:
    // 23.000 × 16.800 × 12 = Rp 4.636.800.000.
    let p = run(23_000, 12, 8, 2025);
    assert_eq!(p.biaya(), rp(4_636_800_000));
    let months = covered(&p);
    assert_eq!(months.first(), Some(&(2025, 8, 23_000)));
    assert_eq!(months.last(), Some(&(2026, 7, 23_000)));
    // The cost falls 5 months in APBD 2025 and 7 months in APBD 2026.
    let years: Vec<(u16, Rupiah)> = p.calendar_years().iter().map(|y| (y.tahun, y.biaya)).collect();
    assert_eq!(years, vec![(2025, rp(1_932_000_000)), (2026, rp(2_704_800_000))]);
    // Paid monthly, each APBD year books its own months and needs that as its pagu.
    let apbd: Vec<(u16, u64, Rupiah, Rupiah)> = p
        .apbd
        .iter()
        .map(|y| (y.tahun, y.pekerja_bulan, y.dibayar, y.pagu))
        .collect();
    assert_eq!(
        apbd,
        vec![
            (2025, 115_000, rp(1_932_000_000), rp(1_932_000_000)),
            (2026, 161_000, rp(2_704_800_000), rp(2_704_800_000))
        ]
    );
    // The same through the scenario (share link `pekerja=23000&mulai=8`).
    let s = Scenario {
        pekerja: 23_000,
        mulai: 8,
        ..Scenario::default()
    };
    let o = s.evaluate().unwrap();
    let booked: Vec<Rupiah> = o.projection.apbd.iter().map(|y| y.dibayar).collect();
    assert_eq!(booked, vec![rp(1_932_000_000), rp(2_704_800_000)]);
    assert_eq!(o.projection.biaya(), rp(4_636_800_000));
    // The APBD-year table as a spreadsheet reads it: plain integers, no thousands separators.
    let text = export_apbd(&o.projection.apbd, Lang::Id);
    assert!(
        text.contains("\r\n2025;23000;115000;1932000000;1932000000;1932000000;;\r\n"),
        "{text}"
    );
    // Shared 60/40 with the districts, one line per funder and APBD year.
    let shared = Scenario {
        dana: Some(Split::Shares(vec![
            (
                Funder {
                    kind: FunderKind::Provinsi,
                    nama: "Papua Tengah".into(),
                },
                Percent::new(dec!(60)),
            ),
            (
                Funder {
                    kind: FunderKind::Kabupaten,
                    nama: String::new(),
                },
                Percent::new(dec!(40)),
            ),
        ])),
        ..s
    };
    let text = export_funders(&shared.evaluate().unwrap().dana, Lang::Id);
    assert!(
        text.contains("\r\nprovinsi;Papua Tengah;2026;1622880000;1622880000\r\n"),
        "{text}"
    );
}

#[test]
fn papua_tengah_paid_per_semester_or_per_year_books_in_the_year_paid() {
    // A lump sum is booked in the APBD year it is paid: yearly, all of it in August 2025.
    let plan = Plan {
        mulai: 8,
        jadwal: Jadwal::Tahunan,
        ..Plan::new(23_000, 12, iuran())
    };
    let booked =
        |p: &Projection| -> Vec<(u16, Rupiah)> { p.apbd.iter().map(|y| (y.tahun, y.dibayar)).collect() };
    assert_eq!(
        booked(&project(&plan).unwrap()),
        vec![(2025, rp(4_636_800_000)), (2026, rp(0))]
    );
    // Per semester: Aug 2025 pays Aug–Jan, Feb 2026 pays Feb–Jul.
    let semester = Plan {
        jadwal: Jadwal::Semester,
        ..plan
    };
    assert_eq!(
        booked(&project(&semester).unwrap()),
        vec![(2025, rp(2_318_400_000)), (2026, rp(2_318_400_000))]
    );
}

#[test]
fn a_ceiling_per_apbd_year_limits_enrolment() {
    // Papua Tengah with a ceiling of Rp 2.704.800.000 in each APBD year: APBD 2025 (5 months) would
    // pay for 32.200 workers, APBD 2026 (7 months) for 23.000; the tighter year sets the slots.
    let plan = Plan {
        mulai: 8,
        pagu: Some(rp(2_704_800_000)),
        ..Plan::new(30_000, 12, iuran())
    };
    let p = project(&plan).unwrap();
    assert_eq!(p.enrolment.slots, Some(23_000));
    assert_eq!(p.enrolled(), 23_000);
    assert_eq!(p.enrolment.binding, Batas::Pagu);
    assert!(p.apbd.iter().all(|y| !y.over_ceiling()));
    // The inverse mode per APBD year for the same ceiling.
    let years: Vec<(u16, Rupiah, Option<u64>)> = workers_per_apbd_year(&plan, rp(2_704_800_000))
        .unwrap()
        .iter()
        .map(|y| (y.tahun, y.per_pekerja, y.ceiling.map(|c| c.value)))
        .collect();
    assert_eq!(
        years,
        vec![
            (2025, rp(84_000), Some(32_200)),
            (2026, rp(117_600), Some(23_000))
        ]
    );
    // Rp 1.932.000.000 a year: 23.000 workers in APBD 2025, 16.428 in APBD 2026
    // (16.428 × 117.600 = 1.931.932.800 ≤ 1.932.000.000 < 1.932.050.400).
    let years: Vec<Option<u64>> = workers_per_apbd_year(&plan, rp(1_932_000_000))
        .unwrap()
        .iter()
        .map(|y| y.ceiling.map(|c| c.value))
        .collect();
    assert_eq!(years, vec![Some(23_000), Some(16_428)]);
    // Paid yearly, APBD 2026 books nothing: it answers no count.
    let yearly = Plan {
        jadwal: Jadwal::Tahunan,
        ..plan
    };
    let years: Vec<Option<u64>> = workers_per_apbd_year(&yearly, rp(4_636_800_000))
        .unwrap()
        .iter()
        .map(|y| y.ceiling.map(|c| c.value))
        .collect();
    assert_eq!(years, vec![Some(23_000), None]);
}

#[test]
fn limits_not_a_product_of_losses() {
    // Verification yield 0,67 (Kutai Kartanegara 60k of 90k, radarkukar.com; Jember 49.888 of
    // 74.918, ketik.co.id) and fill 0,85 (Penajam Paser Utara, kacamatanegeri.com) are two
    // limits: 100.000 target → min(67.000, 85.000) = 67.000, not 100.000 × 0,67 × 0,85 = 56.950.
    let plan = Plan {
        verifikasi: Percent::new(dec!(67)),
        serapan: Percent::new(dec!(85)),
        ..Plan::new(100_000, 12, iuran())
    };
    let p = project(&plan).unwrap();
    let e = p.enrolment;
    assert_eq!((e.verified, e.fillable, e.enrolled), (67_000, 85_000, 67_000));
    assert_eq!(e.binding, Batas::Verifikasi);
    assert_eq!(p.biaya(), rp(67_000 * 201_600));
    // A longer proposed list (Jember: 74.918 listed) moves the binding limit to the fill rate.
    let listed = Plan {
        usulan: Some(150_000),
        ..plan.clone()
    };
    let e = project(&listed).unwrap().enrolment;
    assert_eq!(
        (e.verified, e.enrolled, e.binding),
        (100_500, 85_000, Batas::Serapan)
    );
    // NTT's Rp 20 miliar pledge as a ceiling pays for 99.206 (see the inverse test), below both.
    let capped = Plan {
        pagu: Some(rp(20_000_000_000)),
        verifikasi: Percent::new(dec!(100)),
        serapan: Percent::new(dec!(100)),
        ..plan
    };
    let e = project(&capped).unwrap().enrolment;
    assert_eq!(
        (e.slots, e.enrolled, e.binding),
        (Some(99_206), 99_206, Batas::Pagu)
    );
}

#[test]
fn ntb_growth_with_new_workers_each_year() {
    // NTB's APBD-funded pekerja rentan: 37.023 in 2024 → 57.196 in 2025 (mpp.mataramkota.go.id;
    // kicknews.today): the whole cohort re-funded (ρ = 100%) plus 20.173 new workers.
    let plan = Plan {
        tahun: 2024,
        durasi: 2,
        baru: 20_173,
        ..Plan::new(37_023, 12, iuran())
    };
    let p = project(&plan).unwrap();
    let years: Vec<(u16, u64, Rupiah)> = p.apbd.iter().map(|y| (y.tahun, y.pekerja, y.dibayar)).collect();
    assert_eq!(
        years,
        vec![
            (2024, 37_023, rp(7_463_836_800)),
            (2025, 57_196, rp(11_530_713_600))
        ]
    );
    // The coverage model gets the two entry groups.
    let cohorts: Vec<(u64, u16, u8, u8, u8)> = p
        .kohort
        .iter()
        .map(|k| (k.pekerja, k.tahun, k.mulai, k.bulan, k.durasi))
        .collect();
    assert_eq!(cohorts, vec![(37_023, 2024, 1, 12, 2), (20_173, 2025, 1, 12, 1)]);
    assert!(p.kohort.iter().all(|k| k.baru_per_tahun == 20_173));
}

#[test]
fn kpis_of_the_ntt_case() {
    // Cost per covered worker-month is the contribution; the share of belanja daerah uses an
    // illustrative Rp 6 triliun of regional spending (an input the planner enters).
    let plan = Plan {
        belanja: Some(rp(6_000_000_000_000)),
        ..Plan::new(100_000, 12, iuran())
    };
    let p = project(&plan).unwrap();
    assert_eq!(p.cost_per_worker_month(), Some(rp(16_800)));
    assert_eq!(p.share_of_belanja(), Some(Percent::new(dec!(0.336))));
}

#[test]
fn contribution_month_by_month_from_the_rules() {
    // APBD-paid workers pay the full Rp 16.800 inside the PP 50/2025 discount window (Apr 2026 on).
    let s = Scenario {
        tahun: 2026,
        mulai: 1,
        ..Scenario::default()
    };
    let o = s.evaluate().unwrap();
    assert!(o.projection.months.iter().all(|m| m.iuran == rp(16_800)));
    assert_eq!(o.projection.biaya(), rp(20_160_000_000));
    // With JHT (2% of the level, Rp 20.000): Rp 36.800; at the Rp 2 juta level: Rp 26.800.
    let jht = Scenario {
        jht: true,
        ..Scenario::default()
    };
    assert_eq!(
        jht.evaluate().unwrap().projection.biaya(),
        rp(100_000 * 36_800 * 12)
    );
    let level = Scenario {
        penghasilan: rp(2_000_000),
        ..Scenario::default()
    };
    assert_eq!(
        level.evaluate().unwrap().projection.biaya(),
        rp(100_000 * 26_800 * 12)
    );
}

#[test]
fn lombok_timur_lumajang_manggarai_barat() {
    // Lombok Timur DBHCHT (koranntb.com 2023-11-30), 12.698 × 16.800 × 9 (Apr–Dec 2023) = Rp 1.919.937.600.
    let p = run(12_698, 9, 4, 2023);
    assert_eq!(p.biaya(), rp(1_919_937_600));
    assert_eq!(covered(&p).first().map(|m| m.1), Some(4));
    assert_eq!(covered(&p).last().map(|m| m.1), Some(12));
    // Lumajang DBHCHT (rakyatindependen.id), 5.606 × 16.800 × 7 (Jun–Dec 2025) = Rp 659.265.600.
    assert_eq!(run(5_606, 7, 6, 2025).biaya(), rp(659_265_600));
    // Manggarai Barat APBD II (info-denpasar.biz.id), 2.829 × 16.800 × 12 = Rp 570.326.400.
    assert_eq!(run(2_829, 12, 1, 2025).biaya(), rp(570_326_400));
    // Penajam Paser Utara APBD 2025 (kaltimkita.com), 15.000 × 16.800 × 12 = Rp 3.024.000.000
    // against a Rp 3 miliar budget: as a ceiling it pays for 14.880 workers.
    assert_eq!(run(15_000, 12, 1, 2025).biaya(), rp(3_024_000_000));
    let c = workers_for_pagu(rp(3_000_000_000), iuran(), 12, Percent::ZERO).unwrap();
    assert_eq!((c.value, c.pagu), (14_880, rp(2_999_808_000)));
}

#[test]
fn lumajang_headroom_gives_the_pagu() {
    // Lumajang's quoted Rp 732,2 jt (pantura7.com) is ≈ 11% above the Rp 659,3 jt realised.
    let plan = Plan {
        mulai: 6,
        cadangan: Percent::new(dec!(11)),
        ..Plan::new(5_606, 7, iuran())
    };
    let p = project(&plan).unwrap();
    assert_eq!(p.biaya(), rp(659_265_600));
    assert_eq!(p.pagu(), rp(731_784_816));
}

#[test]
fn ttu_per_month_from_july() {
    // TTU APBD II from July 2025 (ttukab.go.id), 14.880 × 16.800 = Rp 249.984.000 a month (≈ Rp 250 jt).
    let p = run(14_880, 12, 7, 2025);
    let july = p.months.iter().find(|m| m.tahun == 2025 && m.bulan == 7).unwrap();
    assert_eq!(july.biaya, rp(249_984_000));
    assert_eq!(july.dibayar, rp(249_984_000));
    // ≈ Rp 3 miliar a year.
    assert_eq!(p.biaya(), rp(2_999_808_000));
}

#[test]
fn pati_two_tranches() {
    // Pati DBHCHT (cakranusantara.net 2025-09-22), ~2.874 workers Jul–Dec and ~3.000 more Oct–Dec:
    // 2.874 × 16.800 × 6 + 3.000 × 16.800 × 3 = 289.699.200 + 151.200.000 = Rp 440.899.200.
    let plan = Plan {
        mulai: 7,
        tahap: vec![
            Tranche {
                offset: 0,
                size: TrancheSize::Count(2_874),
            },
            Tranche {
                offset: 3,
                size: TrancheSize::Count(3_000),
            },
        ],
        ..Plan::new(5_874, 6, iuran())
    };
    let p = project(&plan).unwrap();
    assert_eq!(p.biaya(), rp(440_899_200));
    let months: Vec<(u8, u64)> = covered(&p).iter().map(|m| (m.1, m.2)).collect();
    assert_eq!(
        months,
        vec![
            (7, 2_874),
            (8, 2_874),
            (9, 2_874),
            (10, 5_874),
            (11, 5_874),
            (12, 5_874)
        ]
    );
    let q: Vec<Rupiah> = p.quarters().iter().map(|q| q.biaya).collect();
    assert_eq!(q, vec![rp(0), rp(0), rp(144_849_600), rp(296_049_600)]);
    // The same as shares: 2.874 / 5.874 is not a round percentage, so 50/50 of 5.874 instead.
    let halves = Plan {
        tahap: vec![
            Tranche {
                offset: 0,
                size: TrancheSize::Share(Percent::new(dec!(50))),
            },
            Tranche {
                offset: 3,
                size: TrancheSize::Share(Percent::new(dec!(50))),
            },
        ],
        ..plan
    };
    // 2.937 × 16.800 × 6 + 2.937 × 16.800 × 3 = 296.049.600 + 148.024.800 = 444.074.400.
    assert_eq!(project(&halves).unwrap().biaya(), rp(444_074_400));
}

#[test]
fn start_month_july_with_six_months() {
    // Budgets often start mid-year (NTT from 21 Jul 2025, TTU from 7 Jul): start 7, 6 months = Jul–Dec.
    let p = run(100_000, 6, 7, 2025);
    assert_eq!(p.biaya(), rp(10_080_000_000));
    let q: Vec<u64> = p.quarters().iter().map(|q| q.pekerja_bulan).collect();
    assert_eq!(q, vec![0, 0, 300_000, 300_000]);
}

#[test]
fn multi_year_refunding() {
    // Next year's base = ρ × this year's workers. NTT for 3 years with ρ = 85% (a scenario):
    // 100.000, 85.000, 72.250 workers × 201.600 = 20,16 + 17,136 + 14,5656 miliar.
    let plan = Plan {
        durasi: 3,
        lanjut: Percent::new(dec!(85)),
        ..Plan::new(100_000, 12, iuran())
    };
    let p = project(&plan).unwrap();
    let years: Vec<(u16, u64, Rupiah)> = p.years.iter().map(|y| (y.tahun, y.pekerja, y.biaya)).collect();
    assert_eq!(
        years,
        vec![
            (2025, 100_000, rp(20_160_000_000)),
            (2026, 85_000, rp(17_136_000_000)),
            (2027, 72_250, rp(14_565_600_000)),
        ]
    );
    assert_eq!(p.biaya(), rp(51_861_600_000));
    // With the modelling preset's limits (v 67%, f 85%): min(67.000, 85.000), then 85% of it.
    let preset = Plan {
        verifikasi: Percent::new(dec!(67)),
        serapan: Percent::new(dec!(85)),
        ..plan
    };
    let p = project(&preset).unwrap();
    assert_eq!(p.enrolled(), 67_000);
    assert_eq!(p.years.get(1).map(|y| y.pekerja), Some(56_950));
}

#[test]
fn inverse_largest_workers_within_a_ceiling() {
    // slots = floor(B / (c × n × (1 + h))): the largest N with cost(N) ≤ pagu < cost(N + 1).
    let c = workers_for_pagu(rp(20_160_000_000), iuran(), 12, Percent::ZERO).unwrap();
    assert_eq!(
        (c.value, c.pagu, c.next_pagu),
        (100_000, rp(20_160_000_000), rp(20_160_201_600))
    );
    let c = workers_for_pagu(rp(20_159_999_999), iuran(), 12, Percent::ZERO).unwrap();
    assert_eq!(c.value, 99_999);
    // NTT's round pledge of Rp 20 miliar: 99.206 × 201.600 = 19.999.929.600 ≤ 20 M < 20.000.131.200.
    let c = workers_for_pagu(rp(20_000_000_000), iuran(), 12, Percent::ZERO).unwrap();
    assert_eq!(
        (c.value, c.pagu, c.next_pagu),
        (99_206, rp(19_999_929_600), rp(20_000_131_200))
    );
    // Lumajang's Rp 732,2 jt for 7 months with 11% headroom: 130.536 per worker → 5.609 workers.
    let c = workers_for_pagu(rp(732_200_000), iuran(), 7, Percent::new(dec!(11))).unwrap();
    assert_eq!(
        (c.value, c.pagu, c.next_pagu),
        (5_609, rp(732_176_424), rp(732_306_960))
    );
    assert!(!c.capped);
    // How many months Rp 20,16 miliar covers 100.000 workers for: 12.
    let m = months_for_pagu(rp(20_160_000_000), iuran(), 100_000, Percent::ZERO).unwrap();
    assert_eq!(m.value, 12);
    assert_eq!(
        workers_for_pagu(rp(-1), iuran(), 12, Percent::ZERO),
        Err(PlanError::OutOfRange(jaring_core::anggaran::Field::Pagu))
    );
}

#[test]
fn cost_sharing_to_the_rupiah() {
    // NTB's funded workers 57.196, 13.000 of them provincial, the rest districts
    // (mpp.mataramkota.go.id).
    let plan = Plan::new(57_196, 12, iuran());
    let p = project(&plan).unwrap();
    let prov = Funder {
        kind: FunderKind::Provinsi,
        nama: "Provinsi".into(),
    };
    let kab = Funder {
        kind: FunderKind::Kabupaten,
        nama: "Kabupaten".into(),
    };
    let split = Split::Workers(vec![(prov.clone(), 13_000), (kab.clone(), 44_196)]);
    let costs = share_cost(&p, &split).unwrap();
    let totals: Vec<Rupiah> = costs.iter().map(|c| c.total_dibayar()).collect();
    assert_eq!(totals, vec![rp(2_620_800_000), rp(8_909_913_600)]);
    // Thirds of Rp 20.160.000.000 by shares 33,33 / 33,33 / 33,34 (must add up to 100).
    let p = run(100_000, 12, 1, 2025);
    let desa = Funder {
        kind: FunderKind::DanaDesa,
        nama: String::new(),
    };
    let thirds = Split::Shares(vec![
        (prov.clone(), Percent::new(dec!(33.33))),
        (kab.clone(), Percent::new(dec!(33.33))),
        (desa, Percent::new(dec!(33.34))),
    ]);
    let totals: Vec<Rupiah> = share_cost(&p, &thirds)
        .unwrap()
        .iter()
        .map(|c| c.total_dibayar())
        .collect();
    assert_eq!(
        totals,
        vec![rp(6_719_328_000), rp(6_719_328_000), rp(6_721_344_000)]
    );
    // Papua Tengah split 60/40 between the province and districts: a line per funder per APBD year.
    let papua = project(&Plan {
        mulai: 8,
        ..Plan::new(23_000, 12, iuran())
    })
    .unwrap();
    let halves = Split::Shares(vec![
        (prov.clone(), Percent::new(dec!(60))),
        (kab.clone(), Percent::new(dec!(40))),
    ]);
    let lines: Vec<Vec<(u16, Rupiah)>> = share_cost(&papua, &halves)
        .unwrap()
        .iter()
        .map(|c| c.years.iter().map(|y| (y.tahun, y.dibayar)).collect())
        .collect();
    assert_eq!(
        lines,
        vec![
            vec![(2025, rp(1_159_200_000)), (2026, rp(1_622_880_000))],
            vec![(2025, rp(772_800_000)), (2026, rp(1_081_920_000))]
        ]
    );
    let bad = Split::Shares(vec![
        (prov, Percent::new(dec!(60))),
        (kab, Percent::new(dec!(30))),
    ]);
    assert_eq!(
        share_cost(&p, &bad),
        Err(PlanError::SharesNot100(jaring_core::anggaran::Field::Pendanaan))
    );
}

#[test]
fn expected_claims_of_the_ntt_case() {
    // Expected claims of the NTT case: μ 0,30%/yr, s_sel 1,5 in months 1–3 with JKM Rp 10 jt (Permenaker 1/2025),
    // Rp 42 jt after (PP 82/2019); λ 0,30%/yr × Rp 9 jt.
    // Deaths: 3 × 37,5 + 9 × 25 = 337,5; JKM 112,5 × 10 jt + 225 × 42 jt = Rp 10.575.000.000.
    // JKK: 300 × 9 jt = Rp 2.700.000.000. Benefits Rp 13.275.000.000 for Rp 20,16 M ≈ 0,66 per rupiah.
    let s = Scenario::default();
    let outcome = s.evaluate().unwrap();
    let t = outcome.manfaat.total;
    assert_eq!(t.kematian, dec!(337.5));
    assert_eq!(t.jkm, rp(10_575_000_000));
    assert_eq!(t.kecelakaan, dec!(300));
    assert_eq!(t.jkk, rp(2_700_000_000));
    assert_eq!(t.manfaat, rp(13_275_000_000));
    assert_eq!(t.per_rupiah, Some(dec!(0.6585)));
    // Poisson 10–90% of 337,5 deaths: about 337,5 ± 1,28 × √337,5 = 314 … 361.
    assert!(
        (313..=315).contains(&t.kematian_range.p10),
        "{:?}",
        t.kematian_range
    );
    assert!(
        (360..=362).contains(&t.kematian_range.p90),
        "{:?}",
        t.kematian_range
    );
    // Before the 2025 waiting-period rule every death pays Rp 42 jt: 337,5 × 42 jt.
    let old = Scenario {
        aturan2025: false,
        ..Scenario::default()
    };
    let t = old.evaluate().unwrap().manfaat.total;
    assert_eq!(t.jkm, rp(14_175_000_000));
    // Scholarship loading 8% from month 36: a 4-year plan's fourth year pays 25 × 12 × 42 jt × 1,08.
    let long = Scenario {
        durasi: 4,
        ..Scenario::default()
    };
    let years = long.evaluate().unwrap().manfaat.years;
    assert_eq!(years.get(3).map(|y| y.jkm), Some(rp(13_608_000_000)));
    // Month 36 is in the third year: 25 × 11 × 42 jt + 25 × 42 jt × 1,08.
    assert_eq!(years.get(2).map(|y| y.jkm), Some(rp(12_684_000_000)));
    let p = project(&long.plan_with(iuran())).unwrap();
    assert!(expected_claims(&p, &long.claim_assumptions().unwrap()).is_ok());
}

#[test]
fn csv_export_then_import_gives_the_same_table() {
    // NTT quota split (radarperbatasan.com; info-denpasar.biz.id): Malaka 4.475, Belu 2.069,
    // TTU 1.174, Manggarai Barat 4.982.
    let mut table = DistrictTable::ntt();
    for row in &mut table.rows {
        row.pekerja = match row.nama.as_str() {
            "Malaka" => 4_475,
            "Belu" => 2_069,
            "Timor Tengah Utara" => 1_174,
            "Manggarai Barat" => 4_982,
            _ => 0,
        };
    }
    let mut odd = District::new("Desa \"Baru\"; =uji", 10);
    odd.angkatan_kerja = Some(1_000);
    odd.cakupan = Some(Percent::new(dec!(12.5)));
    table.rows.push(odd);
    let summary = summarize(&table, &Plan::new(0, 12, iuran())).unwrap();
    assert_eq!(summary.pekerja, 12_710);
    assert_eq!(summary.biaya, rp(12_710 * 201_600));
    for lang in [Lang::Id, Lang::En] {
        let text = export_districts(&summary, lang);
        assert!(text.starts_with('\u{feff}') && text.ends_with("\r\n"));
        assert_eq!(import_districts(&text), Ok(table.clone()));
    }
    let text = export_districts(&summary, Lang::Id);
    assert!(
        text.contains("\r\nMalaka;4475;4475;53700;902160000;902160000;;;;\r\n"),
        "{text}"
    );
    // 10 of 1.000 informal workers: 1 point for Rp 2.016.000; 12,5% → 13,5%.
    assert!(
        text.contains(";10;10;120;2016000;2016000;1000;12,5;1;2016000\r\n"),
        "{text}"
    );
    assert!(text.contains("\r\nJUMLAH;12710;12710;152520;"), "{text}");
}

#[test]
fn share_link_and_saved_state() {
    // The default link reproduces the NTT case and names every parameter.
    let s = Scenario::default();
    let text = s.to_query();
    assert_eq!(
        text,
        "pekerja=100000&bulan=12&mulai=1&tahun=2025&durasi=1&penghasilan=1000000&jht=0&verifikasi=100\
         &serapan=100&lanjut=100&cadangan=0&baru=0&jadwal=bulanan&kematian=0.3&kecelakaan=0.3&seleksi=1.5\
         &beasiswa=8&klaim_jkk=9000000&aturan2025=1"
    );
    assert_eq!(Scenario::from_query(&Query::parse(&text)), (s.clone(), vec![]));
    assert_eq!(Scenario::from_query(&Query::parse("")), (s.clone(), vec![]));
    // Every added parameter reads back.
    let full = Scenario {
        usulan: Some(150_000),
        baru: 5_000,
        pagu: Some(rp(20_000_000_000)),
        belanja: Some(rp(6_000_000_000_000)),
        jadwal: Jadwal::Semester,
        dana: Some(Split::Shares(vec![
            (
                Funder {
                    kind: FunderKind::Provinsi,
                    nama: String::new(),
                },
                Percent::new(dec!(60)),
            ),
            (
                Funder {
                    kind: FunderKind::Dbhcht,
                    nama: "Lombok Timur".into(),
                },
                Percent::new(dec!(40)),
            ),
        ])),
        ..Scenario::default()
    };
    let text = full.to_query();
    assert!(
        text.contains("&dana=provinsi%3A60%25%2Cdbhcht%3A40%25%3ALombok+Timur"),
        "{text}"
    );
    assert_eq!(Scenario::from_query(&Query::parse(&text)), (full.clone(), vec![]));
    let state = PlannerState {
        scenarios: vec![s, Scenario::modelling_preset(), full],
        districts: DistrictTable::ntt(),
        cakupan: None,
    };
    assert_eq!(PlannerState::from_json(&state.to_json()), Ok(state));
}

#[test]
fn comparison_marks_differences() {
    // Three named scenarios as in issue 5: "12 bulan penuh", "mulai Juli", "bertahap".
    let full = Scenario {
        nama: "12 bulan penuh".into(),
        ..Scenario::default()
    };
    let july = Scenario {
        nama: "mulai Juli".into(),
        mulai: 7,
        bulan: 6,
        ..Scenario::default()
    };
    let phased = Scenario {
        nama: "bertahap".into(),
        tahap: vec![
            Tranche {
                offset: 0,
                size: TrancheSize::Share(Percent::new(dec!(50))),
            },
            Tranche {
                offset: 6,
                size: TrancheSize::Share(Percent::new(dec!(50))),
            },
        ],
        ..Scenario::default()
    };
    let outcomes: Vec<_> = [&full, &july, &phased]
        .iter()
        .map(|s| s.evaluate().unwrap())
        .collect();
    let rows = compare(&[
        (&full, &outcomes[0]),
        (&july, &outcomes[1]),
        (&phased, &outcomes[2]),
    ]);
    let row = |m: Metric| rows.iter().find(|r| r.metric == m).unwrap();
    assert!(row(Metric::Biaya).differs);
    assert!(!row(Metric::Pekerja).differs);
    assert!(!row(Metric::Iuran).differs);
    assert!(row(Metric::Bulan).differs);
    use jaring_core::anggaran::MetricValue::Money;
    // 50.000 × 12 + 50.000 × 6 months = 900.000 worker-months × 16.800.
    assert_eq!(
        row(Metric::Biaya).values,
        vec![
            Money(rp(20_160_000_000)),
            Money(rp(10_080_000_000)),
            Money(rp(15_120_000_000))
        ]
    );
}

#[test]
fn funders_by_workers_share_later_years_when_the_first_enrols_nobody() {
    // Found by the funders property: no worker in the first year, 1.000 new workers in the
    // second. Split by first-year workers there is no proportion, so the two funders share the
    // second year's Rp 201.600.000 (1.000 × Rp 16.800 × 12) equally rather than booking nothing.
    let plan = Plan {
        durasi: 2,
        baru: 1_000,
        ..Plan::new(0, 12, iuran())
    };
    let p = project(&plan).unwrap();
    let funder = |kind| Funder {
        kind,
        nama: String::new(),
    };
    let split = Split::Workers(vec![
        (funder(FunderKind::Kabupaten), 0),
        (funder(FunderKind::DanaDesa), 0),
    ]);
    let costs = share_cost(&p, &split).unwrap();
    let second_year: Vec<Rupiah> = costs.iter().map(|c| c.years[1].dibayar).collect();
    assert_eq!(second_year, vec![rp(100_800_000), rp(100_800_000)]);
}
