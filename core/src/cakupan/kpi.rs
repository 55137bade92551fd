//! What planners ask of a projection (§7.D.10): coverage and UCJ points gained against the
//! published targets, the cost per additional covered worker (APBD money, agent fees, each and
//! together), the yearly agent-fee budget and the mean fee per agent, and the benefits expected to
//! be paid to residents (in [`Money`]: all claims, and the part for the subsidised against the
//! APBD money).

use super::params::{Param, Params};
use super::{Money, Projection};
use crate::date::Date;
use crate::money::Rupiah;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a target measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TargetMeasure {
    /// Universal Coverage Jamsostek: active participants of all segments over the worker base.
    Ucj,
    /// BPU participants over informal workers.
    InformalCoverage,
}

/// A published coverage target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Target {
    /// `None` for a national target, else the province.
    pub region: Option<&'static str>,
    pub by: Date,
    pub measure: TargetMeasure,
    pub pct: f64,
    pub source: &'static str,
}

const KEMENDAGRI: &str = "RPJMN 2025–2029 and RKP 2026 via Kemendagri, May 2025 \
    (https://www.kabaran.id/2025/05/kemendagri-dorong-percepatan-jaminan-sosial-ketenagakerjaan.html)";

/// Targets found.
pub const TARGETS: [Target; 6] = [
    Target {
        region: None,
        by: Date::ymd(2025, 12, 31),
        measure: TargetMeasure::Ucj,
        pct: 32.15,
        source: KEMENDAGRI,
    },
    Target {
        region: None,
        by: Date::ymd(2026, 12, 31),
        measure: TargetMeasure::Ucj,
        pct: 34.99,
        source: KEMENDAGRI,
    },
    Target {
        region: None,
        by: Date::ymd(2029, 12, 31),
        measure: TargetMeasure::Ucj,
        pct: 43.92,
        source: KEMENDAGRI,
    },
    Target {
        region: None,
        by: Date::ymd(2045, 12, 31),
        measure: TargetMeasure::Ucj,
        pct: 99.5,
        source: "RPJPN 2025–2045 (UU 59/2024), via Kemendagri May 2025 and Tribun Ternate 9 Aug 2025",
    },
    Target {
        region: Some("NTB"),
        by: Date::ymd(2025, 12, 31),
        measure: TargetMeasure::Ucj,
        pct: 62.0,
        source: "Pemprov NTB, UCJ 62% in 2025 \
            (https://kicknews.today/pemprov-ntb-berupaya-tingkatkan-universal-coverage-62-persen-2025-untuk-pekerja-konstruksi-dan-informal)",
    },
    Target {
        region: None,
        by: Date::ymd(2026, 12, 31),
        measure: TargetMeasure::InformalCoverage,
        pct: 43.0,
        source: "BPJS Ketenagakerjaan: BPU coverage of informal workers 12,75% (2022) → 43% (2026) \
            (https://m.trenasia.com/amp/bpjs-ketenagakerjaan-bidik-kepesertaan-pekerja-informal-jadi-43-persen-di-2026)",
    },
];

/// Money over the additional covered workers; `None` when coverage did not grow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PerWorker {
    pub apbd: Option<Rupiah>,
    /// Agents' income and the Wadah override.
    pub agent_fees: Option<Rupiah>,
    pub total: Option<Rupiah>,
}

/// One year of the projection (months `12·(year−1)+1 ..= 12·year`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Year {
    pub year: u16,
    pub money: Money,
    /// The agent-fee budget: agents' income plus the Wadah override.
    pub agent_fee_budget: Rupiah,
    /// Agents' income over the mean active agents of the year.
    pub mean_fee_per_agent: Option<Rupiah>,
    /// Expected JKM and JKK paid to residents.
    pub benefits: Rupiah,
    pub coverage_pct: f64,
}

/// The planner's figures of a projection at a month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Kpis {
    pub month: u16,
    pub coverage_pct: f64,
    pub coverage_gained_pts: f64,
    /// Covered informal workers over the UCJ denominator (`penyebut_ucj`), percent: the part of
    /// UCJ this model moves.
    pub ucj_pts: f64,
    pub ucj_gained_pts: f64,
    pub additional_covered: f64,
    /// Money of months 1..=month.
    pub money: Money,
    /// Each amount over all additional covered workers.
    pub per_additional_covered: PerWorker,
    /// APBD money over the additional subsidised, agent fees over the additional agent-recruited.
    pub per_channel_gain: PerWorker,
    /// Expected benefits to the subsidised per rupiah of APBD money.
    pub benefits_per_apbd_rupiah: Option<f64>,
    pub years: Vec<Year>,
}

/// The figures at `month` (the last month of the projection if it is shorter).
pub fn kpis(params: &Params, projection: &Projection, month: u16) -> Kpis {
    let last = projection.months.last().map_or(0, |m| m.month);
    let month = month.min(last);
    let start = projection.months.first();
    let end = projection.months.get(usize::from(month));
    let ucj_base = params.f(Param::PenyebutUcj).max(1.0);
    let covered = |m: Option<&super::Month>| m.map_or(0.0, |m| m.members.total());
    let additional = covered(end) - covered(start);
    let money = projection.money_between(1, month);
    let apbd = money.iuran_apbd;
    let fees = money.commissions();
    let per = |amount: Rupiah, gain: f64| {
        if gain >= 1.0 {
            let per = amount.amount().to_f64().unwrap_or(0.0) / gain;
            Decimal::from_f64(per.round()).map(Rupiah::new)
        } else {
            None
        }
    };
    let gain_of = |f: fn(&super::Month) -> f64| end.map_or(0.0, f) - start.map_or(0.0, f);
    let apbd_f = apbd.amount().to_f64().unwrap_or(0.0);
    let years = (1..=month / 12)
        .map(|year| {
            let (from, to) = (12 * (year - 1) + 1, 12 * year);
            let money = projection.money_between(from, to);
            let agents: f64 = projection
                .months
                .iter()
                .filter(|m| m.month >= from && m.month <= to)
                .map(|m| m.agents)
                .sum::<f64>()
                / 12.0;
            let income = money.agent_income().amount().to_f64().unwrap_or(0.0);
            Year {
                year,
                money,
                agent_fee_budget: money.commissions(),
                mean_fee_per_agent: if agents >= 1.0 {
                    Decimal::from_f64((income / agents).round()).map(Rupiah::new)
                } else {
                    None
                },
                benefits: money.claims(),
                coverage_pct: projection.coverage_at(to),
            }
        })
        .collect();
    Kpis {
        month,
        coverage_pct: end.map_or(0.0, |m| m.coverage_pct),
        coverage_gained_pts: end.map_or(0.0, |m| m.coverage_pct) - start.map_or(0.0, |m| m.coverage_pct),
        ucj_pts: 100.0 * covered(end) / ucj_base,
        ucj_gained_pts: 100.0 * additional / ucj_base,
        additional_covered: additional,
        money,
        per_additional_covered: PerWorker {
            apbd: per(apbd, additional),
            agent_fees: per(fees, additional),
            total: per(apbd + fees, additional),
        },
        per_channel_gain: PerWorker {
            apbd: per(apbd, gain_of(|m| m.members.subsidi)),
            agent_fees: per(fees, gain_of(|m| m.members.agent)),
            total: per(apbd + fees, gain_of(|m| m.members.subsidi + m.members.agent)),
        },
        benefits_per_apbd_rupiah: (apbd_f > 0.0)
            .then(|| money.claims_apbd.amount().to_f64().unwrap_or(0.0) / apbd_f),
        years,
    }
}
