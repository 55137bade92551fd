//! BPU (Bukan Penerima Upah, self-employed): JKK and JKM, optional JHT, paid by the participant for
//! 1, 3, 6 or 12 months at once.

use super::{
    check_amount, monthly_line, weaker, with_relief, Field, Formula, IuranError, IuranResult, Program,
    Segmen, Warning, MAX_UPAH,
};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use crate::rules::{bpu as rules, relief, Confidence};
use rust_decimal::Decimal;

/// The divisor for the cost per day: 30 days.
///
/// Protection covers every calendar day, so the working-day count used for daily wages (25) would
/// overstate the daily cost. 30 is the usual round month: a year averages 30,4 days a month, so the
/// figure errs slightly high rather than low, and "Rp16.800 ÷ 30 = Rp560" is easy to check by hand.
pub const DAYS_PER_MONTH: u8 = 30;

/// A BPU calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BpuInput {
    /// The (first) contribution month.
    pub date: Date,
    /// Declared monthly income (penghasilan).
    pub penghasilan: Rupiah,
    /// Also join JHT (optional for BPU).
    pub jht: bool,
    /// Months paid at once: 1, 3, 6 or 12.
    pub bayar_bulan: u8,
    /// Works in transport (ojol, ojek pangkalan, drivers, couriers, logistics): PP 50/2025 window.
    pub transportasi: bool,
    /// Contributions paid from APBN/APBD: PP 50/2025 does not apply.
    pub apbd: bool,
}

/// The contributions per month and per payment period.
///
/// The income level is the declared income limited to the known range (see
/// [`crate::rules::bpu`]); any level between the two confirmed end points is provisional.
pub fn bpu(input: &BpuInput) -> Result<IuranResult, IuranError> {
    check_amount(input.penghasilan, MAX_UPAH, Field::Penghasilan)?;
    let date = input.date;
    if !rules::payment_months(date)?.value.contains(&input.bayar_bulan) {
        return Err(IuranError::Invalid(Field::BayarBulan));
    }
    let months = u16::from(input.bayar_bulan);
    let jkk = rules::jkk(date)?;
    let jkm = rules::jkm(date)?;
    let jht = rules::jht(date)?;
    let levels = rules::levels(date)?;

    let mut warnings = Vec::new();
    let range = levels.value;
    let level = if input.penghasilan < range.min {
        warnings.push(Warning::PenghasilanBelowLevels { min: range.min });
        range.min
    } else if input.penghasilan > range.max {
        warnings.push(Warning::PenghasilanAboveLevels { max: range.max });
        range.max
    } else {
        input.penghasilan
    };
    let level_confidence = if range.is_end_point(level) {
        levels.source.confidence
    } else {
        warnings.push(Warning::ProvisionalBpuLevel);
        Confidence::Provisional
    };

    let pp50 = relief::bpu_2026(date, input.transportasi);
    if input.apbd && pp50.is_some() {
        warnings.push(Warning::ReliefNotForApbd);
    }
    let discount = relief::covid_jkk_jkm(date).or(pp50.filter(|_| !input.apbd));

    let (amounts, applied) = with_relief(level.percent(jkk.value), Rupiah::ZERO, discount);
    let mut lines = vec![monthly_line(
        Program::Jkk,
        amounts,
        months,
        level_formula(input.penghasilan, level, jkk.value),
        jkk.source,
        weaker(jkk.source.confidence, level_confidence),
        applied,
    )];

    let (amounts, applied) = with_relief(jkm.value, Rupiah::ZERO, discount);
    lines.push(monthly_line(
        Program::Jkm,
        amounts,
        months,
        Formula::Flat { amount: jkm.value },
        jkm.source,
        jkm.source.confidence,
        applied,
    ));

    if input.jht {
        let (amounts, _) = with_relief(level.percent(jht.value), Rupiah::ZERO, None);
        lines.push(monthly_line(
            Program::Jht,
            amounts,
            months,
            level_formula(input.penghasilan, level, jht.value),
            jht.source,
            weaker(jht.source.confidence, level_confidence),
            None,
        ));
    }

    let mut result = IuranResult::new(Segmen::Bpu, date, Some(months), lines, warnings);
    let per_day = result.monthly.total.amount() / Decimal::from(DAYS_PER_MONTH); // ok: constant divisor 30
    result.per_day = Some(Rupiah::new(per_day).rounded());
    Ok(result)
}

fn level_formula(penghasilan: Rupiah, level: Rupiah, rate: Percent) -> Formula {
    Formula::Rate {
        wage: penghasilan,
        base: level,
        worker_rate: rate,
        employer_rate: Percent::ZERO,
        cap: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(date: Date, penghasilan: i64, jht: bool) -> BpuInput {
        BpuInput {
            date,
            penghasilan: Rupiah::from_whole(penghasilan),
            jht,
            bayar_bulan: 3,
            transportasi: false,
            apbd: false,
        }
    }

    #[test]
    fn minimum_packages_per_month_period_and_day() {
        let result = bpu(&input(Date::ymd(2025, 1, 1), 1_000_000, false)).unwrap();
        assert_eq!(result.monthly.total, Rupiah::from_whole(16_800));
        assert_eq!(result.period.total, Rupiah::from_whole(50_400));
        assert_eq!(result.per_day, Some(Rupiah::from_whole(560)));
        assert!(result.warnings.is_empty());
        let result = bpu(&input(Date::ymd(2025, 1, 1), 1_000_000, true)).unwrap();
        assert_eq!(result.monthly.total, Rupiah::from_whole(36_800));
    }

    #[test]
    fn rejects_other_payment_periods() {
        let mut bad = input(Date::ymd(2025, 1, 1), 1_000_000, false);
        bad.bayar_bulan = 2;
        assert_eq!(bpu(&bad), Err(IuranError::Invalid(Field::BayarBulan)));
    }

    #[test]
    fn in_between_levels_are_provisional() {
        let result = bpu(&input(Date::ymd(2025, 1, 1), 3_000_000, true)).unwrap();
        assert_eq!(result.warnings, vec![Warning::ProvisionalBpuLevel]);
        let jkk = result.line(Program::Jkk).map(|l| (l.amounts.total, l.confidence));
        assert_eq!(jkk, Some((Rupiah::from_whole(30_000), Confidence::Provisional)));
    }
}
