//! PMI (Pekerja Migran Indonesia, migrant workers): JKK+JKM packages and optional JHT
//! (`reference/regulations.md` §4.2, Permenaker 4/2023 Pasal 18).
//!
//! Dates before 2023-02-22 are not covered: the values of the older Permenaker 18/2018 conflict
//! between sources.

use super::{in_force, Confidence, Dated, NotCovered, Period, RuleId, Source};
use crate::date::Date;
use crate::money::Rupiah;
use rust_decimal::dec;

/// The day Permenaker 4/2023 was promulgated.
pub const START: Date = Date::ymd(2023, 2, 22);

/// Contract length of the placement (perjanjian kerja).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kontrak {
    Bulan6,
    Bulan12,
    Bulan24,
}

impl Kontrak {
    pub const ALL: [Kontrak; 3] = [Kontrak::Bulan6, Kontrak::Bulan12, Kontrak::Bulan24];

    /// Months of the contract (the share-link value `kontrak`).
    pub const fn months(self) -> u8 {
        match self {
            Kontrak::Bulan6 => 6,
            Kontrak::Bulan12 => 12,
            Kontrak::Bulan24 => 24,
        }
    }

    pub const fn from_months(months: u8) -> Option<Kontrak> {
        match months {
            6 => Some(Kontrak::Bulan6),
            12 => Some(Kontrak::Bulan12),
            24 => Some(Kontrak::Bulan24),
            _ => None,
        }
    }
}

/// The JKK+JKM packages, each paid at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Packages {
    /// Before departure (pra-penempatan).
    pub pre_placement: Rupiah,
    /// During and after placement, 6-month contract.
    pub contract_6: Rupiah,
    /// During and after placement, 12-month contract.
    pub contract_12: Rupiah,
    /// During and after placement, 24-month contract.
    pub contract_24: Rupiah,
    /// Each month beyond the contract package.
    pub extra_month: Rupiah,
}

impl Packages {
    pub const fn placement(&self, kontrak: Kontrak) -> Rupiah {
        match kontrak {
            Kontrak::Bulan6 => self.contract_6,
            Kontrak::Bulan12 => self.contract_12,
            Kontrak::Bulan24 => self.contract_24,
        }
    }
}

pub static PACKAGES: [Dated<Packages>; 1] = [Dated {
    period: Period::from(START),
    value: Packages {
        pre_placement: Rupiah::new(dec!(37500)),
        contract_6: Rupiah::new(dec!(108000)),
        contract_12: Rupiah::new(dec!(189000)),
        contract_24: Rupiah::new(dec!(332500)),
        extra_month: Rupiah::new(dec!(13500)),
    },
    source: Source {
        regulation: "Permenaker 4/2023",
        article: "Pasal 18",
        confidence: Confidence::Confirmed,
    },
}];

/// The monthly JHT amounts a PMI participant may choose (optional).
pub static JHT_CHOICES: [Dated<[Rupiah; 7]>; 1] = [Dated {
    period: Period::from(START),
    value: [
        Rupiah::new(dec!(50000)),
        Rupiah::new(dec!(100000)),
        Rupiah::new(dec!(200000)),
        Rupiah::new(dec!(300000)),
        Rupiah::new(dec!(400000)),
        Rupiah::new(dec!(500000)),
        Rupiah::new(dec!(600000)),
    ],
    source: Source {
        regulation: "Permenaker 4/2023",
        article: "pilihan iuran JHT PMI per bulan",
        confidence: Confidence::OneSource,
    },
}];

pub fn packages(date: Date) -> Result<&'static Dated<Packages>, NotCovered> {
    in_force(RuleId::PmiPackages, &PACKAGES, date)
}

pub fn jht_choices(date: Date) -> Result<&'static Dated<[Rupiah; 7]>, NotCovered> {
    in_force(RuleId::PmiPackages, &JHT_CHOICES, date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assert_well_formed;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed(&PACKAGES);
        assert_well_formed(&JHT_CHOICES);
        assert!(JHT_CHOICES[0].value.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn contract_months_round_trip() {
        for kontrak in Kontrak::ALL {
            assert_eq!(Kontrak::from_months(kontrak.months()), Some(kontrak));
        }
        assert_eq!(Kontrak::from_months(18), None);
    }

    #[test]
    fn fails_closed_before_permenaker_4_2023() {
        assert!(packages(Date::ymd(2023, 2, 21)).is_err());
        assert!(packages(START).is_ok());
    }
}
