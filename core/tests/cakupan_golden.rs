//! Analytical checks of the coverage simulation (`reference/modelling.md` §7.A–§7.C), goal
//! seeking against forward runs, the Monte Carlo against the projection, and the NTT preset
//! against the sanity run of §7.A.

use jaring_core::cakupan::goal::{self, Goal, Limit, PRODUCTIVITY_STEP};
use jaring_core::cakupan::kpi;
use jaring_core::cakupan::{
    defaults, draw_assumptions, project, simulate_path, BonusBasis, Measure, MonteCarlo, Param, Params,
    Preset, Uncertainty, MAX_AGENTS, SPECS,
};
use jaring_core::Rupiah;
use rust_decimal::dec;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// The model defaults with every inflow switched off: no agents, no self-enrolment, no
/// reactivation, no workforce growth.
fn closed(members: Decimal) -> Params {
    let mut p = defaults();
    for (param, value) in [
        (Param::Agen, dec!(0)),
        (Param::AgenMaks, dec!(0)),
        (Param::AgenBaru, dec!(0)),
        (Param::BassP, dec!(0)),
        (Param::BassQ, dec!(0)),
        (Param::Reaktivasi, dec!(0)),
        (Param::Tumbuh, dec!(0)),
        (Param::Kohort, dec!(0)),
        (Param::Tercakup, members),
        (Param::Keluar, dec!(0)),
    ] {
        p.set(param, value);
    }
    p
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs().max(1.0)
}

/// §7.A h(τ): with one hazard h for all tenures and mortality μ/12 (no selection loading), members
/// decay as N₀·(1 − h − μ/12)^t whatever their tenure mix.
#[test]
fn one_hazard_decays_geometrically() {
    let p = closed(dec!(50_000))
        .with(Param::H1, dec!(4))
        .with(Param::H2, dec!(4))
        .with(Param::H3, dec!(4))
        .with(Param::Seleksi, dec!(1));
    let proj = project(&p, 60);
    let monthly: f64 = 1.0 - 0.04 - 0.003 / 12.0;
    for m in &proj.months {
        let expected = 50_000.0 * monthly.powi(i32::from(m.month));
        assert!(close(m.members.total(), expected, 1e-9), "month {}", m.month);
        assert!(m.members.agent > 0.0 && m.members.mandiri > 0.0);
    }
    // Lapsers become the exited stock, the dead leave: stock + exited + dead = N₀.
    let last = proj.months.last().unwrap();
    let dead: f64 = proj.months.iter().map(|m| m.deaths + m.exited_deaths).sum();
    assert!(close(last.members.total() + last.exited + dead, 50_000.0, 1e-9));
}

/// §7.A h1/h2/h3 and §2: a single cohort of new members survives (1−h1)³(1−h2)⁹ = 43% of 12
/// months and ×(1−h3)¹² = 32% of 24 months at the defaults, as modelling.md states. The cohort is
/// made by a subsidy that ends after 12 months with everyone graduating to self-pay (§7.B σ = 1)
/// at tenure 1; mortality off so the closed form is the hazards alone.
#[test]
fn a_cohort_decays_by_the_tenure_hazards() {
    let p = closed(dec!(10_000))
        .with(Param::Kohort, dec!(10_000))
        .with(Param::KohortMulai, dec!(0))
        .with(Param::KohortBulan, dec!(12))
        .with(Param::Lanjut, dec!(0))
        .with(Param::Lulus, dec!(100))
        .with(Param::Kematian, dec!(0));
    let proj = project(&p, 48);
    let at = |m: usize| proj.months[m].members;
    assert_eq!(at(11).subsidi, 10_000.0);
    assert_eq!(at(12).subsidi, 0.0);
    assert_eq!(at(12).mandiri, 10_000.0);
    assert_eq!(proj.months[12].graduated, 10_000.0);
    let hazard = |tenure: u32| match tenure {
        1..=3 => 0.12,
        4..=12 => 0.05,
        _ => 0.025,
    };
    let mut survival = 1.0;
    for t in 1..=36u32 {
        survival *= 1.0 - hazard(t);
        let m = at(12 + t as usize);
        assert!(close(m.mandiri, 10_000.0 * survival, 1e-12), "t = {t}");
    }
    assert!(close(at(24).mandiri / 10_000.0, 0.4295, 1e-3));
    assert!(close(at(36).mandiri / 10_000.0, 0.3172, 1e-3));
}

/// §7.A N^ag with γ = 0: recruitment is A·k₀ a month while anyone willing is left, so with no
/// lapse members grow linearly (60 active agents × 10 = 600 a month) until φ·W = 30.000, then stop.
#[test]
fn no_lapse_constant_recruitment_grows_linearly_until_saturation() {
    let p = closed(dec!(0))
        .with(Param::Pekerja, dec!(100_000))
        .with(Param::Agen, dec!(100))
        .with(Param::AgenMaks, dec!(100))
        .with(Param::AgenKeluar, dec!(0))
        .with(Param::Kurva, dec!(0))
        .with(Param::H1, dec!(0))
        .with(Param::H2, dec!(0))
        .with(Param::H3, dec!(0))
        .with(Param::Kematian, dec!(0));
    let proj = project(&p, 80);
    for m in &proj.months {
        let expected = (600.0 * f64::from(m.month)).min(30_000.0);
        assert!(close(m.members.agent, expected, 1e-12), "month {}", m.month);
    }
    assert_eq!(proj.months[50].recruited, 600.0);
    assert_eq!(proj.months[51].recruited, 0.0);
}

/// Same with γ = 1 and a huge willing pool: saturation barely bites, growth stays linear.
#[test]
fn a_huge_pool_keeps_growth_linear() {
    let p = closed(dec!(0))
        .with(Param::Pekerja, dec!(100_000_000))
        .with(Param::Minat, dec!(100))
        .with(Param::Agen, dec!(100))
        .with(Param::AgenMaks, dec!(100))
        .with(Param::AgenKeluar, dec!(0))
        .with(Param::H1, dec!(0))
        .with(Param::H2, dec!(0))
        .with(Param::H3, dec!(0))
        .with(Param::Kematian, dec!(0));
    let proj = project(&p, 24);
    assert!(close(proj.months[24].members.agent, 600.0 * 24.0, 1e-4));
}

/// §7.A agent stock: A_{t+1} = min(A_cap, A_t + w·K − δ·A_t).
#[test]
fn agents_follow_attrition_and_appointments_up_to_the_cap() {
    let p = defaults()
        .with(Param::Agen, dec!(100))
        .with(Param::AgenMaks, dec!(500));
    let proj = project(&p, 120);
    let mut a: f64 = 60.0;
    for m in proj.months.iter().skip(1) {
        assert!(close(m.agents, a, 1e-12), "month {}", m.month);
        a = (a + 0.5 * 28.0 - 0.03 * a).min(300.0);
    }
}

/// §7.A sanity run: W = 1 juta, 240 active agents, S = 100k, defaults ⇒ self-paying ≈ 12k after
/// 12 months and ≈ 38k after 60, and self-paying plus subsidised ≈ 14% of the informal workforce
/// (of the order of NTT's reported ~13%). The defaults with W = 1 juta, the cohort running at the
/// start, no self-paying or exited at the start and no workforce growth. §7.D.2 takes the cohort
/// out of the population before φ applies: the willing pool is 270k instead of the 200k of the
/// reference's rough run, so agents start unsaturated (2.400 recruits a month instead of about
/// 1.600). The stocks come out higher (19,8k and 56,6k) and coverage 15,5%: within 2 points of
/// the reference's 14%.
#[test]
fn defaults_match_the_sanity_run() {
    let p = defaults()
        .with(Param::Pekerja, dec!(1_000_000))
        .with(Param::Tercakup, dec!(100_000))
        .with(Param::KohortMulai, dec!(0))
        .with(Param::Keluar, dec!(0))
        .with(Param::Tumbuh, dec!(0));
    let proj = project(&p, 60);
    assert_eq!(proj.months[0].agents, 240.0);
    let self_paying = |m: usize| proj.months[m].members.agent + proj.months[m].members.mandiri;
    assert!(close(self_paying(12), 19_800.0, 0.01), "{}", self_paying(12));
    assert!(close(self_paying(60), 56_600.0, 0.01), "{}", self_paying(60));
    assert!(
        (proj.months[60].coverage_pct - 14.0).abs() <= 2.0,
        "{}",
        proj.months[60].coverage_pct
    );
    // Without agents the same run stays near the subsidised 10%: the agents make the difference.
    let none = project(
        &p.clone()
            .with(Param::Agen, dec!(0))
            .with(Param::AgenMaks, dec!(0)),
        60,
    );
    assert!(
        none.months[60].coverage_pct < 11.0,
        "{}",
        none.months[60].coverage_pct
    );
}

/// §7.C planner example: a new APBD cohort of 100.000 for a year. Expected JKM = 100.000 × 0,3%/12 ×
/// (3 months × 1,5 × Rp10 jt + 9 months × Rp42 jt) ≈ Rp10,57 M (less the cohort's own deaths);
/// the reference's rougher ≈ Rp11,4 M uses a Rp38 jt average benefit without the s_sel loading.
/// JKK = 100.000 × 0,3% × Rp9 jt = Rp2,7 M. Iuran 100.000 × 16.800 × 12 = Rp20,16 M (§7.B check).
#[test]
fn an_apbd_cohort_year_matches_the_planner_example() {
    let p = closed(dec!(0))
        .with(Param::Kohort, dec!(100_000))
        .with(Param::KohortMulai, dec!(1));
    let year = project(&p, 13).money_between(2, 13);
    let jkm = year.jkm.amount().to_f64().unwrap();
    assert!(close(jkm, 10_575_000_000.0, 0.005), "{jkm}");
    let jkk = year.jkk.amount().to_f64().unwrap();
    assert!(close(jkk, 2_700_000_000.0, 0.005), "{jkk}");
    let iuran = year.iuran_apbd.amount().to_f64().unwrap();
    assert!(close(iuran, 20_160_000_000.0, 0.005), "{iuran}");
    assert!(year.iuran_apbd < Rupiah::from_whole(20_160_000_000));
}

/// §7.D.3: no preset shows coverage falling while the province's coverage rose; NTT gains the
/// 100.000-worker APBD cohort and keeps growing through agents.
#[test]
fn presets_do_not_fall() {
    for preset in Preset::ALL {
        let proj = project(&preset.params(), 60);
        let start = proj.months[0].coverage_pct;
        assert!(proj.months[60].coverage_pct >= start, "{preset:?}");
    }
    let ntt = project(&Preset::Ntt2025.params(), 60);
    assert!(
        ntt.months[60].coverage_pct > 25.0,
        "{}",
        ntt.months[60].coverage_pct
    );
}

/// §7.D.3 backtests: each preset reproduces the observed points it cites, coverage within ±2
/// points, the Perisai share of the covered within ±5 points, funded workers within 10%.
#[test]
fn presets_reproduce_their_observed_points() {
    for preset in Preset::ALL {
        let p = preset.params();
        let proj = project(&p, 120);
        for o in preset.observed() {
            let month = usize::try_from(p.mulai.months_until(o.date)).unwrap();
            let m = &proj.months[month];
            match o.measure {
                Measure::CoveragePct => {
                    assert!(
                        (m.coverage_pct - o.value).abs() <= 2.0,
                        "{preset:?} {o:?} {}",
                        m.coverage_pct
                    )
                }
                Measure::PerisaiSharePct => {
                    let share = 100.0 * m.members.agent / m.members.total();
                    assert!((share - o.value).abs() <= 5.0, "{preset:?} {o:?} {share}")
                }
                Measure::SubsidisedWorkers => {
                    assert!(
                        close(m.members.subsidi, o.value, 0.10),
                        "{preset:?} {o:?} {}",
                        m.members.subsidi
                    )
                }
            }
        }
    }
}

/// §1.2 / §7.A AgentFee: 15% of collected iuran in months 1–24, 5% in 25–60, Wadah override 10%.
/// One agent-recruited cohort (all graduates of a subsidy are self-enrolled, so the agent channel
/// is built from recruits with γ = 0 and no lapse): fee = 15% × c × π × members in month 2.
#[test]
fn agent_fee_is_a_share_of_collected_iuran() {
    let p = closed(dec!(0))
        .with(Param::Agen, dec!(100))
        .with(Param::AgenMaks, dec!(100))
        .with(Param::AgenKeluar, dec!(0))
        .with(Param::Kurva, dec!(0))
        .with(Param::H1, dec!(0))
        .with(Param::H2, dec!(0))
        .with(Param::H3, dec!(0))
        .with(Param::Kematian, dec!(0));
    let proj = project(&p, 3);
    // Month 2 collects from the 600 recruited in month 1: 600 × 0,75 × 16.800 × 15%.
    let money = proj.months[2].money;
    assert_eq!(money.iuran_mandiri, Rupiah::from_whole(7_560_000));
    assert_eq!(money.fee_iuran, Rupiah::from_whole(1_134_000));
    // 10 recruits per agent: below the 25 threshold, no bonus on the average agent.
    assert_eq!(money.bonus_akuisisi, Rupiah::ZERO);
    assert_eq!(money.fee_wadah, Rupiah::from_whole(113_400));
    assert_eq!(money.commissions(), Rupiah::from_whole(1_247_400));
}

/// §7.C: expected JKM per paying member-month is μ/12·B, with the Permenaker 1/2025 rule (Rp10 jt
/// and the s_sel loading in months 1–3); JKK λ/12·S. A subsidised cohort of 100.000 in its first
/// month: JKM = 100.000 × 0,3%/12 × 1,5 × Rp10 jt = Rp375 jt; JKK = 100.000 × 0,3%/12 × Rp9 jt =
/// Rp225 jt.
#[test]
fn expected_claims_follow_the_three_month_rule() {
    let p = closed(dec!(0))
        .with(Param::Kohort, dec!(100_000))
        .with(Param::KohortMulai, dec!(1));
    let proj = project(&p, 6);
    assert_eq!(proj.months[1].members.subsidi, 100_000.0);
    assert_eq!(proj.months[2].money.jkm, Rupiah::from_whole(375_000_000));
    assert_eq!(proj.months[2].money.jkk, Rupiah::from_whole(225_000_000));
    // From tenure 4 the full Rp42 jt at base mortality: 0,3%/12 × members × 42 jt.
    let m = proj.months[4].members.subsidi;
    let jkm5 = proj.months[5].money.jkm.amount();
    let expected = (m * 0.003 / 12.0 * 42_000_000.0).round();
    assert_eq!(jkm5, Decimal::from_f64_retain(expected).unwrap());
}

/// §7.B: funded months with a gap: 6 funded months, ρ = 80% waits out the gap and returns.
#[test]
fn a_part_year_budget_leaves_a_gap_and_returns_the_refunded() {
    let p = closed(dec!(0))
        .with(Param::Kohort, dec!(10_000))
        .with(Param::KohortMulai, dec!(2))
        .with(Param::KohortBulan, dec!(6))
        .with(Param::Lanjut, dec!(80))
        .with(Param::Lulus, dec!(50))
        .with(Param::Kematian, dec!(0));
    let proj = project(&p, 30);
    let s = |m: usize| proj.months[m].members.subsidi;
    assert_eq!((s(1), s(2), s(7)), (0.0, 10_000.0, 10_000.0));
    assert_eq!((s(8), s(13)), (0.0, 0.0));
    assert!(close(proj.months[8].waiting, 8_000.0, 1e-12));
    assert!(close(proj.months[8].graduated, 1_000.0, 1e-12));
    assert!(close(s(14), 8_000.0, 1e-12));
    assert_eq!(s(20), 0.0);
    assert!(close(s(26), 6_400.0, 1e-12));
}

/// Coverage over months 0..=T: the first-passage value goal seeking is about.
fn peak(p: &Params, months: u16) -> f64 {
    project(p, months)
        .months
        .iter()
        .map(|m| m.coverage_pct)
        .fold(0.0, f64::max)
}

/// Goal seeking agrees with forward runs: the answer reaches the target in some month up to T,
/// one agent less reaches it in none; out of reach, the answer says the willing share limits it.
#[test]
fn goal_seeking_is_consistent_with_forward_runs() {
    let p = defaults().with(Param::KohortMulai, dec!(0));
    let target = 16.0;
    let Goal::Reached { value: agents, month } = goal::agents_needed(&p, target, 60) else {
        panic!("16% by month 60 should be reachable with enough agents");
    };
    let with = |a: u32| {
        let a = Decimal::from(a);
        p.clone().with(Param::Agen, a).with(Param::AgenMaks, a)
    };
    assert!(peak(&with(agents), 60) >= target);
    assert!(peak(&with(agents - 1), 60) < target);
    assert!(project(&with(agents), 60).months[usize::from(month)].coverage_pct >= target);

    let Goal::Reached { value: m, .. } = goal::months_to_target(&with(agents), target, 120) else {
        panic!("reached by month 60");
    };
    assert_eq!(m, month);

    let Goal::Reached { value: k, .. } = goal::productivity_needed(&p, target, 60) else {
        panic!("reachable with enough productivity");
    };
    let at = |k| peak(&p.clone().with(Param::Produktivitas, k), 60);
    assert!(at(k) >= target);
    assert!(at(k - PRODUCTIVITY_STEP) < target);

    let Goal::Reached { value: workers, .. } = goal::workers_needed(&p, 25.0, 60) else {
        panic!("25% is reachable with APBD workers");
    };
    // The cohort runs from the start: the covered at the start are the 41.000 self-paying plus it.
    let at = |w: u32| {
        let w = Decimal::from(w);
        peak(
            &p.clone()
                .with(Param::Kohort, w)
                .with(Param::Tercakup, dec!(41_000) + w),
            60,
        )
    };
    assert!(at(workers) >= 25.0 && at(workers - 1) < 25.0, "{workers}");

    // 90% of informal workers: φ = 30% of the non-subsidised caps it whatever the agents.
    let Goal::NotReachable {
        best_coverage_pct,
        ceiling_pct,
        limit,
        ..
    } = goal::agents_needed(&p, 90.0, 60)
    else {
        panic!("90% is out of reach");
    };
    assert_eq!(limit, Limit::WillingShare);
    assert!(best_coverage_pct <= ceiling_pct + 1e-9 && ceiling_pct < 40.0);
    assert!(matches!(
        goal::months_to_target(&p, 90.0, 120),
        Goal::NotReachable { .. }
    ));
    assert_eq!(
        goal::months_to_target(&p, 10.0, 120),
        Goal::Reached { value: 0, month: 0 }
    );
}

/// §7.D.6 on the model: with no reactivation and fast lapse, more agents fill the willing pool
/// sooner and the lapsed then block it, so coverage at month T falls as agents rise; the answer
/// still is the smallest number of agents reaching the target in some month up to T.
#[test]
fn goal_seeking_on_a_non_monotone_response() {
    let p = closed(dec!(0))
        .with(Param::Pekerja, dec!(100_000))
        .with(Param::Minat, dec!(20))
        .with(Param::Reaktivasi, dec!(0))
        .with(Param::H1, dec!(15))
        .with(Param::H2, dec!(7))
        .with(Param::H3, dec!(3))
        .with(Param::AgenKeluar, dec!(0));
    let with = |a: u32| {
        let a = Decimal::from(a);
        p.clone().with(Param::Agen, a).with(Param::AgenMaks, a)
    };
    let at_t = |a: u32| project(&with(a), 36).months[36].coverage_pct;
    assert!(
        at_t(200) > at_t(400) && at_t(400) > at_t(800),
        "{} {} {}",
        at_t(200),
        at_t(400),
        at_t(800)
    );
    let target = at_t(200) + 0.5;
    let Goal::Reached { value, .. } = goal::agents_needed(&with(0), target, 36) else {
        panic!("reachable early with enough agents");
    };
    assert!(peak(&with(value), 36) >= target);
    assert!(peak(&with(value - 1), 36) < target);
    // Reading coverage at month T alone would call `value` agents short of the target.
    assert!(at_t(value) < target);
}

/// Extreme values never panic: agents at the top of the range, a tiny and a huge workforce.
#[test]
fn goal_seeking_survives_extreme_parameters() {
    for (param, value) in [
        (Param::Agen, MAX_AGENTS),
        (Param::Pekerja, dec!(1000)),
        (Param::Pekerja, dec!(100_000_000)),
        (Param::Produktivitas, dec!(200)),
        (Param::Minat, dec!(100)),
    ] {
        let p = defaults().with(param, value).with(Param::AgenMaks, MAX_AGENTS);
        let _ = goal::agents_needed(&p, 50.0, 240);
        let _ = goal::workers_needed(&p, 50.0, 240);
        let _ = goal::productivity_needed(&p, 50.0, 240);
    }
}

/// One-at-a-time over each documented range, ranked by effect; φ raises coverage.
#[test]
fn tornado_is_ranked_and_consistent_with_forward_runs() {
    let p = Preset::Ntt2025.params();
    let t = goal::tornado(&p, goal::TORNADO_MONTH);
    assert_eq!(t.base, project(&p, 60).months[60].coverage_pct);
    let with_range = SPECS.iter().filter(|s| s.range.is_some()).count();
    assert_eq!(t.bars.len(), with_range);
    assert!(t.bars.windows(2).all(|w| w[0].width() >= w[1].width()));
    let top = t.bars[0];
    let low = project(&p.clone().with(top.param, top.low), 60).months[60].coverage_pct;
    assert_eq!(top.coverage_low, low);
    assert!(top.width() > 2.0, "{top:?}");
    let phi = t.bars.iter().find(|b| b.param == Param::Minat).unwrap();
    assert!(phi.coverage_high > phi.coverage_low);
    let refunding = t.bars.iter().find(|b| b.param == Param::Lanjut).unwrap();
    assert!(refunding.width() > 2.0, "{refunding:?}");
}

/// With the assumptions fixed, the Monte Carlo mean converges to the projection: within a few
/// standard errors (plus 0,2% for the model's non-linearity: saturation and the agent cap act on
/// random stocks).
#[test]
fn monte_carlo_mean_converges_to_the_projection() {
    let p = defaults();
    let mut mc = MonteCarlo::with_uncertainty(&p, 60, 42, 300, Uncertainty::EventsOnly);
    while !mc.step(64).is_done() {}
    let det = project(&p, 60);
    let means = mc.means();
    for month in [1usize, 12, 36, 60] {
        let (mean, se) = (means[month].members.total(), means[month].total_std_error);
        let expected = det.months[month].members.total();
        assert!(se > 0.0);
        assert!(
            (mean - expected).abs() <= 4.0 * se + 0.002 * expected,
            "month {month}: {mean} vs {expected} (se {se})"
        );
    }
    let bands = mc.bands();
    assert_eq!(bands.len(), 61);
    let b = bands[60];
    assert!(b.members[0] < b.members[1] && b.members[1] < b.members[2]);
    assert!(close(b.coverage_pct[1], det.months[60].coverage_pct, 0.01));
}

/// §7.D.5: drawing the assumptions widens the 5-year band from a fraction of a point (chance
/// alone) to several points.
#[test]
fn assumptions_widen_the_bands() {
    let p = Preset::Ntt2025.params();
    let width = |u| {
        let out = MonteCarlo::with_uncertainty(&p, 60, 3, 200, u).finish();
        let b = out.bands[60];
        b.coverage_pct[2] - b.coverage_pct[0]
    };
    let (events, assumptions) = (width(Uncertainty::EventsOnly), width(Uncertainty::Assumptions));
    assert!(events < 1.0, "{events}");
    assert!(assumptions > 3.0, "{assumptions}");
    let drawn = draw_assumptions(&p, 3, 0);
    for param in jaring_core::cakupan::UNCERTAIN {
        let (lo, hi) = param.spec().range.unwrap();
        assert!(drawn.get(param) >= lo && drawn.get(param) <= hi, "{param:?}");
    }
    assert_ne!(drawn, p);
}

/// Same seed, same result, however the work is sliced; another seed differs.
#[test]
fn monte_carlo_is_reproducible_and_slice_independent() {
    let p = Preset::Ntb2025.params();
    let whole = MonteCarlo::new(&p, 36, 7, 40).finish();
    let mut sliced = MonteCarlo::new(&p, 36, 7, 40);
    let mut progress = Vec::new();
    for n in [1, 5, 13, 100] {
        progress.push(sliced.step(n).done);
    }
    assert_eq!(progress, vec![1, 6, 19, 40]);
    assert_eq!(
        sliced.path_totals(3),
        Some(
            simulate_path(&p, 36, 7, 3)
                .months
                .iter()
                .map(|m| m.members.total())
                .collect::<Vec<_>>()
                .as_slice()
        )
    );
    assert_eq!(whole, sliced.finish());
    let other = MonteCarlo::new(&p, 36, 8, 40).finish();
    assert_ne!(whole.bands, other.bands);
}

/// The acquisition bonus (Perdir 13/2022, ≥ 25 recruits in the month): on the average agent in
/// the projection, per agent in the Monte Carlo. At k₀ = 10 the average agent never reaches 25,
/// but the most productive agents (gamma, shape 2) do; at k₀ = 40 (unsaturated) all earn it on
/// average, while the least productive agents do not.
#[test]
fn acquisition_bonus_average_versus_per_agent() {
    let p = defaults();
    let det = project(&p, 12);
    assert_eq!(det.bonus_basis, BonusBasis::AverageAgent);
    assert_eq!(det.money_between(1, 12).bonus_akuisisi, Rupiah::ZERO);
    let path = simulate_path(&p, 12, 1, 0);
    assert_eq!(path.bonus_basis, BonusBasis::PerAgent);
    let bonus = path.money_between(1, 12).bonus_akuisisi;
    assert!(bonus > Rupiah::ZERO);

    let high = p
        .clone()
        .with(Param::Produktivitas, dec!(40))
        .with(Param::Pekerja, dec!(50_000_000));
    let det = project(&high, 1);
    let recruits = det.months[1].recruited;
    assert_eq!(
        det.months[1].money.bonus_akuisisi,
        Rupiah::from_whole((recruits * 10_000.0).round() as i64)
    );
    let mc = MonteCarlo::with_uncertainty(&high, 1, 1, 50, Uncertainty::EventsOnly).finish();
    let mc_bonus = mc.means[1].money.bonus_akuisisi;
    assert!(mc_bonus < det.months[1].money.bonus_akuisisi && mc_bonus > Rupiah::ZERO);
}

/// The BPU iuran of a month at the lowest income level, and its JKK and JKM parts, from the rules.
fn bpu_rates(date: jaring_core::Date) -> (f64, f64) {
    use jaring_core::rules::bpu;
    let level = bpu::LEVELS.at(date).unwrap().value.lowest().unwrap();
    let jkk = level.percent(bpu::JKK.at(date).unwrap().value);
    let jkm = bpu::JKM.at(date).unwrap().value;
    (jkk.amount().to_f64().unwrap(), jkm.amount().to_f64().unwrap())
}

/// §7.C expected ratios at the defaults: JKM ≈ 154% of its Rp6.800 part, JKK ≈ 22,5% of its
/// Rp10.000 part, ≈ 76% of the whole iuran. Measured on a subsidised cohort (all paid) at tenure
/// 4–35, without the selection loading.
#[test]
fn claims_ratios_match_the_reference() {
    let p = closed(dec!(0))
        .with(Param::Kohort, dec!(100_000))
        .with(Param::KohortMulai, dec!(1))
        .with(Param::Seleksi, dec!(1));
    let proj = project(&p, 12);
    let (jkk_part, jkm_part) = bpu_rates(p.mulai);
    let members = proj.months[9].members.subsidi;
    let money = proj.months[10].money;
    let jkm = money.jkm.amount().to_f64().unwrap() / (members * jkm_part);
    let jkk = money.jkk.amount().to_f64().unwrap() / (members * jkk_part);
    assert!(close(jkm, 1.544, 0.002), "{jkm}");
    assert!(close(jkk, 0.225, 0.002), "{jkk}");
    let combined =
        (money.jkm + money.jkk).amount().to_f64().unwrap() / money.iuran_apbd.amount().to_f64().unwrap();
    assert!(close(combined, 0.76, 0.01), "{combined}");
}

/// §7.D.8: self-paying BPU pay the PP 50/2025 amount inside its window (half, April–December
/// 2026; transport workers from January 2026), budget-paid workers never do, and agents' fees are
/// shares of what is paid. The NTT preset starts in April 2025; row r holds the money of calendar
/// month r − 1 from the start: row 9 is December 2025, 10 January 2026, 12 March, 13 April.
#[test]
fn contributions_follow_the_rules_month_by_month() {
    let p = Preset::Ntt2025.params().with(Param::Kematian, dec!(0));
    let proj = project(&p, 24);
    let per_paying = |row: usize| {
        let before = &proj.months[row - 1];
        let self_paying = before.members.agent + before.members.mandiri;
        proj.months[row].money.iuran_mandiri.amount().to_f64().unwrap() / (0.75 * self_paying)
    };
    let per_funded = |row: usize| {
        proj.months[row].money.iuran_apbd.amount().to_f64().unwrap() / proj.months[row - 1].members.subsidi
    };
    let (jkk, jkm) = bpu_rates(jaring_core::Date::ymd(2026, 3, 1));
    let full = jkk + jkm;
    assert!(close(per_paying(9), full, 1e-6), "{}", per_paying(9));
    // January 2026: only transport workers (10% by default) pay half.
    assert!(close(per_paying(10), full * 0.95, 1e-6), "{}", per_paying(10));
    // April 2026: everyone self-paying pays half.
    assert!(close(per_paying(13), full * 0.5, 1e-6), "{}", per_paying(13));
    for row in [9, 10, 13] {
        assert!(close(per_funded(row), full, 1e-9), "row {row}");
    }
    // Fees follow what is paid: the fee per agent member halves with the iuran.
    let fee_share = |row: usize| {
        proj.months[row].money.fee_iuran.amount().to_f64().unwrap()
            / proj.months[row].money.iuran_mandiri.amount().to_f64().unwrap()
    };
    assert!(close(fee_share(13), fee_share(12), 0.05));
}

/// §7.D.7: one membership clock. A 6-month budget leaves a 6-month gap: the returning members
/// start a new membership and the first 3 months pay the Permenaker 1/2025 amount again; a
/// 10-month budget leaves 2 months, within the grace, and membership goes on. Deaths leave at the
/// rate JKM is paid for.
#[test]
fn one_membership_clock_for_subsidised_cohorts() {
    let run = |months| {
        let p = closed(dec!(0))
            .with(Param::Kohort, dec!(10_000))
            .with(Param::KohortMulai, dec!(1))
            .with(Param::KohortBulan, months)
            .with(Param::Lanjut, dec!(100));
        project(&p, 20)
    };
    let long_gap = run(dec!(6));
    let short_gap = run(dec!(10));
    // Back in month 13; the claims of month 14 come from the members at its start.
    let claims_per_death = |proj: &jaring_core::cakupan::Projection| {
        let m = &proj.months[14];
        m.money.jkm.amount().to_f64().unwrap() / m.deaths
    };
    let date = jaring_core::Date::ymd(2026, 5, 1);
    let waiting = jaring_core::rules::manfaat::MASA_TUNGGU_BPU.at(date);
    let early = waiting.unwrap().value.jumlah.amount().to_f64().unwrap();
    assert!(
        close(claims_per_death(&long_gap), early, 1e-6),
        "{}",
        claims_per_death(&long_gap)
    );
    assert!(claims_per_death(&short_gap) > 4.0 * early);
    for proj in [&long_gap, &short_gap] {
        for m in &proj.months[1..] {
            if m.members.subsidi > 0.0 && m.money.jkm > jaring_core::Rupiah::ZERO {
                assert!(m.deaths > 0.0);
            }
        }
    }
}

/// §7.D.10 planner figures: cost per additional covered worker is the money over the gain, the
/// yearly agent-fee budget adds up, benefits per APBD rupiah ≈ 0,7 for an NTT-style cohort.
#[test]
fn kpis_follow_from_the_projection() {
    let p = Preset::Ntt2025.params();
    let proj = project(&p, 60);
    let k = kpi::kpis(&p, &proj, 60);
    let gain = proj.months[60].members.total() - proj.months[0].members.total();
    assert!(close(k.additional_covered, gain, 1e-12));
    let total = (k.money.iuran_apbd + k.money.commissions())
        .amount()
        .to_f64()
        .unwrap();
    let per = k.per_additional_covered.total.unwrap().amount().to_f64().unwrap();
    assert!((per - total / gain).abs() <= 0.5);
    assert_eq!(k.years.len(), 5);
    let fees: jaring_core::Rupiah = k.years.iter().map(|y| y.agent_fee_budget).sum();
    assert_eq!(fees, k.money.commissions());
    assert!(k.years.iter().all(|y| y.mean_fee_per_agent.is_some()));
    let ratio = k.benefits_per_apbd_rupiah.unwrap();
    assert!(ratio > 0.5 && ratio < 1.0, "{ratio}");
    assert!(close(k.ucj_gained_pts, 100.0 * gain / 1_617_000.0, 1e-12));
    assert!(!kpi::TARGETS.is_empty());
}

/// Scenarios cross into a Web Worker and saved files as serde values; a saved file with unknown
/// or missing keys still loads.
#[test]
fn scenarios_round_trip_through_serde() {
    let mut s = jaring_core::cakupan::Scenario::from_preset(Some(Preset::Ntb2023));
    s.params.plan.push(jaring_core::cakupan::BudgetCohort {
        workers: 5_000,
        start: jaring_core::Date::ymd(2026, 1, 1),
        months: 12,
        refunded_pct: dec!(90),
        new_workers_per_year: 1_000,
    });
    let json = serde_json::to_string(&s).unwrap();
    let back: jaring_core::cakupan::Scenario = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    let old = r#"{"mulai":"2025-04-01","values":{"agen":"500","dulu":"1"}}"#;
    let p: Params = serde_json::from_str(old).unwrap();
    assert_eq!(p.get(Param::Agen), dec!(500));
    assert_eq!(p.get(Param::H1), defaults().get(Param::H1));
    assert!(serde_json::from_str::<Params>(r#"{"mulai":"2025-13-01","values":{}}"#).is_err());
}

/// A budget plan's cohort (`/anggaran`) runs like the `kohort` parameters with the same figures.
#[test]
fn a_budget_plan_cohort_runs_like_the_cohort_parameters() {
    let base = closed(dec!(0)).with(Param::Kematian, dec!(0.3));
    let by_params = base
        .clone()
        .with(Param::Kohort, dec!(20_000))
        .with(Param::KohortMulai, dec!(3))
        .with(Param::KohortBulan, dec!(9))
        .with(Param::Lanjut, dec!(90))
        .with(Param::KohortTambah, dec!(2_000));
    let mut by_plan = base.clone();
    by_plan.plan.push(jaring_core::cakupan::BudgetCohort {
        workers: 20_000,
        start: base.mulai.add_months(3).unwrap(),
        months: 9,
        refunded_pct: dec!(90),
        new_workers_per_year: 2_000,
    });
    let (a, b) = (project(&by_params, 60), project(&by_plan, 60));
    for (x, y) in a.months.iter().zip(&b.months) {
        assert!(
            close(x.members.subsidi, y.members.subsidi, 1e-12),
            "month {}",
            x.month
        );
        assert_eq!(x.money, y.money, "month {}", x.month);
    }
    // Month 60 falls in the 3-month gap of the fifth budget year (months 51–59 funded).
    assert!(b.months[55].members.subsidi > 0.0 && b.months[60].members.subsidi == 0.0);
    assert!(b.months[60].waiting > 0.0);
}
