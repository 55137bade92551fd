//! Golden contribution cases, each traced to the regulation and article it follows (and, where
//! the value rests on secondary sources, to those).

use jaring_core::iuran::{
    bpu, bpu_minimum, bpu_terlambat, daily_from_upah, jakon, pmi, pu, pu_denda, pu_year, BpuInput, Field,
    Formula, IuranError, IuranResult, JakonInput, Line, LineStatus, PmiInput, PmiStage, Program, PuInput,
    Warning, MAX_BULAN_TERLAMBAT,
};
use jaring_core::rules::bpu::LevelDoubt;
use jaring_core::rules::pmi::Kontrak;
use jaring_core::rules::pu::{RiskClass, JP_WAGE_CAP};
use jaring_core::rules::relief::Measure;
use jaring_core::rules::{Confidence, RuleId};
use jaring_core::{Date, Percent, Rupiah};
use rust_decimal::dec;
use rust_decimal::Decimal;

fn rp(amount: i64) -> Rupiah {
    Rupiah::from_whole(amount)
}

fn d(year: u16, month: u8, day: u8) -> Date {
    Date::new(year, month, day).expect("valid test date")
}

fn pu_at(date: Date, upah: i64, risiko: RiskClass, padat_karya: bool) -> IuranResult {
    pu(&PuInput {
        date,
        upah: rp(upah),
        risiko,
        padat_karya,
        batas_jp: None,
    })
    .expect("PU covered")
}

fn line(result: &IuranResult, program: Program) -> &Line {
    result.line(program).expect("line present")
}

/// (worker, employer) of a line.
fn shares(result: &IuranResult, program: Program) -> (Rupiah, Rupiah) {
    let l = line(result, program);
    (l.amounts.worker, l.amounts.employer)
}

fn bpu_at(
    date: Date,
    penghasilan: i64,
    jht: bool,
    bayar_bulan: u8,
    transportasi: bool,
    apbd: bool,
) -> IuranResult {
    bpu(&BpuInput {
        date,
        penghasilan: rp(penghasilan),
        jht,
        bayar_bulan,
        transportasi,
        apbd,
    })
    .expect("BPU covered")
}

fn jakon_at(date: Date, nilai: i64) -> IuranResult {
    jakon(&JakonInput {
        date,
        nilai_kontrak: rp(nilai),
    })
    .expect("Jakon covered")
}

fn jakon_totals(date: Date, nilai: i64) -> (Rupiah, Rupiah) {
    let result = jakon_at(date, nilai);
    (
        line(&result, Program::Jkk).amounts.total,
        line(&result, Program::Jkm).amounts.total,
    )
}

// ---------------------------------------------------------------------------------------------
// PP 45/2015 Pasal 29(2)-(4): the JP wage cap of every year, switching on 1 March.
// A wage of Rp20 jt is above every cap, so JP = 1% (worker) and 2% (employer) of the cap.

#[test]
fn jp_cap_of_every_year_and_the_march_switch() {
    let cases: [(Date, i64, Confidence); 24] = [
        (d(2015, 7, 1), 7_000_000, Confidence::Confirmed),
        (d(2016, 2, 29), 7_000_000, Confidence::Confirmed),
        (d(2016, 3, 1), 7_335_300, Confidence::Confirmed),
        (d(2017, 2, 28), 7_335_300, Confidence::Confirmed),
        (d(2017, 3, 1), 7_703_500, Confidence::Confirmed),
        (d(2018, 2, 28), 7_703_500, Confidence::Confirmed),
        (d(2018, 3, 1), 8_094_000, Confidence::Confirmed),
        (d(2019, 2, 28), 8_094_000, Confidence::Confirmed),
        (d(2019, 3, 1), 8_512_400, Confidence::Confirmed),
        (d(2020, 2, 29), 8_512_400, Confidence::Confirmed),
        (d(2020, 3, 1), 8_939_700, Confidence::Confirmed),
        (d(2021, 2, 28), 8_939_700, Confidence::Confirmed),
        (d(2021, 3, 1), 8_754_600, Confidence::Confirmed),
        (d(2022, 2, 28), 8_754_600, Confidence::Confirmed),
        (d(2022, 3, 1), 9_077_600, Confidence::Confirmed),
        (d(2023, 2, 28), 9_077_600, Confidence::Confirmed),
        (d(2023, 3, 1), 9_559_600, Confidence::Confirmed),
        (d(2024, 2, 29), 9_559_600, Confidence::Confirmed),
        (d(2024, 3, 1), 10_042_300, Confidence::Confirmed),
        (d(2025, 2, 28), 10_042_300, Confidence::Confirmed),
        (d(2025, 3, 1), 10_547_400, Confidence::OneSource),
        (d(2026, 2, 28), 10_547_400, Confidence::OneSource),
        (d(2026, 3, 1), 11_086_300, Confidence::OneSource),
        (d(2027, 2, 28), 11_086_300, Confidence::OneSource),
    ];
    for (date, cap, confidence) in cases {
        let result = pu_at(date, 20_000_000, RiskClass::I, false);
        assert_eq!(
            shares(&result, Program::Jp),
            (rp(cap / 100), rp(cap / 50)),
            "{date}"
        );
        assert_eq!(line(&result, Program::Jp).confidence, confidence, "{date}");
        assert!(
            result
                .warnings
                .contains(&Warning::UpahAboveJpCap { cap: rp(cap) }),
            "{date}"
        );
    }
}

// PP 45/2015 Pasal 29(3): cap(y) = floor_100(cap(y−1) × (1 + GDP(y−1))). The 2021 cap: GDP 2020 −2,07%
// from 8.939.700 gives it, and GDP 2021 3,69% from it gives the confirmed 2022 cap.
#[test]
fn derived_2021_cap_follows_the_pp_45_2015_chain() {
    let cap = |date: Date| JP_WAGE_CAP.at(date).map(|e| e.value).expect("cap");
    let next = |previous: Rupiah, growth: Decimal| {
        Rupiah::new(previous.amount() * (Decimal::ONE + growth)).floor_to(dec!(100))
    };
    let cap_2021 = next(cap(d(2020, 3, 1)), dec!(-0.0207));
    assert_eq!(cap_2021, cap(d(2021, 3, 1)));
    assert_eq!(next(cap_2021, dec!(0.0369)), cap(d(2022, 3, 1)));
    // The one-source 2025 cap also matches the formula (GDP 2024 5,03%).
    assert_eq!(next(cap(d(2024, 3, 1)), dec!(0.0503)), cap(d(2025, 3, 1)));
    // So does the 2026 cap (GDP 2025 5,11%): 10.547.400 × 1,0511 = 11.086.372,14 → 11.086.300.
    assert_eq!(next(cap(d(2025, 3, 1)), dec!(0.0511)), cap(d(2026, 3, 1)));
}

/// The first month whose JP cap is not published yet (PP 45/2015 Pasal 29(4): announced each year).
fn first_month_without_jp_cap() -> Date {
    JP_WAGE_CAP
        .first_date_without_data()
        .expect("the JP cap table ends where the next cap is not published")
}

// PP 45/2015 Pasal 29(3)-(4): the next March's cap is published about a month after BPS's GDP
// release. Until it is loaded, JP is unavailable (never an older cap); the other programmes still
// compute and the totals exclude JP.
#[test]
fn no_jp_cap_after_the_last_published_one() {
    let gap = first_month_without_jp_cap();
    let result = pu_at(gap, 5_000_000, RiskClass::I, false);
    let jp = line(&result, Program::Jp);
    let LineStatus::Unavailable(missing) = jp.status else {
        panic!("JP must be unavailable, got {:?}", jp.status);
    };
    assert_eq!(missing.rule, RuleId::JpWageCap);
    assert_eq!(missing.date, gap);
    assert!(result.warnings.contains(&Warning::JpCapNotPublished(missing)));
    assert_eq!(result.excluded, vec![Program::Jp]);
    // JKK 12.000 + JKM 15.000 + JHT 185.000 (employer); JHT 100.000 (worker).
    assert_eq!(result.monthly.employer, rp(212_000));
    assert_eq!(result.monthly.worker, rp(100_000));
    assert_eq!(jp.amounts.total, Rupiah::ZERO);
}

// PP 44/2015 Pasal 16(1) + Lampiran I: JKK of each risk class on Rp5 jt.
#[test]
fn jkk_of_every_risk_class() {
    let expected = [12_000, 27_000, 44_500, 63_500, 87_000];
    for (class, jkk) in RiskClass::ALL.into_iter().zip(expected) {
        let result = pu_at(d(2024, 6, 1), 5_000_000, class, false);
        assert_eq!(
            shares(&result, Program::Jkk),
            (Rupiah::ZERO, rp(jkk)),
            "{class:?}"
        );
    }
}

// PP 44/2015, PP 45/2015, PP 46/2015: class I on Rp5 jt: employer 0,24 + 0,30 + 3,7 + 2 = 6,24% = 312.000; worker 2 + 1 = 3% =
// 150.000. PP 6/2025 Pasal 11(2): JKP 0,36% × 5 jt = 18.000 shown, paid by nobody here.
#[test]
fn pu_full_month_class_one() {
    let result = pu_at(d(2025, 6, 1), 5_000_000, RiskClass::I, false);
    assert_eq!(shares(&result, Program::Jkm), (Rupiah::ZERO, rp(15_000)));
    assert_eq!(shares(&result, Program::Jht), (rp(100_000), rp(185_000)));
    assert_eq!(shares(&result, Program::Jp), (rp(50_000), rp(100_000)));
    assert_eq!(result.monthly.employer, rp(312_000));
    assert_eq!(result.monthly.worker, rp(150_000));
    assert_eq!(result.monthly.total, rp(462_000));
    assert_eq!(result.period, result.monthly);
    let jkp = line(&result, Program::Jkp);
    assert_eq!(jkp.status, LineStatus::Information { amount: rp(18_000) });
    assert_eq!(jkp.amounts.total, Rupiah::ZERO);
    assert!(result.warnings.is_empty());
}

// PP 37/2021 Pasal 11: JKP 0,46% until 2025-02-06, on a wage capped at Rp5 jt; none before
// 2021-02-02.
#[test]
fn jkp_information_line_before_and_after_pp_6_2025() {
    let before = pu_at(d(2025, 2, 6), 8_000_000, RiskClass::I, false);
    assert_eq!(
        line(&before, Program::Jkp).status,
        LineStatus::Information { amount: rp(23_000) }
    );
    let after = pu_at(d(2025, 2, 7), 8_000_000, RiskClass::I, false);
    assert_eq!(
        line(&after, Program::Jkp).status,
        LineStatus::Information { amount: rp(18_000) }
    );
    let none = pu_at(d(2021, 2, 1), 8_000_000, RiskClass::I, false);
    assert!(none.line(Program::Jkp).is_none());
}

// Rounding rule (money.rs): each share rounded half away from zero: 3.000.625 × 0,24% = 7.201,5.
#[test]
fn each_share_is_rounded_half_away_from_zero() {
    let result = pu_at(d(2024, 6, 1), 3_000_625, RiskClass::I, false);
    assert_eq!(shares(&result, Program::Jkk), (Rupiah::ZERO, rp(7_202)));
    // JHT 2% = 60.012,5 → 60.013; 3,7% = 111.023,125 → 111.023.
    assert_eq!(shares(&result, Program::Jht), (rp(60_013), rp(111_023)));
}

// PP 49/2020 Pasal 9, 12: contribution months Aug 2020 – Jan 2021 pay 1% of JKK and JKM; JP
// pays 1%, the other 99% deferred. Month before (Jul 2020) and after (Feb 2021) are normal.
#[test]
fn pp_49_2020_for_pu_inside_and_outside_its_window() {
    for date in [d(2020, 8, 1), d(2021, 1, 31)] {
        let result = pu_at(date, 5_000_000, RiskClass::I, false);
        assert_eq!(shares(&result, Program::Jkk), (Rupiah::ZERO, rp(120)), "{date}");
        assert_eq!(shares(&result, Program::Jkm), (Rupiah::ZERO, rp(150)), "{date}");
        assert_eq!(
            shares(&result, Program::Jht),
            (rp(100_000), rp(185_000)),
            "{date}"
        );
        assert_eq!(shares(&result, Program::Jp), (rp(500), rp(1_000)), "{date}");
        let jp = line(&result, Program::Jp).relief.expect("JP relief");
        assert_eq!(jp.measure, Measure::Covid2020);
        assert_eq!(jp.normal.total, rp(150_000));
        assert_eq!(jp.discount, rp(148_500));
        assert_eq!(jp.deferred, rp(148_500));
        let jkk = line(&result, Program::Jkk).relief.expect("JKK relief");
        assert_eq!(
            (jkk.normal.total, jkk.discount, jkk.deferred),
            (rp(12_000), rp(11_880), Rupiah::ZERO)
        );
        assert_eq!(jkk.source.regulation, "PP 49/2020");
    }
    for date in [d(2020, 7, 31), d(2021, 2, 1)] {
        let result = pu_at(date, 5_000_000, RiskClass::I, false);
        assert!(result.lines.iter().all(|l| l.relief.is_none()), "{date}");
        assert_eq!(
            shares(&result, Program::Jkk),
            (Rupiah::ZERO, rp(12_000)),
            "{date}"
        );
    }
}

// PP 49/2020 Pasal 9: BPU JKM Rp6.800 → Rp68, JKK 1% of normal.
#[test]
fn pp_49_2020_for_bpu() {
    let result = bpu_at(d(2020, 8, 1), 1_000_000, false, 1, false, false);
    assert_eq!(result.monthly.total, rp(168));
    let result = bpu_at(d(2021, 2, 1), 1_000_000, false, 1, false, false);
    assert_eq!(result.monthly.total, rp(16_800));
}

// PP 49/2020 Pasal 12: construction pays 1% of the normal percentages.
#[test]
fn pp_49_2020_for_jakon() {
    assert_eq!(jakon_totals(d(2021, 1, 15), 80_000_000), (rp(1_680), rp(240)));
    assert_eq!(
        jakon_totals(d(2020, 7, 15), 80_000_000),
        (rp(168_000), rp(24_000))
    );
}

// PP 7/2025 Pasal 4(1) (Feb – Jul 2025) and PP 36/2025 (to Jan 2026): JKK −50% for
// labour-intensive industries that opt in; JKM not discounted.
#[test]
fn padat_karya_discount_inside_and_outside_its_window() {
    for (date, regulation) in [
        (d(2025, 2, 1), "PP 7/2025"),
        (d(2025, 7, 31), "PP 7/2025"),
        (d(2025, 8, 1), "PP 36/2025"),
        (d(2026, 1, 31), "PP 36/2025"),
    ] {
        let result = pu_at(date, 5_000_000, RiskClass::V, true);
        assert_eq!(
            shares(&result, Program::Jkk),
            (Rupiah::ZERO, rp(43_500)),
            "{date}"
        );
        assert_eq!(
            shares(&result, Program::Jkm),
            (Rupiah::ZERO, rp(15_000)),
            "{date}"
        );
        let relief = line(&result, Program::Jkk).relief.expect("relief");
        assert_eq!(relief.measure, Measure::PadatKarya2025);
        assert_eq!(relief.source.regulation, regulation);
        assert_eq!(relief.discount, rp(43_500));
        assert!(!result.warnings.contains(&Warning::PadatKaryaOutsideWindow));
    }
    for date in [d(2025, 1, 31), d(2026, 2, 1)] {
        let result = pu_at(date, 5_000_000, RiskClass::V, true);
        assert_eq!(
            shares(&result, Program::Jkk),
            (Rupiah::ZERO, rp(87_000)),
            "{date}"
        );
        assert!(
            result.warnings.contains(&Warning::PadatKaryaOutsideWindow),
            "{date}"
        );
    }
    // Without the opt-in there is no discount inside the window.
    let result = pu_at(d(2025, 6, 1), 5_000_000, RiskClass::V, false);
    assert_eq!(shares(&result, Program::Jkk), (Rupiah::ZERO, rp(87_000)));
}

// PP 50/2025: BPU JKK and JKM −50%. Transport: Jan 2026 – Mar 2027; other BPU: Apr – Dec
// 2026. Not for participants paid from APBN/APBD. Rp16.800 → Rp8.400.
#[test]
fn pp_50_2025_for_bpu_inside_and_outside_its_windows() {
    for (date, transport, discounted) in [
        (d(2025, 12, 31), true, false),
        (d(2026, 1, 1), true, true),
        (d(2027, 3, 31), true, true),
        (d(2027, 4, 1), true, false),
        (d(2026, 3, 31), false, false),
        (d(2026, 4, 1), false, true),
        (d(2026, 12, 31), false, true),
        (d(2027, 1, 1), false, false),
    ] {
        let result = bpu_at(date, 1_000_000, false, 1, transport, false);
        let expected = if discounted { 8_400 } else { 16_800 };
        assert_eq!(result.monthly.total, rp(expected), "{date} transport={transport}");
        let relief = line(&result, Program::Jkm).relief;
        assert_eq!(
            relief.map(|r| (r.measure, r.discount)),
            discounted.then_some((Measure::Bpu2026, rp(3_400)))
        );
    }
    // Paid from APBD: full price, with a warning explaining why.
    let result = bpu_at(d(2026, 6, 1), 1_000_000, false, 1, false, true);
    assert_eq!(result.monthly.total, rp(16_800));
    assert_eq!(result.warnings, vec![Warning::ReliefNotForApbd]);
    // JHT is not discounted: 8.400 + 20.000.
    let result = bpu_at(d(2026, 6, 1), 1_000_000, true, 1, false, false);
    assert_eq!(result.monthly.total, rp(28_400));
}

// PP 44/2015 Lampiran II: minimum packages Rp16.800 (JKK 10.000 + JKM 6.800) and Rp36.800 with JHT 20.000; per
// payment period and per day (÷ 30).
#[test]
fn bpu_minimum_packages() {
    let result = bpu_at(d(2024, 5, 1), 1_000_000, false, 1, false, false);
    assert_eq!(result.monthly.total, rp(16_800));
    assert_eq!(result.per_day, Some(rp(560)));
    assert!(result.lines.iter().all(|l| l.confidence == Confidence::Confirmed));
    let result = bpu_at(d(2024, 5, 1), 1_000_000, true, 12, false, false);
    assert_eq!(result.monthly.total, rp(36_800));
    assert_eq!(result.period.total, rp(441_600));
    assert_eq!(result.months, Some(12));
    assert_eq!(line(&result, Program::Jht).per_period.worker, rp(240_000));
    assert_eq!(result.per_day, Some(rp(1_227)));
}

// PP 44/2015 Lampiran II: levels Rp1 jt – Rp20,7 jt. Below: computed on 1 jt; above: on 20,7 jt
// (JKK 207.000, JHT 414.000; the top row is missing from the table's one source, hence doubtful).
#[test]
fn bpu_income_outside_the_level_range() {
    let result = bpu_at(d(2024, 5, 1), 500_000, false, 1, false, false);
    assert_eq!(result.monthly.total, rp(16_800));
    assert_eq!(
        result.warnings,
        vec![Warning::PenghasilanBelowLevels { min: rp(1_000_000) }]
    );
    let result = bpu_at(d(2024, 5, 1), 30_000_000, true, 1, false, false);
    assert_eq!(line(&result, Program::Jkk).amounts.worker, rp(207_000));
    assert_eq!(line(&result, Program::Jht).amounts.worker, rp(414_000));
    assert_eq!(
        result.warnings,
        vec![
            Warning::PenghasilanAboveLevels { max: rp(20_700_000) },
            Warning::BpuLevelDoubtful {
                level: rp(20_700_000),
                doubt: LevelDoubt::MissingFromSource
            }
        ]
    );
}

// PP 44/2015 Pasal 16-18 + Lampiran II (table in one secondary source): JKK 1% and JHT 2% of the
// level of the income's range, not of the income. 3 jt → level 2.950.000 → JKK 29.500;
// 8,5 jt → level 8.700.000 → JKK 87.000, JHT 174.000; 1,05 jt → level 1.000.000 → JKK 10.000.
#[test]
fn bpu_pays_on_the_level_of_the_income_range() {
    for (income, level, jkk, jht) in [
        (3_000_000, 2_950_000, 29_500, 59_000),
        (8_500_000, 8_700_000, 87_000, 174_000),
        (1_050_000, 1_000_000, 10_000, 20_000),
        (2_500_000, 2_600_000, 26_000, 52_000),
    ] {
        let result = bpu_at(d(2024, 5, 1), income, true, 1, false, false);
        assert_eq!(line(&result, Program::Jkk).amounts.worker, rp(jkk), "{income}");
        assert_eq!(line(&result, Program::Jht).amounts.worker, rp(jht), "{income}");
        let used = result.bpu.as_ref().map(|b| (b.level.penghasilan, b.level.level));
        assert_eq!(used, Some((rp(income), rp(level))), "{income}");
        assert!(result.warnings.is_empty(), "{income}");
        assert_eq!(line(&result, Program::Jkm).confidence, Confidence::Confirmed);
        let expected = if level == 1_000_000 {
            Confidence::Confirmed
        } else {
            Confidence::OneSource
        };
        assert_eq!(line(&result, Program::Jkk).confidence, expected, "{income}");
    }
    // The source reads 18.200.000 where the pattern gives 18.700.000: computed on the pattern,
    // with the doubt reported.
    let result = bpu_at(d(2024, 5, 1), 18_500_000, false, 1, false, false);
    assert_eq!(line(&result, Program::Jkk).amounts.worker, rp(187_000));
    assert_eq!(
        result.warnings,
        vec![Warning::BpuLevelDoubtful {
            level: rp(18_700_000),
            doubt: LevelDoubt::SourceReads { read: rp(18_200_000) }
        }]
    );
}

// PP 50/2025 Pasal 2-4 (JKK and JKM −50% for BPU; other BPU: contribution months Apr – Dec 2026;
// transport: Jan 2026 – Mar 2027): the discount belongs to each contribution month, so a payment of
// several months prices every month with its own rules.
#[test]
fn bpu_payment_of_several_months_prices_each_month() {
    // 3 months from Dec 2026, outside transport: 8.400 (Dec, discounted) + 16.800 + 16.800.
    let result = bpu_at(d(2026, 12, 1), 1_000_000, false, 3, false, false);
    assert_eq!(result.period.total, rp(42_000));
    let months: Vec<(Date, Rupiah)> = result
        .bpu
        .as_ref()
        .map(|b| b.months.iter().map(|m| (m.month, m.amounts.total)).collect())
        .unwrap_or_default();
    assert_eq!(
        months,
        vec![
            (d(2026, 12, 1), rp(8_400)),
            (d(2027, 1, 1), rp(16_800)),
            (d(2027, 2, 1), rp(16_800))
        ]
    );
    // 12 months from Dec 2026: 8.400 + 11 × 16.800 = 193.200.
    let result = bpu_at(d(2026, 12, 15), 1_000_000, false, 12, false, false);
    assert_eq!(result.period.total, rp(193_200));
    // 3 months from Feb 2026: 16.800 + 16.800 (Feb, Mar: before the window) + 8.400 (Apr).
    let result = bpu_at(d(2026, 2, 1), 1_000_000, false, 3, false, false);
    assert_eq!(result.period.total, rp(42_000));
    // The per-line period totals add up to the same amount.
    let jkk = line(&result, Program::Jkk).per_period.total;
    let jkm = line(&result, Program::Jkm).per_period.total;
    assert_eq!(jkk + jkm, rp(42_000));
    // Transport, 3 months from Feb 2027: Feb and Mar discounted (window to Mar 2027), Apr not.
    let result = bpu_at(d(2027, 2, 1), 1_000_000, false, 3, true, false);
    assert_eq!(result.period.total, rp(8_400 + 8_400 + 16_800));
}

// Permenaker 44/2015 (now 5/2021): marginal tiers at each boundary.
#[test]
fn jakon_tier_boundaries() {
    let date = d(2024, 1, 1);
    // 100 jt × 0,21% | 0,03%
    assert_eq!(jakon_totals(date, 100_000_000), (rp(210_000), rp(30_000)));
    // + 400 jt × 0,17% | 0,02%
    assert_eq!(jakon_totals(date, 500_000_000), (rp(890_000), rp(110_000)));
    // + 500 jt × 0,13% | 0,02%
    assert_eq!(jakon_totals(date, 1_000_000_000), (rp(1_540_000), rp(210_000)));
    // + 4 M × 0,11% | 0,01%
    assert_eq!(jakon_totals(date, 5_000_000_000), (rp(5_940_000), rp(610_000)));
}

// Permenaker 44/2015: worked examples: 80 jt → 168.000 + 24.000 = 192.000; 850 jt → 1.345.000 + 180.000;
// 1 M → 1.540.000 + 210.000 = 1.750.000; 10 M → 10.440.000 + 1.110.000.
#[test]
fn jakon_worked_examples() {
    let date = d(2024, 1, 1);
    let result = jakon_at(date, 80_000_000);
    assert_eq!(result.period.total, rp(192_000));
    assert_eq!(result.period.employer, rp(192_000));
    assert_eq!(result.months, None);
    assert_eq!(jakon_totals(date, 850_000_000), (rp(1_345_000), rp(180_000)));
    assert_eq!(jakon_at(date, 1_000_000_000).period.total, rp(1_750_000));
    assert_eq!(
        jakon_totals(date, 10_000_000_000),
        (rp(10_440_000), rp(1_110_000))
    );
    // The JKM tiers above 500 jt have one source only.
    assert_eq!(line(&result, Program::Jkm).confidence, Confidence::OneSource);
}

// Permenaker 4/2023 Pasal 18: pre-placement 37.500 + contract package 108.000 / 189.000 /
// 332.500; 13.500 per extra month; optional JHT per month (one-source choices).
#[test]
fn pmi_packages_extra_months_and_jht() {
    let date = d(2024, 1, 1);
    for (kontrak, placement) in [
        (Kontrak::Bulan6, 108_000),
        (Kontrak::Bulan12, 189_000),
        (Kontrak::Bulan24, 332_500),
    ] {
        let result = pmi(&PmiInput {
            date,
            kontrak,
            tambahan_bulan: 0,
            jht_bulanan: Rupiah::ZERO,
        })
        .expect("PMI covered");
        let stages: Vec<(Option<PmiStage>, Rupiah)> =
            result.lines.iter().map(|l| (l.stage, l.amounts.worker)).collect();
        assert_eq!(
            stages,
            vec![
                (Some(PmiStage::PraPenempatan), rp(37_500)),
                (Some(PmiStage::Penempatan), rp(placement))
            ]
        );
        assert_eq!(result.period.total, rp(37_500 + placement));
    }
    let result = pmi(&PmiInput {
        date,
        kontrak: Kontrak::Bulan24,
        tambahan_bulan: 3,
        jht_bulanan: rp(100_000),
    })
    .expect("PMI covered");
    let extra = result
        .lines
        .iter()
        .find(|l| l.stage == Some(PmiStage::TambahanBulan));
    assert_eq!(extra.map(|l| l.amounts.total), Some(rp(40_500)));
    let jht = line(&result, Program::Jht);
    assert_eq!(
        (jht.amounts.worker, jht.per_period.worker),
        (rp(100_000), rp(2_700_000))
    );
    assert_eq!(jht.confidence, Confidence::OneSource);
    assert_eq!(result.months, Some(27));
    assert_eq!(result.monthly.total, rp(100_000));
    assert_eq!(result.period.total, rp(370_000 + 40_500 + 2_700_000));
}

// Fail closed (rules/mod.rs): before 1 Jul 2015 no PU, BPU or Jakon rule; before 22 Feb 2023 no
// PMI rule (Permenaker 18/2018 values conflict).
#[test]
fn dates_no_rule_covers() {
    let date = d(2015, 6, 30);
    let not_covered = |r: Result<IuranResult, IuranError>| match r {
        Err(IuranError::NotCovered(missing)) => Some(missing.rule),
        _ => None,
    };
    let pu_result = pu(&PuInput {
        date,
        upah: rp(5_000_000),
        risiko: RiskClass::I,
        padat_karya: false,
        batas_jp: None,
    });
    assert_eq!(not_covered(pu_result), Some(RuleId::PuRates));
    let bpu_result = bpu(&BpuInput {
        date,
        penghasilan: rp(1_000_000),
        jht: false,
        bayar_bulan: 1,
        transportasi: false,
        apbd: false,
    });
    assert_eq!(not_covered(bpu_result), Some(RuleId::BpuRates));
    let jakon_result = jakon(&JakonInput {
        date,
        nilai_kontrak: rp(80_000_000),
    });
    assert_eq!(not_covered(jakon_result), Some(RuleId::JakonTiers));
    let pmi_result = pmi(&PmiInput {
        date: d(2023, 2, 21),
        kontrak: Kontrak::Bulan24,
        tambahan_bulan: 0,
        jht_bulanan: Rupiah::ZERO,
    });
    assert_eq!(not_covered(pmi_result), Some(RuleId::PmiPackages));
}

// PP 45/2015 Pasal 29: a calendar year mixes two JP caps (Jan–Feb old, Mar–Dec new); the year of
// the first unpublished cap computes every month but JP only before March; PP 44/2015 has no rule
// before July 2015.
#[test]
fn year_views() {
    let input = PuInput {
        date: d(2025, 1, 1),
        upah: rp(20_000_000),
        risiko: RiskClass::I,
        padat_karya: false,
        batas_jp: None,
    };
    let jp_employer = |view: &jaring_core::iuran::YearView, index: usize| {
        let result = view.months[index].result.as_ref().expect("month computed");
        line(result, Program::Jp).amounts.employer
    };
    let view = pu_year(&input, 2025).expect("year");
    assert_eq!(jp_employer(&view, 1), rp(200_846));
    assert_eq!(jp_employer(&view, 2), rp(210_948));
    assert_eq!(view.computed, 12);

    let view = pu_year(&input, 2026).expect("year");
    assert_eq!(jp_employer(&view, 1), rp(210_948));
    assert_eq!(jp_employer(&view, 2), rp(221_726));
    assert!(view.excluded.is_empty());

    let gap = first_month_without_jp_cap();
    let view = pu_year(&input, gap.year()).expect("year");
    assert_eq!(view.computed, 12);
    assert_eq!(view.excluded, vec![Program::Jp]);
    let index = usize::from(gap.month()) - 1;
    let last_cap = JP_WAGE_CAP.latest().map(|e| e.value).expect("a cap");
    assert_eq!(
        jp_employer(&view, index - 1),
        last_cap.percent(Percent::new(dec!(2))).rounded()
    );
    let first_gap = view.months[index].result.as_ref().expect("computes without JP");
    assert_eq!(first_gap.excluded, vec![Program::Jp]);

    let view = pu_year(&input, 2015).expect("year");
    assert_eq!(view.computed, 6);
    assert!(matches!(view.months[5].result, Err(IuranError::NotCovered(_))));
    assert!(view.months[6].result.is_ok());
}

// Late payment of a PU contribution month. The deadline is the 15th of the next month (Perdir BPJS
// Ketenagakerjaan 22/PERDIR.02/072022) and the fine 2% of the unpaid contribution per month late;
// inside PP 49/2020's window (Pasal 23; contribution months Aug 2020 – Jan 2021) the deadline is the
// 30th and the fine 0,5% a month.
#[test]
fn pu_late_payment_fine() {
    // Rp 5 jt, class I, June 2025: employer 312.000 + worker 150.000 = 462.000; 3 months late:
    // 462.000 × 2% × 3 = 27.720.
    let input = PuInput {
        date: d(2025, 6, 10),
        upah: rp(5_000_000),
        risiko: RiskClass::I,
        padat_karya: false,
        batas_jp: None,
    };
    let fine = pu_denda(&input, 3).expect("covered");
    assert_eq!(fine.iuran, rp(462_000));
    assert_eq!(fine.batas_bayar, d(2025, 7, 15));
    assert_eq!(fine.tarif_per_bulan, Percent::new(dec!(2)));
    assert_eq!(fine.denda, rp(27_720));
    assert_eq!(pu_denda(&input, 0).map(|f| f.denda), Ok(Rupiah::ZERO));

    // January 2021 (PP 49/2020): JKK 120 + JKM 150 (1% of normal), JHT 185.000 + 100.000, JP 1% of
    // 150.000 = 1.500 → 286.770; deadline 28 Feb 2021 (the 30th does not exist), 0,5% × 2 months
    // = 2.867,70 → 2.868.
    let covid = PuInput {
        date: d(2021, 1, 1),
        ..input
    };
    let fine = pu_denda(&covid, 2).expect("covered");
    assert_eq!(fine.batas_bayar, d(2021, 2, 28));
    assert_eq!(fine.tarif_per_bulan, Percent::new(dec!(0.5)));
    assert_eq!(fine.iuran, rp(286_770));
    assert_eq!(fine.denda, rp(2_868));
    assert_eq!(fine.source.regulation, "PP 49/2020");

    assert_eq!(
        pu_denda(&input, MAX_BULAN_TERLAMBAT + 1),
        Err(IuranError::TooLarge(Field::BulanTerlambat))
    );
}

// BPU: no fine for paying late (star.grid.id citing BPJS; a PERISAI FAQ); arrears payable for at
// most 3 months, more consecutive unpaid months end membership (Perdir BPJS Ketenagakerjaan
// 22/PERDIR.02/072022, items 12a-12b).
#[test]
fn bpu_pays_no_fine_but_lapses_after_three_unpaid_months() {
    let three = bpu_terlambat(d(2026, 1, 1), 3).expect("covered");
    assert_eq!(
        (three.denda, three.bulan_tenggang, three.berakhir),
        (Rupiah::ZERO, 3, false)
    );
    let four = bpu_terlambat(d(2026, 1, 1), 4).expect("covered");
    assert!(four.berakhir);
    assert_eq!(four.source.confidence, Confidence::OneSource);
    assert_eq!(four.denda_source.confidence, Confidence::Confirmed);
}

// Calendar year 2018 of a Rp 8.000.000 wage, class I (PP 44/2015 Pasal 16 + Lampiran I: JKK 0,24%,
// JKM 0,30%; PP 46/2015: JHT 3,7% + 2%; PP 45/2015 Pasal 28-29: JP 2% + 1% on the wage up to the cap,
// 7.703.500 in Jan–Feb, 8.094.000 from March, above the wage).
#[test]
fn calendar_year_per_programme_and_payer() {
    let input = PuInput {
        date: d(2018, 1, 1),
        upah: rp(8_000_000),
        risiko: RiskClass::I,
        padat_karya: false,
        batas_jp: None,
    };
    let view = pu_year(&input, 2018).expect("year");
    let year = |program: Program| {
        view.programs
            .iter()
            .find(|p| p.program == program)
            .map(|p| (p.amounts.worker, p.amounts.employer, p.months))
    };
    // JKK 19.200 × 12; JKM 24.000 × 12.
    assert_eq!(year(Program::Jkk), Some((Rupiah::ZERO, rp(230_400), 12)));
    assert_eq!(year(Program::Jkm), Some((Rupiah::ZERO, rp(288_000), 12)));
    // JHT: worker 160.000 × 12, employer 296.000 × 12.
    assert_eq!(year(Program::Jht), Some((rp(1_920_000), rp(3_552_000), 12)));
    // JP: Jan–Feb on 7.703.500 (77.035 + 154.070), Mar–Dec on the wage 8.000.000 (80.000 + 160.000).
    assert_eq!(
        year(Program::Jp),
        Some((rp(2 * 77_035 + 10 * 80_000), rp(2 * 154_070 + 10 * 160_000), 12))
    );
    assert_eq!(
        year(Program::Jkp),
        None,
        "JKP is information only and did not exist in 2018"
    );
    let sum = view
        .programs
        .iter()
        .fold(Rupiah::ZERO, |sum, p| sum + p.amounts.total);
    assert_eq!(sum, view.total.total);
}

// PP 45/2015 Pasal 29(4): the cap is announced after BPS's GDP release. Until the next cap is
// loaded JP stays unavailable by default; a cap the user was told is used instead and marked as
// theirs; a published cap always wins over a typed one.
#[test]
fn a_typed_jp_cap_is_used_only_where_none_is_published() {
    let gap = first_month_without_jp_cap();
    let typed = rp(11_500_000);
    let input = PuInput {
        date: gap,
        upah: rp(20_000_000),
        risiko: RiskClass::I,
        padat_karya: false,
        batas_jp: Some(typed),
    };
    let result = pu(&input).expect("covered");
    let jp = line(&result, Program::Jp);
    assert_eq!(jp.status, LineStatus::Charged);
    assert_eq!(jp.amounts.worker, rp(115_000));
    assert_eq!(jp.amounts.employer, rp(230_000));
    assert_eq!(jp.confidence, Confidence::Unverified);
    let Some(Formula::Rate { cap: Some(cap), .. }) = &jp.formula else {
        panic!("JP has a capped rate formula");
    };
    assert!(cap.from_user);
    assert!(result
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::JpCapFromUser { cap, .. } if *cap == typed)));
    assert!(result.excluded.is_empty());

    let published = JP_WAGE_CAP.latest().expect("a cap");
    let before = pu(&PuInput {
        date: published.period.from,
        ..input
    })
    .expect("covered");
    let jp = line(&before, Program::Jp);
    assert_eq!(
        jp.amounts.worker,
        published.value.percent(Percent::new(dec!(1))).rounded()
    );
    assert!(!before
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::JpCapFromUser { .. })));
}

// The landing page's "from Rp … a month": the lowest BPU level (PP 44/2015 Lampiran II: JKK 10.000
// + JKM 6.800 = 16.800), halved inside PP 50/2025's window for other BPU (Apr – Dec 2026: 8.400).
#[test]
fn least_a_self_paying_bpu_participant_pays() {
    assert_eq!(bpu_minimum(d(2024, 5, 1)), Ok(rp(16_800)));
    assert_eq!(bpu_minimum(d(2026, 12, 3)), Ok(rp(8_400)));
    assert_eq!(bpu_minimum(d(2027, 1, 1)), Ok(rp(16_800)));
}

// PP 44/2015 Pasal 19, PP 46/2015 Pasal 17: monthly wage = daily wage × 25, and back.
#[test]
fn daily_wage_and_back() {
    assert_eq!(daily_from_upah(rp(3_750_000), d(2025, 1, 1)), Ok(rp(150_000)));
    assert_eq!(daily_from_upah(rp(5_000_000), d(2025, 1, 1)), Ok(rp(200_000)));
}
