//! The seeded Monte Carlo: the same monthly step as the projection with integer draws, run in
//! chunks of paths so the page can spread the work over frames.
//!
//! **Random numbers.** `rand_xoshiro` (Xoshiro256++) with `rand_distr` (`Binomial`, `Poisson`,
//! `Gamma`), all with default features off: well-tested samplers for a few kilobytes of
//! WebAssembly, against a hand-written Poisson/gamma/binomial that we would have to test
//! ourselves. Seeds are always explicit (`seed`, path number): nothing asks the OS for entropy, so
//! there is no `getrandom` in the build (it would need extra features on wasm32). A seed gives
//! the same paths on every run of the same build, so a shared link reproduces its bands in any
//! browser (WebAssembly floating point is deterministic); a native run may differ in the last bits
//! of `ln`/`exp` inside the samplers.
//!
//! **Uncertainty from assumptions (§7.D.5).** Chance alone gives bands a fraction of a point wide,
//! while the assumptions are uncertain by several points. So each path first draws every
//! assumption of [`UNCERTAIN`] from a triangular distribution on its documented range with the
//! scenario's value as the mode (a value set outside the range widens it to include the value),
//! from its own random stream, and then runs the event noise below on that path's model. A
//! parameter at its fitted value is drawn from the interval that keeps the NTB backtest
//! ([`Fitted`](super::Fitted)): drawing it across its whole documented range would give paths
//! that contradict the growth the model was fitted to.
//! [`Uncertainty::EventsOnly`] keeps the assumptions fixed (to compare, and to test that the
//! mean follows the projection).
//!
//! **Stochastic choices.**
//! - Agents: each active agent's productivity is drawn once, when appointed, from a gamma
//!   distribution with mean k₀ and shape 2 (coefficient of variation 0,71: at k₀ = 10 about 4%
//!   of agents average 25 or more recruits a month, the bonus threshold the policy expects of good
//!   agents, §1.4). Attrition is binomial, appointments Poisson (up to the cap).
//! - Recruits: the month's agent recruits are Poisson with mean (saturation × Σ productivities),
//!   which is exactly the sum of the agents' own Poisson recruits.
//! - Acquisition bonus, **per agent**: each agent earns it on E[N·1(N ≥ threshold)] with N Poisson
//!   at the agent's own mean, from a precomputed table; drawing every agent's monthly count would
//!   cost 30 million Poisson draws per 1.000 paths × 10 years, over the speed budget.
//! - Lapse and deaths: binomial per tenure group (groups share a hazard), the group's exits spread
//!   over its tenure buckets in proportion to their size (whole numbers, cumulative rounding); self
//!   enrolment, reactivation, graduation and re-funding are binomial. Binomials with a variance of
//!   9 or more are drawn as a rounded normal clamped to 0..n (same mean and variance; the exact
//!   sampler is several times slower). The state stays integral and non-negative.

use super::engine::{step, Cash, Draw, Model, MonthRates, State};
use super::params::{calibrated_range, Params, UNCERTAIN};
use super::{run, to_money, BonusBasis, ByChannel, Money, Projection, MAX_MONTHS};
use rand_core::{RngCore, SeedableRng};
use rand_distr::{Binomial, Distribution, Gamma, Poisson, StandardNormal};
use rand_xoshiro::Xoshiro256PlusPlus;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Shape of the gamma distribution of agent productivity.
pub const PRODUCTIVITY_SHAPE: f64 = 2.0;
/// From this variance n·p·(1−p) on, a binomial is drawn as a rounded normal (clamped to 0..n):
/// its mean and variance are the binomial's (the clamp at 0 lies 3 standard deviations away), and
/// the exact sampler costs several times more.
const NORMAL_FROM_VARIANCE: f64 = 9.0;
/// Most paths one Monte Carlo runs (bounds memory: paths × months).
pub const MAX_PATHS: u32 = 20_000;

/// What varies between paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Uncertainty {
    /// The assumptions drawn from their documented ranges, and the event noise.
    Assumptions,
    /// The event noise only (the assumptions as set).
    EventsOnly,
}

/// How far a Monte Carlo has come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

impl Progress {
    pub fn is_done(&self) -> bool {
        self.done >= self.total
    }
}

/// A finished Monte Carlo: bands and means per month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub paths: u32,
    pub bands: Vec<Band>,
    pub means: Vec<MeanMonth>,
}

/// A Monte Carlo in progress: [`MonteCarlo::step`] runs a slice of paths (a page runs a few
/// milliseconds' worth per frame, or the whole in a Web Worker), [`MonteCarlo::finish`] gives the
/// bands. Path `i` always draws from the same streams, so slicing never changes the result.
pub struct MonteCarlo {
    model: Model,
    params: Params,
    uncertainty: Uncertainty,
    rates: Arc<[MonthRates]>,
    seed: u64,
    months: usize,
    paths: u32,
    done: u32,
    table: BonusTable,
    workforce: Vec<f64>,
    /// Total members per path and month, path after path.
    totals: Vec<f64>,
    sum_channels: Vec<[f64; 3]>,
    sum_cash: Vec<Cash>,
}

/// 10/50/90% quantiles of one month over the paths run so far.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Band {
    pub month: u16,
    /// Total members (self-paying + subsidised).
    pub members: [f64; 3],
    /// Coverage of the informal workforce, percent.
    pub coverage_pct: [f64; 3],
}

/// Means over the paths run so far.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeanMonth {
    pub month: u16,
    pub members: ByChannel<f64>,
    /// Standard error of the mean of total members.
    pub total_std_error: f64,
    pub money: Money,
}

impl MonteCarlo {
    /// A Monte Carlo of `paths` paths over `months` months (at most 240) drawing the assumptions
    /// and the events; nothing runs yet.
    pub fn new(params: &Params, months: u16, seed: u64, paths: u32) -> MonteCarlo {
        MonteCarlo::with_uncertainty(params, months, seed, paths, Uncertainty::Assumptions)
    }

    pub fn with_uncertainty(
        params: &Params,
        months: u16,
        seed: u64,
        paths: u32,
        uncertainty: Uncertainty,
    ) -> MonteCarlo {
        let months = usize::from(months.min(MAX_MONTHS));
        let model = Model::new(params);
        let table = BonusTable::new(model.threshold);
        MonteCarlo {
            rates: model.rates.clone(),
            model,
            params: params.clone(),
            uncertainty,
            seed,
            months,
            paths: paths.min(MAX_PATHS),
            done: 0,
            table,
            workforce: Vec::new(),
            totals: Vec::new(),
            sum_channels: vec![[0.0; 3]; months + 1],
            sum_cash: vec![Cash::default(); months + 1],
        }
    }

    /// Runs up to `max_paths` more paths. Path `i` always uses the same random streams, so the
    /// result does not depend on how the work is sliced.
    pub fn step(&mut self, max_paths: u32) -> Progress {
        let todo = max_paths.min(self.paths.saturating_sub(self.done));
        for _ in 0..todo {
            self.run_path(self.done);
            self.done += 1;
        }
        self.progress()
    }

    pub fn progress(&self) -> Progress {
        Progress {
            done: self.done,
            total: self.paths,
        }
    }

    /// Runs what is left and gives the bands and means.
    pub fn finish(mut self) -> Outcome {
        self.step(u32::MAX);
        Outcome {
            paths: self.done,
            bands: self.bands(),
            means: self.means(),
        }
    }

    pub fn is_done(&self) -> bool {
        self.done >= self.paths
    }

    pub fn paths_done(&self) -> u32 {
        self.done
    }

    pub fn paths(&self) -> u32 {
        self.paths
    }

    fn run_path(&mut self, path: u32) {
        let drawn;
        let model = match self.uncertainty {
            Uncertainty::EventsOnly => &self.model,
            Uncertainty::Assumptions => {
                let params = draw_assumptions(&self.params, self.seed, path);
                drawn = Model::with_rates(&params, self.rates.clone());
                &drawn
            }
        };
        let mut draw = PathDraw::new(model, &self.table, path_seed(self.seed, path));
        let mut state = State::start(&self.params, model, f64::floor);
        let record_workforce = self.workforce.is_empty();
        for month in 0..=self.months {
            let cash = if month == 0 {
                Cash::default()
            } else {
                step(model, &mut state, &mut draw).1
            };
            if record_workforce {
                self.workforce.push(state.workforce);
            }
            let channels = [state.channel(0), state.channel(1), state.subsidised()];
            self.totals.push(channels.iter().sum());
            if let Some(sum) = self.sum_channels.get_mut(month) {
                sum.iter_mut().zip(channels).for_each(|(s, c)| *s += c);
            }
            if let Some(sum) = self.sum_cash.get_mut(month) {
                sum.add(&cash);
            }
        }
    }

    /// Total members of path `path` in each month (for tests and charts of single paths).
    pub fn path_totals(&self, path: u32) -> Option<&[f64]> {
        let width = self.months + 1;
        let start = (path as usize).checked_mul(width)?;
        self.totals.get(start..start.checked_add(width)?)
    }

    /// 10/50/90% bands per month over the paths run so far (empty before the first chunk).
    pub fn bands(&self) -> Vec<Band> {
        if self.done == 0 {
            return Vec::new();
        }
        let width = self.months + 1;
        let mut column = Vec::with_capacity(self.done as usize);
        (0..width)
            .map(|month| {
                column.clear();
                column.extend(self.totals.iter().skip(month).step_by(width).copied());
                column.sort_by(f64::total_cmp);
                let members = [
                    quantile(&column, 0.1),
                    quantile(&column, 0.5),
                    quantile(&column, 0.9),
                ];
                let w = self.workforce.get(month).copied().unwrap_or(0.0);
                let pct = |x: f64| if w > 0.0 { 100.0 * x / w } else { 0.0 };
                Band {
                    month: month as u16, // ok: month ≤ 240
                    members,
                    coverage_pct: members.map(pct),
                }
            })
            .collect()
    }

    /// Means per month over the paths run so far, with the money of the Monte Carlo (the
    /// acquisition bonus judged per agent).
    pub fn means(&self) -> Vec<MeanMonth> {
        if self.done == 0 {
            return Vec::new();
        }
        let n = f64::from(self.done);
        let width = self.months + 1;
        self.sum_channels
            .iter()
            .zip(&self.sum_cash)
            .enumerate()
            .map(|(month, (ch, cash))| {
                let mean = ch.iter().sum::<f64>() / n;
                let var = self
                    .totals
                    .iter()
                    .skip(month)
                    .step_by(width)
                    .map(|x| (x - mean) * (x - mean))
                    .sum::<f64>()
                    / (n - 1.0).max(1.0);
                MeanMonth {
                    month: month as u16, // ok: month ≤ 240
                    members: ByChannel {
                        agent: ch[0] / n,   // ok: fixed-size array of 3
                        mandiri: ch[1] / n, // ok: fixed-size array of 3
                        subsidi: ch[2] / n, // ok: fixed-size array of 3
                    },
                    total_std_error: (var / n).sqrt(),
                    money: to_money(&cash.scale(1.0 / n)),
                }
            })
            .collect()
    }
}

/// One Monte Carlo path in full, month by month: path `path` of [`MonteCarlo::new`] with `seed`
/// (the same numbers it aggregates, assumptions drawn). Counts are whole numbers.
pub fn simulate_path(params: &Params, months: u16, seed: u64, path: u32) -> Projection {
    let months = months.min(MAX_MONTHS);
    let base = Model::new(params);
    let table = BonusTable::new(base.threshold);
    let model = Model::with_rates(&draw_assumptions(params, seed, path), base.rates.clone());
    let mut draw = PathDraw::new(&model, &table, path_seed(seed, path));
    let state = State::start(params, &model, f64::floor);
    Projection {
        months: run(params, &model, state, &mut draw, months),
        bonus_basis: BonusBasis::PerAgent,
    }
}

/// The assumptions of path `path`: each of [`UNCERTAIN`] from a triangular distribution on its
/// documented range (widened to include the scenario's value) with the scenario's value as mode,
/// from a stream of its own (so the events of the path do not depend on how many assumptions
/// there are).
pub fn draw_assumptions(params: &Params, seed: u64, path: u32) -> Params {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(path_seed(!seed, path));
    let mut drawn = params.clone();
    for param in UNCERTAIN {
        let mode = params.get(param);
        let Some((lo, hi)) = calibrated_range(param, mode).or(param.spec().range) else {
            continue;
        };
        let (lo, hi) = (lo.min(mode), hi.max(mode));
        let f = |d: Decimal| d.to_f64().unwrap_or(0.0);
        let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        let value = triangular(f(lo), f(mode), f(hi), u);
        if let Some(v) = Decimal::from_f64(value) {
            drawn.set(param, v.round_dp(6).clamp(lo, hi));
        }
    }
    drawn
}

/// The `u`-quantile of the triangular distribution on `[a, b]` with mode `c`.
fn triangular(a: f64, c: f64, b: f64, u: f64) -> f64 {
    let width = b - a;
    if width <= 0.0 {
        return a;
    }
    let left = (c - a) / width;
    if u < left {
        a + (u * width * (c - a)).sqrt()
    } else {
        b - ((1.0 - u) * width * (b - c)).sqrt()
    }
}

/// Linear interpolation between order statistics of a sorted sample.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let Some(&last) = sorted.last() else {
        return 0.0;
    };
    let pos = q * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize; // ok: 0 ≤ pos ≤ len − 1
    let frac = pos - pos.floor();
    let a = sorted.get(lo).copied().unwrap_or(last);
    let b = sorted.get(lo + 1).copied().unwrap_or(a);
    a + frac * (b - a)
}

/// An independent stream per path: SplitMix64 of the seed and the path number.
fn path_seed(seed: u64, path: u32) -> u64 {
    let mut z = seed ^ u64::from(path).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// g(λ) = E[N·1(N ≥ T)] = λ·P(N ≥ T − 1) for N ~ Poisson(λ), tabulated on a grid.
struct BonusTable {
    step: f64,
    values: Vec<f64>,
    /// Below this mean an agent's expected bonus recruits are negligible (< 1e-4 a month, i.e.
    /// under Rp2 of bonus).
    negligible: f64,
}

const TABLE_POINTS: usize = 1024;

impl BonusTable {
    fn new(threshold: f64) -> BonusTable {
        let t = threshold.max(1.0);
        let top = t + 10.0 * t.sqrt() + 20.0;
        let step = top / (TABLE_POINTS - 1) as f64;
        let below = (t - 1.0).max(0.0) as u32; // ok: threshold ≤ 1000
        let values: Vec<f64> = (0..TABLE_POINTS)
            .map(|i| {
                let lambda = i as f64 * step;
                if lambda <= 0.0 {
                    return if below == 0 { lambda } else { 0.0 };
                }
                // P(N ≤ T − 2) summed in log space (e^−λ underflows for large λ).
                let ln_l = libm::log(lambda);
                let mut ln_term = -lambda;
                let mut cdf = 0.0;
                for j in 0..below {
                    if j > 0 {
                        ln_term += ln_l - libm::log(f64::from(j));
                    }
                    cdf += libm::exp(ln_term);
                }
                lambda * (1.0 - cdf).clamp(0.0, 1.0)
            })
            .collect();
        let negligible = values
            .iter()
            .position(|&g| g > 1e-4)
            .map_or(top, |i| i.saturating_sub(1) as f64 * step);
        BonusTable {
            step,
            values,
            negligible,
        }
    }

    fn get(&self, lambda: f64) -> f64 {
        let pos = lambda / self.step;
        let i = pos as usize; // ok: saturating cast, truncation = floor for lambda ≥ 0
        match (self.values.get(i), self.values.get(i.saturating_add(1))) {
            (Some(a), Some(b)) => a + (pos - i as f64) * (b - a),
            // Past the table N ≥ T − 1 is certain: g(λ) = λ.
            _ => lambda,
        }
    }
}

/// The draws of one path: the random stream and the path's agents.
struct PathDraw<'t> {
    rng: Xoshiro256PlusPlus,
    /// Productivities of the active agents that can reach the bonus (saturation is at most 1, so
    /// an agent below the table's negligible mean never does), and of the others.
    strong: Vec<f64>,
    weak: Vec<f64>,
    total: f64,
    gamma: Option<Gamma<f64>>,
    table: &'t BonusTable,
}

impl<'t> PathDraw<'t> {
    fn new(m: &Model, table: &'t BonusTable, seed: u64) -> PathDraw<'t> {
        let gamma = Gamma::new(PRODUCTIVITY_SHAPE, m.k0 / PRODUCTIVITY_SHAPE).ok();
        let mut draw = PathDraw {
            rng: Xoshiro256PlusPlus::seed_from_u64(seed),
            strong: Vec::new(),
            weak: Vec::new(),
            total: 0.0,
            gamma,
            table,
        };
        draw.appoint(m.agents_start);
        draw
    }

    fn appoint(&mut self, count: f64) {
        for _ in 0..(count.max(0.0) as u32) {
            // ok: count ≤ agent cap
            let k = self.gamma.map_or(0.0, |g| g.sample(&mut self.rng));
            if k >= self.table.negligible {
                self.strong.push(k);
            } else {
                self.weak.push(k);
            }
            self.total += k;
        }
    }

    fn count(&self) -> usize {
        self.strong.len() + self.weak.len()
    }

    fn dismiss_one(&mut self) {
        let len = self.count();
        if len == 0 {
            return;
        }
        // Lemire's multiply-shift: uniform index in [0, len).
        let at = ((u128::from(self.rng.next_u64()) * len as u128) >> 64) as usize; // ok: < len
        let strong = self.strong.len();
        let removed = if at < strong {
            self.strong.swap_remove(at)
        } else if at - strong < self.weak.len() {
            self.weak.swap_remove(at - strong)
        } else {
            0.0
        };
        self.total -= removed;
    }

    fn poisson(&mut self, lambda: f64) -> f64 {
        match Poisson::new(lambda) {
            Ok(p) => p.sample(&mut self.rng),
            Err(_) => 0.0,
        }
    }
}

impl Draw for PathDraw<'_> {
    fn binomial(&mut self, n: f64, p: f64) -> f64 {
        let n = n.max(0.0).floor();
        if n <= 0.0 || p <= 0.0 {
            return 0.0;
        }
        if p >= 1.0 {
            return n;
        }
        let variance = n * p * (1.0 - p);
        if variance >= NORMAL_FROM_VARIANCE {
            let z: f64 = StandardNormal.sample(&mut self.rng);
            return (n * p + variance.sqrt() * z).round().clamp(0.0, n);
        }
        match Binomial::new(n as u64, p) {
            // ok: saturating cast of a whole count
            Ok(b) => b.sample(&mut self.rng) as f64,
            Err(_) => 0.0,
        }
    }

    fn whole(&self, x: f64) -> f64 {
        x.floor()
    }

    fn exits(&mut self, group: &[f64], rate: f64, out: &mut [f64]) -> f64 {
        let size: f64 = group.iter().sum();
        let total = self.binomial(size, rate);
        if total <= 0.0 {
            out.iter_mut().for_each(|o| *o = 0.0);
            return 0.0;
        }
        // Each bucket gets the floor of its proportional share (≤ its size); the remainder,
        // fewer than the buckets, goes one by one to buckets with room, from a random start so no
        // tenure is favoured.
        let share = total / size;
        let mut given = 0.0;
        for (o, &g) in out.iter_mut().zip(group) {
            *o = ((g * share) as i64 as f64).min(g); // ok: truncation = floor, values ≥ 0
            given += *o;
        }
        let len = out.len();
        let start = ((u128::from(self.rng.next_u64()) * len as u128) >> 64) as usize; // ok: < len
        let mut rest = total - given;
        for i in 0..len {
            if rest < 1.0 {
                break;
            }
            let at = if start + i >= len {
                start + i - len
            } else {
                start + i
            };
            if let (Some(o), Some(&g)) = (out.get_mut(at), group.get(at)) {
                if *o < g {
                    *o += 1.0;
                    given += 1.0;
                    rest -= 1.0;
                }
            }
        }
        given
    }

    fn agents(&self) -> f64 {
        self.count() as f64
    }

    fn recruit(&mut self, _m: &Model, sat: f64) -> (f64, f64) {
        if sat <= 0.0 {
            return (0.0, 0.0);
        }
        let recruits = self.poisson(sat * self.total);
        let mut bonus = 0.0;
        for &k in &self.strong {
            let lambda = k * sat;
            if lambda >= self.table.negligible {
                bonus += self.table.get(lambda);
            }
        }
        (recruits, bonus.min(recruits))
    }

    fn step_agents(&mut self, m: &Model) {
        let leaving = self.binomial(self.count() as f64, m.agent_attrition);
        for _ in 0..(leaving as u32) {
            // ok: at most the agent count
            self.dismiss_one();
        }
        let room = (m.agents_cap - self.count() as f64).max(0.0);
        let new = self.poisson(m.new_agents).min(room);
        self.appoint(new);
        while self.count() as f64 > m.agents_cap {
            self.dismiss_one();
        }
        if self.count() == 0 {
            self.total = 0.0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bonus_table_matches_direct_sums() {
        let table = BonusTable::new(25.0);
        // λ = 25: P(N ≥ 24) for Poisson(25) ≈ 0.6186 (direct sum of the pmf).
        let mut cdf = 0.0;
        let mut term = (-25.0f64).exp();
        for j in 0..24 {
            if j > 0 {
                term *= 25.0 / f64::from(j);
            }
            cdf += term;
        }
        assert!((table.get(25.0) - 25.0 * (1.0 - cdf)).abs() < 1e-3);
        assert!(table.get(3.0) < 1e-6);
        assert_eq!(table.get(1e6), 1e6);
        assert!(table.negligible > 3.0 && table.negligible < 10.0);
    }

    #[test]
    fn triangular_quantiles() {
        assert_eq!(triangular(0.0, 1.0, 2.0, 0.5), 1.0);
        assert_eq!(triangular(0.0, 0.0, 1.0, 0.0), 0.0);
        assert!((triangular(0.0, 0.0, 1.0, 0.75) - 0.5).abs() < 1e-12);
        assert_eq!(triangular(3.0, 3.0, 3.0, 0.3), 3.0);
        assert!(triangular(1.0, 1.5, 4.0, 0.999) <= 4.0);
    }

    #[test]
    fn quantiles_interpolate() {
        let v: Vec<f64> = (0..11).map(f64::from).collect();
        assert_eq!(quantile(&v, 0.1), 1.0);
        assert_eq!(quantile(&v, 0.5), 5.0);
        assert_eq!(quantile(&[], 0.5), 0.0);
        assert_eq!(quantile(&[3.0, 4.0], 0.5), 3.5);
    }
}
