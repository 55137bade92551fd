//! The monthly contribution per worker, from the BPU iuran calculator.
//!
//! Government-paid workers are BPU participants: JKK on the declared income level, JKM flat,
//! JHT optional. They are paid from APBD, so the PP 50/2025 discount never applies (`apbd = true`;
//! `reference/regulations.md` §2.3). A plan uses the contribution of its first funded month for
//! all its months: no contribution change is scheduled in the rules.

use super::link::Scenario;
use super::PlanError;
use crate::date::Date;
use crate::iuran::{bpu, BpuInput, IuranResult};
use crate::money::Rupiah;

/// The contribution per worker-month and the calculator's full result (lines, sources, warnings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub iuran: Rupiah,
    pub detail: IuranResult,
}

/// The monthly BPU contribution at income level `penghasilan`, with or without JHT, for a worker
/// paid from APBD in the month of `date`.
pub fn iuran_bpu(penghasilan: Rupiah, jht: bool, date: Date) -> Result<Contribution, PlanError> {
    let detail = bpu(&BpuInput {
        date,
        penghasilan,
        jht,
        bayar_bulan: 1,
        transportasi: false,
        apbd: true,
    })
    .map_err(PlanError::Iuran)?;
    Ok(Contribution {
        iuran: detail.monthly.total,
        detail,
    })
}

impl Scenario {
    /// The contribution of this scenario's income level and JHT choice at its start date.
    pub fn contribution(&self) -> Result<Contribution, PlanError> {
        iuran_bpu(self.penghasilan, self.jht, self.start_date())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimum_package_with_and_without_jht_and_no_apbd_discount() {
        let at = |jht, date| iuran_bpu(Rupiah::from_whole(1_000_000), jht, date).map(|c| c.iuran);
        assert_eq!(at(false, Date::ymd(2025, 1, 1)), Ok(Rupiah::from_whole(16_800)));
        assert_eq!(at(true, Date::ymd(2025, 1, 1)), Ok(Rupiah::from_whole(36_800)));
        // PP 50/2025 halves JKK + JKM for other BPU from April 2026, never for APBD-paid workers.
        assert_eq!(at(false, Date::ymd(2026, 6, 1)), Ok(Rupiah::from_whole(16_800)));
    }
}
