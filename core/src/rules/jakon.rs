//! Jakon (jasa konstruksi, construction projects): JKK and JKM on the contract value excluding
//! VAT, in marginal tiers (Permenaker 44/2015, now Permenaker 5/2021).
//!
//! Each tier's rate applies only to the slice of the contract value inside that tier.

use super::{Confidence, Dated, Rule, RuleId, Source};
use crate::date::Date;
use crate::money::{Percent, Rupiah};
use rust_decimal::dec;
use rust_decimal::Decimal;

/// The day Permenaker 44/2015 took effect.
pub const START: Date = Date::ymd(2015, 7, 1);

/// One tier: the rate on the slice of the contract value above the previous tier's bound up to
/// `up_to` (`None` for the top tier).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tier {
    pub up_to: Option<Rupiah>,
    pub rate: Percent,
}

const fn tier(up_to: Decimal, rate: Decimal) -> Tier {
    Tier {
        up_to: Some(Rupiah::new(up_to)),
        rate: Percent::new(rate),
    }
}

const fn top(rate: Decimal) -> Tier {
    Tier {
        up_to: None,
        rate: Percent::new(rate),
    }
}

const REGULATION: &str = "Permenaker 44/2015 (kini Permenaker 5/2021)";

/// JKK tiers: 0,21 / 0,17 / 0,13 / 0,11 / 0,09%.
pub static JKK_TIERS: Rule<&[Tier]> = Rule::new(
    RuleId::JakonTiers,
    &[Dated::since(
        START,
        &[
            tier(dec!(100000000), dec!(0.21)),
            tier(dec!(500000000), dec!(0.17)),
            tier(dec!(1000000000), dec!(0.13)),
            tier(dec!(5000000000), dec!(0.11)),
            top(dec!(0.09)),
        ],
        Source::new(
            REGULATION,
            "iuran JKK jasa konstruksi berdasarkan nilai kontrak, huruf a-e",
            Confidence::Confirmed,
        )
        .href("https://pasal.id/peraturan/permen/permenakertrans-no-44-tahun-2015"),
    )],
);

/// JKM tiers: 0,03 / 0,02 / 0,02 / 0,01 / 0,01%. The three upper tiers have one source only
/// (one blog gives 0,015 / 0,01 / 0,005%; the regulation-quoted values are used).
pub static JKM_TIERS: Rule<&[Tier]> = Rule::new(
    RuleId::JakonTiers,
    &[Dated::since(
        START,
        &[
            tier(dec!(100000000), dec!(0.03)),
            tier(dec!(500000000), dec!(0.02)),
            tier(dec!(1000000000), dec!(0.02)),
            tier(dec!(5000000000), dec!(0.01)),
            top(dec!(0.01)),
        ],
        Source::new(
            REGULATION,
            "iuran JKM jasa konstruksi berdasarkan nilai kontrak (dikutip PP 49/2020 Pasal 12)",
            Confidence::OneSource,
        )
        .href("https://pasal.id/peraturan/permen/permenakertrans-no-44-tahun-2015"),
    )],
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assert_well_formed;

    #[test]
    fn tables_are_well_formed_and_tiers_rise() {
        for rule in [&JKK_TIERS, &JKM_TIERS] {
            assert_well_formed(rule);
            for entry in rule.values {
                let bounds: Vec<Rupiah> = entry.value.iter().filter_map(|t| t.up_to).collect();
                assert_eq!(bounds.len() + 1, entry.value.len(), "only the top tier is open");
                assert!(bounds.windows(2).all(|w| w[0] < w[1]));
                assert_eq!(entry.value.last().map(|t| t.up_to), Some(None));
            }
        }
    }
}
