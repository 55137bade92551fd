//! Invariants of the coverage simulation over random parameters (evidence ranges of
//! `reference/modelling.md` §7, plausible regional figures), and the share-link round trip.

use jaring_core::cakupan::goal::{self, Goal};
use jaring_core::cakupan::{
    draw_assumptions, project, simulate_path, MonteCarlo, Month, Param, Params, Preset, Projection, Scenario,
    MAX_AGENTS, SPECS,
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
        Param::KohortTambah => whole(workforce / Decimal::from(10)),
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

/// The same parameters without subsidy, starting inside the willing pool, M + X ≤ φ·W, for any φ
/// a Monte Carlo path may draw (the low end of its range).
fn unsubsidised() -> impl Strategy<Value = Params> {
    params().prop_map(|mut p| {
        let (lowest, _) = Param::Minat.spec().range.unwrap_or_default();
        let phi = p.get(Param::Minat).min(lowest);
        let pool = phi / Decimal::from(100) * p.get(Param::Pekerja);
        let half = (pool / Decimal::from(2)).trunc();
        p.set(Param::Kohort, Decimal::ZERO);
        p.set(Param::KohortTambah, Decimal::ZERO);
        p.set(Param::Tercakup, p.get(Param::Tercakup).min(half));
        p.set(Param::Keluar, p.get(Param::Keluar).min(half));
        p.plan.clear();
        p
    })
}

/// Members and the exited never exceed the willing share of the workforce, so coverage never
/// exceeds φ (and 100%).
fn check_willing_share(p: &Params, proj: &Projection) -> Result<(), TestCaseError> {
    let phi = p.get(Param::Minat).to_string().parse::<f64>().unwrap() / 100.0;
    for m in &proj.months {
        let pool = phi * m.workforce;
        prop_assert!(
            m.members.total() + m.exited <= pool * (1.0 + 1e-9) + 1.0,
            "month {}: {} + {} over {pool}",
            m.month,
            m.members.total(),
            m.exited
        );
        prop_assert!(m.coverage_pct <= 100.0 * phi + 1e-6);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn coverage_stays_within_the_willing_share(p in unsubsidised(), seed in any::<u64>()) {
        check_willing_share(&p, &project(&p, 120))?;
        // A Monte Carlo path runs on its own drawn assumptions, φ among them.
        check_willing_share(&draw_assumptions(&p, seed, 0), &simulate_path(&p, 48, seed, 0))?;
    }

    #[test]
    fn same_seed_same_result(p in params(), seed in any::<u64>(), slice in 1u32..7) {
        let whole = MonteCarlo::new(&p, 24, seed, 6).finish();
        let mut sliced = MonteCarlo::new(&p, 24, seed, 6);
        while !sliced.step(slice).is_done() {}
        prop_assert_eq!(whole, sliced.finish());
    }

    #[test]
    fn links_never_panic(text in "\\PC{0,200}") {
        let (s, _) = Scenario::from_query(&Query::parse(&text));
        let (again, notices) = Scenario::from_query(&Query::parse(&s.to_query()));
        prop_assert!(notices.is_empty());
        prop_assert_eq!(again, s);
    }

    #[test]
    fn known_keys_with_any_value_never_panic(
        values in prop::collection::vec((0..SPECS.len() + 8, "[-0-9.,_*a-z]{0,24}"), 0..12),
    ) {
        let extra = ["rencana", "tahun", "target", "target_bulan", "seed", "jalur", "acak", "mulai"];
        let query: Vec<String> = values
            .iter()
            .map(|(i, v)| {
                let key = SPECS.get(*i).map_or_else(|| extra[*i - SPECS.len()], |s| s.key);
                format!("{key}={v}")
            })
            .collect();
        let (s, _) = Scenario::from_query(&Query::parse(&query.join("&")));
        let _ = project(&s.params, 12);
    }
}

/// Goal seeking answers for any parameters, and a reached answer does reach the target; the run
/// counts the reached answers, since only they are checked.
#[test]
fn goal_seeking_never_panics() {
    use proptest::test_runner::{Config, TestRunner};
    let reached = std::cell::Cell::new(0u32);
    let mut runner = TestRunner::new(Config::with_cases(8));
    let strategy = (params(), 0u32..=400, 0u16..=48);
    runner
        .run(&strategy, |(p, target, month)| {
            let target = f64::from(target) / 10.0;
            let peak = |p: &Params| {
                project(p, month)
                    .months
                    .iter()
                    .map(|m| m.coverage_pct)
                    .fold(0.0, f64::max)
            };
            if let Goal::Reached { value, .. } = goal::agents_needed(&p, target, month) {
                let a = Decimal::from(value);
                let headroom = (p.get(Param::AgenMaks) - p.get(Param::Agen)).max(Decimal::ZERO);
                let cap = (a + headroom).min(MAX_AGENTS);
                prop_assert!(peak(&p.clone().with(Param::Agen, a).with(Param::AgenMaks, cap)) >= target);
                reached.set(reached.get() + 1);
            }
            if let Goal::Reached { value, .. } = goal::productivity_needed(&p, target, month) {
                prop_assert!(peak(&p.clone().with(Param::Produktivitas, value)) >= target);
                reached.set(reached.get() + 1);
            }
            if matches!(goal::workers_needed(&p, target, month), Goal::Reached { .. }) {
                reached.set(reached.get() + 1);
            }
            if matches!(goal::months_to_target(&p, target, month), Goal::Reached { .. }) {
                reached.set(reached.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    assert!(reached.get() > 0, "no target was reached: nothing was checked");
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
