//! Calendar dates without time zones.
//!
//! The rules only need whole days and months (effective dates, contribution months), so a small
//! proleptic-Gregorian date is enough; a date crate would add size to the WebAssembly bundle for
//! features we do not use.

use std::fmt;

/// A calendar date. Ordering is chronological because the fields are compared year, month, day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// The years a date may have. Rules start in 2015; the upper bound only keeps arithmetic small.
pub const MIN_YEAR: u16 = 1900;
pub const MAX_YEAR: u16 = 2200;

impl Date {
    /// A date for the rule tables, written as a literal. Not validated here: the rule tables are
    /// checked by a test (`every_table_date_is_valid`), so a typo fails the build's tests.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// A validated date, or `None` when no such day exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (MIN_YEAR..=MAX_YEAR).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` exactly (the share-link format).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    pub const fn year(self) -> u16 {
        self.year
    }

    pub const fn month(self) -> u8 {
        self.month
    }

    pub const fn day(self) -> u8 {
        self.day
    }

    /// The first day of this date's month (contribution periods are whole months).
    pub const fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    /// Months since January of year 0; convenient for month arithmetic.
    pub const fn month_index(self) -> i32 {
        self.year as i32 * 12 + (self.month as i32 - 1)
    }

    /// The first day of the month `months` after (or before, if negative) this date's month.
    /// `None` outside the supported years.
    pub fn add_months(self, months: i32) -> Option<Date> {
        let index = self.month_index().checked_add(months)?;
        let year = u16::try_from(index.div_euclid(12)).ok()?;
        let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
        Date::new(year, month, 1)
    }

    /// Whole calendar months from `self`'s month to `later`'s month (negative if `later` is earlier).
    pub const fn months_until(self, later: Date) -> i32 {
        later.month_index() - self.month_index()
    }

    /// Whether every field forms a real day (used to check the literal rule tables).
    pub fn is_valid(self) -> bool {
        Date::new(self.year, self.month, self.day).is_some()
    }
}

/// Saved files and worker messages carry dates as ISO text, so an invalid date cannot be read.
impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

impl TryFrom<String> for Date {
    type Error = &'static str;
    fn try_from(text: String) -> Result<Date, Self::Error> {
        Date::parse_iso(&text).ok_or("not an ISO date (YYYY-MM-DD)")
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_and_rejects_impossible_ones() {
        assert_eq!(Date::parse_iso("2025-03-01"), Date::new(2025, 3, 1));
        assert_eq!(Date::parse_iso("2024-02-29"), Date::new(2024, 2, 29));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-1-01",
            "20250301",
            "",
            "abcd-ef-gh",
            "2025-03-32",
            "+025-03-01",
            "2025-03-0٣",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn displays_as_iso() {
        assert_eq!(Date::ymd(2015, 7, 1).to_string(), "2015-07-01");
    }

    #[test]
    fn month_arithmetic_crosses_years() {
        let d = Date::ymd(2025, 11, 15);
        assert_eq!(d.add_months(2), Some(Date::ymd(2026, 1, 1)));
        assert_eq!(d.add_months(-11), Some(Date::ymd(2024, 12, 1)));
        assert_eq!(Date::ymd(2025, 7, 1).months_until(Date::ymd(2026, 6, 30)), 11);
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::ymd(2025, 2, 28) < Date::ymd(2025, 3, 1));
        assert!(Date::ymd(2024, 12, 31) < Date::ymd(2025, 1, 1));
    }
}
