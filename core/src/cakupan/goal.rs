//! Goal seeking on the deterministic projection, and the tornado of the assumptions.
//!
//! "Agents needed to reach X% by month T" is a first-passage question (§7.D.6): the smallest
//! value of the lever for which coverage is at least X% in some month up to T. Coverage need not
//! rise with the lever (more agents fill the willing pool sooner, and with little reactivation
//! the lapsed then block it), so the answer comes from a scan of the lever's whole range and a
//! bisection only between the last failing and the first passing point of the scan. When no value
//! reaches the target, the answer is the best coverage any value reaches and what limits it.

use super::engine::Model;
use super::params::{Basis, Param, Params, SPECS};
use super::{peak, MAX_AGENTS, MAX_MONTHS};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{dec, Decimal};
use serde::{Deserialize, Serialize};

/// What keeps a target out of reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Limit {
    /// The target is above the most the willing share allows, `φ·(W − S) + S`, or coverage is
    /// within a point of it: only more willing payers or more subsidised workers move it.
    WillingShare,
    /// The willing pool is filled by lapsed members, who return only at the reactivation rate:
    /// retention or reactivation move it, not recruitment.
    Lapse,
    /// The lever is at the top of its range and coverage still rises with it.
    LeverRange,
}

/// The answer to a goal.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Goal<T> {
    /// The smallest value that reaches the target, and the first month it does.
    Reached { value: T, month: u16 },
    /// Out of reach: the value giving the highest coverage by the month, that coverage, the most
    /// the willing share allows then, and what limits it.
    NotReachable {
        best_value: T,
        best_coverage_pct: f64,
        ceiling_pct: f64,
        limit: Limit,
    },
}

/// The first month (0 = already at the start) in which coverage reaches `target_pct`, within
/// `horizon` months, or the best coverage within it.
pub fn months_to_target(params: &Params, target_pct: f64, horizon: u16) -> Goal<u16> {
    let model = Model::new(params);
    let p = peak(params, &model, horizon, target_pct);
    match p.first_reaching {
        Some(month) => Goal::Reached { value: month, month },
        None => Goal::NotReachable {
            best_value: p.month,
            best_coverage_pct: p.coverage_pct,
            ceiling_pct: p.ceiling_pct,
            limit: limit_of(target_pct, p.coverage_pct, p.ceiling_pct, false),
        },
    }
}

/// The fewest registered Perisai agents (at the start, and the cap with the same headroom as in
/// `params`) for coverage to reach `target_pct` by `month`.
pub fn agents_needed(params: &Params, target_pct: f64, month: u16) -> Goal<u32> {
    let headroom = (params.get(Param::AgenMaks) - params.get(Param::Agen)).max(Decimal::ZERO);
    let top = MAX_AGENTS.to_u32().unwrap_or(0);
    seek(params, target_pct, month, top, |p, i| {
        let agents = Decimal::from(i);
        p.set(Param::Agen, agents);
        p.set(Param::AgenMaks, (agents + headroom).min(MAX_AGENTS));
        i
    })
}

/// The fewest workers in the subsidised (APBD) cohort, entering as `params` says, for coverage to
/// reach `target_pct` by `month`. A cohort running at the start is part of the covered at the
/// start, so those grow with it (the self-paying stay as they are).
pub fn workers_needed(params: &Params, target_pct: f64, month: u16) -> Goal<u32> {
    let top = params.f(Param::Pekerja).clamp(0.0, f64::from(u32::MAX)) as u32; // ok: clamped
    let running = params.get(Param::KohortMulai).is_zero();
    let covered = params.get(Param::Tercakup);
    let self_paying = covered - params.get(Param::Kohort).min(covered);
    seek(params, target_pct, month, top, |p, i| {
        let workers = Decimal::from(i);
        p.set(Param::Kohort, workers);
        if running {
            p.set(Param::Tercakup, self_paying + workers);
        }
        i
    })
}

/// Step of the productivity answer (recruits per agent-month).
pub const PRODUCTIVITY_STEP: Decimal = dec!(0.1);

/// The lowest recruits per active agent-month (k₀, in steps of 0,1) for coverage to reach
/// `target_pct` by `month`.
pub fn productivity_needed(params: &Params, target_pct: f64, month: u16) -> Goal<Decimal> {
    let spec = Param::Produktivitas.spec();
    let top = (spec.max / PRODUCTIVITY_STEP).trunc().to_u32().unwrap_or(0);
    seek(params, target_pct, month, top, |p, i| {
        let k = Decimal::from(i) * PRODUCTIVITY_STEP;
        p.set(Param::Produktivitas, k);
        k
    })
}

/// Points of the scan over a lever's range (the bisection then works inside one gap).
const SCAN_POINTS: u32 = 96;

/// The search shared by the levers: `set` puts lever value `i` (0..=top) into the parameters and
/// returns the value as the answer gives it.
fn seek<T: Copy>(
    params: &Params,
    target_pct: f64,
    month: u16,
    top: u32,
    set: impl Fn(&mut Params, u32) -> T,
) -> Goal<T> {
    let month = month.min(MAX_MONTHS);
    let base = Model::new(params);
    let mut scratch = params.clone();
    let mut run = |i: u32| {
        let value = set(&mut scratch, i);
        let model = Model::with_rates(&scratch, base.rates.clone());
        (value, peak(&scratch, &model, month, target_pct))
    };
    let mut best: Option<(T, f64, f64, u32)> = None;
    let mut previous: Option<u32> = None;
    // Coverage at the last two scan points: whether it still rises at the top of the range.
    let mut last = [0.0; 2];
    for i in scan(top) {
        let (value, p) = run(i);
        if let Some(first) = p.first_reaching {
            let Some(fail) = previous else {
                return Goal::Reached { value, month: first };
            };
            let pass = smallest_between(fail, i, |j| run(j).1.first_reaching.is_some());
            let (value, p) = run(pass);
            return Goal::Reached {
                value,
                month: p.first_reaching.unwrap_or(first),
            };
        }
        if best.is_none_or(|(_, c, _, _)| p.coverage_pct > c) {
            best = Some((value, p.coverage_pct, p.ceiling_pct, i));
        }
        last = [last[1], p.coverage_pct];
        previous = Some(i);
    }
    let still_rising = last[1] - last[0] > RISING_PTS;
    let (best_value, best_coverage_pct, ceiling_pct, at) = match best {
        Some(b) => b,
        None => {
            let (value, p) = run(0);
            (value, p.coverage_pct, p.ceiling_pct, 0)
        }
    };
    Goal::NotReachable {
        best_value,
        best_coverage_pct,
        ceiling_pct,
        limit: limit_of(
            target_pct,
            best_coverage_pct,
            ceiling_pct,
            at == top && still_rising,
        ),
    }
}

/// A rise of coverage between the last two scan points that counts as "still rising".
const RISING_PTS: f64 = 0.05;

fn limit_of(target: f64, coverage: f64, ceiling: f64, rising_at_top: bool) -> Limit {
    if target > ceiling || coverage >= ceiling - 1.0 {
        Limit::WillingShare
    } else if rising_at_top {
        Limit::LeverRange
    } else {
        Limit::Lapse
    }
}

/// The scan: 0, then points denser at the low end (answers are usually small against the
/// range), then `top`; increasing, without repeats.
fn scan(top: u32) -> Vec<u32> {
    let mut points: Vec<u32> = (0..=SCAN_POINTS)
        .map(|j| {
            let x = f64::from(j) / f64::from(SCAN_POINTS);
            (f64::from(top) * x * x).round() as u32 // ok: 0 ≤ value ≤ top
        })
        .collect();
    points.dedup();
    points
}

/// The smallest `x` in `(fail, pass]` with `ok(x)`, given `!ok(fail)` and `ok(pass)`; exact when
/// `ok` changes once inside the gap.
fn smallest_between(fail: u32, pass: u32, mut ok: impl FnMut(u32) -> bool) -> u32 {
    let (mut a, mut b) = (fail, pass);
    while b - a > 1 {
        let mid = a + (b - a) / 2;
        if ok(mid) {
            b = mid;
        } else {
            a = mid;
        }
    }
    b
}

/// One assumption moved across its documented range, the others as set.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    pub param: Param,
    pub basis: Basis,
    pub low: Decimal,
    pub high: Decimal,
    /// Coverage (percent) at the month with the low and the high value.
    pub coverage_low: f64,
    pub coverage_high: f64,
}

impl Bar {
    /// Size of the effect in percentage points.
    pub fn width(&self) -> f64 {
        (self.coverage_high - self.coverage_low).abs()
    }
}

/// How far each assumption alone moves coverage at a month: the tornado chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tornado {
    pub month: u16,
    /// Coverage with every value as set.
    pub base: f64,
    /// Largest effect first.
    pub bars: Vec<Bar>,
}

/// The month of the standard question: coverage after 5 years.
pub const TORNADO_MONTH: u16 = 60;

/// One-at-a-time: each parameter with a documented range is set to its low and its high end, the
/// others stay; ranked by the change in coverage at `month`.
pub fn tornado(params: &Params, month: u16) -> Tornado {
    let month = month.min(MAX_MONTHS);
    let base = Model::new(params);
    let at = |p: &Params| {
        let model = Model::with_rates(p, base.rates.clone());
        super::coverage_after(p, &model, month)
    };
    let mut bars: Vec<Bar> = SPECS
        .iter()
        .filter_map(|spec| {
            let (low, high) = spec.range?;
            Some(Bar {
                param: spec.param,
                basis: spec.basis,
                low,
                high,
                coverage_low: at(&params.clone().with(spec.param, low)),
                coverage_high: at(&params.clone().with(spec.param, high)),
            })
        })
        .collect();
    bars.sort_by(|a, b| b.width().total_cmp(&a.width()));
    Tornado {
        month,
        base: at(params),
        bars,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search itself on a response that is not monotone: passing only on 30–40 and 70–100.
    /// Bisection over the whole range would answer 70 or more; the scan finds 30.
    #[test]
    fn the_scan_finds_the_smallest_passing_value_of_a_non_monotone_response() {
        let ok = |x: u32| (30..=40).contains(&x) || x >= 70;
        let points = scan(100);
        let first = points.iter().position(|&x| ok(x)).unwrap();
        let pass = smallest_between(points[first - 1], points[first], ok);
        assert_eq!(pass, 30);
        assert_eq!(smallest_between(0, 100, |x| x >= 37), 37);
        assert_eq!(smallest_between(0, 1, |x| x >= 1), 1);
        assert_eq!(scan(0), vec![0]);
        assert_eq!(scan(1), vec![0, 1]);
        assert!(scan(20_000).windows(2).all(|w| w[0] < w[1] && w[1] - w[0] <= 420));
    }
}
