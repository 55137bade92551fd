//! Invariants of the coverage simulation over random parameters (evidence ranges of
//! `reference/modelling.md` §7, plausible regional figures), and the share-link round trip.

use jaring_core::cakupan::{
    project, simulate_path, Month, Param, Params, Preset, Projection, Scenario, SPECS,
};
use jaring_core::scenario::Query;
use jaring_core::Date;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A value in `[lo, hi]` on a grid of 1/1000 of the range.
fn within(lo: Decimal, hi: Decimal, step: u32) -> Decimal {
    lo + (hi - lo) * Decimal::from(step) / Decimal::from(1000)
}

/// Regional figures are drawn as fractions of the workforce or of plausible maxima.
fn regional(param: Param, workforce: Decimal, step: u32) -> Option<Decimal> {
    let whole = |max: Decimal| (max * Decimal::from(step) / Decimal::from(1000)).trunc();
    Some(match param {
        Param::Tercakup | Param::Keluar | Param::Kohort => whole(workforce),
        Param::Agen | Param::AgenMaks => whole(Decimal::from(3000)),
        Param::Wadah => whole(Decimal::from(100)),
        Param::KohortMulai => whole(Decimal::from(36)),
        Param::PorsiAgen | Param::ReaktivasiAgen => whole(Decimal::from(100)),
        Param::Ambang => whole(Decimal::from(60)).max(Decimal::ONE),
        _ => return None,
    })
}

fn params() -> impl Strategy<Value = Params> {
    (
        prop::sample::select(Preset::ALL.to_vec()),
        1_000u32..3_000_000,
        prop::collection::vec(0u32..=1000, SPECS.len()),
    )
        .prop_map(|(preset, workforce, steps)| {
            let mut p = preset.params();
            let workforce = Decimal::from(workforce);
            p.set(Param::Pekerja, workforce);
            for (spec, step) in SPECS.iter().zip(steps) {
                if let Some((lo, hi)) = spec.range {
                    let mut v = within(lo, hi, step);
                    if spec.param.is_whole() {
                        v = v.round();
                    }
                    p.set(spec.param, v);
                } else if let Some(v) = regional(spec.param, workforce, step) {
                    p.set(spec.param, v);
                }
            }
            p
        })
}

/// No negative stock, members within the workforce, flows balanced per channel and in the
/// exited stock; `exact` for the Monte Carlo (whole numbers), a relative tolerance otherwise.
fn check_invariants(proj: &Projection, exact: bool) -> Result<(), TestCaseError> {
    let tol = |scale: f64| if exact { 0.0 } else { 1e-9 * (1.0 + scale) };
    for m in &proj.months {
        let stocks = [
            m.members.agent,
            m.members.mandiri,
            m.members.subsidi,
            m.exited,
            m.waiting,
            m.agents,
        ];
        for x in stocks {
            prop_assert!(x >= 0.0, "negative stock {x} in month {}", m.month);
            if exact {
                prop_assert_eq!(x.fract(), 0.0, "fraction in month {}", m.month);
            }
        }
        let occupied = m.members.total() + m.exited + m.waiting;
        prop_assert!(
            occupied <= m.workforce + tol(m.workforce),
            "over the workforce in month {}",
            m.month
        );
        prop_assert!(m.coverage_pct <= 100.0 + 1e-9);
        let money = m.money;
        for line in [
            money.iuran_mandiri,
            money.iuran_apbd,
            money.commissions(),
            money.claims(),
        ] {
            prop_assert!(!line.is_negative());
        }
    }
    for pair in proj.months.windows(2) {
        let (a, b): (&Month, &Month) = (&pair[0], &pair[1]);
        let channels = [
            (a.members.agent, b.members.agent, b.joiners.agent, b.leavers.agent),
            (
                a.members.mandiri,
                b.members.mandiri,
                b.joiners.mandiri,
                b.leavers.mandiri,
            ),
            (
                a.members.subsidi,
                b.members.subsidi,
                b.joiners.subsidi,
                b.leavers.subsidi,
            ),
            (
                a.members.total(),
                b.members.total(),
                b.joiners.total(),
                b.leavers.total(),
            ),
            (a.exited, b.exited, b.lapsed, b.reactivated + b.exited_deaths),
        ];
        for (before, after, joiners, leavers) in channels {
            let gap = (after - before - (joiners - leavers)).abs();
            prop_assert!(
                gap <= tol(before.max(after)),
                "flows off by {gap} in month {}",
                b.month
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn projection_keeps_the_invariants(p in params()) {
        check_invariants(&project(&p, 120), false)?;
    }

    #[test]
    fn monte_carlo_paths_keep_the_invariants(p in params(), seed in any::<u64>()) {
        check_invariants(&simulate_path(&p, 48, seed, 0), true)?;
    }

    #[test]
    fn share_links_round_trip(
        preset in prop::option::of(prop::sample::select(Preset::ALL.to_vec())),
        changes in prop::collection::vec((0..SPECS.len(), 0u32..=1000), 0..8),
        years in 1u8..=20,
        target in 0u32..=1000,
        seed in 0u64..=i64::MAX as u64,
        month in 0i32..300,
    ) {
        let mut s = Scenario::from_preset(preset);
        for (i, step) in changes {
            let spec = &SPECS[i];
            let mut v = within(spec.min, spec.max, step);
            if spec.param.is_whole() {
                v = v.round();
            }
            s.params.set(spec.param, v);
        }
        s.params.mulai = Date::ymd(2020, 1, 1).add_months(month).unwrap();
        s.years = years;
        s.target_pct = Decimal::from(target) / Decimal::from(10);
        s.seed = seed;
        let link = s.to_query();
        let (back, notices) = Scenario::from_query(&Query::parse(&link));
        prop_assert!(notices.is_empty(), "{:?} in {}", notices, link);
        prop_assert_eq!(back, s);
    }
}
