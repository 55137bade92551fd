//! PU (Penerima Upah, wage earners): JKK, JKM, JHT, JP and the JKP information line.

use super::{
    check_amount, monthly_line, with_relief, Amounts, Cadence, Cap, Field, Formula, IuranError, IuranResult,
    Line, LineStatus, Program, Segmen, Warning, MAX_UPAH,
};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use crate::rules::{pu as rules, relief, NotCovered};
use rust_decimal::Decimal;

/// A PU calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PuInput {
    /// The contribution month (any day of it).
    pub date: Date,
    /// Monthly wage (upah): basic wage + fixed allowances.
    pub upah: Rupiah,
    /// The employer's JKK risk class.
    pub risiko: rules::RiskClass,
    /// The employer is a qualifying labour-intensive industry and opted in to PP 7/2025 / PP 36/2025.
    pub padat_karya: bool,
    /// A JP cap the user was told, used only for a month whose cap is not published yet (and
    /// marked as the user's own figure); a published cap always wins.
    pub batas_jp: Option<Rupiah>,
}

/// Monthly wage from a daily wage: daily wage × the days of [`rules::DAILY_WAGE_DAYS`].
pub fn upah_from_daily(daily: Rupiah, date: Date) -> Result<Rupiah, IuranError> {
    check_amount(daily, MAX_UPAH, Field::UpahHarian)?;
    let days = rules::DAILY_WAGE_DAYS.at(date)?.value;
    let upah = daily
        .checked_mul(Decimal::from(days))
        .ok_or(IuranError::TooLarge(Field::UpahHarian))?;
    check_amount(upah, MAX_UPAH, Field::UpahHarian)?;
    Ok(upah)
}

/// The daily wage that gives `upah` a month: the inverse of [`upah_from_daily`], rounded.
pub fn daily_from_upah(upah: Rupiah, date: Date) -> Result<Rupiah, IuranError> {
    check_amount(upah, MAX_UPAH, Field::Upah)?;
    let days = rules::DAILY_WAGE_DAYS.at(date)?.value;
    let daily = upah
        .amount()
        .checked_div(Decimal::from(days))
        .ok_or(IuranError::Invalid(Field::UpahHarian))?;
    Ok(Rupiah::new(daily).rounded())
}

/// The contributions of one month.
pub fn pu(input: &PuInput) -> Result<IuranResult, IuranError> {
    check_input(input)?;
    month(input, input.date)
}

fn check_input(input: &PuInput) -> Result<(), IuranError> {
    check_amount(input.upah, MAX_UPAH, Field::Upah)?;
    if let Some(cap) = input.batas_jp {
        check_amount(cap, MAX_UPAH, Field::BatasJp)?;
    }
    Ok(())
}

fn month(input: &PuInput, date: Date) -> Result<IuranResult, IuranError> {
    let upah = input.upah;
    let jkk = rules::JKK.at(date)?;
    let jkm = rules::JKM.at(date)?;
    let jht = rules::JHT.at(date)?;
    let jp = rules::JP.at(date)?;
    let covid = relief::COVID_JKK_JKM.in_month(date);
    let padat_karya = relief::PADAT_KARYA_JKK.in_month(date);
    let mut warnings = Vec::new();
    if input.padat_karya && padat_karya.is_none() {
        warnings.push(Warning::PadatKaryaOutsideWindow);
    }

    let jkk_rate = jkk.value.rate(input.risiko);
    let jkk_relief = covid.or(padat_karya.filter(|_| input.padat_karya));
    let (amounts, applied) = with_relief(Rupiah::ZERO, upah.percent(jkk_rate), jkk_relief);
    let mut lines = vec![monthly_line(
        Program::Jkk,
        amounts,
        1,
        rate_formula(upah, upah, Percent::ZERO, jkk_rate, None),
        jkk.source,
        jkk.source.confidence,
        applied,
    )];

    let (amounts, applied) = with_relief(Rupiah::ZERO, upah.percent(jkm.value), covid);
    lines.push(monthly_line(
        Program::Jkm,
        amounts,
        1,
        rate_formula(upah, upah, Percent::ZERO, jkm.value, None),
        jkm.source,
        jkm.source.confidence,
        applied,
    ));

    let split = jht.value;
    let (amounts, _) = with_relief(upah.percent(split.worker), upah.percent(split.employer), None);
    lines.push(monthly_line(
        Program::Jht,
        amounts,
        1,
        rate_formula(upah, upah, split.worker, split.employer, None),
        jht.source,
        jht.source.confidence,
        None,
    ));

    let jp_cap = match (rules::JP_WAGE_CAP.at(date), input.batas_jp) {
        (Ok(cap), _) => Ok((cap.value, cap.source, false)),
        (Err(missing), Some(typed)) => {
            warnings.push(Warning::JpCapFromUser { cap: typed, missing });
            Ok((typed, rules::USER_JP_WAGE_CAP, true))
        }
        (Err(missing), None) => Err(missing),
    };
    match jp_cap {
        Ok((cap_value, cap_source, from_user)) => {
            let applied_cap = upah > cap_value;
            if applied_cap {
                warnings.push(Warning::UpahAboveJpCap { cap: cap_value });
            }
            let base = upah.min(cap_value);
            let split = jp.value;
            let (amounts, applied) = with_relief(
                base.percent(split.worker),
                base.percent(split.employer),
                relief::COVID_JP.in_month(date),
            );
            let cap = Cap {
                value: cap_value,
                applied: applied_cap,
                source: cap_source,
                from_user,
            };
            lines.push(monthly_line(
                Program::Jp,
                amounts,
                1,
                rate_formula(upah, base, split.worker, split.employer, Some(cap)),
                jp.source,
                jp.source.confidence.weaker(cap.source.confidence),
                applied,
            ));
        }
        Err(missing) => {
            warnings.push(Warning::JpCapNotPublished(missing));
            lines.push(unavailable(Program::Jp, missing, jp.source));
        }
    }

    // JKP exists from 2021-02-02; before that there is simply no line.
    if let Ok(jkp) = rules::JKP.at(date) {
        let cap = jkp.value.wage_cap;
        let base = upah.min(cap);
        lines.push(Line {
            program: Program::Jkp,
            stage: None,
            status: LineStatus::Information {
                amount: base.percent(jkp.value.rate).rounded(),
            },
            cadence: Cadence::Monthly,
            amounts: Amounts::ZERO,
            per_period: Amounts::ZERO,
            formula: Some(Formula::Jkp {
                wage: upah,
                base,
                cap: Cap {
                    value: cap,
                    applied: upah > cap,
                    source: jkp.source,
                    from_user: false,
                },
                rule: jkp.value,
            }),
            source: jkp.source,
            confidence: jkp.source.confidence,
            relief: None,
        });
    }

    Ok(IuranResult::new(Segmen::Pu, date, Some(1), lines, warnings))
}

fn rate_formula(wage: Rupiah, base: Rupiah, worker: Percent, employer: Percent, cap: Option<Cap>) -> Formula {
    Formula::Rate {
        wage,
        base,
        worker_rate: worker,
        employer_rate: employer,
        cap,
    }
}

fn unavailable(program: Program, missing: NotCovered, source: crate::rules::Source) -> Line {
    Line {
        program,
        stage: None,
        status: LineStatus::Unavailable(missing),
        cadence: Cadence::Monthly,
        amounts: Amounts::ZERO,
        per_period: Amounts::ZERO,
        formula: None,
        source,
        confidence: source.confidence,
        relief: None,
    }
}

/// One month of a [`YearView`]: its first day and its result, or why no rule covers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthView {
    pub month: Date,
    pub result: Result<IuranResult, IuranError>,
}

/// A calendar year month by month (the JP cap changes in March; relief windows apply per month).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearView {
    pub year: u16,
    /// Always 12 entries, January to December.
    pub months: Vec<MonthView>,
    /// Sum of the months that computed.
    pub total: Amounts,
    /// How many months computed.
    pub computed: u8,
    /// Programmes left out of some month's total (e.g. JP where no cap is published).
    pub excluded: Vec<Program>,
    /// Each programme's yearly total per payer, in the order the lines appear (JKK, JKM, JHT,
    /// JP), as an employer's finance staff reconcile it.
    pub programs: Vec<ProgramYear>,
}

/// One programme over a calendar year: the sum of its charged months, each month priced with
/// that month's rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProgramYear {
    pub program: Program,
    /// Worker part, employer part and their sum over the year.
    pub amounts: Amounts,
    /// How many months of the year the programme was charged.
    pub months: u8,
}

/// The PU contributions of each month of `year`; `input.date` is ignored (each month uses its first
/// day). A month no rule covers is an error entry, not an error of the whole year.
pub fn pu_year(input: &PuInput, year: u16) -> Result<YearView, IuranError> {
    check_input(input)?;
    let mut months = Vec::with_capacity(12);
    for m in 1..=12 {
        let first = Date::new(year, m, 1).ok_or(IuranError::Invalid(Field::Tahun))?;
        months.push(MonthView {
            month: first,
            result: month(input, first),
        });
    }
    let mut total = Amounts::ZERO;
    let mut computed = 0;
    let mut excluded = Vec::new();
    let mut programs: Vec<ProgramYear> = Vec::new();
    for result in months.iter().filter_map(|m| m.result.as_ref().ok()) {
        total = total.plus(result.period);
        computed += 1; // ok: at most 12 months
        for line in result.lines.iter().filter(|l| l.counted()) {
            match programs.iter_mut().find(|p| p.program == line.program) {
                Some(program) => {
                    program.amounts = program.amounts.plus(line.per_period);
                    program.months += 1; // ok: at most 12 months
                }
                None => programs.push(ProgramYear {
                    program: line.program,
                    amounts: line.per_period,
                    months: 1,
                }),
            }
        }
        for program in &result.excluded {
            if !excluded.contains(program) {
                excluded.push(*program);
            }
        }
    }
    Ok(YearView {
        year,
        months,
        total,
        computed,
        excluded,
        programs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleId;

    fn input(date: Date, upah: i64) -> PuInput {
        PuInput {
            date,
            upah: Rupiah::from_whole(upah),
            risiko: rules::RiskClass::I,
            padat_karya: false,
            batas_jp: None,
        }
    }

    #[test]
    fn class_one_at_five_million() {
        let result = pu(&input(Date::ymd(2025, 6, 1), 5_000_000)).unwrap();
        assert_eq!(result.monthly.employer, Rupiah::from_whole(312_000));
        assert_eq!(result.monthly.worker, Rupiah::from_whole(150_000));
        assert!(result.warnings.is_empty());
        let jkp = result.line(Program::Jkp).map(|l| l.status);
        assert_eq!(
            jkp,
            Some(LineStatus::Information {
                amount: Rupiah::from_whole(18_000)
            })
        );
    }

    #[test]
    fn without_a_published_jp_cap_other_programmes_stay_and_jp_is_unavailable() {
        let gap = rules::JP_WAGE_CAP.first_date_without_data().unwrap();
        let result = pu(&input(gap, 5_000_000)).unwrap();
        assert_eq!(result.excluded, vec![Program::Jp]);
        let jp = result.line(Program::Jp).map(|l| l.status);
        assert!(matches!(
            jp,
            Some(LineStatus::Unavailable(NotCovered {
                rule: RuleId::JpWageCap,
                ..
            }))
        ));
        assert_eq!(result.monthly.worker, Rupiah::from_whole(100_000));
    }

    #[test]
    fn daily_wage_times_25() {
        assert_eq!(
            upah_from_daily(Rupiah::from_whole(150_000), Date::ymd(2025, 1, 1)),
            Ok(Rupiah::from_whole(3_750_000))
        );
        assert_eq!(
            upah_from_daily(Rupiah::from_whole(50_000_000), Date::ymd(2025, 1, 1)),
            Err(IuranError::TooLarge(Field::UpahHarian))
        );
    }

    #[test]
    fn year_view_has_twelve_months_and_rejects_impossible_years() {
        let view = pu_year(&input(Date::ymd(2015, 1, 1), 5_000_000), 2015).unwrap();
        assert_eq!(view.months.len(), 12);
        assert_eq!(view.computed, 6);
        assert_eq!(
            pu_year(&input(Date::ymd(2015, 1, 1), 5_000_000), 9999),
            Err(IuranError::Invalid(Field::Tahun))
        );
    }
}
