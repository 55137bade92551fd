//! Biaya: what the protection shown on `/manfaat` costs the participant each month, taken from the
//! contribution calculators in [`crate::iuran`] so that the price next to the benefits is exactly
//! the one the contributions page shows.
//!
//! - BPU: the JKK + JKM package (the benefits of JKM, JKK and the scholarships need nothing more);
//!   the optional JHT contribution is reported on its own, because the JHT projection assumes it
//!   is paid. Paid monthly, by the participant, not from APBN/APBD, outside the transport sector.
//! - PU: the worker's share (JHT and JP), deducted from the wage. The employer pays the rest; its
//!   JKK share depends on the risk class, which the worker's share does not, so the lowest class
//!   is passed only to satisfy the calculator.

use super::{ManfaatInput, Segmen};
use crate::iuran::{self, BpuInput, IuranError, IuranResult, LineStatus, Program, PuInput, DAYS_PER_MONTH};
use crate::money::Rupiah;
use crate::rules::pu::RiskClass;
use rust_decimal::Decimal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Biaya {
    /// Paid by the participant each month: BPU JKK + JKM, PU the worker's share.
    pub per_bulan: Rupiah,
    /// `per_bulan` per calendar day ([`DAYS_PER_MONTH`]-day month, as on the contributions page).
    pub per_hari: Rupiah,
    /// `per_bulan` without the temporary relief in force; `None` when no relief changes it.
    pub tanpa_keringanan: Option<Rupiah>,
    /// BPU only: the optional JHT contribution per month.
    pub jht_bpu: Option<Rupiah>,
    /// The contribution calculation the amounts come from (lines with formula, source, relief and
    /// warnings). BPU with JHT; of a PU result only the worker's shares are meant.
    pub iuran: IuranResult,
}

/// The monthly cost of the protection for `input` (its date, segment and wage or income).
pub fn biaya(input: &ManfaatInput) -> Result<Biaya, IuranError> {
    let iuran = match input.segmen {
        Segmen::Bpu => iuran::bpu(&BpuInput {
            date: input.date,
            penghasilan: input.upah,
            jht: true,
            bayar_bulan: 1,
            transportasi: false,
            apbd: false,
        })?,
        Segmen::Pu => iuran::pu(&PuInput {
            date: input.date,
            upah: input.upah,
            risiko: RiskClass::I,
            padat_karya: false,
            batas_jp: None,
        })?,
    };
    // BPU JHT is optional: reported apart from the package.
    let optional = |program: Program| input.segmen == Segmen::Bpu && program == Program::Jht;
    let charged = iuran
        .lines
        .iter()
        .filter(|l| matches!(l.status, LineStatus::Charged) && !optional(l.program));
    let per_bulan: Rupiah = charged.clone().map(|l| l.amounts.worker).sum();
    let normal: Rupiah = charged
        .map(|l| l.relief.map_or(l.amounts.worker, |r| r.normal.worker))
        .sum();
    let jht_bpu = match input.segmen {
        Segmen::Bpu => iuran.line(Program::Jht).map(|l| l.amounts.worker),
        Segmen::Pu => None,
    };
    let per_hari = Rupiah::new(per_bulan.amount() / Decimal::from(DAYS_PER_MONTH)).rounded(); // ok: constant divisor 30
    Ok(Biaya {
        per_bulan,
        per_hari,
        tanpa_keringanan: (normal != per_bulan).then_some(normal),
        jht_bpu,
        iuran,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::money::Percent;

    fn input(date: Date, segmen: Segmen, upah: i64) -> ManfaatInput {
        ManfaatInput {
            date,
            segmen,
            upah: Rupiah::from_whole(upah),
            masa_bulan: 12,
            usia: 30,
            anak: Vec::new(),
            saldo_jht: Rupiah::ZERO,
            imbal_jht: Percent::ZERO,
            kenaikan_upah: Percent::ZERO,
            usia_jht: 56,
        }
    }

    fn amounts(b: &Biaya) -> (Rupiah, Rupiah, Option<Rupiah>, Option<Rupiah>) {
        (b.per_bulan, b.per_hari, b.tanpa_keringanan, b.jht_bpu)
    }

    #[test]
    fn bpu_minimum_package_is_16_800_a_month_560_a_day_plus_optional_jht() {
        let b = biaya(&input(Date::ymd(2025, 6, 1), Segmen::Bpu, 1_000_000)).map(|b| amounts(&b));
        let rp = Rupiah::from_whole;
        assert_eq!(b, Ok((rp(16_800), rp(560), None, Some(rp(20_000)))));
    }

    #[test]
    fn bpu_discount_of_pp_50_2025_halves_the_package_and_keeps_the_normal_price() {
        let b = biaya(&input(Date::ymd(2026, 11, 21), Segmen::Bpu, 1_000_000)).map(|b| amounts(&b));
        let rp = Rupiah::from_whole;
        assert_eq!(b, Ok((rp(8_400), rp(280), Some(rp(16_800)), Some(rp(20_000)))));
    }

    #[test]
    fn pu_worker_pays_2_percent_jht_and_1_percent_jp() {
        let b = biaya(&input(Date::ymd(2025, 6, 1), Segmen::Pu, 5_000_000)).map(|b| amounts(&b));
        let rp = Rupiah::from_whole;
        assert_eq!(b, Ok((rp(150_000), rp(5_000), None, None)));
    }

    #[test]
    fn errors_of_the_contribution_calculator_pass_through() {
        let too_large = biaya(&input(Date::ymd(2025, 6, 1), Segmen::Pu, 2_000_000_000));
        assert!(matches!(too_large, Err(IuranError::TooLarge(_))));
        let before = biaya(&input(Date::ymd(2010, 1, 1), Segmen::Bpu, 1_000_000));
        assert!(matches!(before, Err(IuranError::NotCovered(_))));
    }
}
