//! Benefits flowing back to residents: expected JKM and JKK claims of the covered workers
//! (the sources of the defaults are in [`super::basis`]).
//!
//! For every covered worker-month with membership tenure τ (months, 1 = first month):
//! - deaths: `μ/12 × s(τ)`, with `s(τ) = s_sel` for τ ≤ 3 (anti-selection) and 1 after;
//! - JKM paid per death: the BPU waiting-period amount (Rp 10 juta) while τ is within the waiting
//!   period (3 months, Permenaker 1/2025), the full JKM (Rp 42 juta) after, plus the scholarship
//!   loading β for τ ≥ 36 (the scholarship's membership condition);
//! - work accidents: `λ/12`, each costing the mean JKK claim.
//!
//! Expected values are computed in `f64` and rounded to whole rupiah at the edge. The 10–90%
//! range treats the number of deaths and of accidents in a year as Poisson with the expected count
//! as mean: quantiles are exact (the pmf summed in `f64`) for means up to [`EXACT_POISSON_MEAN`],
//! and from the normal approximation with continuity correction above it. An amount's range is
//! the count's range times the expected amount per claim.

use super::plan::{sum_rupiah, Projection};
use super::{Field, PlanError};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use crate::rules::{manfaat, NotCovered};
use rust_decimal::prelude::*;

/// Above this mean the Poisson quantiles use the normal approximation.
pub const EXACT_POISSON_MEAN: f64 = 500.0;
/// Months at the start of membership with the higher death rate `s_sel` (an assumption, see [`super::basis`]).
pub const SELECTION_MONTHS: u32 = 3;
/// z such that Φ(z) = 0,9.
const Z_90: f64 = 1.281_551_565_544_600_4;

/// The claim assumptions; every one editable. Defaults: [`ClaimAssumptions::at`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClaimAssumptions {
    /// Annual death rate μ of paying BPU members.
    pub kematian: Percent,
    /// Death-rate multiplier `s_sel` in the first [`SELECTION_MONTHS`] months.
    pub seleksi: Decimal,
    /// JKM paid for a death after the waiting period.
    pub jkm: Rupiah,
    /// JKM paid for a death within the waiting period.
    pub jkm_awal: Rupiah,
    /// Months of the BPU waiting period (0: no waiting period, the rule before 2025).
    pub masa_tunggu: u32,
    /// Scholarship loading β on JKM for members with at least `masa_beasiswa` months.
    pub beasiswa: Percent,
    pub masa_beasiswa: u32,
    /// Annual JKK claim frequency λ.
    pub kecelakaan: Percent,
    /// Mean cost of a JKK claim.
    pub klaim_jkk: Rupiah,
}

/// Bounds that keep every product far inside `f64` precision for whole rupiah.
const MAX_BENEFIT: i64 = 10_000_000_000;

impl ClaimAssumptions {
    /// The defaults for coverage starting on `date`: the modelling defaults (μ 0,30%/yr, s_sel 1,5,
    /// β 8%, λ 0,30%/yr, JKK Rp 9 juta) and the JKM amounts, waiting period and scholarship
    /// condition of the rules in force.
    pub fn at(date: Date) -> Result<ClaimAssumptions, NotCovered> {
        let jkm = manfaat::JKM.at(date)?.value;
        let months = Decimal::from(jkm.berkala_bulan);
        let berkala = jkm.berkala_per_bulan.value.amount() * months; // ok: table amounts
        let full = jkm.sekaligus.value.amount() + berkala + jkm.pemakaman.value.amount(); // ok: table amounts
        let beasiswa = manfaat::BEASISWA.at(date)?.value;
        let (masa_tunggu, jkm_awal) = match manfaat::MASA_TUNGGU_BPU.at(date) {
            Ok(rule) => (rule.value.bulan, rule.value.jumlah),
            Err(_) => (0, Rupiah::new(full)),
        };
        Ok(ClaimAssumptions {
            kematian: Percent::new(Decimal::new(30, 2)),
            seleksi: Decimal::new(15, 1),
            jkm: Rupiah::new(full),
            jkm_awal,
            masa_tunggu,
            beasiswa: Percent::new(Decimal::from(8)),
            masa_beasiswa: beasiswa.masa_jkm_bulan.value,
            kecelakaan: Percent::new(Decimal::new(30, 2)),
            klaim_jkk: Rupiah::from_whole(9_000_000),
        })
    }

    pub fn validate(&self) -> Result<(), PlanError> {
        let rate = |p: Percent, max: i64| p.value() >= Decimal::ZERO && p.value() <= Decimal::from(max);
        let amount = |r: Rupiah| !r.is_negative() && r.amount() <= Decimal::from(MAX_BENEFIT);
        let ok = rate(self.kematian, 5)
            && rate(self.kecelakaan, 10)
            && rate(self.beasiswa, 100)
            && self.seleksi >= Decimal::ZERO
            && self.seleksi <= Decimal::TEN
            && amount(self.jkm)
            && amount(self.jkm_awal)
            && amount(self.klaim_jkk)
            && self.masa_tunggu <= 600
            && self.masa_beasiswa <= 600;
        if ok {
            Ok(())
        } else {
            Err(PlanError::OutOfRange(Field::Klaim))
        }
    }
}

/// A 10–90% range of a claim count and of its amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub p10: u64,
    pub p90: u64,
    pub amount_p10: Rupiah,
    pub amount_p90: Rupiah,
}

/// Expected claims of one calendar (fiscal) year, or of the whole plan (`tahun` = 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimsYear {
    pub tahun: u16,
    /// Expected deaths, to two decimals.
    pub kematian: Decimal,
    pub kematian_range: Range,
    /// Expected JKM paid (scholarship loading included).
    pub jkm: Rupiah,
    /// Expected work accidents, to two decimals.
    pub kecelakaan: Decimal,
    pub kecelakaan_range: Range,
    /// Expected JKK paid.
    pub jkk: Rupiah,
    /// JKM + JKK.
    pub manfaat: Rupiah,
    /// The budget cost of the year's coverage.
    pub biaya: Rupiah,
    /// Benefits per rupiah of budget, to four decimals; `None` without cost.
    pub per_rupiah: Option<Decimal>,
}

/// Expected benefits per calendar year and for the whole plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manfaat {
    pub years: Vec<ClaimsYear>,
    pub total: ClaimsYear,
}

#[derive(Clone, Copy, Default)]
struct Expected {
    deaths: f64,
    jkm: f64,
    accidents: f64,
    jkk: f64,
}

/// Expected claims of a projection.
pub fn expected_claims(projection: &Projection, a: &ClaimAssumptions) -> Result<Manfaat, PlanError> {
    a.validate()?;
    let years = projection.months.len() / 12;
    let mut per_year = vec![Expected::default(); years];
    let mu = to_f64(a.kematian.fraction()) / 12.0;
    let lambda = to_f64(a.kecelakaan.fraction()) / 12.0;
    let selection = to_f64(a.seleksi);
    let loading = 1.0 + to_f64(a.beasiswa.fraction());
    let (full, early, jkk) = (
        to_f64(a.jkm.amount()),
        to_f64(a.jkm_awal.amount()),
        to_f64(a.klaim_jkk.amount()),
    );
    for c in &projection.coverage {
        let workers = c.workers as f64; // ok: ≤ 1e8, exact in f64
        for offset in 0..c.months {
            let tenure = c.tenure_start.saturating_add(offset);
            let year = usize::try_from(c.first_month.saturating_add(offset) / 12).unwrap_or(usize::MAX);
            let Some(e) = per_year.get_mut(year) else {
                continue;
            };
            let rate = if tenure <= SELECTION_MONTHS {
                mu * selection
            } else {
                mu
            };
            let benefit = if tenure <= a.masa_tunggu { early } else { full };
            let benefit = if tenure >= a.masa_beasiswa {
                benefit * loading
            } else {
                benefit
            };
            e.deaths += workers * rate;
            e.jkm += workers * rate * benefit;
            e.accidents += workers * lambda;
            e.jkk += workers * lambda * jkk;
        }
    }
    let costs = projection.calendar_years();
    let rows: Vec<ClaimsYear> = per_year
        .iter()
        .zip(&costs)
        .map(|(e, cost)| claims_year(cost.tahun, e, cost.biaya))
        .collect();
    let total = per_year.iter().fold(Expected::default(), |acc, e| Expected {
        deaths: acc.deaths + e.deaths,
        jkm: acc.jkm + e.jkm,
        accidents: acc.accidents + e.accidents,
        jkk: acc.jkk + e.jkk,
    });
    let total_cost = sum_rupiah(costs.iter().map(|c| c.biaya));
    Ok(Manfaat {
        years: rows,
        total: claims_year(0, &total, total_cost),
    })
}

fn claims_year(tahun: u16, e: &Expected, biaya: Rupiah) -> ClaimsYear {
    let jkm = rupiah(e.jkm);
    let jkk = rupiah(e.jkk);
    let manfaat = jkm + jkk; // ok: bounded expected amounts
    let per_rupiah =
        (biaya.amount() > Decimal::ZERO).then(|| (manfaat.amount() / biaya.amount()).round_dp(4)); // ok: divisor > 0
    ClaimsYear {
        tahun,
        kematian: count(e.deaths),
        kematian_range: range(e.deaths, e.jkm),
        jkm,
        kecelakaan: count(e.accidents),
        kecelakaan_range: range(e.accidents, e.jkk),
        jkk,
        manfaat,
        biaya,
        per_rupiah,
    }
}

fn range(mean: f64, amount: f64) -> Range {
    let p10 = poisson_quantile(mean, false);
    let p90 = poisson_quantile(mean, true);
    let per_claim = if mean > 0.0 { amount / mean } else { 0.0 };
    Range {
        p10,
        p90,
        amount_p10: rupiah(p10 as f64 * per_claim),
        amount_p90: rupiah(p90 as f64 * per_claim),
    }
}

/// The 10% (`upper = false`) or 90% quantile of a Poisson count with mean `mean`: the smallest k
/// with P(X ≤ k) ≥ q. Exact by summing the pmf for `mean ≤ EXACT_POISSON_MEAN`; above it
/// `ceil(mean + z·√mean − 0,5)` (normal approximation with continuity correction).
pub fn poisson_quantile(mean: f64, upper: bool) -> u64 {
    if !mean.is_finite() || mean <= 0.0 {
        return 0;
    }
    let q = if upper { 0.9 } else { 0.1 };
    if mean <= EXACT_POISSON_MEAN {
        let mut p = (-mean).exp();
        let mut cdf = p;
        let mut k = 0u64;
        while cdf < q && k < 100_000 {
            k += 1;
            p *= mean / k as f64;
            cdf += p;
        }
        return k;
    }
    let z = if upper { Z_90 } else { -Z_90 };
    (mean + z * mean.sqrt() - 0.5).ceil().max(0.0) as u64
}

fn to_f64(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

fn rupiah(value: f64) -> Rupiah {
    Rupiah::new(Decimal::from_f64(value).unwrap_or(Decimal::ZERO)).rounded()
}

fn count(value: f64) -> Decimal {
    Decimal::from_f64(value).unwrap_or(Decimal::ZERO).round_dp(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poisson_quantiles_small_and_large() {
        // P(X ≤ 0) = e^-1 = 0,368 ≥ 0,1; P(X ≤ 1) = 0,736 < 0,9 ≤ P(X ≤ 2) = 0,920.
        assert_eq!(poisson_quantile(1.0, false), 0);
        assert_eq!(poisson_quantile(1.0, true), 2);
        // Mean 10: P(X ≤ 5) = 0,067, P(X ≤ 6) = 0,130; P(X ≤ 13) = 0,864, P(X ≤ 14) = 0,917.
        assert_eq!(poisson_quantile(10.0, false), 6);
        assert_eq!(poisson_quantile(10.0, true), 14);
        assert_eq!(poisson_quantile(0.0, true), 0);
        assert_eq!(poisson_quantile(f64::NAN, true), 0);
        // Both methods agree near the switch (mean 500: ±1,28 × 22,4 ≈ ±28,7).
        let exact = (poisson_quantile(500.0, false), poisson_quantile(500.0, true));
        let approx = (
            (500.0 - Z_90 * 500f64.sqrt() - 0.5).ceil() as u64,
            (500.0 + Z_90 * 500f64.sqrt() - 0.5).ceil() as u64,
        );
        assert!(
            exact.0.abs_diff(approx.0) <= 1 && exact.1.abs_diff(approx.1) <= 1,
            "{exact:?} {approx:?}"
        );
        // 1e6 + 1,2816 × 1000 − 0,5 = 1.001.281,05 → 1.001.282.
        assert_eq!(poisson_quantile(1e6, true), 1_001_282);
    }

    #[test]
    fn defaults_follow_the_rules_in_force() {
        let a = ClaimAssumptions::at(Date::ymd(2025, 1, 1)).unwrap();
        assert_eq!(a.jkm, Rupiah::from_whole(42_000_000));
        assert_eq!(a.jkm_awal, Rupiah::from_whole(10_000_000));
        assert_eq!(a.masa_tunggu, 3);
        assert_eq!(a.masa_beasiswa, 36);
        let before = ClaimAssumptions::at(Date::ymd(2024, 6, 1)).unwrap();
        assert_eq!((before.masa_tunggu, before.jkm_awal), (0, before.jkm));
    }
}
