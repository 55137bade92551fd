//! Goal seeking on the deterministic projection, and one-at-a-time sensitivity.
//!
//! Coverage at a month rises with the number of agents and with their productivity, so the
//! answers come from bisection on forward runs; each answer is the smallest value that reaches the
//! target, checked against the value one step below it.

use super::params::{Param, Params, SPECS};
use super::{coverage_after, project, MAX_MONTHS};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{dec, Decimal};

/// The answer to a goal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal<T> {
    /// Reached with this value (or in this month).
    Reached(T),
    /// Not reachable within the horizon or the parameter's accepted range.
    NotReachable,
}

/// The first month (0 = already at the start) in which coverage reaches `target_pct`, within
/// `horizon` months.
pub fn months_to_target(params: &Params, target_pct: f64, horizon: u16) -> Goal<u16> {
    match project(params, horizon).first_month_reaching(target_pct) {
        Some(month) => Goal::Reached(month),
        None => Goal::NotReachable,
    }
}

/// The fewest registered Perisai agents (at the start, and the cap with the same headroom as
/// in `params`) for coverage to reach `target_pct` by `month`.
pub fn agents_needed(params: &Params, target_pct: f64, month: u16) -> Goal<u32> {
    let headroom = (params.get(Param::AgenMaks) - params.get(Param::Agen)).max(Decimal::ZERO);
    let max = super::MAX_AGENTS;
    let with = |agents: u32| {
        let a = Decimal::from(agents);
        let cap = (a + headroom).min(max);
        params.clone().with(Param::Agen, a).with(Param::AgenMaks, cap)
    };
    let top = max.to_u32().unwrap_or(0);
    bisect_whole(0, top, |a| {
        coverage_after(&with(a), month.min(MAX_MONTHS)) >= target_pct
    })
}

/// Step of the productivity answer (recruits per agent-month).
pub const PRODUCTIVITY_STEP: Decimal = dec!(0.1);

/// The lowest recruits per active agent-month (k₀, in steps of 0,1) for coverage to reach
/// `target_pct` by `month`.
pub fn productivity_needed(params: &Params, target_pct: f64, month: u16) -> Goal<Decimal> {
    let spec = Param::Produktivitas.spec();
    let steps = (spec.max / PRODUCTIVITY_STEP).trunc();
    let top = steps.to_u32().unwrap_or(0);
    let at = |i: u32| {
        params
            .clone()
            .with(Param::Produktivitas, Decimal::from(i) * PRODUCTIVITY_STEP)
    };
    match bisect_whole(0, top, |i| {
        coverage_after(&at(i), month.min(MAX_MONTHS)) >= target_pct
    }) {
        Goal::Reached(i) => Goal::Reached(Decimal::from(i) * PRODUCTIVITY_STEP),
        Goal::NotReachable => Goal::NotReachable,
    }
}

/// The smallest `x` in `lo..=hi` with `ok(x)`, assuming `ok` is monotone.
fn bisect_whole(lo: u32, hi: u32, ok: impl Fn(u32) -> bool) -> Goal<u32> {
    if !ok(hi) {
        return Goal::NotReachable;
    }
    if ok(lo) {
        return Goal::Reached(lo);
    }
    // Invariant: !ok(a), ok(b).
    let (mut a, mut b) = (lo, hi);
    while b - a > 1 {
        let mid = a + (b - a) / 2;
        if ok(mid) {
            b = mid;
        } else {
            a = mid;
        }
    }
    Goal::Reached(b)
}

/// One parameter moved across its evidence range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    pub param: Param,
    pub low: Decimal,
    pub high: Decimal,
    /// Coverage (percent) at the horizon with the low and the high value.
    pub coverage_low: f64,
    pub coverage_high: f64,
}

impl Swing {
    /// Size of the effect in percentage points.
    pub fn width(&self) -> f64 {
        (self.coverage_high - self.coverage_low).abs()
    }
}

/// Sensitivity of coverage at `month` to each parameter with an evidence range.
#[derive(Clone, Debug, PartialEq)]
pub struct Sensitivity {
    pub month: u16,
    pub base: f64,
    /// Largest effect first.
    pub swings: Vec<Swing>,
}

/// The month of the standard sensitivity question: coverage after 5 years.
pub const SENSITIVITY_MONTH: u16 = 60;

/// One-at-a-time: each parameter with an evidence range is set to its low and its high end, the
/// others stay; ranked by the change in coverage at `month`.
pub fn sensitivity(params: &Params, month: u16) -> Sensitivity {
    let month = month.min(MAX_MONTHS);
    let mut swings: Vec<Swing> = SPECS
        .iter()
        .filter_map(|spec| {
            let (low, high) = spec.range?;
            let at = |v| coverage_after(&params.clone().with(spec.param, v), month);
            Some(Swing {
                param: spec.param,
                low,
                high,
                coverage_low: at(low),
                coverage_high: at(high),
            })
        })
        .collect();
    swings.sort_by(|a, b| b.width().total_cmp(&a.width()));
    Sensitivity {
        month,
        base: coverage_after(params, month),
        swings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bisection_finds_the_smallest_passing_value() {
        assert_eq!(bisect_whole(0, 100, |x| x >= 37), Goal::Reached(37));
        assert_eq!(bisect_whole(0, 100, |_| true), Goal::Reached(0));
        assert_eq!(bisect_whole(0, 100, |x| x > 100), Goal::NotReachable);
        assert_eq!(bisect_whole(0, 1, |x| x >= 1), Goal::Reached(1));
    }
}
