//! Paying late. A PU employer who pays a contribution month after its deadline owes a fine
//! (denda) per month late on that month's contribution; a BPU participant owes no fine but loses
//! membership after too many unpaid months. Both rules live in [`crate::rules::denda`].

use super::{pu, Field, IuranError, PuInput};
use crate::date::{days_in_month, Date};
use crate::money::{Percent, Rupiah};
use crate::rules::denda::{BPU_LAPSE, PU_DEADLINE};
use crate::rules::Source;
use rust_decimal::Decimal;

/// Most months late accepted (ten years): beyond it the question is no longer a fine.
pub const MAX_BULAN_TERLAMBAT: u16 = 120;

/// The fine on one PU contribution month paid late.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PuDenda {
    /// The first day of the contribution month.
    pub bulan_iuran: Date,
    /// The last day to pay without a fine.
    pub batas_bayar: Date,
    /// The month's contribution (worker + employer, the programmes charged that month).
    pub iuran: Rupiah,
    pub bulan_terlambat: u16,
    /// Fine per month late, % of the contribution.
    pub tarif_per_bulan: Percent,
    /// `iuran × tarif_per_bulan × bulan_terlambat`, rounded once.
    pub denda: Rupiah,
    pub source: Source,
}

/// The fine for paying `input`'s contribution month `bulan_terlambat` months (or part months)
/// after its deadline, with the deadline and fine rate of that contribution month.
pub fn pu_denda(input: &PuInput, bulan_terlambat: u16) -> Result<PuDenda, IuranError> {
    if bulan_terlambat > MAX_BULAN_TERLAMBAT {
        return Err(IuranError::TooLarge(Field::BulanTerlambat));
    }
    let month = input.date.first_of_month();
    let rule = PU_DEADLINE.at(month)?;
    let iuran = pu(input)?.monthly.total;
    let next = month
        .add_months(1)
        .ok_or(IuranError::Invalid(Field::BulanTerlambat))?;
    let day = rule.value.day.min(days_in_month(next.year(), next.month()));
    let batas_bayar =
        Date::new(next.year(), next.month(), day).ok_or(IuranError::Invalid(Field::BulanTerlambat))?;
    let tarif = rule.value.fine_per_month;
    let denda = iuran
        .percent(tarif)
        .checked_mul(Decimal::from(bulan_terlambat))
        .ok_or(IuranError::TooLarge(Field::BulanTerlambat))?
        .rounded();
    Ok(PuDenda {
        bulan_iuran: month,
        batas_bayar,
        iuran,
        bulan_terlambat,
        tarif_per_bulan: tarif,
        denda,
        source: rule.source,
    })
}

/// What `bulan_terlambat` unpaid months mean for a BPU participant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BpuTerlambat {
    pub bulan_terlambat: u16,
    /// Always zero: BPU pay no fine.
    pub denda: Rupiah,
    /// Months of arrears that may still be paid.
    pub bulan_tenggang: u8,
    /// More consecutive unpaid months than the grace: membership has ended (it can be restarted).
    pub berakhir: bool,
    /// Source of the grace and lapse rule.
    pub source: Source,
    /// Source of "no fine".
    pub denda_source: Source,
}

/// The BPU rule for `bulan_terlambat` unpaid months counted from the contribution month `date`.
pub fn bpu_terlambat(date: Date, bulan_terlambat: u16) -> Result<BpuTerlambat, IuranError> {
    if bulan_terlambat > MAX_BULAN_TERLAMBAT {
        return Err(IuranError::TooLarge(Field::BulanTerlambat));
    }
    let rule = BPU_LAPSE.at(date.first_of_month())?;
    Ok(BpuTerlambat {
        bulan_terlambat,
        denda: Rupiah::ZERO,
        bulan_tenggang: rule.value.grace_months,
        berakhir: bulan_terlambat > u16::from(rule.value.grace_months),
        source: rule.source,
        denda_source: rule.value.fine_source,
    })
}
