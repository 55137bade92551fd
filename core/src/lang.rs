//! The two interface languages and how each writes numbers.

/// Interface language. Indonesian is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    /// The code used in `?lang=` and in storage.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Thousands separator: `1.234.567` in Indonesian, `1,234,567` in English.
    pub const fn group_separator(self) -> char {
        match self {
            Lang::Id => '.',
            Lang::En => ',',
        }
    }

    /// Decimal separator: `5,7` in Indonesian, `5.7` in English.
    pub const fn decimal_separator(self) -> char {
        match self {
            Lang::Id => ',',
            Lang::En => '.',
        }
    }
}
