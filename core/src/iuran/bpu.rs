//! BPU (Bukan Penerima Upah, self-employed): JKK and JKM, optional JHT, paid by the participant for
//! one or several months at once. Each month paid is priced with the rules of that month: a
//! temporary discount (PP 50/2025) is a property of the contribution month, not of the payment.

use super::{
    check_amount, monthly_line, with_relief, Amounts, Field, Formula, IuranError, IuranResult, Line, Program,
    Segmen, Warning, MAX_UPAH,
};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use crate::rules::bpu::{self as rules, LevelDoubt};
use crate::rules::relief::{self, Measure};
use crate::rules::Source;
use rust_decimal::Decimal;

/// The divisor for the cost per day: 30 days.
///
/// Protection covers every calendar day, so the working-day count used for daily wages would
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
    /// Months paid at once: one of [`rules::PAYMENT_MONTHS`].
    pub bayar_bulan: u8,
    /// Works in transport (ojol, ojek pangkalan, drivers, couriers, logistics): PP 50/2025 window.
    pub transportasi: bool,
    /// Contributions paid from APBN/APBD: PP 50/2025 does not apply.
    pub apbd: bool,
}

/// The income level (tingkat penghasilan, PP 44/2015 Lampiran II) a declared income pays on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BpuLevel {
    /// The income typed by the participant.
    pub penghasilan: Rupiah,
    /// The level JKK and JHT are computed on.
    pub level: Rupiah,
    /// The range of incomes that pay on this level: `[range_from, range_until)`.
    pub range_from: Rupiah,
    /// `None` for the top range.
    pub range_until: Option<Rupiah>,
    /// Why this row of the table is doubtful, if it is (the UI says so next to the level).
    pub doubt: Option<LevelDoubt>,
    /// The table's source (one secondary source).
    pub source: Source,
}

/// One month of a BPU payment and what it costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BpuMonth {
    /// The first day of the contribution month.
    pub month: Date,
    /// What the participant pays for this month.
    pub amounts: Amounts,
    /// What the month would cost without a temporary measure.
    pub normal: Rupiah,
    /// The temporary measure that lowered this month, if any.
    pub measure: Option<Measure>,
}

/// The BPU-only part of a result: the level used and the months paid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BpuDetail {
    pub level: BpuLevel,
    /// One entry per month paid, in order; their sum is the result's `period` total.
    pub months: Vec<BpuMonth>,
}

/// The contributions of each month paid, with the rules of that month.
pub fn bpu(input: &BpuInput) -> Result<IuranResult, IuranError> {
    check_amount(input.penghasilan, MAX_UPAH, Field::Penghasilan)?;
    let date = input.date;
    if !rules::PAYMENT_MONTHS.at(date)?.value.contains(&input.bayar_bulan) {
        return Err(IuranError::Invalid(Field::BayarBulan));
    }
    let first = date.first_of_month();
    let mut lines: Vec<Line> = Vec::new();
    let mut months = Vec::with_capacity(usize::from(input.bayar_bulan));
    let mut warnings = Vec::new();
    let mut level = None;
    for offset in 0..input.bayar_bulan {
        let month = first
            .add_months(i32::from(offset))
            .ok_or(IuranError::Invalid(Field::BayarBulan))?;
        let priced = one_month(input, month)?;
        for warning in priced.warnings {
            if !warnings.contains(&warning) {
                warnings.push(warning);
            }
        }
        let amounts = priced
            .lines
            .iter()
            .fold(Amounts::ZERO, |sum, line| sum.plus(line.amounts));
        let normal = priced.lines.iter().fold(Rupiah::ZERO, |sum, line| {
            sum + line.relief.map_or(line.amounts.total, |r| r.normal.total) // ok: bounded inputs
        });
        months.push(BpuMonth {
            month,
            amounts,
            normal,
            measure: priced.lines.iter().find_map(|l| l.relief.map(|r| r.measure)),
        });
        if lines.is_empty() {
            lines = priced.lines;
            level = Some(priced.level);
        } else {
            for (line, later) in lines.iter_mut().zip(&priced.lines) {
                line.per_period = line.per_period.plus(later.amounts);
            }
        }
    }
    let Some(level) = level else {
        return Err(IuranError::Invalid(Field::BayarBulan));
    };

    let mut result = IuranResult::new(
        Segmen::Bpu,
        date,
        Some(u16::from(input.bayar_bulan)),
        lines,
        warnings,
    );
    let per_day = result.monthly.total.amount() / Decimal::from(DAYS_PER_MONTH); // ok: constant divisor 30
    result.per_day = Some(Rupiah::new(per_day).rounded());
    result.bpu = Some(BpuDetail { level, months });
    Ok(result)
}

/// What a self-paying BPU participant pays at least for one month starting on `date` (the lowest
/// income level, JKK and JKM, no JHT), with any temporary discount of that month.
pub fn bpu_minimum(date: Date) -> Result<Rupiah, IuranError> {
    let result = bpu(&BpuInput {
        date,
        penghasilan: Rupiah::ZERO,
        jht: false,
        bayar_bulan: 1,
        transportasi: false,
        apbd: false,
    })?;
    Ok(result.monthly.total)
}

struct PricedMonth {
    lines: Vec<Line>,
    level: BpuLevel,
    warnings: Vec<Warning>,
}

/// One contribution month with the rules in force on its first day.
fn one_month(input: &BpuInput, month: Date) -> Result<PricedMonth, IuranError> {
    let jkk = rules::JKK.at(month)?;
    let jkm = rules::JKM.at(month)?;
    let jht = rules::JHT.at(month)?;
    let levels = rules::LEVELS.at(month)?;

    let mut warnings = Vec::new();
    let Some((row, next)) = levels.value.for_income(input.penghasilan) else {
        return Err(IuranError::NotCovered(crate::rules::NotCovered {
            rule: rules::LEVELS.id,
            date: month,
            known: rules::LEVELS.span(),
        }));
    };
    if input.penghasilan < row.level && levels.value.lowest() == Some(row.level) {
        warnings.push(Warning::PenghasilanBelowLevels { min: row.level });
    }
    if input.penghasilan > row.level && next.is_none() {
        warnings.push(Warning::PenghasilanAboveLevels { max: row.level });
    }
    if let Some(doubt) = row.doubt {
        warnings.push(Warning::BpuLevelDoubtful {
            level: row.level,
            doubt,
        });
    }
    let level = BpuLevel {
        penghasilan: input.penghasilan,
        level: row.level,
        range_from: row.from,
        range_until: next,
        doubt: row.doubt,
        source: levels.source,
    };
    let level_confidence = row.confidence;

    let pp50 = relief::bpu_2026(input.transportasi).in_month(month);
    if input.apbd && pp50.is_some() {
        warnings.push(Warning::ReliefNotForApbd);
    }
    let discount = relief::COVID_JKK_JKM
        .in_month(month)
        .or(pp50.filter(|_| !input.apbd));

    let (amounts, applied) = with_relief(row.level.percent(jkk.value), Rupiah::ZERO, discount);
    let mut lines = vec![monthly_line(
        Program::Jkk,
        amounts,
        1,
        level_formula(input.penghasilan, row.level, jkk.value),
        jkk.source,
        jkk.source.confidence.weaker(level_confidence),
        applied,
    )];

    let (amounts, applied) = with_relief(jkm.value, Rupiah::ZERO, discount);
    lines.push(monthly_line(
        Program::Jkm,
        amounts,
        1,
        Formula::Flat { amount: jkm.value },
        jkm.source,
        jkm.source.confidence,
        applied,
    ));

    if input.jht {
        let (amounts, _) = with_relief(row.level.percent(jht.value), Rupiah::ZERO, None);
        lines.push(monthly_line(
            Program::Jht,
            amounts,
            1,
            level_formula(input.penghasilan, row.level, jht.value),
            jht.source,
            jht.source.confidence.weaker(level_confidence),
            None,
        ));
    }
    Ok(PricedMonth {
        lines,
        level,
        warnings,
    })
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
    use crate::rules::Confidence;

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

    // PP 44/2015 Lampiran II: the lowest level Rp1.000.000 → JKK 1% = Rp10.000, JKM Rp6.800;
    // PP 46/2015 Lampiran: JHT 2% = Rp20.000.
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

    // PP 44/2015 Lampiran II (one secondary source): Rp3 jt lies in 2,7–3,2 jt → level 2.950.000.
    #[test]
    fn an_income_pays_on_the_level_of_its_range_marked_one_source() {
        let result = bpu(&input(Date::ymd(2025, 1, 1), 3_000_000, true)).unwrap();
        assert!(result.warnings.is_empty());
        let jkk = result.line(Program::Jkk).map(|l| (l.amounts.total, l.confidence));
        assert_eq!(jkk, Some((Rupiah::from_whole(29_500), Confidence::OneSource)));
        let level = result
            .bpu
            .map(|b| (b.level.level, b.level.range_from, b.level.range_until));
        assert_eq!(
            level,
            Some((
                Rupiah::from_whole(2_950_000),
                Rupiah::from_whole(2_700_000),
                Some(Rupiah::from_whole(3_200_000))
            ))
        );
    }
}
