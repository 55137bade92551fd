//! PMI (Pekerja Migran Indonesia): JKK+JKM packages paid once, and optional monthly JHT.

use super::{
    check_amount, monthly_line, once_line, scale, with_relief, Field, Formula, IuranError, IuranResult,
    PmiStage, Program, Segmen,
};
use crate::date::Date;
use crate::money::Rupiah;
use crate::rules::pmi::{self as rules, Kontrak};
use rust_decimal::Decimal;

/// Largest number of extra months accepted beyond the contract package (10 years).
pub const MAX_TAMBAHAN_BULAN: u16 = 120;

/// A migrant-worker calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PmiInput {
    /// The payment date (before departure).
    pub date: Date,
    /// Contract length.
    pub kontrak: Kontrak,
    /// Months beyond the contract package (each paid at the extra-month rate).
    pub tambahan_bulan: u16,
    /// Chosen monthly JHT amount; zero for none.
    pub jht_bulanan: Rupiah,
}

/// The packages and JHT for the whole placement. JHT is monthly over the contract plus the extra
/// months; `period` totals cover those months.
pub fn pmi(input: &PmiInput) -> Result<IuranResult, IuranError> {
    if input.tambahan_bulan > MAX_TAMBAHAN_BULAN {
        return Err(IuranError::TooLarge(Field::TambahanBulan));
    }
    let date = input.date;
    let packages = rules::PACKAGES.at(date)?;
    let choices = rules::JHT_CHOICES.at(date)?;
    let jht = input.jht_bulanan;
    if jht.is_negative() {
        return Err(IuranError::Negative(Field::JhtBulanan));
    }
    if jht != Rupiah::ZERO && !choices.value.contains(&jht) {
        check_amount(
            jht,
            choices.value.iter().copied().max().unwrap_or_default(),
            Field::JhtBulanan,
        )?;
        return Err(IuranError::Invalid(Field::JhtBulanan));
    }
    let months = u16::from(input.kontrak.months()) + input.tambahan_bulan; // ok: ≤ 24 + 120
    let source = packages.source;
    let by_worker = |amount: Rupiah| with_relief(amount, Rupiah::ZERO, None).0;

    let pre = packages.value.pre_placement;
    let mut lines = vec![once_line(
        Program::JkkJkm,
        Some(PmiStage::PraPenempatan),
        by_worker(pre),
        Formula::Flat { amount: pre },
        source,
        None,
    )];
    let placement = packages.value.placement(input.kontrak);
    lines.push(once_line(
        Program::JkkJkm,
        Some(PmiStage::Penempatan),
        by_worker(placement),
        Formula::Flat { amount: placement },
        source,
        None,
    ));
    if input.tambahan_bulan > 0 {
        let extra = packages.value.extra_month;
        lines.push(once_line(
            Program::JkkJkm,
            Some(PmiStage::TambahanBulan),
            by_worker(scale(extra, Decimal::from(input.tambahan_bulan))),
            Formula::PerMonth {
                amount: extra,
                months: input.tambahan_bulan,
            },
            source,
            None,
        ));
    }
    if jht != Rupiah::ZERO {
        lines.push(monthly_line(
            Program::Jht,
            by_worker(jht),
            months,
            Formula::Flat { amount: jht },
            choices.source,
            choices.source.confidence,
            None,
        ));
    }
    Ok(IuranResult::new(
        Segmen::Pmi,
        date,
        Some(months),
        lines,
        Vec::new(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_amounts_that_are_not_a_jht_choice() {
        let mut input = PmiInput {
            date: Date::ymd(2024, 1, 1),
            kontrak: Kontrak::Bulan24,
            tambahan_bulan: 0,
            jht_bulanan: Rupiah::from_whole(75_000),
        };
        assert_eq!(pmi(&input), Err(IuranError::Invalid(Field::JhtBulanan)));
        input.jht_bulanan = Rupiah::from_whole(5_000_000);
        assert_eq!(pmi(&input), Err(IuranError::TooLarge(Field::JhtBulanan)));
        input.jht_bulanan = Rupiah::from_whole(-50_000);
        assert_eq!(pmi(&input), Err(IuranError::Negative(Field::JhtBulanan)));
        input.tambahan_bulan = MAX_TAMBAHAN_BULAN + 1;
        assert_eq!(pmi(&input), Err(IuranError::TooLarge(Field::TambahanBulan)));
    }
}
