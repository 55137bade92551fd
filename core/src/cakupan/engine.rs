//! One month of the coverage model (see the module `cakupan`), written once for both runs.
//!
//! The step asks a [`Draw`] for every random quantity: the deterministic projection answers with
//! expected values, the Monte Carlo with integer draws. So the Monte Carlo's mean follows the
//! projection by construction, and the Monte Carlo's state stays integral and non-negative.

use super::params::{Param, Params};
use crate::date::Date;
use crate::iuran::{bpu, BpuInput};
use crate::rules::{bpu as bpu_rules, manfaat};
use rust_decimal::prelude::ToPrimitive;
use std::sync::Arc;

/// Tenure buckets of self-paying members: months 1–60 one by one, the last is "61 or more".
pub(crate) const TENURE: usize = 61;
/// Tenure buckets of subsidised members: months 1–36 one by one, the last is "37 or more" (the
/// 3-month JKM rule and the 36-month scholarship condition are all that tenure changes there).
pub(crate) const COHORT_TENURE: usize = 37;
/// Channels of self-paying members: agent-recruited and self-enrolled.
const AGENT: usize = 0;
const SELF: usize = 1;
/// A budget gap longer than this ends membership (BPU arrears are accepted for 3 months, §2);
/// the cohort then starts a new membership and the 3-month JKM rule applies again (§7.D.7).
const GRACE_MONTHS: u32 = 3;
/// Tenure from which the scholarship loading applies (§7.C β).
const SCHOLARSHIP_TENURE: usize = 36;

/// Tenure groups sharing one exit hazard: months 1, 2, 3 (h1, each its own bucket because they
/// age through), 4–12 (h2) and 13+ (h3). Index ranges into the tenure buckets.
const GROUPS: [(usize, usize); 5] = [(0, 1), (1, 2), (2, 3), (3, 12), (12, TENURE)];

/// What the rules set for one calendar month: the iuran of a member and the JKM benefit.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct MonthRates {
    /// Mean iuran of a self-paying BPU member, PP 50/2025 discount included inside its windows.
    pub iuran_self: f64,
    /// Iuran of a budget-paid member (never discounted).
    pub iuran_subsidised: f64,
    /// JKM benefit after the waiting period, and within it (Permenaker 1/2025).
    pub jkm_full: f64,
    pub jkm_early: f64,
}

/// The rules' amounts for the months `0..=months` of a run starting in `start`.
pub(crate) fn month_rates(start: Date, transport_share: f64, months: u16) -> Arc<[MonthRates]> {
    let mut rates: Vec<Option<MonthRates>> = (0..=i32::from(months))
        .map(|m| {
            let date = start.first_of_month().add_months(m)?;
            rates_in(date, transport_share)
        })
        .collect();
    // A month outside the rules' calendar takes the nearest month they cover.
    let first = rates.iter().flatten().next().copied().unwrap_or_default();
    let mut last = first;
    for slot in rates.iter_mut() {
        match slot {
            Some(r) => last = *r,
            None => *slot = Some(last),
        }
    }
    rates.into_iter().map(|r| r.unwrap_or(first)).collect()
}

/// The one place the coverage model asks the rules and the `iuran` calculator: a BPU member at
/// the lowest income level with JKK and JKM, paying monthly; self-paying members in transport and
/// outside it (PP 50/2025 windows differ), and a budget-paid member (`apbd`, never discounted).
fn rates_in(date: Date, transport_share: f64) -> Option<MonthRates> {
    let level = bpu_rules::LEVELS.at(date).ok()?.value.lowest()?;
    let monthly = |transportasi: bool, apbd: bool| {
        let input = BpuInput {
            date,
            penghasilan: level,
            jht: false,
            bayar_bulan: 1,
            transportasi,
            apbd,
        };
        bpu(&input).ok()?.monthly.total.amount().to_f64()
    };
    let own = monthly(false, false)?;
    let transport = monthly(true, false)?;
    let subsidised = monthly(false, true)?;
    let full = manfaat::JKM.at(date).ok()?.value.total().amount().to_f64()?;
    let early = manfaat::MASA_TUNGGU_BPU
        .at(date)
        .ok()
        .and_then(|r| r.value.jumlah.amount().to_f64())
        .unwrap_or(full);
    Some(MonthRates {
        iuran_self: own + transport_share * (transport - own),
        iuran_subsidised: subsidised,
        jkm_full: full,
        jkm_early: early,
    })
}

/// One subsidised cohort as the engine runs it.
#[derive(Clone, Debug)]
pub(crate) struct CohortPlan {
    pub workers: f64,
    /// Month of enrolment (0 = already running at the start).
    pub start: u32,
    /// Funded months per budget year, 1–12.
    pub months: u32,
    pub refunded: f64,
    pub added_per_year: f64,
}

/// The parameters as the engine uses them: fractions per month, clamped into range.
#[derive(Clone, Debug)]
pub(crate) struct Model {
    pub growth: f64,
    pub willing: f64,
    pub curvature: f64,
    pub k0: f64,
    pub agents_cap: f64,
    pub agents_start: f64,
    pub new_agents: f64,
    pub agent_attrition: f64,
    pub bass_p: f64,
    pub bass_q: f64,
    /// Exit hazard (lapse) by group, and mortality by group.
    pub lapse: [f64; 5],
    pub mortality: [f64; 5],
    pub mortality_base: f64,
    pub mortality_early: f64,
    pub paying: f64,
    pub reactivation: f64,
    pub reactivation_agent: f64,
    pub cohorts: Vec<CohortPlan>,
    pub graduating: f64,
    pub bonus: f64,
    pub threshold: f64,
    pub fee_wadah: f64,
    pub scholarship: f64,
    pub jkk_rate: f64,
    pub jkk_cost: f64,
    /// Agent fee per agent-recruited member-month by tenure, as a share of one member's iuran:
    /// fee(τ)·π.
    fee_share: [f64; TENURE],
    pub rates: Arc<[MonthRates]>,
}

impl Model {
    /// The model of `p`, with the rules' amounts for the longest horizon.
    pub fn new(p: &Params) -> Model {
        let rates = month_rates(p.mulai, p.f(Param::Transportasi) / 100.0, super::MAX_MONTHS);
        Model::with_rates(p, rates)
    }

    /// The model of `p` reusing the rules' amounts of a model with the same start and transport
    /// share (the Monte Carlo and the searches build many models of one scenario).
    pub fn with_rates(p: &Params, rates: Arc<[MonthRates]>) -> Model {
        let pct = |param| p.f(param) / 100.0;
        let mortality_base = p.f(Param::Kematian) / 100.0 / 12.0;
        let early = (mortality_base * p.f(Param::Seleksi)).min(1.0);
        let (h1, h2, h3) = (pct(Param::H1), pct(Param::H2), pct(Param::H3));
        let active_share = pct(Param::Aktif);
        let paying = pct(Param::Bayar);
        let (fee_early, fee_late) = (pct(Param::FeeAwal), pct(Param::FeeLanjut));
        let mut fee_share = [0.0; TENURE];
        for (i, fee) in fee_share.iter_mut().enumerate() {
            let tenure = i + 1;
            let rate = match tenure {
                0..=24 => fee_early,
                25..=60 => fee_late,
                _ => 0.0,
            };
            *fee = rate * paying;
        }
        let mut cohorts = vec![CohortPlan {
            workers: p.f(Param::Kohort),
            start: month_count(p.f(Param::KohortMulai)),
            months: month_count(p.f(Param::KohortBulan)).clamp(1, 12),
            refunded: pct(Param::Lanjut),
            added_per_year: p.f(Param::KohortTambah),
        }];
        cohorts.extend(p.plan.iter().map(|c| CohortPlan {
            workers: c.workers as f64,
            start: u32::try_from(p.mulai.months_until(c.start.first_of_month())).unwrap_or(0),
            months: u32::from(c.months).clamp(1, 12),
            refunded: c.refunded_pct.to_f64().unwrap_or(0.0).clamp(0.0, 100.0) / 100.0,
            added_per_year: c.new_workers_per_year as f64,
        }));
        Model {
            growth: pct(Param::Tumbuh),
            willing: pct(Param::Minat),
            curvature: p.f(Param::Kurva),
            k0: p.f(Param::Produktivitas),
            agents_cap: (active_share * p.f(Param::AgenMaks)).round(),
            agents_start: (active_share * p.f(Param::Agen)).round(),
            new_agents: p.f(Param::AgenBaru) * p.f(Param::Wadah),
            agent_attrition: pct(Param::AgenKeluar),
            bass_p: pct(Param::BassP),
            bass_q: pct(Param::BassQ),
            lapse: [h1, h1, h1, h2, h3],
            mortality: [early, early, early, mortality_base, mortality_base],
            mortality_base,
            mortality_early: early,
            paying,
            reactivation: pct(Param::Reaktivasi),
            reactivation_agent: pct(Param::ReaktivasiAgen),
            cohorts,
            graduating: pct(Param::Lulus),
            bonus: p.f(Param::Bonus),
            threshold: p.f(Param::Ambang),
            fee_wadah: pct(Param::FeeWadah),
            scholarship: pct(Param::Beasiswa),
            jkk_rate: p.f(Param::Jkk) / 100.0 / 12.0,
            jkk_cost: p.f(Param::BiayaJkk),
            fee_share,
            rates,
        }
    }

    /// Exit probability (lapse + death) of a group, at most 1.
    fn exit_rate(&self, group: usize) -> (f64, f64) {
        let h = self.lapse.get(group).copied().unwrap_or(0.0);
        let mu = self.mortality.get(group).copied().unwrap_or(0.0);
        let total = (h + mu).min(1.0);
        let death_share = if total > 0.0 { mu / total } else { 0.0 };
        (total, death_share)
    }

    fn rates(&self, month: u32) -> MonthRates {
        let last = self.rates.last().copied().unwrap_or_default();
        self.rates.get(month as usize).copied().unwrap_or(last)
    }
}

/// A clamped, whole, non-negative month count (inputs are range-checked, this only makes the
/// conversion total).
fn month_count(value: f64) -> u32 {
    value.clamp(0.0, 10_000.0) as u32 // ok: clamped into u32 range
}

/// The random (or expected) quantities of one month.
pub(crate) trait Draw {
    /// Successes among `n` trials of probability `p` (expected: `n·p`).
    fn binomial(&mut self, n: f64, p: f64) -> f64;
    /// Whole part of a capacity (the Monte Carlo counts people).
    fn whole(&self, x: f64) -> f64;
    /// Exits of a tenure group at probability `rate`: fills `out` per bucket, returns the total.
    fn exits(&mut self, group: &[f64], rate: f64, out: &mut [f64]) -> f64;
    /// Active agents at the start of the month.
    fn agents(&self) -> f64;
    /// Agent recruits this month at saturation factor `sat` (expected or drawn) and the recruits
    /// that earn the acquisition bonus.
    fn recruit(&mut self, m: &Model, sat: f64) -> (f64, f64);
    /// Agent attrition and appointments at the end of the month.
    fn step_agents(&mut self, m: &Model);
}

/// A subsidised cohort: members covered now and members re-funded but waiting for the next
/// budget year, each by tenure of their membership (one clock for deaths, JKM and the gap rule).
#[derive(Clone, Debug)]
pub(crate) struct Cohort {
    pub covered: [f64; COHORT_TENURE],
    pub waiting: [f64; COHORT_TENURE],
}

impl Cohort {
    fn covered(&self) -> f64 {
        self.covered.iter().sum()
    }

    fn waiting(&self) -> f64 {
        self.waiting.iter().sum()
    }
}

/// The state at the end of a month.
#[derive(Clone, Debug)]
pub(crate) struct State {
    pub month: u32,
    pub workforce: f64,
    /// Self-paying members by channel and tenure bucket.
    pub members: [[f64; TENURE]; 2],
    pub exited: f64,
    pub cohorts: Vec<Cohort>,
    /// Workers whose subsidy ended without re-funding or graduation, over the run: they are back
    /// in the population, outside the willing pool's subsidised share.
    pub subsidy_ended: f64,
}

impl State {
    pub fn start(p: &Params, m: &Model, whole: impl Fn(f64) -> f64) -> State {
        let workforce = p.f(Param::Pekerja);
        let mut covered = p.f(Param::Tercakup).min(workforce);
        let mut cohorts = Vec::with_capacity(m.cohorts.len());
        for plan in &m.cohorts {
            let mut c = Cohort {
                covered: [0.0; COHORT_TENURE],
                waiting: [0.0; COHORT_TENURE],
            };
            if plan.start == 0 {
                // Already running: taken as past its first 3 months (the published counts do
                // not say when each worker joined).
                let n = whole(plan.workers.min(covered));
                covered -= n;
                if let Some(b) = c.covered.get_mut(GRACE_MONTHS as usize) {
                    *b = n;
                }
            }
            cohorts.push(c);
        }
        let self_paying = covered;
        let by_agent = whole(self_paying * p.f(Param::PorsiAgen) / 100.0);
        let exited = p
            .f(Param::Keluar)
            .min(workforce - p.f(Param::Tercakup).min(workforce))
            .max(0.0);
        let shape = steady_tenure(m);
        let mut members = [[0.0; TENURE]; 2];
        spread(by_agent, &shape, &mut members[AGENT], &whole);
        spread(self_paying - by_agent, &shape, &mut members[SELF], &whole);
        State {
            month: 0,
            workforce,
            members,
            exited: whole(exited),
            cohorts,
            subsidy_ended: 0.0,
        }
    }

    pub fn channel(&self, channel: usize) -> f64 {
        self.members.get(channel).map_or(0.0, |m| m.iter().sum())
    }

    pub fn self_paying(&self) -> f64 {
        self.channel(AGENT) + self.channel(SELF)
    }

    /// Subsidised members covered now.
    pub fn subsidised(&self) -> f64 {
        self.cohorts.iter().map(Cohort::covered).sum()
    }

    /// Re-funded subsidised members waiting for their next budget year (not covered).
    pub fn waiting(&self) -> f64 {
        self.cohorts.iter().map(Cohort::waiting).sum()
    }

    /// Coverage of the informal workforce, percent.
    pub fn coverage(&self) -> f64 {
        if self.workforce > 0.0 {
            100.0 * (self.self_paying() + self.subsidised()) / self.workforce
        } else {
            0.0
        }
    }
}

/// Tenure profile of a steady state with constant inflow: share of bucket τ ∝ survival to τ.
fn steady_tenure(m: &Model) -> [f64; TENURE] {
    let mut shape = [0.0; TENURE];
    let mut alive = 1.0;
    for (i, slot) in shape.iter_mut().enumerate() {
        *slot = alive;
        let (rate, _) = m.exit_rate(group_of(i));
        alive *= 1.0 - rate;
    }
    // The last bucket holds everyone with 61+ months: a geometric tail at the h3 exit rate.
    let (rate, _) = m.exit_rate(4);
    if let Some(last) = shape.last_mut() {
        *last = if rate > 0.0 { *last / rate } else { *last };
    }
    let total: f64 = shape.iter().sum();
    if total > 0.0 {
        shape.iter_mut().for_each(|s| *s /= total);
    }
    shape
}

/// Spreads `count` over tenure by `shape`; whole numbers stay whole (the first bucket takes the
/// rest).
fn spread(count: f64, shape: &[f64; TENURE], out: &mut [f64; TENURE], whole: &impl Fn(f64) -> f64) {
    for (o, s) in out.iter_mut().zip(shape) {
        *o = whole(count * s);
    }
    let rest = count - out.iter().sum::<f64>();
    if let Some(first) = out.first_mut() {
        *first += rest;
    }
}

fn group_of(bucket: usize) -> usize {
    GROUPS
        .iter()
        .position(|&(a, b)| bucket >= a && bucket < b)
        .unwrap_or(4)
}

/// Moves every bucket one month on; the last keeps its own and gains the one before.
fn age<const N: usize>(buckets: &mut [f64; N]) {
    let last = buckets.last().copied().unwrap_or(0.0);
    buckets.copy_within(0..N.saturating_sub(1), 1);
    if let Some(b) = buckets.last_mut() {
        *b += if N > 1 { last } else { 0.0 };
    }
    if let Some(b) = buckets.first_mut() {
        *b = 0.0;
    }
}

/// Per-channel flows of one month.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Flows {
    pub joiners: [f64; 3],
    pub leavers: [f64; 3],
    pub recruited: f64,
    pub self_enrolled: f64,
    pub reactivated: f64,
    pub graduated: f64,
    pub lapsed: f64,
    pub deaths: f64,
    pub exited_deaths: f64,
    pub subsidy_ended: f64,
}

/// Money of one month in exact `f64` rupiah (rounded at the edge).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Cash {
    pub iuran_self: f64,
    pub iuran_subsidised: f64,
    pub acquisition_bonus: f64,
    pub iuran_fee: f64,
    pub wadah_fee: f64,
    pub jkm: f64,
    pub jkk: f64,
    /// The part of `jkm` and `jkk` paid for subsidised members.
    pub claims_subsidised: f64,
}

impl Cash {
    pub fn add(&mut self, o: &Cash) {
        self.iuran_self += o.iuran_self;
        self.iuran_subsidised += o.iuran_subsidised;
        self.acquisition_bonus += o.acquisition_bonus;
        self.iuran_fee += o.iuran_fee;
        self.wadah_fee += o.wadah_fee;
        self.jkm += o.jkm;
        self.jkk += o.jkk;
        self.claims_subsidised += o.claims_subsidised;
    }

    pub fn scale(&self, f: f64) -> Cash {
        Cash {
            iuran_self: self.iuran_self * f,
            iuran_subsidised: self.iuran_subsidised * f,
            acquisition_bonus: self.acquisition_bonus * f,
            iuran_fee: self.iuran_fee * f,
            wadah_fee: self.wadah_fee * f,
            jkm: self.jkm * f,
            jkk: self.jkk * f,
            claims_subsidised: self.claims_subsidised * f,
        }
    }
}

/// The budget-year events of one cohort in `month` (§7.B): enrolment, the end of the funded
/// months (re-funded share ρ, graduates σ), the return of the re-funded, new workers.
/// Returns (joined, left, graduated, ended).
fn budget_year(
    m: &Model,
    plan: &CohortPlan,
    c: &mut Cohort,
    month: u32,
    room: f64,
    d: &mut impl Draw,
) -> (f64, f64, f64, f64) {
    let (mut joined, mut left, mut graduated, mut ended) = (0.0, 0.0, 0.0, 0.0);
    if month < plan.start {
        return (joined, left, graduated, ended);
    }
    let into = month - plan.start;
    let mut room = room.max(0.0);
    if into == 0 {
        if plan.start > 0 {
            let n = d.whole(plan.workers.min(room));
            c.covered[0] += n; // ok: COHORT_TENURE > 0
            joined += n;
        }
        return (joined, left, graduated, ended);
    }
    let in_year = into % 12;
    if in_year == plan.months % 12 {
        let mut stopping = [0.0; COHORT_TENURE];
        let covered = c.covered;
        let stop = d.exits(&covered, 1.0 - plan.refunded, &mut stopping);
        for ((cv, w), s) in c.covered.iter_mut().zip(c.waiting.iter_mut()).zip(&stopping) {
            *cv -= s;
            if plan.months < 12 {
                *w += *cv;
                *cv = 0.0;
            }
        }
        graduated = d.binomial(stop, m.graduating);
        ended = stop - graduated;
        left += stop + if plan.months < 12 { c.waiting() } else { 0.0 };
        room += ended;
    }
    if in_year == 0 {
        let gap = 12 - plan.months;
        let back = c.waiting();
        if back > 0.0 {
            if gap > GRACE_MONTHS {
                // Membership ended during the gap: it starts anew.
                c.covered[0] += back; // ok: COHORT_TENURE > 0
            } else {
                c.covered.iter_mut().zip(&c.waiting).for_each(|(cv, w)| *cv += w);
            }
            c.waiting = [0.0; COHORT_TENURE];
            joined += back;
        }
        let new = d.whole(plan.added_per_year.min(room));
        c.covered[0] += new; // ok: COHORT_TENURE > 0
        joined += new;
    }
    (joined, left, graduated, ended)
}

/// Advances `s` by one month; returns the month's flows and money.
pub(crate) fn step(m: &Model, s: &mut State, d: &mut impl Draw) -> (Flows, Cash) {
    let mut f = Flows::default();
    let self_paying = s.self_paying();
    let rates = m.rates(s.month);
    let mut cash = money(m, s, self_paying, &rates);
    let month = s.month.saturating_add(1);

    // Subsidised cohorts first: deaths on the membership clock (the rate JKM is paid at), then
    // ageing, then the budget-year events; an entering cohort takes room that recruitment then
    // no longer sees.
    let mut cohort_deaths = 0.0;
    for c in s.cohorts.iter_mut() {
        let mut dead = [0.0; COHORT_TENURE];
        let covered = c.covered;
        let (early, late) = covered.split_at(GRACE_MONTHS as usize);
        let (dead_early, dead_late) = dead.split_at_mut(GRACE_MONTHS as usize);
        cohort_deaths += d.exits(early, m.mortality_early, dead_early);
        cohort_deaths += d.exits(late, m.mortality_base, dead_late);
        c.covered.iter_mut().zip(&dead).for_each(|(cv, x)| *cv -= x);
        age(&mut c.covered);
        age(&mut c.waiting);
    }
    let mut cohort_in = 0.0;
    let mut cohort_out = cohort_deaths;
    for (plan, c) in m.cohorts.iter().zip(s.cohorts.iter_mut()) {
        let occupied: f64 = self_paying + s.exited + c.covered() + c.waiting();
        let room = s.workforce - occupied;
        let (joined, left, graduated, ended) = budget_year(m, plan, c, month, room, d);
        cohort_in += joined;
        cohort_out += left;
        f.graduated += graduated;
        f.subsidy_ended += ended;
    }
    s.subsidy_ended += f.subsidy_ended;

    // Recruitment from the willing and not yet enrolled (§7.D.2): the subsidised leave the
    // population before the willing share applies, U = φ·(W − S) − M − X.
    let subsidised = s.subsidised() + s.waiting();
    let pool = m.willing * (s.workforce - subsidised).max(0.0);
    // Graduates are on their way to self-pay: they are no longer free either.
    let occupied = self_paying + s.exited + f.graduated;
    let unenrolled = d.whole((pool - occupied).max(0.0));
    let (sat, word_of_mouth) = if pool > 0.0 {
        (power(unenrolled / pool, m.curvature), self_paying / pool)
    } else {
        (0.0, 0.0)
    };
    let sat = if unenrolled > 0.0 { sat } else { 0.0 };
    let self_rate = (m.bass_p + m.bass_q * word_of_mouth).clamp(0.0, 1.0);
    f.self_enrolled = d.binomial(unenrolled, self_rate);
    let (drawn, bonus_drawn) = d.recruit(m, sat);
    f.recruited = drawn.min(unenrolled - f.self_enrolled).max(0.0);
    let bonus_recruits = if drawn > 0.0 {
        bonus_drawn * f.recruited / drawn
    } else {
        0.0
    };

    // The exited: reactivation and deaths (§7.A R_t, X_t).
    f.reactivated = d.binomial(s.exited, m.reactivation);
    let exited_deaths = d.binomial(
        s.exited - f.reactivated,
        if m.reactivation < 1.0 {
            (m.mortality_base / (1.0 - m.reactivation)).min(1.0)
        } else {
            0.0
        },
    );
    let via_agent = d.binomial(f.reactivated, m.reactivation_agent);

    // Self-paying members: exits by tenure group, then ageing by one month. Which exits are
    // deaths is drawn once for all groups, at their exit-weighted death share (the expected
    // deaths are exact; one draw instead of ten).
    let mut exits_total = 0.0;
    let mut deaths_expected = 0.0;
    for (ch, buckets) in s.members.iter_mut().enumerate() {
        let mut exits = [0.0; TENURE];
        let mut leavers = 0.0;
        for (g, &(a, b)) in GROUPS.iter().enumerate() {
            let (rate, death_share) = m.exit_rate(g);
            let (Some(group), Some(out)) = (buckets.get(a..b), exits.get_mut(a..b)) else {
                continue;
            };
            let total = d.exits(group, rate, out);
            deaths_expected += total * death_share;
            leavers += total;
        }
        exits_total += leavers;
        buckets
            .iter_mut()
            .zip(&exits)
            .for_each(|(b, e)| *b = (*b - e).max(0.0));
        age(buckets);
        let joiners = if ch == AGENT {
            f.recruited + via_agent
        } else {
            f.self_enrolled + (f.reactivated - via_agent) + f.graduated
        };
        if let Some(b) = buckets.first_mut() {
            *b = joiners;
        }
        if let (Some(j), Some(l)) = (f.joiners.get_mut(ch), f.leavers.get_mut(ch)) {
            *j = joiners;
            *l = leavers;
        }
    }
    let deaths = if exits_total > 0.0 {
        d.binomial(exits_total, deaths_expected / exits_total)
    } else {
        0.0
    };
    f.joiners[2] = cohort_in; // ok: fixed-size array of 3
    f.leavers[2] = cohort_out; // ok: fixed-size array of 3
    f.lapsed = exits_total - deaths;
    f.deaths = deaths + cohort_deaths;
    f.exited_deaths = exited_deaths;
    s.exited = (s.exited - f.reactivated - exited_deaths + f.lapsed).max(0.0);

    s.workforce *= 1.0 + m.growth;
    d.step_agents(m);
    s.month = month;

    let bonus = m.bonus * bonus_recruits;
    cash.acquisition_bonus = bonus;
    cash.wadah_fee = m.fee_wadah * (bonus + cash.iuran_fee);
    (f, cash)
}

/// Iuran, agent fees on iuran and expected claims of the month from the members at its start
/// (§7.A Paid, AgentFee; §7.C JKM, JKK). The acquisition bonus is added by [`step`].
fn money(m: &Model, s: &State, self_paying: f64, r: &MonthRates) -> Cash {
    let [agent, own] = &s.members;
    let fee: f64 = agent.iter().zip(&m.fee_share).map(|(x, w)| x * w).sum();
    // Expected JKM: the 3-month rule on the membership clock, the scholarship loading from 36
    // months; the self-paying only while their iuran arrives (π), the subsidised always.
    let late = r.jkm_full * m.mortality_base;
    let jkm_by_tenure = |tenure: usize| {
        if tenure <= GRACE_MONTHS as usize {
            r.jkm_early * m.mortality_early
        } else if tenure >= SCHOLARSHIP_TENURE {
            late * (1.0 + m.scholarship)
        } else {
            late
        }
    };
    let jkm_self: f64 = agent
        .iter()
        .zip(own)
        .enumerate()
        .map(|(i, (a, o))| (a + o) * jkm_by_tenure(i + 1))
        .sum();
    let mut jkm_subsidised = 0.0;
    let mut subsidised = 0.0;
    for c in &s.cohorts {
        for (i, n) in c.covered.iter().enumerate() {
            jkm_subsidised += n * jkm_by_tenure(i + 1);
            subsidised += n;
        }
    }
    Cash {
        iuran_self: r.iuran_self * m.paying * self_paying,
        iuran_subsidised: r.iuran_subsidised * subsidised,
        acquisition_bonus: 0.0,
        iuran_fee: fee * r.iuran_self,
        wadah_fee: 0.0,
        jkm: m.paying * jkm_self + jkm_subsidised,
        jkk: (m.paying * self_paying + subsidised) * m.jkk_rate * m.jkk_cost,
        claims_subsidised: jkm_subsidised + subsidised * m.jkk_rate * m.jkk_cost,
    }
}

/// `x^y` with `libm` (the same bits natively and in WebAssembly); `x^1` without a call.
fn power(x: f64, y: f64) -> f64 {
    if y == 1.0 {
        x
    } else {
        libm::pow(x, y)
    }
}

/// Expected values: the deterministic projection. Agents are a continuous stock and the
/// acquisition bonus is judged **on the average** agent (all recruits earn it when the mean
/// recruits per active agent reach the threshold).
pub(crate) struct Expected {
    pub agents: f64,
}

impl Draw for Expected {
    fn binomial(&mut self, n: f64, p: f64) -> f64 {
        n * p.clamp(0.0, 1.0)
    }

    fn whole(&self, x: f64) -> f64 {
        x
    }

    fn exits(&mut self, group: &[f64], rate: f64, out: &mut [f64]) -> f64 {
        let rate = rate.clamp(0.0, 1.0);
        let mut total = 0.0;
        for (o, g) in out.iter_mut().zip(group) {
            *o = g * rate;
            total += *o;
        }
        total
    }

    fn agents(&self) -> f64 {
        self.agents
    }

    fn recruit(&mut self, m: &Model, sat: f64) -> (f64, f64) {
        let recruits = self.agents * m.k0 * sat;
        let bonus = if self.agents > 0.0 && recruits / self.agents >= m.threshold {
            recruits
        } else {
            0.0
        };
        (recruits, bonus)
    }

    fn step_agents(&mut self, m: &Model) {
        let next = self.agents + m.new_agents - m.agent_attrition * self.agents;
        self.agents = next.min(m.agents_cap).max(0.0);
    }
}
