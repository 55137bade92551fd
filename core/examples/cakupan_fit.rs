//! Prints each preset's backtest: the model beside the observed points it cites.
//! `cargo run --release -p jaring-core --example cakupan_fit`

use jaring_core::cakupan::{project, Measure, Preset};

fn main() {
    for preset in Preset::ALL {
        let p = preset.params();
        let proj = project(&p, 72);
        println!("{}", preset.key());
        for o in preset.observed() {
            let month = p.mulai.months_until(o.date).clamp(0, 72) as usize;
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
        for m in proj.months.iter().step_by(6) {
            println!(
                "  m{:>2} {:?} cov {:5.1}% agent {:>8.0} self {:>8.0} subs {:>8.0} exited {:>8.0} agents {:>5.0}",
                m.month, m.date.map(|d| d.to_string()), m.coverage_pct, m.members.agent, m.members.mandiri,
                m.members.subsidi, m.exited, m.agents
            );
        }
    }
}
