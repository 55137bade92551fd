//! Timings of the coverage simulation (run with `--release`): the deterministic projection over
//! 10 years (budget: well under 1 ms natively, it runs on every keystroke), a 1.000-path Monte
//! Carlo over 10 years (budget: well under 1 s in the browser, about 3× native), the sensitivity
//! tornado and the goal seeks, on the NTT 2025 preset.

use jaring_core::cakupan::{goal, project, MonteCarlo, Preset, Uncertainty};
use std::hint::black_box;
use std::time::Instant;

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) {
    let start = Instant::now();
    for _ in 0..runs {
        black_box(f());
    }
    let per_run = start.elapsed().as_secs_f64() / f64::from(runs);
    println!("{label:<44} {:>10.3} ms", per_run * 1e3);
}

fn main() {
    let p = Preset::Ntt2025.params();
    time("deterministic projection, 120 months", 2000, || project(&p, 120));
    time("deterministic projection, 240 months", 1000, || project(&p, 240));
    time("monte carlo 1000 paths, 120 months", 3, || {
        MonteCarlo::new(&p, 120, 1, 1000).finish()
    });
    time("monte carlo, events only, 1000 × 120", 3, || {
        MonteCarlo::with_uncertainty(&p, 120, 1, 1000, Uncertainty::EventsOnly).finish()
    });
    time("monte carlo slice of 10 paths, 120 months", 20, || {
        let mut mc = MonteCarlo::new(&p, 120, 1, 10);
        mc.step(10)
    });
    time("tornado at 60 months", 5, || goal::tornado(&p, 60));
    time("goal: agents needed for 35% by month 60", 5, || {
        goal::agents_needed(&p, 35.0, 60)
    });
    time("goal: productivity needed for 35% by 60", 5, || {
        goal::productivity_needed(&p, 35.0, 60)
    });

    let proj = project(&p, 120);
    for m in proj.months.iter().step_by(12) {
        println!(
            "month {:>3}: agents {:>6.0} agent {:>8.0} mandiri {:>8.0} subsidi {:>8.0} exited {:>8.0} coverage {:>5.1}%",
            m.month, m.agents, m.members.agent, m.members.mandiri, m.members.subsidi, m.exited, m.coverage_pct
        );
    }
    println!(
        "agents needed for 35% by month 60: {:?}",
        goal::agents_needed(&p, 35.0, 60)
    );
    println!(
        "productivity needed for 35% by month 60: {:?}",
        goal::productivity_needed(&p, 35.0, 60)
    );
    let out = MonteCarlo::new(&p, 120, 1, 1000).finish();
    for b in out.bands.iter().step_by(24) {
        println!(
            "month {:>3}: coverage p10 {:>5.2}% p50 {:>5.2}% p90 {:>5.2}%",
            b.month, b.coverage_pct[0], b.coverage_pct[1], b.coverage_pct[2]
        );
    }
}
