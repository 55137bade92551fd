//! Architecture invariant, enforced: no value of a regulation appears outside `core/src/rules/`.
//!
//! In the style of rust-analyzer's `tidy` tests, this scans the app's `src/` and the core's modules
//! outside `rules/` for rupiah amounts, regulation names, rate-like percentages and decimals, the
//! BPU payment periods and the working days of a month, and fails with a pointer to where the rule
//! lives. Comments are not scanned (they should cite regulations), nor are test modules (golden
//! cases state the expected numbers). A few texts are allowed below, each with its reason.

use std::fs;
use std::path::{Path, PathBuf};

/// `(path suffix, text on the line, why it may stay)`.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "src/i18n/anggaran.rs",
        "0:60%,3:40%",
        "an example of how to type phased entry, not a rule",
    ),
    (
        "src/i18n/anggaran.rs",
        "provinsi:60%,kabupaten:40%",
        "an example of how to type the funders, not a rule",
    ),
    (
        "src/i18n/anggaran.rs",
        "(10–90%)",
        "the percentile band of the expected claims, not a rule",
    ),
    (
        "src/pages/anggaran/output.rs",
        "(10–90%)",
        "the percentile band of the expected claims, not a rule",
    ),
    (
        "src/i18n/anggaran.rs",
        "berjumlah 100%",
        "shares of a whole add up to the whole, not a rule",
    ),
    (
        "src/i18n/anggaran.rs",
        "add up to 100%",
        "shares of a whole add up to the whole, not a rule",
    ),
    (
        "src/i18n/common.rs",
        "Rp 5.000.000",
        "an example of how to type an amount, not a rule",
    ),
    (
        "src/i18n/manfaat.rs",
        "memakai 5%",
        "the return BPJS's own app assumes, a modelling assumption",
    ),
    (
        "src/i18n/manfaat.rs",
        "uses 5%",
        "the return BPJS's own app assumes, a modelling assumption",
    ),
    (
        "src/i18n/manfaat.rs",
        "(0%",
        "explains the value 0 of the user's growth input",
    ),
    (
        "core/src/cakupan/params.rs",
        "",
        "the coverage model's assumptions and observed points with their sources (news, studies, \
         BPJS statements), not regulation values: regulated amounts reach the model from the rules \
         (cakupan::engine::rates_in)",
    ),
    (
        "core/src/cakupan/kpi.rs",
        "source: \"",
        "planning targets (RPJMN, RKPD) with their sources, not regulation values of the programme",
    ),
    (
        "core/src/cakupan/params.rs",
        "Kota Kupang 23%",
        "the name of a preset (a coverage figure from the issue), not a rule",
    ),
    (
        "core/src/cakupan/",
        "dec!(",
        "planner model parameters and steps (assumptions with their own sources), not rule values",
    ),
    (
        "core/src/manfaat/mod.rs",
        "BULAN_RATA_RATA_BERBUNGA",
        "the interest convention of the projection, not a rule value",
    ),
    // Known debt of issue 12: texts that still carry a rule's value. Each must become a function
    // taking the value formatted from the rule named here.
];

/// What a line must not contain, and where such a value belongs.
struct Check {
    name: &'static str,
    found: fn(&str) -> bool,
    pointer: &'static str,
}

const CHECKS: &[Check] = &[
    Check {
        name: "rupiah amount",
        found: rupiah_amount,
        pointer:
            "format the amount from its rule in core/src/rules/ (e.g. rules::bpu::JKM, iuran::bpu_minimum)",
    },
    Check {
        name: "regulation name",
        found: regulation_name,
        pointer: "show the `Source` of the rule (rules::Dated::source.regulation) instead of naming it",
    },
    Check {
        name: "percentage",
        found: percentage,
        pointer: "format the `Percent` of the rule in core/src/rules/",
    },
    Check {
        name: "decimal rate literal",
        found: decimal_literal,
        pointer: "rates are `Percent` values of a `Rule` in core/src/rules/",
    },
    Check {
        name: "BPU payment periods",
        found: payment_periods,
        pointer: "read rules::bpu::PAYMENT_MONTHS",
    },
    Check {
        name: "working days of a month",
        found: working_days,
        pointer: "use rules::pu::DAILY_WAGE_DAYS (iuran::upah_from_daily / daily_from_upah)",
    },
];

fn rupiah_amount(line: &str) -> bool {
    line.match_indices("Rp").any(|(i, _)| {
        let rest = line[i + 2..].trim_start_matches([' ', '\u{a0}']);
        rest.starts_with(|c: char| c.is_ascii_digit())
    })
}

fn regulation_name(line: &str) -> bool {
    ["PP ", "Permenaker ", "UU ", "Perpres ", "Inpres "]
        .iter()
        .any(|prefix| {
            line.match_indices(prefix).any(|(i, _)| {
                let word_start = i == 0 || !line[..i].ends_with(|c: char| c.is_alphanumeric());
                let rest = &line[i + prefix.len()..];
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                word_start && digits > 0 && rest[digits..].starts_with('/')
            })
        })
}

fn percentage(line: &str) -> bool {
    line.match_indices('%').any(|(i, _)| {
        let before = line[..i].trim_end();
        before.ends_with(|c: char| c.is_ascii_digit())
    })
}

fn decimal_literal(line: &str) -> bool {
    line.match_indices("dec!(").any(|(i, _)| {
        let rest = &line[i + 5..];
        let literal: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '_')
            .collect();
        literal.contains('.')
    })
}

fn payment_periods(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains("[1,3,6,12]") || compact.contains("(\"12\",12)")
}

fn working_days(line: &str) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.contains("from(25)") || compact.contains("/25") || compact.contains("*25")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a line without its comment (a `//` outside a string literal).
fn code_of(line: &str) -> &str {
    let mut in_string = false;
    let mut previous = ' ';
    for (i, c) in line.char_indices() {
        match c {
            '"' if previous != '\\' => in_string = !in_string,
            '/' if !in_string && previous == '/' => return &line[..i - 1],
            _ => {}
        }
        previous = c;
    }
    line
}

#[test]
fn no_regulation_value_outside_rules() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = core.parent().expect("the workspace holds core/");
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&core.join("src"), &mut files);
    let rules = core.join("src").join("rules");
    files.retain(|f| !f.starts_with(&rules));
    assert!(files.len() > 20, "scanned only {} files", files.len());

    let mut failures = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable source");
        let shown = file
            .strip_prefix(root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        for (number, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("#[cfg(test)]") {
                break;
            }
            let code = code_of(line);
            for check in CHECKS {
                if !(check.found)(code) {
                    continue;
                }
                let allowed = ALLOWED
                    .iter()
                    .any(|(path, needle, _)| shown.starts_with(path) && code.contains(needle));
                if !allowed {
                    failures.push(format!(
                        "{shown}:{}: {} in `{}`: {}",
                        number + 1,
                        check.name,
                        code.trim(),
                        check.pointer
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "regulation values outside core/src/rules/:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_checks_find_what_they_look_for() {
    assert!(rupiah_amount("\"dari iuran Rp 16.800 sebulan\""));
    assert!(rupiah_amount("\"Rp16.800\""));
    assert!(!rupiah_amount("\"Rp {}\""));
    assert!(regulation_name("\"(PP 50/2025)\""));
    assert!(regulation_name("\"Permenaker 1/2025\""));
    assert!(!regulation_name("\"UPP 5\""));
    assert!(percentage("\"JHT 2%\""));
    assert!(!percentage("format!(\"{}%\", x)"));
    assert!(decimal_literal("dec!(0.24)"));
    assert!(!decimal_literal("dec!(100)"));
    assert!(payment_periods("value: [1, 3, 6, 12],"));
    assert!(working_days("amount() / Decimal::from(25)"));
    assert_eq!(code_of("let x = 1; // PP 44/2015"), "let x = 1; ");
    assert_eq!(code_of("\"https://a\""), "\"https://a\"");
}
