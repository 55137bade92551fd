//! Golden cases for the benefit engine, each traced to the regulation and article it follows.

use jaring_core::manfaat::jkm::MasaTunggu;
use jaring_core::manfaat::jp::{JpManfaat, Pembatas};
use jaring_core::manfaat::{
    simulate, Asumsi, Formula, Item, ManfaatError, ManfaatInput, ManfaatResult, Segmen,
};
use jaring_core::rules::manfaat::CacatAnatomis;
use jaring_core::rules::manfaat::JP_BATAS_MANFAAT;
use jaring_core::rules::pu::JP_WAGE_CAP;
use jaring_core::rules::{Confidence, RuleId};
use jaring_core::{Date, Percent, Rupiah};
use rust_decimal::dec;

fn rp(n: i64) -> Rupiah {
    Rupiah::from_whole(n)
}

fn input(segmen: Segmen, upah: i64) -> ManfaatInput {
    ManfaatInput {
        date: Date::ymd(2025, 6, 1),
        segmen,
        upah: rp(upah),
        masa_bulan: 48,
        usia: 30,
        anak: Vec::new(),
        saldo_jht: Rupiah::ZERO,
        imbal_jht: Percent::new(dec!(5)),
        kenaikan_upah: Percent::ZERO,
        usia_jht: 56,
    }
}

fn run(input: &ManfaatInput) -> ManfaatResult {
    simulate(input).expect("covered date, valid input")
}

fn amounts(lines: &[jaring_core::manfaat::Line]) -> Vec<(Item, Rupiah)> {
    lines.iter().map(|l| (l.item, l.jumlah)).collect()
}

// PP 82/2019 Lampiran III: JKM = 20 juta lump sum + 24 × 500.000 periodic + 10 juta funeral.
#[test]
fn jkm_is_42_juta_in_three_parts() {
    for segmen in [Segmen::Pu, Segmen::Bpu] {
        let r = run(&input(segmen, 1_000_000));
        assert_eq!(
            amounts(&r.jkm.baris),
            vec![
                (Item::SantunanSekaligus, rp(20_000_000)),
                (Item::SantunanBerkala, rp(12_000_000)),
                (Item::BiayaPemakaman, rp(10_000_000)),
            ]
        );
        assert_eq!(
            r.jkm.baris.get(1).map(|l| l.formula),
            Some(Formula::Kali {
                kali: 24,
                per: rp(500_000)
            })
        );
        assert!(r
            .jkm
            .baris
            .iter()
            .all(|l| l.source.confidence == Confidence::Confirmed));
        assert_eq!(r.jkm.total, rp(42_000_000));
        assert_eq!(r.ringkasan.kematian_biasa, rp(42_000_000));
    }
}

// PP 44/2015 (kompasiana 2019): 16,2 juta + 24 × 200.000 (conflicting) + 3 juta before
// PP 82/2019 (2 Dec 2019). The JKM function on its own covers the date.
#[test]
fn jkm_before_pp_82_2019() {
    let jkm = jaring_core::manfaat::jkm::hitung(Date::ymd(2019, 12, 1), Segmen::Pu, 48).expect("covered");
    assert_eq!(jkm.total, rp(24_000_000));
    assert_eq!(
        jkm.baris.get(1).map(|l| l.source.confidence),
        Some(Confidence::Conflicting)
    );
    let jkm = jaring_core::manfaat::jkm::hitung(Date::ymd(2019, 12, 2), Segmen::Pu, 48).expect("covered");
    assert_eq!(jkm.total, rp(42_000_000));
}

// Permenaker 1/2025: a BPU death within the first 3 months pays only Rp 10 juta.
#[test]
fn bpu_death_in_the_first_three_months_pays_10_juta() {
    let mut early = input(Segmen::Bpu, 1_000_000);
    early.masa_bulan = 3;
    let r = run(&early);
    assert_eq!(r.jkm.total, rp(10_000_000));
    assert_eq!(r.jkm.masa_tunggu, MasaTunggu::Berlaku { bulan: 3 });
    assert_eq!(
        amounts(&r.jkm.baris),
        vec![(Item::SantunanMasaTunggu, rp(10_000_000))]
    );
    assert_eq!(
        r.jkm.baris.first().map(|l| l.source.confidence),
        Some(Confidence::Conflicting)
    );
    assert!(r.ringkasan.masa_tunggu);
    assert_eq!(r.ringkasan.kematian_biasa, rp(10_000_000));

    let mut after = early.clone();
    after.masa_bulan = 4;
    let r = run(&after);
    assert_eq!(r.jkm.total, rp(42_000_000));
    assert_eq!(r.jkm.masa_tunggu, MasaTunggu::TidakBerlaku);

    // PU participants have no waiting period.
    let mut pu = early.clone();
    pu.segmen = Segmen::Pu;
    assert_eq!(run(&pu).jkm.total, rp(42_000_000));
}

// PP 82/2019 Lampiran III: death from a work accident 60% × 80 × upah = 48 × upah, plus
// 12 juta periodic and 10 juta funeral; total permanent disability 70% × 80 = 56 × upah + 12 juta.
#[test]
fn jkk_death_is_48_and_disability_56_times_the_wage() {
    for upah in [1_000_000_i64, 3_500_000, 5_000_000, 10_000_000, 20_700_000] {
        for segmen in [Segmen::Pu, Segmen::Bpu] {
            let r = run(&input(segmen, upah));
            assert_eq!(
                amounts(&r.jkk.kematian),
                vec![
                    (Item::SantunanKematianKerja, rp(48 * upah)),
                    (Item::SantunanBerkala, rp(12_000_000)),
                    (Item::BiayaPemakaman, rp(10_000_000)),
                ]
            );
            assert_eq!(r.jkk.kematian_total, rp(48 * upah + 22_000_000));
            assert_eq!(
                amounts(&r.jkk.cacat_total),
                vec![
                    (Item::SantunanCacatTotal, rp(56 * upah)),
                    (Item::SantunanBerkala, rp(12_000_000))
                ]
            );
            assert_eq!(r.jkk.cacat_total_total, rp(56 * upah + 12_000_000));
            // No children entered: the family total is the JKK death total.
            assert_eq!(r.ringkasan.kematian_kerja, rp(48 * upah + 22_000_000));
        }
    }
}

// PP 82/2019 Lampiran III: the death lump sum is at least the JKM lump sum (Rp 20 juta): 48 × 400.000 = 19,2 juta.
#[test]
fn jkk_death_lump_sum_has_the_jkm_floor() {
    let r = run(&input(Segmen::Bpu, 400_000));
    assert_eq!(r.jkk.kematian.first().map(|l| l.jumlah), Some(rp(20_000_000)));
    let r = run(&input(Segmen::Bpu, 420_000));
    assert_eq!(r.jkk.kematian.first().map(|l| l.jumlah), Some(rp(20_160_000)));
}

// PP 82/2019 Lampiran III: partial anatomical disability = table % × 80 × upah (table one-source): both eyes 70%,
// one eye 35%, right arm 40%, left arm 35%, hearing of both ears 40%.
#[test]
fn jkk_partial_disability_table() {
    let r = run(&input(Segmen::Pu, 5_000_000));
    assert_eq!(
        amounts(&r.jkk.cacat_sebagian),
        vec![
            (
                Item::SantunanCacatSebagian(CacatAnatomis::DuaMata),
                rp(280_000_000)
            ),
            (
                Item::SantunanCacatSebagian(CacatAnatomis::SatuMata),
                rp(140_000_000)
            ),
            (
                Item::SantunanCacatSebagian(CacatAnatomis::LenganKananDariBahu),
                rp(160_000_000)
            ),
            (
                Item::SantunanCacatSebagian(CacatAnatomis::LenganKiriDariBahu),
                rp(140_000_000)
            ),
            (
                Item::SantunanCacatSebagian(CacatAnatomis::PendengaranDuaTelinga),
                rp(160_000_000)
            ),
        ]
    );
    assert!(r
        .jkk
        .cacat_sebagian
        .iter()
        .all(|l| l.source.confidence == Confidence::OneSource));
    // Transport caps 5 / 2 / 10 juta, home care 20 juta for at most 12 months.
    assert_eq!(
        amounts(&r.jkk.penggantian),
        vec![
            (Item::TransportDarat, rp(5_000_000)),
            (Item::TransportLaut, rp(2_000_000)),
            (Item::TransportUdara, rp(10_000_000)),
            (Item::HomeCare, rp(20_000_000)),
        ]
    );
    assert_eq!(
        r.jkk.penggantian.last().map(|l| l.formula),
        Some(Formula::Maksimum { bulan: Some(12) })
    );
}

fn jkp_total(date: Date, upah: i64) -> Rupiah {
    let mut i = input(Segmen::Pu, upah);
    i.date = date;
    let r = run(&i);
    r.jkp.expect("PU").expect("covered").total
}

// PP 6/2025 Pasal 21(3), 21–22(1) (from 7 Feb 2025): 60% of the wage counted up to Rp 5 juta
// for 6 months; PP 37/2021 before: 45% for months 1–3, 25% for months 4–6, same cap.
#[test]
fn jkp_below_at_and_above_the_cap_before_and_after_pp_6_2025() {
    let after = Date::ymd(2025, 2, 7);
    assert_eq!(jkp_total(after, 4_000_000), rp(6 * 2_400_000));
    assert_eq!(jkp_total(after, 5_000_000), rp(18_000_000));
    assert_eq!(jkp_total(after, 8_000_000), rp(18_000_000));
    let before = Date::ymd(2025, 2, 6);
    assert_eq!(jkp_total(before, 4_000_000), rp(3 * 1_800_000 + 3 * 1_000_000));
    assert_eq!(jkp_total(before, 5_000_000), rp(10_500_000));
    assert_eq!(jkp_total(before, 8_000_000), rp(10_500_000));

    let mut i = input(Segmen::Pu, 8_000_000);
    i.date = before;
    let jkp = run(&i).jkp.expect("PU").expect("covered");
    let steps: Vec<_> = jkp
        .tahap
        .iter()
        .map(|t| (t.bulan_dari, t.bulan_sampai, t.per_bulan))
        .collect();
    assert_eq!(steps, vec![(1, 3, rp(2_250_000)), (4, 6, rp(1_250_000))]);
    assert_eq!(jkp.dasar, rp(5_000_000));

    // Before JKP began (2 Feb 2021) the section is not covered; the others still show.
    let mut i = input(Segmen::Pu, 5_000_000);
    i.date = Date::ymd(2021, 2, 1);
    let r = run(&i);
    assert!(matches!(r.jkp, Some(Err(e)) if e.rule == RuleId::Jkp));
    // BPU has neither JKP nor JP.
    let r = run(&input(Segmen::Bpu, 5_000_000));
    assert!(r.jkp.is_none() && r.jp.is_none());
}

fn with_children(anak: &[u8], masa_bulan: u32) -> ManfaatResult {
    let mut i = input(Segmen::Bpu, 1_000_000);
    i.anak = anak.to_vec();
    i.masa_bulan = masa_bulan;
    run(&i)
}

// PP 82/2019: TK 2 × 1,5 + SD 6 × 1,5 + SMP 3 × 2 + SMA 3 × 3 + PT 5 × 12 = 87 juta per child,
// at most 2 children (174 juta); ≥ 3 years of membership after a JKM death, none after a JKK death.
#[test]
fn scholarship_totals() {
    let r = with_children(&[4], 36);
    assert_eq!(r.beasiswa.total_jkk, rp(87_000_000));
    assert_eq!(r.beasiswa.total_jkm, rp(87_000_000));

    let r = with_children(&[4, 2], 36);
    assert_eq!(r.beasiswa.total_jkk, rp(174_000_000));
    assert_eq!(r.ringkasan.beasiswa, rp(174_000_000));
    assert_eq!(r.ringkasan.beasiswa_kematian_biasa, rp(174_000_000));
    assert_eq!(
        r.ringkasan.kematian_kerja,
        rp(48 * 1_000_000 + 22_000_000 + 174_000_000)
    );

    // A third child adds nothing.
    let r = with_children(&[4, 2, 1], 36);
    assert_eq!(r.beasiswa.total_jkk, rp(174_000_000));
    let third = r.beasiswa.anak.get(2).expect("three children listed");
    assert!(!third.ditanggung);
    assert_eq!(third.total, Rupiah::ZERO);
    assert!(r.beasiswa.asumsi.contains(&Asumsi::AnakPertamaDihitung));

    // Under 36 months: nothing after a JKM death, the full amount after a JKK death.
    let r = with_children(&[4, 2], 35);
    assert_eq!(r.beasiswa.total_jkm, Rupiah::ZERO);
    assert_eq!(r.ringkasan.beasiswa_kematian_biasa, Rupiah::ZERO);
    assert_eq!(r.beasiswa.total_jkk, rp(174_000_000));

    // A 12-year-old has SMP, SMA and higher education left: 6 + 9 + 60 = 75 juta; 23 ends it.
    assert_eq!(with_children(&[12], 36).beasiswa.total_jkk, rp(75_000_000));
    assert_eq!(with_children(&[23], 36).beasiswa.total_jkk, Rupiah::ZERO);
}

// PP 46/2015: JHT is the sum of contributions plus return; with 0% return the balance is the
// starting balance plus the plain sum of contributions (PU 5,7%; BPU 2%).
#[test]
fn jht_with_zero_return_is_the_sum_of_contributions() {
    let mut i = input(Segmen::Pu, 5_000_000);
    i.imbal_jht = Percent::ZERO;
    i.saldo_jht = rp(1_000_000);
    let jht = run(&i).jht;
    assert_eq!(jht.iuran_bulan, rp(285_000));
    assert_eq!(jht.baris.len(), 26);
    assert_eq!(jht.saldo_akhir, rp(1_000_000 + 26 * 12 * 285_000));
    assert_eq!(jht.total_imbal, Rupiah::ZERO);

    let mut i = input(Segmen::Bpu, 1_000_000);
    i.imbal_jht = Percent::ZERO;
    i.usia = 40;
    let jht = run(&i).jht;
    assert_eq!(jht.saldo_akhir, rp(16 * 12 * 20_000));
    assert!(jht.asumsi.contains(&Asumsi::JhtBpuOpsional));

    // With wage growth: each year's 12 rounded monthly contributions, nothing else.
    let mut i = input(Segmen::Pu, 5_000_000);
    i.imbal_jht = Percent::ZERO;
    i.kenaikan_upah = Percent::new(dec!(3));
    let jht = run(&i).jht;
    let mut upah = dec!(5_000_000);
    let mut expected = Rupiah::ZERO;
    for _ in 0..26 {
        expected += Rupiah::new(upah * dec!(0.057))
            .rounded()
            .checked_mul(dec!(12))
            .expect("small");
        upah *= dec!(1.03);
    }
    assert_eq!(jht.saldo_akhir, expected);
}

// PP 46/2015: with a return, year 1 of 285.000 a month at 5%: 3.420.000 + 5% × 5,5 × 285.000 = 78.375.
#[test]
fn jht_first_year_with_return() {
    let jht = run(&input(Segmen::Pu, 5_000_000)).jht;
    let first = jht.baris.first().expect("26 years");
    assert_eq!(
        (first.iuran, first.imbal, first.saldo),
        (rp(3_420_000), rp(78_375), rp(3_498_375))
    );
    assert_eq!(
        run(&input(Segmen::Pu, 5_000_000)).ringkasan.jht_pensiun,
        jht.saldo_akhir
    );
}

fn jp(i: &ManfaatInput) -> jaring_core::manfaat::jp::Jp {
    run(i).jp.expect("PU").expect("covered")
}

// PP 45/2015 Pasal 17–18: 1% × years × average capped wage, at least the minimum and at most the
// maximum of the retirement year (the last published values, held for later years).
#[test]
fn jp_minimum_and_maximum_bounds() {
    let held = JP_BATAS_MANFAAT.latest().map(|e| e.value).expect("bounds");
    // 44 in 2025, Rp 1 juta: retires at 65 in 2046 after 252 months: 1% × 21 × 1 juta = 210.000.
    let mut low = input(Segmen::Pu, 1_000_000);
    low.usia = 44;
    low.masa_bulan = 0;
    let p = jp(&low);
    assert_eq!((p.usia_pensiun, p.bulan_total), (65, 252));
    match p.manfaat {
        JpManfaat::Bulanan {
            dihitung,
            per_bulan,
            dibatasi,
            ..
        } => {
            assert_eq!(dihitung, rp(210_000));
            assert_eq!((per_bulan, dibatasi), (held.minimum.value, Pembatas::Minimum));
        }
        other => panic!("expected a monthly pension, got {other:?}"),
    }
    assert!(p.asumsi.contains(&Asumsi::BatasManfaatJpTetap));

    // 18 in 2025, above the cap: 564 months × 10.547.400 × 1% / 12 = 4.957.278, above the maximum
    // (4.932.300 from March 2026).
    let mut high = input(Segmen::Pu, 20_000_000);
    high.usia = 18;
    high.masa_bulan = 0;
    let p = jp(&high);
    assert_eq!((p.bulan_total, p.batas_upah), (564, rp(10_547_400)));
    match p.manfaat {
        JpManfaat::Bulanan {
            dihitung,
            per_bulan,
            dibatasi,
            ..
        } => {
            assert_eq!(dihitung, rp(4_957_278));
            assert_eq!((per_bulan, dibatasi), (held.maksimum.value, Pembatas::Maksimum));
        }
        other => panic!("expected a monthly pension, got {other:?}"),
    }

    // In between: 30 in 2025 with 48 months: 468 months × 5 juta × 1% / 12 = 1.950.000.
    let p = jp(&input(Segmen::Pu, 5_000_000));
    assert_eq!(p.bulan_total, 468);
    assert!(matches!(
        p.manfaat,
        JpManfaat::Bulanan { per_bulan, dibatasi: Pembatas::Tidak, .. } if per_bulan == rp(1_950_000)
    ));
}

// PP 45/2015: under 15 years (180 months) at retirement: contributions (3% of the capped wage) plus return
// as a lump sum. 50 in 2025 retires at 63 in 2038 (PP 45/2015 Pasal 15): 12 + 156 = 168 months × 150.000.
#[test]
fn jp_lump_sum_under_15_years() {
    let mut i = input(Segmen::Pu, 5_000_000);
    i.usia = 50;
    i.masa_bulan = 12;
    i.imbal_jht = Percent::ZERO;
    let p = jp(&i);
    assert_eq!((p.usia_pensiun, p.bulan_total), (63, 168));
    assert!(matches!(
        p.manfaat,
        JpManfaat::Sekaligus { total, imbal, .. } if total == rp(168 * 150_000) && imbal == Rupiah::ZERO
    ));
}

// PP 44/2015 and PP 45/2015 start on 1 Jul 2015; the JKK and scholarship amounts in the reference
// are those of PP 82/2019 (2 Dec 2019): earlier dates fail closed.
#[test]
fn dates_outside_the_rules_are_not_covered() {
    for (date, rule) in [
        (Date::ymd(2015, 6, 30), RuleId::JkmBenefit),
        (Date::ymd(2019, 6, 1), RuleId::JkkBenefit),
    ] {
        let mut i = input(Segmen::Pu, 5_000_000);
        i.date = date;
        assert!(matches!(simulate(&i), Err(ManfaatError::NotCovered(e)) if e.rule == rule));
    }
    // After the last published JP cap the projection holds it and says so.
    let mut i = input(Segmen::Pu, 5_000_000);
    let gap = JP_WAGE_CAP.first_date_without_data().expect("the cap table ends");
    i.date = gap.add_months(8).expect("a date");
    let p = jp(&i);
    assert_eq!(Some(p.batas_upah), JP_WAGE_CAP.latest().map(|e| e.value));
    assert!(p.asumsi.contains(&Asumsi::BatasUpahJpTetap));
}
