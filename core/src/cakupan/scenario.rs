//! The share link of `/cakupan`: `preset`, `mulai` (start date), one key per model input (see
//! [`SPECS`](super::SPECS)), `rencana` (cohorts of a budget plan), `tahun` (horizon, years),
//! `target` (coverage, percent), `target_bulan` (month of the target), `seed` and `jalur`
//! (Monte Carlo paths), `acak` (what the Monte Carlo draws: `asumsi` or `peristiwa`). A preset
//! sets every value and explicit keys override it; a link names the preset and only the values
//! that differ from it. A value that cannot be used is skipped with a notice.
//!
//! `rencana` lists cohorts separated by `*`, each `workers_YYYY-MM_months_refunded%_new-per-year`,
//! e.g. `rencana=57196_2026-01_12_100_5000`.

use super::monte_carlo::{Uncertainty, MAX_PATHS};
use super::params::{BudgetCohort, Params, Preset, SPECS};
use crate::date::Date;
use crate::scenario::{encode, parse_plain_decimal, Notice, Problem, Query, Reader};
use rust_decimal::{dec, Decimal};
use serde::{Deserialize, Serialize};

pub const DEFAULT_YEARS: u8 = 10;
pub const DEFAULT_TARGET: Decimal = dec!(30);
/// The month of the target: 5 years.
pub const DEFAULT_TARGET_MONTH: u16 = 60;
pub const DEFAULT_SEED: u64 = 1;
pub const DEFAULT_PATHS: u32 = 1000;
/// Most cohorts a link may carry.
pub const MAX_PLAN_COHORTS: usize = 20;

/// Everything a `/cakupan` link carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// The preset the values start from; `None` = the model defaults (NTT figures) without a name.
    pub preset: Option<Preset>,
    pub params: Params,
    /// Horizon in years, 1–20.
    pub years: u8,
    /// Target coverage, percent of the informal workforce.
    pub target_pct: Decimal,
    /// The month by which the target is to be reached.
    pub target_month: u16,
    pub seed: u64,
    /// Monte Carlo paths, 1–20.000.
    pub paths: u32,
    pub uncertainty: Uncertainty,
}

impl Default for Scenario {
    fn default() -> Scenario {
        Scenario::from_preset(Some(Preset::Ntt2025))
    }
}

impl Scenario {
    pub fn from_preset(preset: Option<Preset>) -> Scenario {
        Scenario {
            preset,
            params: base(preset),
            years: DEFAULT_YEARS,
            target_pct: DEFAULT_TARGET,
            target_month: DEFAULT_TARGET_MONTH,
            seed: DEFAULT_SEED,
            paths: DEFAULT_PATHS,
            uncertainty: Uncertainty::Assumptions,
        }
    }

    /// Horizon in months.
    pub fn months(&self) -> u16 {
        u16::from(self.years) * 12
    }

    /// Reads a link; values it cannot use are skipped and reported.
    pub fn from_query(query: &Query) -> (Scenario, Vec<Notice>) {
        let mut r = Reader::new(query);
        let choices: Vec<(&str, Preset)> = Preset::ALL.iter().map(|p| (p.key(), *p)).collect();
        let preset = r.choice("preset", &choices);
        let mut s = Scenario::from_preset(preset);
        if let Some(date) = r.date("mulai") {
            s.params.mulai = date.first_of_month();
        }
        for spec in SPECS {
            let whole = spec.param.is_whole();
            let value = r.parsed(spec.key, |v| {
                let d = parse_plain_decimal(v).ok_or(Problem::Invalid)?;
                if whole && !d.fract().is_zero() {
                    return Err(Problem::Invalid);
                }
                if d < spec.min || d > spec.max {
                    return Err(Problem::OutOfRange);
                }
                Ok(d)
            });
            if let Some(v) = value {
                s.params.set(spec.param, v);
            }
        }
        if let Some(plan) = r.parsed("rencana", parse_plan) {
            s.params.plan = plan;
        }
        if let Some(years) = r.integer("tahun", 1, 20) {
            s.years = u8::try_from(years).unwrap_or(DEFAULT_YEARS);
        }
        if let Some(target) = r.decimal("target", Decimal::ZERO, dec!(100)) {
            s.target_pct = target;
        }
        if let Some(month) = r.integer("target_bulan", 0, i64::from(super::MAX_MONTHS)) {
            s.target_month = u16::try_from(month).unwrap_or(DEFAULT_TARGET_MONTH);
        }
        if let Some(seed) = r.integer("seed", 0, i64::MAX) {
            s.seed = u64::try_from(seed).unwrap_or(DEFAULT_SEED);
        }
        if let Some(paths) = r.integer("jalur", 1, i64::from(MAX_PATHS)) {
            s.paths = u32::try_from(paths).unwrap_or(DEFAULT_PATHS);
        }
        let uncertainty = [
            ("asumsi", Uncertainty::Assumptions),
            ("peristiwa", Uncertainty::EventsOnly),
        ];
        if let Some(u) = r.choice("acak", &uncertainty) {
            s.uncertainty = u;
        }
        (s, r.finish())
    }

    /// The link's query (without `?`): the preset and only what differs from it.
    pub fn to_query(&self) -> String {
        let base = base(self.preset);
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(preset) = self.preset {
            pairs.push(("preset", preset.key().to_string()));
        }
        if self.params.mulai != base.mulai {
            pairs.push(("mulai", self.params.mulai.to_string()));
        }
        for spec in SPECS {
            let v = self.params.get(spec.param);
            if v != base.get(spec.param) {
                pairs.push((spec.key, v.normalize().to_string()));
            }
        }
        if !self.params.plan.is_empty() {
            pairs.push(("rencana", write_plan(&self.params.plan)));
        }
        if self.years != DEFAULT_YEARS {
            pairs.push(("tahun", self.years.to_string()));
        }
        if self.target_pct != DEFAULT_TARGET {
            pairs.push(("target", self.target_pct.normalize().to_string()));
        }
        if self.target_month != DEFAULT_TARGET_MONTH {
            pairs.push(("target_bulan", self.target_month.to_string()));
        }
        if self.seed != DEFAULT_SEED {
            pairs.push(("seed", self.seed.to_string()));
        }
        if self.paths != DEFAULT_PATHS {
            pairs.push(("jalur", self.paths.to_string()));
        }
        if self.uncertainty == Uncertainty::EventsOnly {
            pairs.push(("acak", "peristiwa".to_string()));
        }
        encode(&pairs)
    }
}

fn parse_plan(text: &str) -> Result<Vec<BudgetCohort>, Problem> {
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = text.split('*').collect();
    if items.len() > MAX_PLAN_COHORTS {
        return Err(Problem::OutOfRange);
    }
    items.into_iter().map(parse_cohort).collect()
}

fn parse_cohort(text: &str) -> Result<BudgetCohort, Problem> {
    let fields: Vec<&str> = text.split('_').collect();
    let [workers, start, months, refunded, new] = fields.as_slice() else {
        return Err(Problem::Invalid);
    };
    let count = |v: &str| v.parse::<u64>().map_err(|_| Problem::Invalid);
    let (workers, new) = (count(workers)?, count(new)?);
    let max_people = 100_000_000;
    if workers > max_people || new > max_people {
        return Err(Problem::OutOfRange);
    }
    let start = Date::parse_iso(&format!("{start}-01")).ok_or(Problem::Invalid)?;
    let months = months.parse::<u8>().map_err(|_| Problem::Invalid)?;
    let refunded_pct = parse_plain_decimal(refunded).ok_or(Problem::Invalid)?;
    if !(1..=12).contains(&months) || refunded_pct < Decimal::ZERO || refunded_pct > dec!(100) {
        return Err(Problem::OutOfRange);
    }
    Ok(BudgetCohort {
        workers,
        start,
        months,
        refunded_pct,
        new_workers_per_year: new,
    })
}

fn write_plan(plan: &[BudgetCohort]) -> String {
    plan.iter()
        .map(|c| {
            format!(
                "{}_{:04}-{:02}_{}_{}_{}",
                c.workers,
                c.start.year(),
                c.start.month(),
                c.months,
                c.refunded_pct.normalize(),
                c.new_workers_per_year
            )
        })
        .collect::<Vec<_>>()
        .join("*")
}

fn base(preset: Option<Preset>) -> Params {
    preset.unwrap_or(Preset::Ntt2025).params()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cakupan::Param;
    use crate::date::Date;

    #[test]
    fn preset_then_overrides_and_short_links() {
        let q = Query::parse(
            "preset=ntb-2025&agen=800&h1=10,5&tahun=5&target=35&seed=7&x=1&h2=abc&aktif=120&jalur=0&acak=peristiwa",
        );
        let (s, notices) = Scenario::from_query(&q);
        assert_eq!(s.preset, Some(Preset::Ntb2025));
        assert_eq!(s.params.get(Param::Agen), dec!(800));
        assert_eq!(s.params.get(Param::H1), dec!(10.5));
        assert_eq!(s.params.get(Param::Pekerja), dec!(1_100_000));
        assert_eq!((s.years, s.target_pct, s.seed), (5, dec!(35), 7));
        let problems: Vec<(&str, Problem)> = notices.iter().map(|n| (n.key.as_str(), n.problem)).collect();
        assert_eq!(
            problems,
            vec![
                ("aktif", Problem::OutOfRange),
                ("h2", Problem::Invalid),
                ("jalur", Problem::OutOfRange),
                ("x", Problem::Unknown)
            ]
        );
        assert_eq!(
            s.to_query(),
            "preset=ntb-2025&agen=800&h1=10.5&tahun=5&target=35&seed=7&acak=peristiwa"
        );
        assert_eq!(Scenario::default().to_query(), "preset=ntt-2025");
    }

    #[test]
    fn budget_plan_cohorts_round_trip_and_bad_ones_get_a_notice() {
        let q = Query::parse("rencana=57196_2026-01_12_100_5000*1000_2027-07_6_80.5_0");
        let (s, notices) = Scenario::from_query(&q);
        assert_eq!(notices, vec![]);
        assert_eq!(s.params.plan.len(), 2);
        assert_eq!(s.params.plan[1].start, Date::ymd(2027, 7, 1));
        assert_eq!(s.params.plan[1].refunded_pct, dec!(80.5));
        let (again, _) = Scenario::from_query(&Query::parse(&s.to_query()));
        assert_eq!(again, s);
        for bad in [
            "1_2026-13_12_100_0",
            "1_2026-01_13_100_0",
            "x",
            "1_2026-01_12_101_0",
        ] {
            let (s, notices) = Scenario::from_query(&Query::parse(&format!("rencana={bad}")));
            assert!(s.params.plan.is_empty());
            assert_eq!(notices.len(), 1, "{bad}");
        }
    }

    #[test]
    fn whole_counts_reject_fractions() {
        let (s, notices) = Scenario::from_query(&Query::parse("agen=10.5&mulai=2026-01-15"));
        assert_eq!(s.preset, None);
        assert_eq!(s.params.get(Param::Agen), dec!(400));
        assert_eq!(s.params.mulai, Date::ymd(2026, 1, 1));
        assert_eq!(notices.len(), 1);
        assert_eq!(s.to_query(), "mulai=2026-01-01");
    }
}
