//! Regulation parameters as dated data, each with its legal source and a confidence mark.
//!
//! Every rate, cap, amount and table of the project lives under this module (one file per
//! subject) and nowhere else (`core/tests/tidy.rs` enforces it). A rule is a [`Rule`]: its
//! [`RuleId`] and its [`Dated`] values, each with the period in which it is in force and its
//! [`Source`] (regulation, article, confidence, public address). [`Rule::at`] picks the value for a
//! date and **fails closed**: a date that no value covers is an error naming the rule, never a
//! silent reuse of another year. A yearly update is one more row in one table.

pub mod bpu;
pub mod denda;
pub mod jakon;
pub mod manfaat;
pub mod pmi;
pub mod pu;
pub mod relief;

use crate::date::Date;

/// The day the rules below were last reviewed against their sources (shown in the footer).
pub const CHECKED_ON: Date = Date::ymd(2026, 12, 3);

/// How well a value is sourced. The app marks every value that is not [`Confidence::Confirmed`].
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
}

impl Confidence {
    pub const fn is_weak(self) -> bool {
        !matches!(self, Confidence::Confirmed)
    }

    /// The weaker of two marks (anything is weaker than [`Confidence::Confirmed`]).
    pub const fn weaker(self, other: Confidence) -> Confidence {
        if matches!(self, Confidence::Confirmed) {
            other
        } else {
            self
        }
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
    /// A public address of the regulation text or of the source that quotes it, where one exists.
    pub href: Option<&'static str>,
}

impl Source {
    pub const fn new(regulation: &'static str, article: &'static str, confidence: Confidence) -> Source {
        Source {
            regulation,
            article,
            confidence,
            href: None,
        }
    }

    pub const fn href(self, href: &'static str) -> Source {
        Source {
            href: Some(href),
            ..self
        }
    }

    pub const fn confidence(self, confidence: Confidence) -> Source {
        Source { confidence, ..self }
    }

    pub const fn article(self, article: &'static str) -> Source {
        Source { article, ..self }
    }
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

impl<T> Dated<T> {
    /// A value in force from `from` until further notice.
    pub const fn since(from: Date, value: T, source: Source) -> Dated<T> {
        Dated {
            period: Period::from(from),
            value,
            source,
        }
    }

    /// A value in force from `from` up to (not including) `until`.
    pub const fn between(from: Date, until: Date, value: T, source: Source) -> Dated<T> {
        Dated {
            period: Period::between(from, until),
            value,
            source,
        }
    }
}

/// The rules, named so that an error can say which one has no value for a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuleId {
    /// PU contribution rates (JKK classes, JKM, JHT, JP) and the wage base.
    PuRates,
    /// The JP wage cap, adjusted every March.
    JpWageCap,
    /// JP monthly benefit minimum and maximum.
    JpBenefitBounds,
    /// JP retirement age.
    JpRetirementAge,
    /// JKP contribution and benefit.
    Jkp,
    /// BPU contributions (JKK on the income level, flat JKM, optional JHT), levels, payment periods.
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
    /// Temporary contribution relief (a window outside which the measure simply does not apply).
    Relief,
    /// Payment deadline, late-payment fine (denda) and BPU lapse.
    LatePayment,
}

/// No value of `rule` is in force on `date`. `known` is the span the table does cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotCovered {
    pub rule: RuleId,
    pub date: Date,
    pub known: Option<Period>,
}

/// A rule: its name and its dated values, sorted and not overlapping.
#[derive(Debug)]
pub struct Rule<T: 'static> {
    pub id: RuleId,
    pub values: &'static [Dated<T>],
}

impl<T> Rule<T> {
    pub const fn new(id: RuleId, values: &'static [Dated<T>]) -> Rule<T> {
        Rule { id, values }
    }

    /// The value in force on `date`, or [`NotCovered`] naming this rule.
    pub fn at(&self, date: Date) -> Result<&'static Dated<T>, NotCovered> {
        self.values
            .iter()
            .find(|entry| entry.period.contains(date))
            .ok_or(NotCovered {
                rule: self.id,
                date,
                known: self.span(),
            })
    }

    /// The value in force in `date`'s contribution month (its first day), if any: for measures
    /// that cover whole months and outside their window simply do not apply.
    pub fn in_month(&self, date: Date) -> Option<&'static Dated<T>> {
        self.at(date.first_of_month()).ok()
    }

    /// The first to the last date the table covers (gaps inside are still errors in [`Rule::at`]).
    pub fn span(&self) -> Option<Period> {
        let from = self.values.iter().map(|e| e.period.from).min()?;
        let until = if self.values.iter().any(|e| e.period.until.is_none()) {
            None
        } else {
            self.values.iter().filter_map(|e| e.period.until).max()
        };
        Some(Period { from, until })
    }

    /// The first date after the table for which no value is published yet; `None` when the last
    /// value holds until further notice.
    pub fn first_date_without_data(&self) -> Option<Date> {
        self.span().and_then(|span| span.until)
    }

    /// The last value of the table.
    pub fn latest(&self) -> Option<&'static Dated<T>> {
        self.values.last()
    }
}

/// Checks a literal table: real dates, non-empty periods, sorted and non-overlapping, every value
/// with a regulation and an article. Each rules file calls this from its tests.
#[cfg(test)]
pub fn assert_well_formed<T>(rule: &Rule<T>) {
    assert!(!rule.values.is_empty(), "{:?} has no value", rule.id);
    for entry in rule.values {
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
        if let Some(href) = entry.source.href {
            assert!(href.starts_with("https://") || href.starts_with("http://"));
        }
    }
    for pair in rule.values.windows(2) {
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

    const SRC: Source = Source::new("PP 1/2000", "Pasal 1", Confidence::Confirmed);
    static TABLE: Rule<u32> = Rule::new(
        RuleId::JpWageCap,
        &[
            Dated::between(Date::ymd(2015, 7, 1), Date::ymd(2016, 3, 1), 1, SRC),
            Dated::between(Date::ymd(2016, 3, 1), Date::ymd(2017, 3, 1), 2, SRC),
        ],
    );

    #[test]
    fn picks_the_entry_in_force_and_fails_closed_outside() {
        assert_well_formed(&TABLE);
        assert_eq!(TABLE.at(Date::ymd(2016, 2, 29)).map(|e| e.value), Ok(1));
        assert_eq!(TABLE.at(Date::ymd(2016, 3, 1)).map(|e| e.value), Ok(2));
        let err = TABLE.at(Date::ymd(2017, 3, 1)).unwrap_err();
        assert_eq!(err.rule, RuleId::JpWageCap);
        assert_eq!(
            err.known,
            Some(Period::between(Date::ymd(2015, 7, 1), Date::ymd(2017, 3, 1)))
        );
        assert_eq!(TABLE.first_date_without_data(), Some(Date::ymd(2017, 3, 1)));
        assert!(TABLE.at(Date::ymd(2015, 6, 30)).is_err());
    }

    #[test]
    fn a_month_window_covers_every_day_of_its_months() {
        assert_eq!(TABLE.in_month(Date::ymd(2017, 2, 28)).map(|e| e.value), Some(2));
        assert_eq!(TABLE.in_month(Date::ymd(2015, 7, 31)).map(|e| e.value), Some(1));
        assert_eq!(TABLE.in_month(Date::ymd(2017, 3, 1)), None);
    }
}
