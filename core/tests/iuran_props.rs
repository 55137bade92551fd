//! Properties of the contribution calculators over random dates, wages and choices.

use jaring_core::iuran::{
    bpu, jakon, pmi, pu, pu_year, BpuInput, IuranResult, JakonInput, LineStatus, PmiInput, Program, PuInput,
    Scenario, Segmen,
};
use jaring_core::rules::pmi::Kontrak;
use jaring_core::rules::pu::{RiskClass, JP_WAGE_CAP};
use jaring_core::scenario::Query;
use jaring_core::{Date, Rupiah};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use rust_decimal::Decimal;
use std::sync::atomic::{AtomicU32, Ordering};

fn date() -> impl Strategy<Value = Date> {
    (2014u16..=2028, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Date::new(y, m, d).expect("valid"))
}

/// Up to Rp 1 miliar, with sen so that rounding is exercised.
fn upah() -> impl Strategy<Value = Rupiah> {
    (0i64..=100_000_000_000).prop_map(|sen| Rupiah::new(Decimal::new(sen, 2)))
}

fn risk() -> impl Strategy<Value = RiskClass> {
    prop::sample::select(RiskClass::ALL.to_vec())
}

fn pu_input() -> impl Strategy<Value = PuInput> {
    (date(), upah(), risk(), any::<bool>()).prop_map(|(date, upah, risiko, padat_karya)| PuInput {
        date,
        upah,
        risiko,
        padat_karya,
        batas_jp: None,
    })
}

fn bpu_input() -> impl Strategy<Value = BpuInput> {
    (
        date(),
        upah(),
        any::<bool>(),
        prop::sample::select(vec![1u8, 3, 6, 12]),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(date, penghasilan, jht, bayar_bulan, transportasi, apbd)| BpuInput {
                date,
                penghasilan,
                jht,
                bayar_bulan,
                transportasi,
                apbd,
            },
        )
}

fn kontrak() -> impl Strategy<Value = Kontrak> {
    prop::sample::select(Kontrak::ALL.to_vec())
}

fn pmi_jht() -> impl Strategy<Value = Rupiah> {
    prop::sample::select(vec![
        0i64, 50_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000,
    ])
    .prop_map(Rupiah::from_whole)
}

/// Every line and total is non-negative and worker + employer = total.
fn check_amounts(result: &IuranResult) -> Result<(), TestCaseError> {
    for line in &result.lines {
        for a in [line.amounts, line.per_period] {
            prop_assert!(!a.worker.is_negative() && !a.employer.is_negative());
            prop_assert_eq!(a.worker + a.employer, a.total);
        }
        if let LineStatus::Information { amount } = line.status {
            prop_assert!(!amount.is_negative());
        }
    }
    for a in [result.monthly, result.period] {
        prop_assert!(!a.total.is_negative());
        prop_assert_eq!(a.worker + a.employer, a.total);
    }
    let counted: Rupiah = result
        .lines
        .iter()
        .filter(|l| l.status == LineStatus::Charged)
        .map(|l| l.per_period.total)
        .sum();
    prop_assert_eq!(counted, result.period.total);
    Ok(())
}

proptest! {








    #[test]
    fn year_view_is_the_sum_of_its_months(input in pu_input(), year in 2014u16..=2028) {
        let view = pu_year(&input, year).expect("valid input");
        prop_assert_eq!(view.months.len(), 12);
        let computed: Vec<&IuranResult> = view.months.iter().filter_map(|m| m.result.as_ref().ok()).collect();
        prop_assert_eq!(usize::from(view.computed), computed.len());
        let total: Rupiah = computed.iter().map(|r| r.period.total).sum();
        let worker: Rupiah = computed.iter().map(|r| r.period.worker).sum();
        prop_assert_eq!(view.total.total, total);
        prop_assert_eq!(view.total.worker, worker);
        for (index, month) in view.months.iter().enumerate() {
            prop_assert_eq!(usize::from(month.month.month()), index + 1);
            if let Ok(result) = &month.result {
                let single = pu(&PuInput { date: month.month, ..input }).expect("same month computes");
                prop_assert_eq!(&single, result);
            }
        }
    }

    #[test]
    fn scenario_round_trips(
        segmen in prop::sample::select(Segmen::ALL.to_vec()),
        tanggal in prop::option::of(date()),
        amount in 0i64..=1_000_000_000,
        nilai in 0i64..=100_000_000_000_000,
        risiko in risk(),
        flags in any::<(bool, bool, bool, bool)>(),
        bayar in prop::sample::select(vec![1u8, 3, 6, 12]),
        kontrak in kontrak(),
        tambahan in 0u16..=120,
        pmi_jht in pmi_jht(),
    ) {
        let defaults = Scenario::default();
        let mut s = Scenario { segmen, tanggal, ..defaults };
        match segmen {
            Segmen::Pu => {
                s.upah = Rupiah::from_whole(amount);
                s.risiko = risiko;
                s.padat_karya = flags.0;
            }
            Segmen::Bpu => {
                s.penghasilan = Rupiah::from_whole(amount);
                s.bpu_jht = flags.1;
                s.bayar = bayar;
                s.transportasi = flags.2;
                s.apbd = flags.3;
            }
            Segmen::Jakon => s.nilai = Rupiah::from_whole(nilai),
            Segmen::Pmi => {
                s.kontrak = kontrak;
                s.tambahan = tambahan;
                s.pmi_jht = pmi_jht;
            }
        }
        let (back, notices) = Scenario::from_query(&Query::parse(&s.to_query()));
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(back, s);
    }

    #[test]
    fn any_query_is_read_without_panicking(text in "\\PC{0,80}") {
        let (scenario, _) = Scenario::from_query(&Query::parse(&text));
        let today = Date::new(2026, 11, 21).expect("valid");
        let _ = scenario.compute(today);
    }
}

/// Runs a property over generated inputs. `check` returns whether the calculation computed; the
/// test fails on a violated property, and also when fewer than `min_percent`% of the inputs
/// computed, so a property cannot pass because every input was rejected with an error.
fn mostly_computed<S>(strategy: S, min_percent: u32, check: impl Fn(S::Value) -> Result<bool, TestCaseError>)
where
    S: Strategy,
    S::Value: std::fmt::Debug,
{
    let tried = AtomicU32::new(0);
    let computed = AtomicU32::new(0);
    let mut runner = TestRunner::new(ProptestConfig::default());
    let outcome = runner.run(&strategy, |value| {
        tried.fetch_add(1, Ordering::Relaxed);
        if check(value)? {
            computed.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    let (computed, tried) = (computed.into_inner(), tried.into_inner());
    assert!(
        computed * 100 >= tried * min_percent,
        "only {computed} of {tried} inputs computed"
    );
}

// About one date in nine lies before PP 44/2015 (July 2015) and fails closed.
#[test]
fn pu_amounts_are_consistent() {
    mostly_computed(pu_input(), 70, |input| {
        let Ok(result) = pu(&input) else { return Ok(false) };
        check_amounts(&result)?;
        Ok(true)
    });
}

#[test]
fn bpu_amounts_are_consistent() {
    mostly_computed(bpu_input(), 70, |input| {
        let Ok(result) = bpu(&input) else { return Ok(false) };
        check_amounts(&result)?;
        // Each month is priced with its own rules; the period is the sum of the months.
        let Some(detail) = result.bpu.as_ref() else {
            return Err(TestCaseError::fail("a BPU result lists its months"));
        };
        prop_assert_eq!(detail.months.len(), usize::from(input.bayar_bulan));
        let sum = detail
            .months
            .iter()
            .fold(Rupiah::ZERO, |sum, m| sum + m.amounts.total);
        prop_assert_eq!(sum, result.period.total);
        prop_assert!(detail.months.iter().all(|m| m.amounts.total <= m.normal));
        Ok(true)
    });
}

#[test]
fn jakon_amounts_are_consistent() {
    mostly_computed((date(), 0i64..=100_000_000_000_000), 70, |(date, nilai)| {
        let input = JakonInput {
            date,
            nilai_kontrak: Rupiah::from_whole(nilai),
        };
        let Ok(result) = jakon(&input) else {
            return Ok(false);
        };
        check_amounts(&result)?;
        Ok(true)
    });
}

// PMI rules start on 22 Feb 2023 (Permenaker 4/2023): about a third of the dates compute.
#[test]
fn pmi_amounts_are_consistent() {
    let inputs = (date(), kontrak(), 0u16..=120, pmi_jht());
    mostly_computed(inputs, 25, |(date, kontrak, tambahan_bulan, jht_bulanan)| {
        let Ok(result) = pmi(&PmiInput {
            date,
            kontrak,
            tambahan_bulan,
            jht_bulanan,
        }) else {
            return Ok(false);
        };
        check_amounts(&result)?;
        Ok(true)
    });
}

#[test]
fn pu_is_monotone_in_the_wage() {
    mostly_computed((pu_input(), upah()), 70, |(input, other)| {
        let (low, high) = if input.upah <= other {
            (input.upah, other)
        } else {
            (other, input.upah)
        };
        let at = |upah| pu(&PuInput { upah, ..input });
        let (Ok(low), Ok(high)) = (at(low), at(high)) else {
            return Ok(false);
        };
        prop_assert!(low.monthly.worker <= high.monthly.worker);
        prop_assert!(low.monthly.employer <= high.monthly.employer);
        for (a, b) in low.lines.iter().zip(&high.lines) {
            prop_assert_eq!(a.program, b.program);
            prop_assert!(a.amounts.total <= b.amounts.total);
        }
        Ok(true)
    });
}

#[test]
fn bpu_is_monotone_in_the_income() {
    mostly_computed((bpu_input(), upah()), 70, |(input, other)| {
        let (low, high) = if input.penghasilan <= other {
            (input.penghasilan, other)
        } else {
            (other, input.penghasilan)
        };
        let at = |penghasilan| bpu(&BpuInput { penghasilan, ..input });
        let (Ok(low), Ok(high)) = (at(low), at(high)) else {
            return Ok(false);
        };
        prop_assert!(low.monthly.total <= high.monthly.total);
        prop_assert!(low.period.total <= high.period.total);
        Ok(true)
    });
}

#[test]
fn jakon_is_monotone_in_the_contract_value() {
    let values = (date(), 0i64..=100_000_000_000_000, 0i64..=100_000_000_000_000);
    mostly_computed(values, 70, |(date, a, b)| {
        let at = |n: i64| {
            jakon(&JakonInput {
                date,
                nilai_kontrak: Rupiah::from_whole(n),
            })
        };
        let (Ok(low), Ok(high)) = (at(a.min(b)), at(a.max(b))) else {
            return Ok(false);
        };
        prop_assert!(low.period.total <= high.period.total);
        Ok(true)
    });
}

// Dates after the last published JP cap compute without a JP line; they do not count here.
#[test]
fn jp_never_exceeds_the_share_of_the_cap() {
    mostly_computed(pu_input(), 60, |input| {
        let (Ok(result), Ok(cap)) = (pu(&input), JP_WAGE_CAP.at(input.date)) else {
            return Ok(false);
        };
        let Some(jp) = result.line(Program::Jp) else {
            return Err(TestCaseError::fail("JP line when the cap exists"));
        };
        prop_assert!(jp.amounts.worker.amount() <= cap.value.amount() / Decimal::from(100));
        prop_assert!(jp.amounts.employer.amount() <= cap.value.amount() / Decimal::from(50));
        Ok(true)
    });
}
