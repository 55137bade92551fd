//! Regulation parameters as dated data, each with its legal source and a confidence mark.
//!
//! Every rate, cap, amount and table of the project lives under this module (one file per
//! subject) and nowhere else. A value is a [`Dated`] entry: the period in which it is in force, the
//! value, and the [`Source`] (regulation, article, confidence as in
//! `shared/reference/regulations.md`). [`in_force`] picks the entry for a date and **fails closed**:
//! a date that no entry covers is an error naming the rule, never a silent reuse of another year.

pub mod bpu;
pub mod jakon;
pub mod manfaat;
pub mod pmi;
pub mod pu;
pub mod relief;

use crate::date::Date;

/// How well a value is sourced (the marks of `reference/regulations.md`). The app marks every
/// value that is not [`Confidence::Confirmed`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Confidence {
    /// Two or more independent sources agree, at least one quoting the regulation.
    Confirmed,
    /// One source only.
    OneSource,
    /// Sources disagree; the recommended value is used.
    Conflicting,
    /// Computed with the regulation's own formula from confirmed values.
    Derived,
    /// No source found; general knowledge.
    Unverified,
    /// A stand-in until the primary table is found (e.g. BPU income levels).
    Provisional,
}

impl Confidence {
    pub const fn is_weak(self) -> bool {
        !matches!(self, Confidence::Confirmed)
    }
}

/// Where a value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    /// Short regulation name, e.g. `PP 44/2015`.
    pub regulation: &'static str,
    /// Article, paragraph or annex, e.g. `Pasal 16(1) + Lampiran I`.
    pub article: &'static str,
    pub confidence: Confidence,
}

/// A half-open period `[from, until)`; `until = None` means "until further notice".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Period {
    pub from: Date,
    pub until: Option<Date>,
}

impl Period {
    pub const fn from(from: Date) -> Period {
        Period { from, until: None }
    }

    pub const fn between(from: Date, until: Date) -> Period {
        Period {
            from,
            until: Some(until),
        }
    }

    pub fn contains(&self, date: Date) -> bool {
        date >= self.from && self.until.is_none_or(|until| date < until)
    }
}

/// One value of a rule, in force during `period`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dated<T: 'static> {
    pub period: Period,
    pub value: T,
    pub source: Source,
}

/// The rules, named so that an error can say which one has no value for a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleId {
    /// PU contribution rates (JKK classes, JKM, JHT, JP).
    PuRates,
    /// The JP wage cap, adjusted every March.
    JpWageCap,
    /// JP monthly benefit minimum and maximum.
    JpBenefitBounds,
    /// JP retirement age.
    JpRetirementAge,
    /// JKP contribution and benefit.
    Jkp,
    /// BPU contributions (JKK on the income level, flat JKM, optional JHT).
    BpuRates,
    /// Construction (Jakon) tiers on contract value.
    JakonTiers,
    /// Migrant-worker (PMI) packages.
    PmiPackages,
    /// JKM death benefit.
    JkmBenefit,
    /// JKK benefits.
    JkkBenefit,
    /// Education scholarship.
    Beasiswa,
    /// JHT payout age and rules.
    Jht,
}

/// No value of `rule` is in force on `date`. `known` is the span the table does cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotCovered {
    pub rule: RuleId,
    pub date: Date,
    pub known: Option<Period>,
}

/// The entry of `table` in force on `date`, or [`NotCovered`].
pub fn in_force<T>(
    rule: RuleId,
    table: &'static [Dated<T>],
    date: Date,
) -> Result<&'static Dated<T>, NotCovered> {
    table
        .iter()
        .find(|entry| entry.period.contains(date))
        .ok_or(NotCovered {
            rule,
            date,
            known: span(table),
        })
}

/// The first date to the last date a table covers (gaps inside are still errors in [`in_force`]).
pub fn span<T>(table: &[Dated<T>]) -> Option<Period> {
    let from = table.iter().map(|e| e.period.from).min()?;
    let until = if table.iter().any(|e| e.period.until.is_none()) {
        None
    } else {
        table.iter().filter_map(|e| e.period.until).max()
    };
    Some(Period { from, until })
}

/// Checks a literal table: real dates, non-empty periods, sorted and non-overlapping.
/// Each rules file calls this from its tests.
#[cfg(test)]
pub fn assert_well_formed<T>(table: &[Dated<T>]) {
    for entry in table {
        assert!(entry.period.from.is_valid(), "invalid date {}", entry.period.from);
        if let Some(until) = entry.period.until {
            assert!(until.is_valid(), "invalid date {until}");
            assert!(
                entry.period.from < until,
                "empty period from {}",
                entry.period.from
            );
        }
        assert!(!entry.source.regulation.is_empty() && !entry.source.article.is_empty());
    }
    for pair in table.windows(2) {
        let until = pair[0]
            .period
            .until
            .expect("only the last entry may be open-ended");
        assert!(until <= pair[1].period.from, "overlap at {}", pair[1].period.from);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: Source = Source {
        regulation: "PP 1/2000",
        article: "Pasal 1",
        confidence: Confidence::Confirmed,
    };
    static TABLE: [Dated<u32>; 2] = [
        Dated {
            period: Period::between(Date::ymd(2015, 7, 1), Date::ymd(2016, 3, 1)),
            value: 1,
            source: SRC,
        },
        Dated {
            period: Period::between(Date::ymd(2016, 3, 1), Date::ymd(2017, 3, 1)),
            value: 2,
            source: SRC,
        },
    ];

    #[test]
    fn picks_the_entry_in_force_and_fails_closed_outside() {
        assert_well_formed(&TABLE);
        assert_eq!(
            in_force(RuleId::JpWageCap, &TABLE, Date::ymd(2016, 2, 29)).map(|e| e.value),
            Ok(1)
        );
        assert_eq!(
            in_force(RuleId::JpWageCap, &TABLE, Date::ymd(2016, 3, 1)).map(|e| e.value),
            Ok(2)
        );
        let err = in_force(RuleId::JpWageCap, &TABLE, Date::ymd(2017, 3, 1)).unwrap_err();
        assert_eq!(
            err.known,
            Some(Period::between(Date::ymd(2015, 7, 1), Date::ymd(2017, 3, 1)))
        );
        assert!(in_force(RuleId::JpWageCap, &TABLE, Date::ymd(2015, 6, 30)).is_err());
    }
}
