//! The monthly contribution per worker, from the BPU iuran calculator.
//!
//! Government-paid workers are BPU participants: JKK on the declared income level, JKM flat,
//! JHT optional. They are paid from APBD, so the PP 50/2025 discount never applies (`apbd = true`,
//! PP 50/2025). [`iuran_schedule`] asks the calculator for every month of a plan, so a
//! change of the rules during a programme (a new income-level table, a new rate) is priced from
//! its month on.
//!
//! These two functions are the module's only calls into `crate::iuran`.

use super::link::Scenario;
use super::plan::IuranChange;
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

/// The contribution of every month from `first` (0 = January of `tahun`) up to, not including,
/// `end`: the first month's in full and the later months where the amount changes.
pub fn iuran_schedule(
    penghasilan: Rupiah,
    jht: bool,
    tahun: u16,
    first: u32,
    end: u32,
) -> Result<(Contribution, Vec<IuranChange>), PlanError> {
    let date = |month: u32| {
        let year = i32::from(tahun).saturating_add(i32::try_from(month / 12).unwrap_or(0));
        let month_of_year = u8::try_from(month % 12 + 1).unwrap_or(1); // ok: ≤ 12
        u16::try_from(year)
            .ok()
            .and_then(|year| Date::new(year, month_of_year, 1))
            .ok_or(PlanError::OutOfRange(super::Field::Tahun))
    };
    let start = iuran_bpu(penghasilan, jht, date(first)?)?;
    let mut changes: Vec<IuranChange> = Vec::new();
    let mut current = start.iuran;
    for month in first.saturating_add(1)..end {
        let iuran = iuran_bpu(penghasilan, jht, date(month)?)?.iuran;
        if iuran != current {
            changes.push(IuranChange {
                from_month: month,
                iuran,
            });
            current = iuran;
        }
    }
    Ok((start, changes))
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
