//! PMI (Pekerja Migran Indonesia, migrant workers): JKK+JKM packages and optional JHT
//! (Permenaker 4/2023 Pasal 18).
//!
//! Dates before 2023-02-22 are not covered: the values of the older Permenaker 18/2018 conflict
//! between sources.

use super::{Confidence, Dated, Rule, RuleId, Source};
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

pub static PACKAGES: Rule<Packages> = Rule::new(
    RuleId::PmiPackages,
    &[Dated::since(
        START,
        Packages {
            pre_placement: Rupiah::new(dec!(37500)),
            contract_6: Rupiah::new(dec!(108000)),
            contract_12: Rupiah::new(dec!(189000)),
            contract_24: Rupiah::new(dec!(332500)),
            extra_month: Rupiah::new(dec!(13500)),
        },
        Source::new("Permenaker 4/2023", "Pasal 18", Confidence::Confirmed)
            .href("https://pasal.id/peraturan/permen/Permenaker-no-4-tahun-2023/koreksi/9656301"),
    )],
);

/// The monthly JHT amounts a PMI participant may choose (optional).
pub static JHT_CHOICES: Rule<&[Rupiah]> = Rule::new(
    RuleId::PmiPackages,
    &[Dated::since(
        START,
        &[
            Rupiah::new(dec!(50000)),
            Rupiah::new(dec!(100000)),
            Rupiah::new(dec!(200000)),
            Rupiah::new(dec!(300000)),
            Rupiah::new(dec!(400000)),
            Rupiah::new(dec!(500000)),
            Rupiah::new(dec!(600000)),
        ],
        Source::new(
            "Permenaker 4/2023",
            "pilihan iuran JHT PMI per bulan",
            Confidence::OneSource,
        )
        .href("https://inforegulasi.com/2023/03/permenaker-nomor-4-tahun-2023-tentang.html"),
    )],
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assert_well_formed;

    #[test]
    fn tables_are_well_formed() {
        assert_well_formed(&PACKAGES);
        assert_well_formed(&JHT_CHOICES);
        for entry in JHT_CHOICES.values {
            assert!(entry.value.windows(2).all(|w| w[0] < w[1]));
        }
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
        assert!(PACKAGES.at(Date::ymd(2023, 2, 21)).is_err());
        assert!(PACKAGES.at(START).is_ok());
    }
}
