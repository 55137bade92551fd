//! Cost sharing between funders: provincial and district APBD, village funds (Dana Desa / ADD,
//! Permendagri 20/2018 Pasal 19(4)), the tobacco-excise revenue share (DBHCHT, PMK 16/2025) and
//! others (CSR, DBH Sawit).
//!
//! A plan's cost can be shared by percentage (must add up to exactly 100%) or by a fixed number of
//! workers per funder (must add up to the workers enrolled). What each APBD year books (and its
//! pagu) is split to the rupiah with the largest-remainder method, ties to the earlier funder, so
//! the funders' lines always add up to the year's amounts and no rupiah is lost to rounding.

use super::plan::{scaled_weight, sum_rupiah, Projection};
use super::{Field, PlanError};
use crate::money::{Percent, Rupiah};
use rust_decimal::prelude::*;

/// At most this many funders in one split.
pub const MAX_FUNDERS: usize = 20;

/// Who pays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FunderKind {
    /// Provincial budget (APBD I).
    Provinsi,
    /// District/city budget (APBD II).
    Kabupaten,
    /// Village funds (Dana Desa / ADD / APBDes).
    DanaDesa,
    /// Tobacco-excise revenue share (DBHCHT).
    Dbhcht,
    /// Any other source (CSR, donors, DBH Sawit).
    Lainnya,
}

/// A funder: its kind and the planner's name for it (may be empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Funder {
    pub kind: FunderKind,
    pub nama: String,
}

/// How the cost is shared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Split {
    /// Percent of the cost per funder; must add up to 100.
    Shares(Vec<(Funder, Percent)>),
    /// Workers paid for by each funder; must add up to the workers enrolled in the first year.
    /// Later years keep the same proportions.
    Workers(Vec<(Funder, u64)>),
}

/// One funder's line in one APBD year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FunderYear {
    pub tahun: u16,
    /// Its part of what the year books.
    pub dibayar: Rupiah,
    /// Its part of the year's pagu.
    pub pagu: Rupiah,
}

/// One funder's lines per APBD year, in the order of [`Projection::apbd`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunderCost {
    pub funder: Funder,
    pub years: Vec<FunderYear>,
}

impl FunderCost {
    pub fn total_dibayar(&self) -> Rupiah {
        sum_rupiah(self.years.iter().map(|y| y.dibayar))
    }

    pub fn total_pagu(&self) -> Rupiah {
        sum_rupiah(self.years.iter().map(|y| y.pagu))
    }
}

/// Splits `total` (whole, non-negative) by `weights` with the largest-remainder method: each part
/// gets the floor of its quota, and the rupiah left go one each to the largest remainders (ties:
/// the earlier part). With all weights zero every part is zero.
pub fn largest_remainder(total: u128, weights: &[u128]) -> Vec<u128> {
    let sum = weights.iter().fold(0u128, |a, w| a.saturating_add(*w));
    if sum == 0 {
        return vec![0; weights.len()];
    }
    // Amounts stay below 1e18 and weights below 1e18 (bounded inputs): products fit in u128.
    let quotas: Vec<(u128, u128)> = weights
        .iter()
        .map(|w| {
            let product = total.saturating_mul(*w);
            (product / sum, product % sum) // ok: sum > 0
        })
        .collect();
    let given = quotas.iter().fold(0u128, |a, (q, _)| a.saturating_add(*q));
    let left = total.saturating_sub(given);
    let mut order: Vec<usize> = (0..quotas.len()).collect();
    order.sort_by(|a, b| {
        let ra = quotas.get(*a).map_or(0, |q| q.1);
        let rb = quotas.get(*b).map_or(0, |q| q.1);
        rb.cmp(&ra).then(a.cmp(b))
    });
    let mut parts: Vec<u128> = quotas.iter().map(|(q, _)| *q).collect();
    for index in order
        .into_iter()
        .take(usize::try_from(left).unwrap_or(usize::MAX))
    {
        if let Some(part) = parts.get_mut(index) {
            *part = part.saturating_add(1);
        }
    }
    parts
}

fn split_amount(amount: Rupiah, weights: &[u128]) -> Vec<Rupiah> {
    let total = amount
        .rounded()
        .amount()
        .max(Decimal::ZERO)
        .to_u128()
        .unwrap_or(0);
    largest_remainder(total, weights)
        .into_iter()
        .map(|part| Rupiah::new(Decimal::from_u128(part).unwrap_or(Decimal::ZERO)))
        .collect()
}

/// Each funder's booked amount and pagu per APBD year of `projection`.
pub fn share_cost(projection: &Projection, split: &Split) -> Result<Vec<FunderCost>, PlanError> {
    let (funders, weights): (Vec<Funder>, Vec<u128>) = match split {
        Split::Shares(rows) => {
            check_count(rows.len())?;
            if rows.iter().any(|(_, p)| !super::plan::is_share(*p)) {
                return Err(PlanError::OutOfRange(Field::Pendanaan));
            }
            if rows.iter().map(|(_, p)| p.value()).sum::<Decimal>() != Decimal::ONE_HUNDRED {
                return Err(PlanError::SharesNot100(Field::Pendanaan));
            }
            rows.iter()
                .map(|(f, p)| (f.clone(), scaled_weight(p.value())))
                .unzip()
        }
        Split::Workers(rows) => {
            check_count(rows.len())?;
            let total = rows.iter().fold(0u64, |a, (_, n)| a.saturating_add(*n));
            let enrolled = projection.enrolled();
            if total != enrolled {
                return Err(PlanError::FunderWorkersMismatch {
                    enrolled,
                    funders: total,
                });
            }
            // No worker enrolled in the first year leaves no proportion to follow, yet later
            // years' new workers still cost money: the funders then share it equally.
            let equal = total == 0;
            rows.iter()
                .map(|(f, n)| (f.clone(), if equal { 1 } else { u128::from(*n) }))
                .unzip()
        }
    };
    let mut out: Vec<FunderCost> = funders
        .into_iter()
        .map(|funder| FunderCost {
            funder,
            years: Vec::new(),
        })
        .collect();
    for year in &projection.apbd {
        let dibayar = split_amount(year.dibayar, &weights);
        let pagu = split_amount(year.pagu, &weights);
        for ((row, dibayar), pagu) in out.iter_mut().zip(dibayar).zip(pagu) {
            row.years.push(FunderYear {
                tahun: year.tahun,
                dibayar,
                pagu,
            });
        }
    }
    Ok(out)
}

fn check_count(n: usize) -> Result<(), PlanError> {
    if (1..=MAX_FUNDERS).contains(&n) {
        Ok(())
    } else {
        Err(PlanError::OutOfRange(Field::Pendanaan))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_remainder_loses_no_rupiah() {
        assert_eq!(largest_remainder(100, &[1, 1, 1]), vec![34, 33, 33]);
        assert_eq!(largest_remainder(10, &[0, 0]), vec![0, 0]);
        assert_eq!(largest_remainder(7, &[2, 5]), vec![2, 5]);
        assert_eq!(largest_remainder(1, &[1, 2]), vec![0, 1]);
    }
}
