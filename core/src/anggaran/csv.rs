//! CSV export of the planner's tables and tolerant import of district lists.
//!
//! **Written for spreadsheets set to Indonesian.** Spreadsheet software in the Indonesian locale
//! uses `,` as the decimal mark and `;` as the list separator, so a comma-separated file opens as one
//! column there. The export therefore uses `;` as the delimiter, writes counts and rupiah as plain
//! integers without thousands separators (`20160000000`: read as the same number under Indonesian
//! and English settings, where `20.160.000.000` would be text or a wrong number), writes years and
//! months as separate integer columns (a `2025-01` cell would become a date), starts with a UTF-8 BOM
//! (so names with non-ASCII letters are read as UTF-8) and ends lines with CRLF. Fields containing
//! `;`, `"`, CR or LF are quoted with `"` and inner quotes doubled (RFC 4180). A name starting with
//! `=`, `+`, `-` or `@` (or `'`) gets a leading `'` so a spreadsheet does not run it as a formula;
//! the import removes it again.
//!
//! **Why hand-written.** The `csv` crate needs `serde` and brings more code than this whole module
//! into a WebAssembly bundle with a 250 KB budget; the dialect here is small (one delimiter out,
//! three accepted in, quotes) and the reader is property-tested never to panic on any input.

use super::districts::{District, DistrictSummary, DistrictTable, MAX_NAME_CHARS, MAX_ROWS};
use super::plan::{MonthRow, PeriodRow};
use super::MAX_WORKERS;
use crate::lang::Lang;
use crate::money::{parse_amount, AmountError, Rupiah};
use rust_decimal::prelude::*;

/// Files larger than this are refused (a district list is a few kilobytes).
pub const MAX_BYTES: usize = 1_000_000;
/// At most this many errors are reported for one file.
pub const MAX_ERRORS: usize = 50;
const BOM: char = '\u{feff}';
/// First characters a spreadsheet reads as a formula, and the guard quote itself (so a name that
/// starts with `'` survives the round trip).
const FORMULA_START: [char; 5] = ['=', '+', '-', '@', '\''];

/// Writes records as `;`-separated CSV with a BOM and CRLF line ends.
pub fn write(records: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for record in records {
        let fields: Vec<String> = record.iter().map(|f| quote(f)).collect();
        out.push_str(&fields.join(";"));
        out.push_str("\r\n");
    }
    out
}

fn quote(field: &str) -> String {
    let guarded = if field.starts_with(FORMULA_START) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if guarded.contains([';', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// Why a file could not be read as CSV at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvError {
    TooLarge,
    TooManyRows,
    /// A quoted field is never closed; `row` is the 1-based record where it opens.
    UnclosedQuote {
        row: usize,
    },
}

/// Reads CSV: delimiter `;`, tab or `,` (the first of them found outside quotes in the first line),
/// optional BOM, CRLF/LF/CR line ends, `"` quoting with `""` escapes. Stray quotes inside an
/// unquoted field are kept as text. Blank lines are kept as empty records (so record numbers stay
/// the spreadsheet's row numbers); callers skip them.
pub fn read(text: &str) -> Result<Vec<Vec<String>>, CsvError> {
    if text.len() > MAX_BYTES {
        return Err(CsvError::TooLarge);
    }
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let delimiter = detect_delimiter(text);
    let mut records: Vec<Vec<String>> = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut quoted_field = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    in_quotes = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !quoted_field => {
                in_quotes = true;
                quoted_field = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                quoted_field = false;
                if records.len() > MAX_ROWS + 2 {
                    // ok: small constants
                    return Err(CsvError::TooManyRows);
                }
            }
            c if c == delimiter => {
                record.push(std::mem::take(&mut field));
                quoted_field = false;
            }
            c => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError::UnclosedQuote {
            row: records.len() + 1, // ok: len ≤ MAX_ROWS + 2
        });
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    if records.len() > MAX_ROWS + 2 {
        // ok: small constants
        return Err(CsvError::TooManyRows);
    }
    Ok(records)
}

fn detect_delimiter(text: &str) -> char {
    let mut in_quotes = false;
    let mut seen = (false, false, false);
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\r' | '\n' if !in_quotes => break,
            ';' if !in_quotes => seen.0 = true,
            '\t' if !in_quotes => seen.1 = true,
            ',' if !in_quotes => seen.2 = true,
            _ => {}
        }
    }
    match seen {
        (true, _, _) => ';',
        (false, true, _) => '\t',
        _ => ',',
    }
}

/// A column of a district list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Nama,
    Pekerja,
    Bulan,
    Mulai,
}

/// What is wrong with a file or a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    FileTooLarge,
    TooManyRows,
    UnclosedQuote,
    /// The file holds no district row.
    NoRows,
    /// A required cell is empty or missing.
    Missing,
    NotANumber,
    /// A count with a fraction.
    NotWhole,
    Negative,
    OutOfRange,
    NameTooLong,
}

/// A problem at a 1-based row (as the spreadsheet numbers it; 0 for the whole file) and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub row: usize,
    pub column: Option<Column>,
    pub problem: ImportProblem,
}

const HEADERS: [(Column, &[&str]); 4] = [
    (
        Column::Nama,
        &[
            "kabupaten/kota",
            "kabupaten_kota",
            "kabupaten",
            "nama",
            "district/city",
            "district",
            "name",
        ],
    ),
    (Column::Pekerja, &["pekerja", "jumlah pekerja", "workers"]),
    (Column::Bulan, &["bulan", "jumlah bulan", "months"]),
    (Column::Mulai, &["mulai", "bulan mulai", "start", "start month"]),
];

/// Labels of the total row, skipped on import.
const TOTAL_LABELS: [&str; 3] = ["jumlah", "total", "total keseluruhan"];

/// Reads a district list: the CSV [`export_districts`] writes, or a simple list
/// `nama;pekerja[;bulan;mulai]` (months default to 12, start to January), with or without a header,
/// with `;`, `,` or tab between fields and counts written like `1.000`. Every problem found is
/// returned (up to [`MAX_ERRORS`]); the planner's current table is the caller's to keep.
pub fn import_districts(text: &str) -> Result<DistrictTable, Vec<ImportError>> {
    let file_error = |problem| {
        vec![ImportError {
            row: 0,
            column: None,
            problem,
        }]
    };
    let records = read(text).map_err(|e| match e {
        CsvError::TooLarge => file_error(ImportProblem::FileTooLarge),
        CsvError::TooManyRows => file_error(ImportProblem::TooManyRows),
        CsvError::UnclosedQuote { row } => vec![ImportError {
            row,
            column: None,
            problem: ImportProblem::UnclosedQuote,
        }],
    })?;
    let first = records.iter().position(|r| !is_blank(r));
    let header = first.and_then(|i| records.get(i)).and_then(|r| header_columns(r));
    let positions = header.unwrap_or([Some(0), Some(1), Some(2), Some(3)]);
    let skip = if header.is_some() {
        first.map_or(0, |i| i + 1) // ok: an index into a Vec
    } else {
        0
    };
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (index, record) in records.iter().enumerate().skip(skip) {
        if is_blank(record) {
            continue;
        }
        let cell = |column: Column| -> &str {
            positions
                .get(column as usize)
                .copied()
                .flatten()
                .and_then(|p| record.get(p))
                .map_or("", |s| s.trim())
        };
        let nama = unguard(cell(Column::Nama));
        if TOTAL_LABELS.contains(&nama.to_lowercase().as_str()) {
            continue;
        }
        let row = index + 1; // ok: an index into a Vec
        match parse_row(
            nama,
            cell(Column::Pekerja),
            cell(Column::Bulan),
            cell(Column::Mulai),
        ) {
            Ok(district) => rows.push(district),
            Err(mut row_errors) => {
                for (column, problem) in row_errors.drain(..) {
                    errors.push(ImportError {
                        row,
                        column: Some(column),
                        problem,
                    });
                }
            }
        }
        if errors.len() >= MAX_ERRORS {
            break;
        }
    }
    errors.truncate(MAX_ERRORS);
    if errors.is_empty() && rows.is_empty() {
        return Err(file_error(ImportProblem::NoRows));
    }
    if errors.is_empty() {
        Ok(DistrictTable { rows })
    } else {
        Err(errors)
    }
}

fn is_blank(record: &[String]) -> bool {
    record.iter().all(|f| f.trim().is_empty())
}

/// Column positions from a header row, or `None` when the row is data (its second cell is a number).
fn header_columns(record: &[String]) -> Option<[Option<usize>; 4]> {
    let second = record.get(1).map_or("", |s| s.trim());
    if second.is_empty() || parse_amount(second).is_ok() {
        return None;
    }
    let mut positions = [None; 4];
    for (slot, (_, names)) in positions.iter_mut().zip(HEADERS.iter()) {
        *slot = record
            .iter()
            .position(|cell| names.contains(&strip_unit(&cell.trim().to_lowercase())));
    }
    // A column the header does not name is read at its place in the simple list (`nama;pekerja;
    // bulan;mulai`) unless a named column is there: `nama;pekerja` rows may still carry months.
    let named = positions;
    for (index, slot) in positions.iter_mut().enumerate() {
        if slot.is_none() && !named.contains(&Some(index)) {
            *slot = Some(index);
        }
    }
    Some(positions)
}

fn strip_unit(header: &str) -> &str {
    header.strip_suffix("(rp)").unwrap_or(header).trim()
}

fn unguard(name: &str) -> &str {
    match name.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => name,
    }
}

type RowProblems = Vec<(Column, ImportProblem)>;

fn parse_row(nama: &str, pekerja: &str, bulan: &str, mulai: &str) -> Result<District, RowProblems> {
    let mut problems = Vec::new();
    if nama.is_empty() {
        problems.push((Column::Nama, ImportProblem::Missing));
    } else if nama.chars().count() > MAX_NAME_CHARS {
        problems.push((Column::Nama, ImportProblem::NameTooLong));
    }
    let mut count = |column: Column, text: &str, default: Option<u64>, min: u64, max: u64| -> u64 {
        match parse_count(text, default, min, max) {
            Ok(n) => n,
            Err(problem) => {
                problems.push((column, problem));
                0
            }
        }
    };
    let workers = count(Column::Pekerja, pekerja, None, 0, MAX_WORKERS);
    let months = count(Column::Bulan, bulan, Some(12), 1, 12);
    let start = count(Column::Mulai, mulai, Some(1), 1, 12);
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(District {
        nama: nama.to_string(),
        pekerja: workers,
        bulan: u8::try_from(months).unwrap_or(12),
        mulai: u8::try_from(start).unwrap_or(1),
    })
}

fn parse_count(text: &str, default: Option<u64>, min: u64, max: u64) -> Result<u64, ImportProblem> {
    let amount = match (parse_amount(text), default) {
        (Ok(amount), _) => amount.amount(),
        (Err(AmountError::Empty), Some(d)) => return Ok(d),
        (Err(AmountError::Empty), None) => return Err(ImportProblem::Missing),
        (Err(AmountError::Negative), _) => return Err(ImportProblem::Negative),
        (Err(AmountError::TooLarge), _) => return Err(ImportProblem::OutOfRange),
        (Err(AmountError::NotANumber), _) => return Err(ImportProblem::NotANumber),
    };
    if !amount.fract().is_zero() {
        return Err(ImportProblem::NotWhole);
    }
    match amount.to_u64() {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(ImportProblem::OutOfRange),
    }
}

fn plain(amount: Rupiah) -> String {
    amount.to_plain()
}

/// The district table with costs, one row per district and a total row, for spreadsheets.
pub fn export_districts(summary: &DistrictSummary, lang: Lang) -> String {
    let (header, total): ([&str; 7], &str) = match lang {
        Lang::Id => (
            [
                "Kabupaten/Kota",
                "Pekerja",
                "Bulan",
                "Mulai",
                "Pekerja-bulan",
                "Biaya (Rp)",
                "Pagu (Rp)",
            ],
            "JUMLAH",
        ),
        Lang::En => (
            [
                "District/City",
                "Workers",
                "Months",
                "Start",
                "Worker-months",
                "Cost (Rp)",
                "Pagu (Rp)",
            ],
            "TOTAL",
        ),
    };
    let mut records = vec![header.iter().map(|h| h.to_string()).collect::<Vec<String>>()];
    for row in &summary.rows {
        let d = &row.district;
        records.push(vec![
            d.nama.clone(),
            d.pekerja.to_string(),
            d.bulan.to_string(),
            d.mulai.to_string(),
            row.pekerja_bulan.to_string(),
            plain(row.biaya),
            plain(row.pagu),
        ]);
    }
    records.push(vec![
        total.to_string(),
        summary.pekerja.to_string(),
        String::new(),
        String::new(),
        summary.pekerja_bulan.to_string(),
        plain(summary.biaya),
        plain(summary.pagu),
    ]);
    write(&records)
}

/// The month table: year, month, workers covered, cost, cash paid.
pub fn export_months(months: &[MonthRow], lang: Lang) -> String {
    let header = match lang {
        Lang::Id => ["Tahun", "Bulan", "Pekerja tercakup", "Biaya (Rp)", "Dibayar (Rp)"],
        Lang::En => ["Year", "Month", "Workers covered", "Cost (Rp)", "Paid (Rp)"],
    };
    let mut records = vec![header.iter().map(|h| h.to_string()).collect::<Vec<String>>()];
    for m in months {
        records.push(vec![
            m.tahun.to_string(),
            m.bulan.to_string(),
            m.tercakup.to_string(),
            plain(m.biaya),
            plain(m.dibayar),
        ]);
    }
    write(&records)
}

/// Quarters (`periode` 1–4) or years (`periode` 0: the quarter column is left out).
pub fn export_periods(periods: &[PeriodRow], lang: Lang) -> String {
    let quarters = periods.iter().any(|p| p.periode != 0);
    let header: Vec<&str> = match lang {
        Lang::Id => vec![
            "Tahun",
            "Triwulan",
            "Pekerja-bulan",
            "Puncak pekerja",
            "Biaya (Rp)",
            "Dibayar (Rp)",
        ],
        Lang::En => vec![
            "Year",
            "Quarter",
            "Worker-months",
            "Peak workers",
            "Cost (Rp)",
            "Paid (Rp)",
        ],
    };
    let keep = |i: usize| quarters || i != 1;
    let mut records = vec![header
        .iter()
        .enumerate()
        .filter(|(i, _)| keep(*i))
        .map(|(_, h)| h.to_string())
        .collect::<Vec<String>>()];
    for p in periods {
        let cells = [
            p.tahun.to_string(),
            p.periode.to_string(),
            p.pekerja_bulan.to_string(),
            p.puncak.to_string(),
            plain(p.biaya),
            plain(p.dibayar),
        ];
        records.push(
            cells
                .into_iter()
                .enumerate()
                .filter(|(i, _)| keep(*i))
                .map(|(_, c)| c)
                .collect(),
        );
    }
    write(&records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(rows: &[&[&str]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    #[test]
    fn writes_bom_crlf_semicolons_and_quotes() {
        let text = write(&strings(&[&["a;b", "say \"hi\"", "x"], &["=1+1", "2"]]));
        assert_eq!(text, "\u{feff}\"a;b\";\"say \"\"hi\"\"\";x\r\n'=1+1;2\r\n");
    }

    #[test]
    fn reads_quotes_delimiters_and_line_ends() {
        assert_eq!(
            read("\u{feff}\"a;b\";\"say \"\"hi\"\"\";x\r\nc;\"multi\nline\"\rd").unwrap(),
            strings(&[&["a;b", "say \"hi\"", "x"], &["c", "multi\nline"], &["d"]])
        );
        assert_eq!(read("a\tb,c\n").unwrap(), strings(&[&["a", "b,c"]]));
        assert_eq!(read("a,b\n1,2").unwrap(), strings(&[&["a", "b"], &["1", "2"]]));
        assert_eq!(read("a;\"open\nb"), Err(CsvError::UnclosedQuote { row: 1 }));
        assert_eq!(read(&"x".repeat(MAX_BYTES + 1)), Err(CsvError::TooLarge));
        assert_eq!(read(&"a;1\n".repeat(MAX_ROWS + 3)), Err(CsvError::TooManyRows));
    }

    #[test]
    fn imports_a_simple_list_with_indonesian_numbers() {
        let table = import_districts("Malaka;4.475\r\nBelu;2.069;7;6\r\n\r\nTTU,1174\n").unwrap_err();
        // The third line uses `,` while the file's delimiter is `;`: its count cell is missing.
        assert_eq!(
            table,
            vec![ImportError {
                row: 4,
                column: Some(Column::Pekerja),
                problem: ImportProblem::Missing
            }]
        );
        let table = import_districts("nama;pekerja\nMalaka;4.475\nBelu;Rp 2.069;7;6\n").unwrap();
        assert_eq!(
            table.rows,
            vec![
                District::new("Malaka", 4475, 12, 1),
                District::new("Belu", 2069, 7, 6)
            ]
        );
    }

    #[test]
    fn reports_row_column_and_problem() {
        let errors = import_districts("Kabupaten/Kota;Pekerja;Bulan;Mulai\nA;-5;12;1\n;10;13;0\nB;1,5;x;1\n")
            .unwrap_err();
        let found: Vec<(usize, Option<Column>, ImportProblem)> =
            errors.iter().map(|e| (e.row, e.column, e.problem)).collect();
        assert_eq!(
            found,
            vec![
                (2, Some(Column::Pekerja), ImportProblem::Negative),
                (3, Some(Column::Nama), ImportProblem::Missing),
                (3, Some(Column::Bulan), ImportProblem::OutOfRange),
                (3, Some(Column::Mulai), ImportProblem::OutOfRange),
                (4, Some(Column::Pekerja), ImportProblem::NotWhole),
                (4, Some(Column::Bulan), ImportProblem::NotANumber),
            ]
        );
        assert_eq!(
            import_districts("\n\n").unwrap_err(),
            vec![ImportError {
                row: 0,
                column: None,
                problem: ImportProblem::NoRows
            }]
        );
    }

    #[test]
    fn header_columns_may_come_in_any_order() {
        let table = import_districts("Mulai,Workers,District\n7,100,Alor\n").unwrap();
        assert_eq!(table.rows, vec![District::new("Alor", 100, 12, 7)]);
    }
}
