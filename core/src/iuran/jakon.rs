//! Jakon (jasa konstruksi): JKK and JKM on the contract value excluding VAT, in marginal tiers,
//! paid once per contract by the contractor.

use super::{
    check_amount, once_line, with_relief, Field, Formula, IuranError, IuranResult, Program, Segmen, Slice,
    MAX_NILAI_KONTRAK,
};
use crate::date::Date;
use crate::money::Rupiah;
use crate::rules::jakon::{self as rules, Tier};
use crate::rules::relief;

/// A construction-project calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JakonInput {
    /// The contribution date (start of the work order).
    pub date: Date,
    /// Contract value excluding VAT (nilai kontrak).
    pub nilai_kontrak: Rupiah,
}

/// JKK and JKM for a contract: each programme's line is the sum of its tiers, rounded once.
pub fn jakon(input: &JakonInput) -> Result<IuranResult, IuranError> {
    check_amount(input.nilai_kontrak, MAX_NILAI_KONTRAK, Field::NilaiKontrak)?;
    let date = input.date;
    let value = input.nilai_kontrak;
    let covid = relief::COVID_JKK_JKM.in_month(date);
    let mut lines = Vec::with_capacity(2);
    for (program, table) in [
        (Program::Jkk, rules::JKK_TIERS.at(date)?),
        (Program::Jkm, rules::JKM_TIERS.at(date)?),
    ] {
        let slices = slices(value, table.value);
        let exact = slices.iter().map(|s| s.amount).sum();
        let (amounts, applied) = with_relief(Rupiah::ZERO, exact, covid);
        lines.push(once_line(
            program,
            None,
            amounts,
            Formula::Tiers { value, slices },
            table.source,
            applied,
        ));
    }
    Ok(IuranResult::new(Segmen::Jakon, date, None, lines, Vec::new()))
}

/// The slices of `value` inside each tier (tiers the value does not reach are left out).
fn slices(value: Rupiah, tiers: &[Tier]) -> Vec<Slice> {
    let mut out = Vec::new();
    let mut from = Rupiah::ZERO;
    for tier in tiers {
        if value <= from {
            break;
        }
        let top = tier.up_to.map_or(value, |up_to| value.min(up_to));
        let portion = top - from; // ok: bounded inputs, top > from
        out.push(Slice {
            from,
            to: tier.up_to,
            portion,
            rate: tier.rate,
            amount: portion.percent(tier.rate),
        });
        match tier.up_to {
            Some(up_to) => from = up_to,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_stop_at_the_value_and_cover_it_exactly() {
        let Ok(table) = rules::JKK_TIERS.at(Date::ymd(2024, 1, 1)) else {
            panic!("Jakon tiers must cover 2024");
        };
        let value = Rupiah::from_whole(850_000_000);
        let parts = slices(value, table.value);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts.iter().map(|s| s.portion).sum::<Rupiah>(), value);
        assert!(slices(Rupiah::ZERO, table.value).is_empty());
    }
}
