//! The figures of a planner's closing note, per preset: the model beside the observed points it
//! cites (the backtest), the 5-year P10/P50/P90 of the Monte Carlo, the three assumptions that
//! move the 5-year coverage most, the agents needed for the BPJS target of 43% of informal
//! workers, and the cost per additional covered worker.
//! `cargo run --release -p jaring-core --example cakupan_report`

use jaring_core::cakupan::goal::{self, Goal};
use jaring_core::cakupan::{kpi, project, Measure, MonteCarlo, Preset};

fn main() {
    for preset in Preset::ALL {
        let p = preset.params();
        let proj = project(&p, 120);
        println!("{} (from {})", preset.key(), p.mulai);
        for o in preset.observed() {
            let month = p.mulai.months_until(o.date).clamp(0, 120) as usize;
            let m = &proj.months[month];
            let model = match o.measure {
                Measure::CoveragePct => m.coverage_pct,
                Measure::PerisaiSharePct => 100.0 * m.members.agent / m.members.total(),
                Measure::SubsidisedWorkers => m.members.subsidi,
            };
            println!(
                "  {} {:?}: observed {:.1}, model {:.1}",
                o.date, o.measure, o.value, model
            );
        }
        println!(
            "  coverage: start {:.1}%, 1 year {:.1}%, 5 years {:.1}%, 10 years {:.1}%",
            proj.coverage_at(0),
            proj.coverage_at(12),
            proj.coverage_at(60),
            proj.coverage_at(120)
        );
        let out = MonteCarlo::new(&p, 60, 1, 1000).finish();
        let b = out.bands[60];
        println!(
            "  5 years, 1.000 paths: P10 {:.1}% P50 {:.1}% P90 {:.1}%",
            b.coverage_pct[0], b.coverage_pct[1], b.coverage_pct[2]
        );
        let t = goal::tornado(&p, 60);
        for bar in t.bars.iter().take(3) {
            println!(
                "  tornado {:<14} {} → {}: {:.1}% → {:.1}% ({:.1} points)",
                bar.param.key(),
                bar.low,
                bar.high,
                bar.coverage_low,
                bar.coverage_high,
                bar.width()
            );
        }
        match goal::agents_needed(&p, 43.0, 60) {
            Goal::Reached { value, month } => {
                println!(
                    "  agents for 43% of informal workers within 5 years: {value} (reached in month {month})"
                )
            }
            Goal::NotReachable {
                best_value,
                best_coverage_pct,
                ceiling_pct,
                limit,
            } => println!(
                "  43% within 5 years out of reach: best {best_coverage_pct:.1}% with {best_value} agents, \
                 ceiling {ceiling_pct:.1}%, limit {limit:?}"
            ),
        }
        let k = kpi::kpis(&p, &proj, 60);
        println!(
            "  5 years: +{:.0} covered ({:+.1} points, UCJ {:+.1} points); per additional worker APBD {:?}, agent fees {:?}, together {:?}",
            k.additional_covered,
            k.coverage_gained_pts,
            k.ucj_gained_pts,
            k.per_additional_covered.apbd.map(|r| r.to_string()),
            k.per_additional_covered.agent_fees.map(|r| r.to_string()),
            k.per_additional_covered.total.map(|r| r.to_string()),
        );
        if let Some(y) = k.years.first() {
            println!(
                "  year 1 agent-fee budget {}, mean fee per agent {:?}; 5-year benefits {}, per APBD rupiah {:?}",
                y.agent_fee_budget,
                y.mean_fee_per_agent.map(|r| r.to_string()),
                k.money.claims(),
                k.benefits_per_apbd_rupiah
            );
        }
    }
}
