//! The share link of `/cakupan`: `preset`, `mulai` (start date), one key per model input (see
//! [`SPECS`](super::SPECS)), `tahun` (horizon, years), `target` (coverage, percent) and `seed`
//! (Monte Carlo). A preset sets every value and explicit keys override it; a link names the
//! preset and only the values that differ from it.

use super::params::{Params, Preset, SPECS};
use crate::scenario::{encode, parse_plain_decimal, Notice, Problem, Query, Reader};
use rust_decimal::{dec, Decimal};

pub const DEFAULT_YEARS: u8 = 10;
pub const DEFAULT_TARGET: Decimal = dec!(30);
pub const DEFAULT_SEED: u64 = 1;

/// Everything a `/cakupan` link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// The preset the values start from; `None` = the model defaults (NTT figures) without a name.
    pub preset: Option<Preset>,
    pub params: Params,
    /// Horizon in years, 1–20.
    pub years: u8,
    /// Target coverage, percent of the informal workforce.
    pub target_pct: Decimal,
    pub seed: u64,
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
            seed: DEFAULT_SEED,
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
        if let Some(years) = r.integer("tahun", 1, 20) {
            s.years = u8::try_from(years).unwrap_or(DEFAULT_YEARS);
        }
        if let Some(target) = r.decimal("target", Decimal::ZERO, dec!(100)) {
            s.target_pct = target;
        }
        if let Some(seed) = r.integer("seed", 0, i64::MAX) {
            s.seed = u64::try_from(seed).unwrap_or(DEFAULT_SEED);
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
        if self.years != DEFAULT_YEARS {
            pairs.push(("tahun", self.years.to_string()));
        }
        if self.target_pct != DEFAULT_TARGET {
            pairs.push(("target", self.target_pct.normalize().to_string()));
        }
        if self.seed != DEFAULT_SEED {
            pairs.push(("seed", self.seed.to_string()));
        }
        encode(&pairs)
    }
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
        let q =
            Query::parse("preset=ntb-2025&agen=800&h1=10,5&tahun=5&target=35&seed=7&x=1&h2=abc&aktif=120");
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
                ("x", Problem::Unknown)
            ]
        );
        assert_eq!(
            s.to_query(),
            "preset=ntb-2025&agen=800&h1=10.5&tahun=5&target=35&seed=7"
        );
        assert_eq!(Scenario::default().to_query(), "preset=ntt-2025");
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
