//! The per-district (kabupaten/kota) table: workers, months and start month per row, each row
//! costed with the forward model for one fiscal year, totals rolled up from the rows.

use super::plan::{project, sum_rupiah, Jadwal, MonthRow, Plan, Projection};
use super::{Field, PlanError};
use crate::money::{Percent, Rupiah};

/// At most this many rows in a table (Indonesia has 514 districts and cities).
pub const MAX_ROWS: usize = 1_000;
/// At most this many characters in a district name.
pub const MAX_NAME_CHARS: usize = 100;

/// The 21 regencies and 1 city of Nusa Tenggara Timur, offered as a starting list.
/// Basis: general knowledge of the province's administrative division; `reference/` names
/// several of them (§6, §3.4) but holds no complete list (unverified).
pub const NTT_DISTRICTS: [&str; 22] = [
    "Kota Kupang",
    "Kab. Kupang",
    "Timor Tengah Selatan",
    "Timor Tengah Utara",
    "Belu",
    "Malaka",
    "Alor",
    "Lembata",
    "Flores Timur",
    "Sikka",
    "Ende",
    "Nagekeo",
    "Ngada",
    "Manggarai Timur",
    "Manggarai",
    "Manggarai Barat",
    "Sumba Timur",
    "Sumba Tengah",
    "Sumba Barat",
    "Sumba Barat Daya",
    "Rote Ndao",
    "Sabu Raijua",
];

/// One row as the planner enters it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct District {
    pub nama: String,
    pub pekerja: u64,
    /// Funded months, 1–12.
    pub bulan: u8,
    /// Start month, 1–12.
    pub mulai: u8,
}

impl District {
    pub fn new(nama: &str, pekerja: u64, bulan: u8, mulai: u8) -> District {
        District {
            nama: nama.to_string(),
            pekerja,
            bulan,
            mulai,
        }
    }
}

/// The rows of the table, in the planner's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DistrictTable {
    pub rows: Vec<District>,
}

impl DistrictTable {
    /// The 22 districts of NTT with no workers yet, 12 months from January.
    pub fn ntt() -> DistrictTable {
        DistrictTable {
            rows: NTT_DISTRICTS
                .iter()
                .map(|name| District::new(name, 0, 12, 1))
                .collect(),
        }
    }

    pub fn total_workers(&self) -> u64 {
        self.rows.iter().fold(0, |a, r| a.saturating_add(r.pekerja))
    }
}

/// A row with its cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictRow {
    pub district: District,
    pub pekerja_bulan: u64,
    pub biaya: Rupiah,
    pub pagu: Rupiah,
}

/// The costed table: rows, totals (sums of the rows) and the months of all rows together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictSummary {
    pub rows: Vec<DistrictRow>,
    pub pekerja: u64,
    pub pekerja_bulan: u64,
    pub biaya: Rupiah,
    pub pagu: Rupiah,
    /// Calendar months from January of the fiscal year (24 when a row carries into the next year).
    pub months: Vec<MonthRow>,
}

/// A row that cannot be costed: its index (0-based) and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowError {
    pub row: usize,
    pub error: PlanError,
}

/// Costs every row for fiscal year `tahun`; the first invalid row is the error.
pub fn summarize(
    table: &DistrictTable,
    iuran: Rupiah,
    cadangan: Percent,
    tahun: u16,
    jadwal: Jadwal,
) -> Result<DistrictSummary, RowError> {
    if table.rows.len() > MAX_ROWS {
        return Err(RowError {
            row: MAX_ROWS,
            error: PlanError::OutOfRange(Field::Pekerja),
        });
    }
    let mut rows = Vec::with_capacity(table.rows.len());
    let mut months: Vec<MonthRow> = Vec::new();
    for (index, district) in table.rows.iter().enumerate() {
        let plan = Plan {
            mulai: district.mulai,
            tahun,
            cadangan,
            jadwal,
            ..Plan::new(district.pekerja, district.bulan, iuran)
        };
        let projection = project(&plan).map_err(|error| RowError { row: index, error })?;
        add_months(&mut months, &projection);
        rows.push(DistrictRow {
            district: district.clone(),
            pekerja_bulan: projection.worker_months(),
            biaya: projection.biaya(),
            pagu: projection.pagu(),
        });
    }
    Ok(DistrictSummary {
        pekerja: rows.iter().fold(0, |a, r| a.saturating_add(r.district.pekerja)),
        pekerja_bulan: rows.iter().fold(0, |a, r| a.saturating_add(r.pekerja_bulan)),
        biaya: sum_rupiah(rows.iter().map(|r| r.biaya)),
        pagu: sum_rupiah(rows.iter().map(|r| r.pagu)),
        rows,
        months,
    })
}

fn add_months(total: &mut Vec<MonthRow>, projection: &Projection) {
    for (index, month) in projection.months.iter().enumerate() {
        match total.get_mut(index) {
            Some(row) => {
                row.tercakup = row.tercakup.saturating_add(month.tercakup);
                row.biaya = sum_rupiah([row.biaya, month.biaya].into_iter());
                row.dibayar = sum_rupiah([row.dibayar, month.dibayar].into_iter());
            }
            None => total.push(*month),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ntt_list_has_22_distinct_names() {
        let table = DistrictTable::ntt();
        assert_eq!(table.rows.len(), 22);
        let mut names: Vec<&str> = table.rows.iter().map(|r| r.nama.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 22);
    }

    #[test]
    fn rows_carrying_into_next_year_extend_the_months() {
        let table = DistrictTable {
            rows: vec![District::new("A", 10, 12, 1), District::new("B", 5, 6, 10)],
        };
        let s = summarize(
            &table,
            Rupiah::from_whole(16_800),
            Percent::ZERO,
            2025,
            Jadwal::Bulanan,
        )
        .unwrap();
        assert_eq!(s.months.len(), 24);
        assert_eq!(s.pekerja_bulan, 10 * 12 + 5 * 6);
        assert_eq!(s.months.get(12).map(|m| m.tercakup), Some(5));
        let bad = DistrictTable {
            rows: vec![District::new("A", 10, 12, 1), District::new("B", 5, 13, 1)],
        };
        assert_eq!(
            summarize(
                &bad,
                Rupiah::from_whole(16_800),
                Percent::ZERO,
                2025,
                Jadwal::Bulanan
            ),
            Err(RowError {
                row: 1,
                error: PlanError::OutOfRange(Field::Bulan)
            })
        );
    }
}
