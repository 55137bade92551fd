//! One month of the model of `reference/modelling.md` §7.A–§7.C, written once for both runs.
//!
//! The step asks a [`Draw`] for every random quantity: the deterministic projection answers with
//! expected values, the Monte Carlo with integer draws. So the Monte Carlo's mean follows the
//! projection by construction, and the Monte Carlo's state stays integral and non-negative.

use super::params::{Param, Params};

/// Tenure buckets: months 1–60 one by one, the last bucket is "61 months or more".
pub(crate) const TENURE: usize = 61;
/// Channels of self-paying members: agent-recruited and self-enrolled.
const AGENT: usize = 0;
const SELF: usize = 1;

/// Tenure groups sharing one exit hazard: months 1, 2, 3 (h1, each its own bucket because they
/// age through), 4–12 (h2) and 13+ (h3). Index ranges into the tenure buckets.
const GROUPS: [(usize, usize); 5] = [(0, 1), (1, 2), (2, 3), (3, 12), (12, TENURE)];

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
    pub paying: f64,
    pub reactivation: f64,
    pub reactivation_agent: f64,
    pub cohort: f64,
    pub cohort_start: u32,
    pub cohort_months: u32,
    pub refunded: f64,
    pub graduating: f64,
    pub iuran: f64,
    pub bonus: f64,
    pub threshold: f64,
    pub fee_early: f64,
    pub fee_late: f64,
    pub fee_wadah: f64,
    pub jkm: f64,
    pub jkm_early: f64,
    pub scholarship: f64,
    pub jkk_rate: f64,
    pub jkk_cost: f64,
    /// Expected JKM per paying member-month by tenure: μ(τ)·B(τ)·(1 + β·1[τ ≥ 36]).
    jkm_weight: [f64; TENURE],
    /// Agent fee per agent-recruited member-month by tenure: fee(τ)·c·π.
    fee_weight: [f64; TENURE],
}

impl Model {
    pub fn new(p: &Params) -> Model {
        let pct = |param| p.f(param) / 100.0;
        let mortality_base = p.f(Param::Kematian) / 100.0 / 12.0;
        let selection = p.f(Param::Seleksi);
        let (h1, h2, h3) = (pct(Param::H1), pct(Param::H2), pct(Param::H3));
        let active_share = pct(Param::Aktif);
        let early = (mortality_base * selection).min(1.0);
        let mut m = Model {
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
            paying: pct(Param::Bayar),
            reactivation: pct(Param::Reaktivasi),
            reactivation_agent: pct(Param::ReaktivasiAgen),
            cohort: p.f(Param::Kohort),
            cohort_start: month_count(p.f(Param::KohortMulai)),
            cohort_months: month_count(p.f(Param::KohortBulan)).clamp(1, 12),
            refunded: pct(Param::Lanjut),
            graduating: pct(Param::Lulus),
            iuran: p.f(Param::Iuran),
            bonus: p.f(Param::Bonus),
            threshold: p.f(Param::Ambang),
            fee_early: pct(Param::FeeAwal),
            fee_late: pct(Param::FeeLanjut),
            fee_wadah: pct(Param::FeeWadah),
            jkm: p.f(Param::Jkm),
            jkm_early: p.f(Param::JkmAwal),
            scholarship: pct(Param::Beasiswa),
            jkk_rate: p.f(Param::Jkk) / 100.0 / 12.0,
            jkk_cost: p.f(Param::BiayaJkk),
            jkm_weight: [0.0; TENURE],
            fee_weight: [0.0; TENURE],
        };
        let (mut jkm_weight, mut fee_weight) = ([0.0; TENURE], [0.0; TENURE]);
        for (i, (jw, fw)) in jkm_weight.iter_mut().zip(fee_weight.iter_mut()).enumerate() {
            let tenure = i + 1;
            let (mu, benefit) = death_benefit(&m, tenure);
            *jw = mu * benefit;
            let fee = if tenure <= 24 {
                m.fee_early
            } else if tenure <= 60 {
                m.fee_late
            } else {
                0.0
            };
            *fw = fee * m.iuran * m.paying;
        }
        m.jkm_weight = jkm_weight;
        m.fee_weight = fee_weight;
        m
    }

    /// Exit probability (lapse + death) of a group, at most 1.
    fn exit_rate(&self, group: usize) -> (f64, f64) {
        let h = self.lapse.get(group).copied().unwrap_or(0.0);
        let mu = self.mortality.get(group).copied().unwrap_or(0.0);
        let total = (h + mu).min(1.0);
        let death_share = if total > 0.0 { mu / total } else { 0.0 };
        (total, death_share)
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

/// The state at the end of a month.
#[derive(Clone, Debug)]
pub(crate) struct State {
    pub month: u32,
    pub workforce: f64,
    /// Self-paying members by channel and tenure bucket.
    pub members: [[f64; TENURE]; 2],
    pub exited: f64,
    /// Subsidised members covered now, and re-funded ones waiting for the next budget year.
    pub subsidised: f64,
    pub waiting: f64,
}

impl State {
    pub fn start(p: &Params, m: &Model, whole: impl Fn(f64) -> f64) -> State {
        let workforce = p.f(Param::Pekerja);
        let covered = p.f(Param::Tercakup).min(workforce);
        let subsidised = if m.cohort_start == 0 {
            m.cohort.min(covered)
        } else {
            0.0
        };
        let self_paying = covered - subsidised;
        let by_agent = whole(self_paying * p.f(Param::PorsiAgen) / 100.0);
        let exited = p.f(Param::Keluar).min(workforce - covered).max(0.0);
        let shape = steady_tenure(m);
        let mut members = [[0.0; TENURE]; 2];
        spread(by_agent, &shape, &mut members[AGENT], &whole);
        spread(self_paying - by_agent, &shape, &mut members[SELF], &whole);
        State {
            month: 0,
            workforce,
            members,
            exited: whole(exited),
            subsidised,
            waiting: 0.0,
        }
    }

    pub fn channel(&self, channel: usize) -> f64 {
        self.members.get(channel).map_or(0.0, |m| m.iter().sum())
    }

    pub fn self_paying(&self) -> f64 {
        self.channel(AGENT) + self.channel(SELF)
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
    shape.iter_mut().for_each(|s| *s /= total);
    shape
}

/// Spreads `count` over tenure by `shape`; whole numbers stay whole (largest share takes the rest).
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
        }
    }
}

/// Advances `s` by one month; returns the month's flows and money.
pub(crate) fn step(m: &Model, s: &mut State, d: &mut impl Draw) -> (Flows, Cash) {
    let mut f = Flows::default();
    let self_paying = s.self_paying();
    let cash = money(m, s, self_paying);
    let month = s.month.saturating_add(1);

    // Subsidised cohort (§7.B, simplified to one cohort), first: its entry takes room that
    // recruitment then no longer sees.
    let mut cohort_deaths = 0.0;
    if month > m.cohort_start {
        cohort_deaths = d.binomial(s.subsidised, m.mortality_base);
        s.subsidised -= cohort_deaths;
    }
    let mut cohort_in = 0.0;
    let mut cohort_out = cohort_deaths;
    if month == m.cohort_start {
        let room = s.workforce - self_paying - s.subsidised - s.waiting - s.exited;
        cohort_in = d.whole(m.cohort.min(room.max(0.0)));
        s.subsidised += cohort_in;
    } else if month > m.cohort_start {
        let into_year = (month - m.cohort_start) % 12;
        if into_year == m.cohort_months % 12 {
            let covered = s.subsidised;
            let again = d.binomial(covered, m.refunded);
            let ended = covered - again;
            f.graduated = d.binomial(ended, m.graduating);
            f.subsidy_ended = ended - f.graduated;
            if m.cohort_months < 12 {
                s.waiting += again;
                s.subsidised = 0.0;
                cohort_out += covered;
            } else {
                s.subsidised = again;
                cohort_out += ended;
            }
        }
        if into_year == 0 && m.cohort_months < 12 {
            cohort_in += s.waiting;
            s.subsidised += s.waiting;
            s.waiting = 0.0;
        }
    }

    // Recruitment from the willing and not yet enrolled pool (§7.A).
    let pool = m.willing * s.workforce;
    // The cohort has entered and its graduates are on their way to self-pay: neither is free.
    let occupied = s.subsidised + s.waiting + self_paying + s.exited + f.graduated;
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
        let mut survivors = [0.0; TENURE];
        for ((sv, b), e) in survivors.iter_mut().zip(buckets.iter()).zip(&exits) {
            *sv = (b - e).max(0.0);
        }
        let joiners = if ch == AGENT {
            f.recruited + via_agent
        } else {
            f.self_enrolled + (f.reactivated - via_agent) + f.graduated
        };
        // Ageing: bucket τ moves to τ+1, the last bucket keeps its survivors.
        let last = survivors.last().copied().unwrap_or(0.0);
        buckets
            .iter_mut()
            .skip(1)
            .zip(&survivors)
            .for_each(|(b, sv)| *b = *sv);
        if let Some(b) = buckets.last_mut() {
            *b += last;
        }
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

    let mut cash = cash;
    let bonus = if m.bonus > 0.0 {
        m.bonus * bonus_recruits
    } else {
        0.0
    };
    cash.acquisition_bonus = bonus;
    cash.wadah_fee = m.fee_wadah * (bonus + cash.iuran_fee);
    (f, cash)
}

/// Iuran, agent fees on iuran and expected claims of the month from the members at its start
/// (§7.A Paid, AgentFee; §7.C JKM, JKK). The acquisition bonus is added by [`step`].
fn money(m: &Model, s: &State, self_paying: f64) -> Cash {
    let [agent, own] = &s.members;
    let dot = |a: &[f64; TENURE], w: &[f64; TENURE]| a.iter().zip(w).map(|(x, y)| x * y).sum::<f64>();
    // The cohort's tenure is counted from its enrolment; budgets pay for every covered member.
    let cohort_tenure = s.month.saturating_sub(m.cohort_start) as usize + 1;
    let (mu, benefit) = death_benefit(m, cohort_tenure);
    Cash {
        iuran_self: m.iuran * m.paying * self_paying,
        iuran_subsidised: m.iuran * s.subsidised,
        acquisition_bonus: 0.0,
        iuran_fee: dot(agent, &m.fee_weight),
        wadah_fee: 0.0,
        jkm: m.paying * (dot(agent, &m.jkm_weight) + dot(own, &m.jkm_weight)) + s.subsidised * mu * benefit,
        jkk: (m.paying * self_paying + s.subsidised) * m.jkk_rate * m.jkk_cost,
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

/// Monthly mortality and JKM benefit at a tenure: the 3-month rule and the scholarship loading.
fn death_benefit(m: &Model, tenure: usize) -> (f64, f64) {
    if tenure <= 3 {
        (m.mortality.first().copied().unwrap_or(0.0), m.jkm_early)
    } else if tenure >= 36 {
        (m.mortality_base, m.jkm * (1.0 + m.scholarship))
    } else {
        (m.mortality_base, m.jkm)
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
