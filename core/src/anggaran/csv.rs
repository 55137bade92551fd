//! CSV export of the planner's tables and import of district lists, on the `csv` crate (quoting,
//! delimiters, line ends).
//!
//! **Written for spreadsheets set to Indonesian.** Spreadsheet software in the Indonesian locale
//! uses `,` as the decimal mark and `;` as the list separator, so a comma-separated file opens as
//! one column there. The export therefore:
//! - separates fields with `;`;
//! - writes counts and rupiah as plain integers without thousands separators (`20160000000`: the
//!   same number under Indonesian and English settings, where `20.160.000.000` would be text or a
//!   wrong number) and the few fractions with a decimal comma (`6,7`);
//! - writes years and months as separate integer columns (a `2025-01` cell would become a date);
//! - starts with a UTF-8 BOM (so names with non-ASCII letters are read as UTF-8) and ends lines
//!   with CRLF;
//! - quotes fields containing `;`, `"`, CR or LF (RFC 4180), and puts a `'` before a name starting
//!   with `=`, `+`, `-`, `@` (or `'`) so a spreadsheet does not run it as a formula; the import
//!   removes it again.
//!
//! **A stray quote never merges rows.** A field opened with `"` and never closed would swallow the
//! rest of the file as one cell (`"Belu;200` then every later row). No district name holds a line
//! break, so a cell with one is reported as an unclosed quote at the row where it opens.

use super::districts::{District, DistrictSummary, DistrictTable, MAX_NAME_CHARS, MAX_ROWS};
use super::plan::{ApbdYear, MonthRow, PeriodRow};
use super::split::{FunderCost, FunderKind};
use super::MAX_WORKERS;
use crate::lang::Lang;
use crate::money::{parse_amount, AmountError, Percent, Rupiah};
use csv::{ReaderBuilder, StringRecord, Terminator, WriterBuilder};
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
    let mut writer = WriterBuilder::new()
        .delimiter(b';')
        .terminator(Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    for record in records {
        // Writing into a Vec cannot fail.
        let _ = writer.write_record(record.iter().map(|f| guard(f)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    let mut out = String::from(BOM);
    out.push_str(&String::from_utf8_lossy(&bytes));
    out
}

fn guard(field: &str) -> String {
    if field.starts_with(FORMULA_START) {
        format!("'{field}")
    } else {
        field.to_string()
    }
}

/// Why a file could not be read as CSV at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvError {
    TooLarge,
    TooManyRows,
    /// A quoted field is not closed on its line; `row` is the 1-based line where it opens.
    UnclosedQuote {
        row: usize,
    },
}

/// A record and the 1-based line it starts on.
pub type Record = (usize, Vec<String>);

/// Reads CSV: delimiter `;`, tab or `,` (the first of them found outside quotes in the first line),
/// optional BOM, CRLF/LF line ends, `"` quoting with `""` escapes. Blank lines are skipped.
pub fn read(text: &str) -> Result<Vec<Record>, CsvError> {
    if text.len() > MAX_BYTES {
        return Err(CsvError::TooLarge);
    }
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut reader = ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut record = StringRecord::new();
    // The 1-based line a record starts on, from the byte where reading it began: the crate's own
    // line count and offsets do not count the blank lines it skips before a record.
    let line_of = |byte: u64| {
        let bytes = text.as_bytes();
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1; // ok: < len
        }
        bytes
            .get(..start)
            .map_or(0, |b| b.iter().filter(|c| **c == b'\n').count())
            + 1 // ok: ≤ 1e6
    };
    loop {
        let at = reader.position().byte();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            // Invalid UTF-8 or an I/O error of a byte slice: report where it starts.
            Err(_) => return Err(CsvError::UnclosedQuote { row: line_of(at) }),
        }
        let row = line_of(record.position().map_or(at, |p| p.byte()));
        if record.iter().any(|f| f.contains(['\r', '\n'])) {
            return Err(CsvError::UnclosedQuote { row });
        }
        records.push((row, record.iter().map(str::to_string).collect()));
        if records.len() > MAX_ROWS + 2 {
            // ok: small constants
            return Err(CsvError::TooManyRows);
        }
    }
    Ok(records)
}

fn detect_delimiter(text: &str) -> u8 {
    let mut in_quotes = false;
    let mut seen = (false, false, false);
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\r' | '\n' => break,
            ';' if !in_quotes => seen.0 = true,
            '\t' if !in_quotes => seen.1 = true,
            ',' if !in_quotes => seen.2 = true,
            _ => {}
        }
    }
    match seen {
        (true, _, _) => b';',
        (false, true, _) => b'\t',
        _ => b',',
    }
}

/// A column of a district list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Nama,
    Pekerja,
    /// Informal workforce.
    AngkatanKerja,
    /// Current coverage in percent.
    Cakupan,
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

/// A problem at a 1-based row (the file's line; 0 for the whole file) and column.
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
    (
        Column::AngkatanKerja,
        &[
            "angkatan kerja informal",
            "pekerja informal",
            "angkatan kerja",
            "informal workforce",
            "informal workers",
        ],
    ),
    (
        Column::Cakupan,
        &[
            "cakupan sekarang (%)",
            "cakupan sekarang",
            "cakupan (%)",
            "cakupan",
            "current coverage (%)",
            "current coverage",
            "coverage",
        ],
    ),
];

/// Labels of the total row, skipped on import.
const TOTAL_LABELS: [&str; 3] = ["jumlah", "total", "total keseluruhan"];

/// Reads a district list: the CSV [`export_districts`] writes, or a simple list
/// `nama;pekerja[;angkatan kerja;cakupan %]`, with or without a header, with `;`, `,` or tab
/// between fields and counts written like `1.000`. Every problem found is returned (up to
/// [`MAX_ERRORS`]); the planner's current table is the caller's to keep.
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
    let records: Vec<&Record> = records.iter().filter(|(_, r)| !is_blank(r)).collect();
    let header = records.first().and_then(|(_, r)| header_columns(r));
    let positions = header.unwrap_or([Some(0), Some(1), Some(2), Some(3)]);
    let skip = usize::from(header.is_some());
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (row, record) in records.into_iter().skip(skip) {
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
        match parse_row(nama, &cell) {
            Ok(district) => rows.push(district),
            Err(problems) => errors.extend(problems.into_iter().map(|(column, problem)| ImportError {
                row: *row,
                column: Some(column),
                problem,
            })),
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
    // angkatan kerja;cakupan`) unless a named column is there: `nama;pekerja` rows may carry more.
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

fn parse_row<'a>(nama: &str, cell: &impl Fn(Column) -> &'a str) -> Result<District, RowProblems> {
    let mut problems = Vec::new();
    if nama.is_empty() {
        problems.push((Column::Nama, ImportProblem::Missing));
    } else if nama.chars().count() > MAX_NAME_CHARS {
        problems.push((Column::Nama, ImportProblem::NameTooLong));
    }
    let mut note = |column: Column, result: Result<Option<Decimal>, ImportProblem>| match result {
        Ok(value) => value,
        Err(problem) => {
            problems.push((column, problem));
            None
        }
    };
    let whole = |text: &str, min: u64| -> Result<Option<u64>, ImportProblem> {
        match number(text)? {
            None => Ok(None),
            Some(n) if !n.fract().is_zero() => Err(ImportProblem::NotWhole),
            Some(n) => match n.to_u64() {
                Some(n) if (min..=MAX_WORKERS).contains(&n) => Ok(Some(n)),
                _ => Err(ImportProblem::OutOfRange),
            },
        }
    };
    let pekerja = note(
        Column::Pekerja,
        whole(cell(Column::Pekerja), 0)
            .and_then(|n| n.ok_or(ImportProblem::Missing).map(|n| Some(Decimal::from(n)))),
    );
    let angkatan_kerja = note(
        Column::AngkatanKerja,
        whole(cell(Column::AngkatanKerja), 1).map(|n| n.map(Decimal::from)),
    );
    let cakupan = note(
        Column::Cakupan,
        number(cell(Column::Cakupan)).and_then(|c| match c {
            Some(c) if c > Decimal::ONE_HUNDRED => Err(ImportProblem::OutOfRange),
            other => Ok(other),
        }),
    );
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(District {
        nama: nama.to_string(),
        pekerja: pekerja.and_then(|n| n.to_u64()).unwrap_or(0),
        angkatan_kerja: angkatan_kerja.and_then(|n| n.to_u64()),
        cakupan: cakupan.map(Percent::new),
    })
}

/// A number as people type it (`4.475`, `3,5`, `Rp 1.000`); `None` for an empty cell.
fn number(text: &str) -> Result<Option<Decimal>, ImportProblem> {
    let text = text.trim().trim_end_matches('%').trim();
    match parse_amount(text) {
        Ok(amount) => Ok(Some(amount.amount())),
        Err(AmountError::Empty) => Ok(None),
        Err(AmountError::Negative) => Err(ImportProblem::Negative),
        Err(AmountError::TooLarge) => Err(ImportProblem::OutOfRange),
        Err(AmountError::NotANumber) => Err(ImportProblem::NotANumber),
    }
}

fn plain(amount: Rupiah) -> String {
    amount.to_plain()
}

/// A fraction with a decimal comma and no thousands separator (`6,7`), as Indonesian settings read it.
fn decimal_comma(value: Decimal) -> String {
    value.normalize().to_string().replace('.', ",")
}

fn optional<T>(value: Option<T>, text: impl Fn(T) -> String) -> String {
    value.map_or_else(String::new, text)
}

/// The district table with costs, one row per district and a total row, for spreadsheets.
pub fn export_districts(summary: &DistrictSummary, lang: Lang) -> String {
    let (header, total): ([&str; 10], &str) = match lang {
        Lang::Id => (
            [
                "Kabupaten/Kota",
                "Pekerja",
                "Terdaftar",
                "Pekerja-bulan",
                "Biaya (Rp)",
                "Pagu (Rp)",
                "Angkatan kerja informal",
                "Cakupan sekarang (%)",
                "Tambahan cakupan (poin)",
                "Biaya per poin (Rp)",
            ],
            "JUMLAH",
        ),
        Lang::En => (
            [
                "District/City",
                "Workers",
                "Enrolled",
                "Worker-months",
                "Cost (Rp)",
                "Pagu (Rp)",
                "Informal workforce",
                "Current coverage (%)",
                "Coverage gained (points)",
                "Cost per point (Rp)",
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
            row.terdaftar.to_string(),
            row.pekerja_bulan.to_string(),
            plain(row.biaya),
            plain(row.pagu),
            optional(d.angkatan_kerja, |n| n.to_string()),
            optional(d.cakupan, |c| decimal_comma(c.value())),
            optional(row.poin, decimal_comma),
            optional(row.biaya_per_poin, plain),
        ]);
    }
    records.push(vec![
        total.to_string(),
        summary.pekerja.to_string(),
        summary.terdaftar.to_string(),
        summary.pekerja_bulan.to_string(),
        plain(summary.biaya),
        plain(summary.pagu),
    ]);
    write(&records)
}

/// The month table: year, month, workers covered, contribution, cost, cash paid.
pub fn export_months(months: &[MonthRow], lang: Lang) -> String {
    let header = match lang {
        Lang::Id => [
            "Tahun",
            "Bulan",
            "Pekerja tercakup",
            "Iuran (Rp)",
            "Biaya (Rp)",
            "Dibayar (Rp)",
        ],
        Lang::En => [
            "Year",
            "Month",
            "Workers covered",
            "Contribution (Rp)",
            "Cost (Rp)",
            "Paid (Rp)",
        ],
    };
    let mut records = vec![header.iter().map(|h| h.to_string()).collect::<Vec<String>>()];
    for m in months {
        records.push(vec![
            m.tahun.to_string(),
            m.bulan.to_string(),
            m.tercakup.to_string(),
            plain(m.iuran),
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

/// The APBD-year table: year, workers, worker-months, booked, pagu, ceiling, share of belanja.
pub fn export_apbd(years: &[ApbdYear], lang: Lang) -> String {
    let header = match lang {
        Lang::Id => [
            "Tahun APBD",
            "Pekerja",
            "Pekerja-bulan",
            "Biaya (Rp)",
            "Dibayar (Rp)",
            "Pagu (Rp)",
            "Batas pagu (Rp)",
            "Porsi belanja daerah (%)",
        ],
        Lang::En => [
            "APBD year",
            "Workers",
            "Worker-months",
            "Cost (Rp)",
            "Paid (Rp)",
            "Pagu (Rp)",
            "Ceiling (Rp)",
            "Share of regional spending (%)",
        ],
    };
    let mut records = vec![header.iter().map(|h| h.to_string()).collect::<Vec<String>>()];
    for y in years {
        records.push(vec![
            y.tahun.to_string(),
            y.pekerja.to_string(),
            y.pekerja_bulan.to_string(),
            plain(y.biaya),
            plain(y.dibayar),
            plain(y.pagu),
            optional(y.batas, plain),
            optional(y.porsi_belanja, |p| decimal_comma(p.value().round_dp(4))),
        ]);
    }
    write(&records)
}

/// The funders' lines: one row per funder and APBD year.
pub fn export_funders(funders: &[FunderCost], lang: Lang) -> String {
    let header = match lang {
        Lang::Id => ["Sumber dana", "Nama", "Tahun APBD", "Dibayar (Rp)", "Pagu (Rp)"],
        Lang::En => ["Funder", "Name", "APBD year", "Paid (Rp)", "Pagu (Rp)"],
    };
    let kind = |k: FunderKind| match k {
        FunderKind::Provinsi => "provinsi",
        FunderKind::Kabupaten => "kabupaten",
        FunderKind::DanaDesa => "desa",
        FunderKind::Dbhcht => "dbhcht",
        FunderKind::Lainnya => "lainnya",
    };
    let mut records = vec![header.iter().map(|h| h.to_string()).collect::<Vec<String>>()];
    for f in funders {
        for y in &f.years {
            records.push(vec![
                kind(f.funder.kind).to_string(),
                f.funder.nama.clone(),
                y.tahun.to_string(),
                plain(y.dibayar),
                plain(y.pagu),
            ]);
        }
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

    fn cells(records: Vec<Record>) -> Vec<Vec<String>> {
        records.into_iter().map(|(_, r)| r).collect()
    }

    #[test]
    fn writes_bom_crlf_semicolons_and_quotes() {
        let text = write(&strings(&[&["a;b", "say \"hi\"", "x"], &["=1+1", "2"]]));
        assert_eq!(text, "\u{feff}\"a;b\";\"say \"\"hi\"\"\";x\r\n'=1+1;2\r\n");
    }

    #[test]
    fn reads_quotes_delimiters_and_line_ends() {
        assert_eq!(
            cells(read("\u{feff}\"a;b\";\"say \"\"hi\"\"\";x\r\nc;d\r\n").unwrap()),
            strings(&[&["a;b", "say \"hi\"", "x"], &["c", "d"]])
        );
        assert_eq!(cells(read("a\tb,c\n").unwrap()), strings(&[&["a", "b,c"]]));
        assert_eq!(
            read("a,b\n\n1,2").unwrap(),
            vec![
                (1, vec!["a".to_string(), "b".to_string()]),
                (3, vec!["1".to_string(), "2".to_string()])
            ]
        );
        assert_eq!(read(&"x".repeat(MAX_BYTES + 1)), Err(CsvError::TooLarge));
        assert_eq!(read(&"a;1\n".repeat(MAX_ROWS + 3)), Err(CsvError::TooManyRows));
    }

    #[test]
    fn a_stray_quote_does_not_swallow_the_rows_after_it() {
        assert_eq!(
            read("Malaka;4475\n\"Belu;200\nTTU;1174\n"),
            Err(CsvError::UnclosedQuote { row: 2 })
        );
        assert_eq!(
            import_districts("Malaka;4475\n\"Belu;200\nTTU;1174\n"),
            Err(vec![ImportError {
                row: 2,
                column: None,
                problem: ImportProblem::UnclosedQuote
            }])
        );
    }

    #[test]
    fn imports_a_simple_list_with_indonesian_numbers() {
        let errors = import_districts("Malaka;4.475\r\nBelu;2.069;50.000;90\r\n\r\nTTU,1174\n").unwrap_err();
        // The last line uses `,` while the file's delimiter is `;`: its count cell is missing.
        assert_eq!(
            errors,
            vec![ImportError {
                row: 4,
                column: Some(Column::Pekerja),
                problem: ImportProblem::Missing
            }]
        );
        let table = import_districts("nama;pekerja\nMalaka;4.475\nBelu;Rp 2.069;50.000;89,5\n").unwrap();
        let mut belu = District::new("Belu", 2069);
        belu.angkatan_kerja = Some(50_000);
        belu.cakupan = Some(Percent::new(Decimal::new(895, 1)));
        assert_eq!(table.rows, vec![District::new("Malaka", 4475), belu]);
    }

    #[test]
    fn reports_row_column_and_problem() {
        let errors = import_districts(
            "Kabupaten/Kota;Pekerja;Angkatan kerja informal;Cakupan sekarang (%)\nA;-5;;\n;10;0;101\nB;1,5;x;1\n",
        )
        .unwrap_err();
        let found: Vec<(usize, Option<Column>, ImportProblem)> =
            errors.iter().map(|e| (e.row, e.column, e.problem)).collect();
        assert_eq!(
            found,
            vec![
                (2, Some(Column::Pekerja), ImportProblem::Negative),
                (3, Some(Column::Nama), ImportProblem::Missing),
                (3, Some(Column::AngkatanKerja), ImportProblem::OutOfRange),
                (3, Some(Column::Cakupan), ImportProblem::OutOfRange),
                (4, Some(Column::Pekerja), ImportProblem::NotWhole),
                (4, Some(Column::AngkatanKerja), ImportProblem::NotANumber),
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
        let table = import_districts("Coverage,Workers,District\n7,100,Alor\n").unwrap();
        let mut alor = District::new("Alor", 100);
        alor.cakupan = Some(Percent::new(Decimal::from(7)));
        assert_eq!(table.rows, vec![alor]);
    }
}
