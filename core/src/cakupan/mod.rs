//! Coverage growth from PERISAI agent recruitment, lapse and subsidised cohorts.
//!
//! The model: agents with attrition and a cap, saturating agent recruitment from the pool of
//! workers willing to pay (after the subsidised cohort leaves it), Bass self-enrolment, lapse by
//! tenure, reactivation of the exited, agent fees (Perdir 13/PERDIR.02/042022), subsidised (APBD)
//! cohorts on one membership clock, and expected claims, on a monthly step over at most 20 years. Members are kept by channel (agent-recruited,
//! self-enrolled, subsidised) and by tenure of membership.
//!
//! - [`project`]: the deterministic projection (expected values).
//! - [`MonteCarlo`]: seeded paths in chunks, 10/50/90% bands.
//! - [`goal`]: months to a target, agents, APBD workers or productivity needed; the tornado.
//! - [`kpi`]: coverage and UCJ points against the targets, cost per additional covered worker,
//!   agent-fee budget, benefits to residents.
//! - [`Scenario`]: the share link.
//!
//! Decisions the model does not take from the reference:
//! - The subsidised leave the population before the willing share applies (§7.D.2):
//!   `U = φ·(W − S) − M − X`, S counting the covered and the re-funded waiting for their year.
//! - A subsidised cohort's members carry a membership tenure; budgets pay the full iuran of every
//!   covered member (π does not apply). Each budget year funds `kohort_bulan` months from the
//!   cohort's anniversary; at the end of the funded months a share ρ is re-funded (waiting out
//!   the unfunded months, uncovered), a share σ of the others goes on paying itself
//!   (self-enrolled channel, tenure 1), the rest leave cover without entering the exited stock
//!   (they were not willing payers). A gap of more than 3 months ends membership: the returning
//!   members start at tenure 1 and the 3-month JKM rule applies again (§7.D.7). Deaths are
//!   removed at the rate JKM is paid for, on the same clock. New workers join at each later
//!   budget year (`kohort_tambah`), and a budget plan adds cohorts ([`BudgetCohort`]).
//! - A cohort running at the start is taken as past its first 3 months.
//! - Contributions and JKM benefits come from the rules of each calendar month (§7.D.8):
//!   self-paying members pay the PP 50/2025 discounted iuran inside its windows (transport
//!   members by their own window), budget-paid members never do; agents' fees are shares of what
//!   is paid.
//! - Reactivated ex-members re-enter at tenure 1 (the agent fee restarts, §1.2), a share θ_R in
//!   the agent channel.
//! - When recruits would exceed the unenrolled pool, self-enrolment is served first.
//! - The iuran, agent fees and claims of a month are computed from the members at its start.

mod engine;
pub mod goal;
pub mod kpi;
mod monte_carlo;
mod params;
mod scenario;

pub use monte_carlo::{
    draw_assumptions, simulate_path, Band, MeanMonth, MonteCarlo, Outcome, Progress, Uncertainty, MAX_PATHS,
    PRODUCTIVITY_SHAPE,
};
pub use params::{
    defaults, Basis, BudgetCohort, Fitted, Measure, Observed, Param, Params, Preset, Spec, Unit, MAX_AGENTS,
    PARAM_COUNT, SPECS, UNCERTAIN,
};
pub use scenario::{
    Scenario, DEFAULT_PATHS, DEFAULT_SEED, DEFAULT_TARGET, DEFAULT_TARGET_MONTH, DEFAULT_YEARS,
    MAX_PLAN_COHORTS,
};

use crate::date::Date;
use crate::money::Rupiah;
use engine::{step, Cash, Draw, Expected, Model, State};

/// The longest horizon: 20 years.
pub const MAX_MONTHS: u16 = 240;

/// A quantity per channel.
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ByChannel<T> {
    /// Recruited by a Perisai agent (or reactivated through one).
    pub agent: T,
    /// Self-enrolled (JMO, branch, bank; reactivated alone; graduated from a subsidy).
    pub mandiri: T,
    /// Paid by a regional budget (APBD cohort).
    pub subsidi: T,
}

impl ByChannel<f64> {
    pub fn total(&self) -> f64 {
        self.agent + self.mandiri + self.subsidi
    }

    fn from_array(a: [f64; 3]) -> ByChannel<f64> {
        let [agent, mandiri, subsidi] = a;
        ByChannel {
            agent,
            mandiri,
            subsidi,
        }
    }
}

/// Money of one month, each line rounded to whole rupiah.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Money {
    /// Iuran collected from self-paying members (π of them pay in a month).
    pub iuran_mandiri: Rupiah,
    /// Iuran paid by the regional budget for the subsidised cohort.
    pub iuran_apbd: Rupiah,
    /// Agents' acquisition bonus (only on months with recruits at or above the threshold).
    pub bonus_akuisisi: Rupiah,
    /// Agents' fee on the iuran of their members (months 1–24 and 25–60).
    pub fee_iuran: Rupiah,
    /// Wadah override on its agents' incentives.
    pub fee_wadah: Rupiah,
    /// Expected JKM (death) claims, with the 3-month rule and the scholarship loading.
    pub jkm: Rupiah,
    /// Expected JKK (work accident) claims.
    pub jkk: Rupiah,
    /// The part of the expected claims paid for subsidised members.
    pub claims_apbd: Rupiah,
}

impl Money {
    pub fn iuran(&self) -> Rupiah {
        self.iuran_mandiri + self.iuran_apbd
    }

    /// Agents' income: bonus plus fee on iuran.
    pub fn agent_income(&self) -> Rupiah {
        self.bonus_akuisisi + self.fee_iuran
    }

    /// Programme cost of the agency: agents' income plus the Wadah override.
    pub fn commissions(&self) -> Rupiah {
        self.agent_income() + self.fee_wadah
    }

    pub fn claims(&self) -> Rupiah {
        self.jkm + self.jkk
    }
}

impl std::ops::Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money {
            iuran_mandiri: self.iuran_mandiri + o.iuran_mandiri,
            iuran_apbd: self.iuran_apbd + o.iuran_apbd,
            bonus_akuisisi: self.bonus_akuisisi + o.bonus_akuisisi,
            fee_iuran: self.fee_iuran + o.fee_iuran,
            fee_wadah: self.fee_wadah + o.fee_wadah,
            jkm: self.jkm + o.jkm,
            jkk: self.jkk + o.jkk,
            claims_apbd: self.claims_apbd + o.claims_apbd,
        }
    }
}

/// Whole rupiah, half away from zero (`f64::round`), as [`Rupiah::rounded`] would give.
fn rupiah(x: f64) -> Rupiah {
    let whole = x.round().clamp(-9.0e15, 9.0e15) as i64; // ok: clamped into i64 range
    Rupiah::from_whole(whole)
}

fn to_money(c: &Cash) -> Money {
    Money {
        iuran_mandiri: rupiah(c.iuran_self),
        iuran_apbd: rupiah(c.iuran_subsidised),
        bonus_akuisisi: rupiah(c.acquisition_bonus),
        fee_iuran: rupiah(c.iuran_fee),
        fee_wadah: rupiah(c.wadah_fee),
        jkm: rupiah(c.jkm),
        jkk: rupiah(c.jkk),
        claims_apbd: rupiah(c.claims_subsidised),
    }
}

/// One month of the deterministic projection (month 0: the state at the start, no flows).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Month {
    pub month: u16,
    /// First day of the month (`None` past the calendar the date type covers).
    pub date: Option<Date>,
    /// Informal workforce W.
    pub workforce: f64,
    /// Active agents.
    pub agents: f64,
    /// Members at the end of the month.
    pub members: ByChannel<f64>,
    /// Subsidised members re-funded but waiting for the next budget year (not covered).
    pub waiting: f64,
    /// Exited ("keluar") ex-members: the lapsed stock.
    pub exited: f64,
    /// (self-paying + subsidised) / workforce, percent.
    pub coverage_pct: f64,
    pub joiners: ByChannel<f64>,
    pub leavers: ByChannel<f64>,
    /// New members recruited by agents.
    pub recruited: f64,
    /// New members enrolling by themselves.
    pub self_enrolled: f64,
    pub reactivated: f64,
    /// Subsidised members who go on paying when their subsidy ends.
    pub graduated: f64,
    /// Subsidised members whose subsidy ended without re-funding or graduation.
    pub subsidy_ended: f64,
    /// Self-paying members who lapsed (exit after the 3-month grace).
    pub lapsed: f64,
    /// Deaths of members (self-paying and subsidised).
    pub deaths: f64,
    /// Deaths in the exited stock (they leave it).
    pub exited_deaths: f64,
    pub money: Money,
}

/// How the acquisition bonus threshold was applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BonusBasis {
    /// On the mean recruits per active agent (deterministic projection).
    AverageAgent,
    /// Per agent, each on its own productivity (Monte Carlo).
    PerAgent,
}

/// The deterministic projection.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Projection {
    pub months: Vec<Month>,
    pub bonus_basis: BonusBasis,
}

impl Projection {
    /// The first month whose coverage reaches `target_pct`.
    pub fn first_month_reaching(&self, target_pct: f64) -> Option<u16> {
        self.months
            .iter()
            .find(|m| m.coverage_pct >= target_pct)
            .map(|m| m.month)
    }

    /// Coverage in `month` (the last month if the projection is shorter).
    pub fn coverage_at(&self, month: u16) -> f64 {
        self.months
            .get(usize::from(month))
            .or(self.months.last())
            .map_or(0.0, |m| m.coverage_pct)
    }

    /// Money summed over the months `from..=to` (a sum of rounded monthly lines).
    pub fn money_between(&self, from: u16, to: u16) -> Money {
        self.months
            .iter()
            .filter(|m| m.month >= from && m.month <= to)
            .fold(Money::default(), |acc, m| acc + m.money)
    }
}

/// The deterministic projection over `months` months (at most 240). Values outside a parameter's
/// accepted range are clamped into it ([`Params::out_of_range`] lists them).
pub fn project(params: &Params, months: u16) -> Projection {
    let months = months.min(MAX_MONTHS);
    let model = Model::new(params);
    let mut draw = Expected {
        agents: model.agents_start,
    };
    let state = State::start(params, &model, |x| x);
    Projection {
        months: run(params, &model, state, &mut draw, months),
        bonus_basis: BonusBasis::AverageAgent,
    }
}

/// The month-by-month rows of one run, the start included: the same loop serves the expected-value
/// projection and each Monte Carlo path, which differ only in `draw`.
pub(crate) fn run(
    params: &Params,
    model: &Model,
    mut state: State,
    draw: &mut impl Draw,
    months: u16,
) -> Vec<Month> {
    let mut rows = Vec::with_capacity(usize::from(months) + 1);
    rows.push(row(
        params,
        &state,
        draw.agents(),
        &Default::default(),
        &Cash::default(),
    ));
    for _ in 0..months {
        let agents = draw.agents();
        let (flows, cash) = step(model, &mut state, draw);
        rows.push(row(params, &state, agents, &flows, &cash));
    }
    rows
}

/// Coverage in percent after `months` months, without building the rows.
pub(crate) fn coverage_after(params: &Params, model: &Model, months: u16) -> f64 {
    let mut draw = Expected {
        agents: model.agents_start,
    };
    let mut state = State::start(params, model, |x| x);
    for _ in 0..months.min(MAX_MONTHS) {
        step(model, &mut state, &mut draw);
    }
    state.coverage()
}

/// Coverage over the months `0..=months`: the highest value with its month, and the first month
/// at or above `target_pct`; and the most the willing share allows in the highest month,
/// `(φ·(W − S) + S) / W` (for goal seeking).
pub(crate) struct Peak {
    pub coverage_pct: f64,
    pub month: u16,
    pub first_reaching: Option<u16>,
    pub ceiling_pct: f64,
}

pub(crate) fn peak(params: &Params, model: &Model, months: u16, target_pct: f64) -> Peak {
    let mut draw = Expected {
        agents: model.agents_start,
    };
    let mut state = State::start(params, model, |x| x);
    let ceiling = |s: &State| {
        let subsidised = s.subsidised() + s.waiting();
        let willing = model.willing * (s.workforce - subsidised).max(0.0);
        if s.workforce > 0.0 {
            (100.0 * (willing + s.subsidised()) / s.workforce).min(100.0)
        } else {
            0.0
        }
    };
    let mut best = Peak {
        coverage_pct: state.coverage(),
        month: 0,
        first_reaching: (state.coverage() >= target_pct).then_some(0),
        ceiling_pct: ceiling(&state),
    };
    for month in 1..=months.min(MAX_MONTHS) {
        step(model, &mut state, &mut draw);
        let c = state.coverage();
        if c > best.coverage_pct {
            best.coverage_pct = c;
            best.month = month;
            best.ceiling_pct = ceiling(&state);
        }
        if best.first_reaching.is_none() && c >= target_pct {
            best.first_reaching = Some(month);
        }
    }
    best
}

/// `agents` are the active agents during the month (those who recruited).
pub(crate) fn row(p: &Params, s: &State, agents: f64, f: &engine::Flows, c: &Cash) -> Month {
    let month = s.month.min(u32::from(MAX_MONTHS)) as u16; // ok: clamped
    Month {
        month,
        date: p.mulai.first_of_month().add_months(i32::from(month)),
        workforce: s.workforce,
        agents,
        members: ByChannel::from_array([s.channel(0), s.channel(1), s.subsidised()]),
        waiting: s.waiting(),
        exited: s.exited,
        coverage_pct: s.coverage(),
        joiners: ByChannel::from_array(f.joiners),
        leavers: ByChannel::from_array(f.leavers),
        recruited: f.recruited,
        self_enrolled: f.self_enrolled,
        reactivated: f.reactivated,
        graduated: f.graduated,
        subsidy_ended: f.subsidy_ended,
        lapsed: f.lapsed,
        deaths: f.deaths,
        exited_deaths: f.exited_deaths,
        money: to_money(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    #[test]
    fn ntt_projection_keeps_flows_balanced() {
        let p = Preset::Ntt2025.params();
        let proj = project(&p, 120);
        assert_eq!(proj.months.len(), 121);
        for pair in proj.months.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            for (ma, mb, j, l) in [
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
            ] {
                assert!((mb - ma - (j - l)).abs() < 1e-6 * (1.0 + ma), "month {}", b.month);
            }
        }
        assert_eq!(proj.months[0].date, Some(Date::ymd(2025, 4, 1)));
        assert_eq!(proj.months[12].date, Some(Date::ymd(2026, 4, 1)));
        assert!((proj.months[0].coverage_pct - 100.0 * 141_000.0 / 1_017_000.0).abs() < 1e-9);
        assert_eq!(proj.coverage_at(60), proj.months[60].coverage_pct);
        assert_eq!(proj.coverage_at(500), proj.months[120].coverage_pct);
        assert_eq!(proj.first_month_reaching(13.0), Some(0));
        assert_eq!(proj.first_month_reaching(50.0), None);
    }

    #[test]
    fn money_lines_are_whole_rupiah_and_the_cohort_costs_its_iuran() {
        let p = Preset::Ntt2025.params().with(Param::Kematian, dec!(0));
        let proj = project(&p, 18);
        // The cohort enters in month 5: 100.000 covered × Rp16.800 a month (no deaths), the NTT
        // budget line (§6).
        assert_eq!(proj.months[5].members.subsidi, 100_000.0);
        assert_eq!(proj.months[6].money.iuran_apbd, Rupiah::from_whole(1_680_000_000));
        let year = proj.money_between(6, 17);
        assert_eq!(year.iuran_apbd, Rupiah::from_whole(20_160_000_000));
        assert_eq!(year.iuran(), year.iuran_mandiri + year.iuran_apbd);
        assert_eq!(year.jkm, Rupiah::ZERO);
        assert!(year.commissions() > Rupiah::ZERO);
    }
}
