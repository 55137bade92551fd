//! All user-visible text, one table per language.
//!
//! Each page has a struct of texts with one `const` per language (`ID`, `EN`), so a missing
//! translation is a compile error. Messages for the core's enums (rules, input errors) are
//! exhaustive `match`es here, for the same reason. Components never hold literal text.

pub mod anggaran;
pub mod cakupan;
pub mod common;
pub mod iuran;
pub mod manfaat;

use jaring_core::Lang;

/// Every text of the public bundle's pages and the shell in one language. The planner pages'
/// texts have their own `texts(lang)` (`anggaran`, `cakupan`), so the public bundle, which links
/// this table, does not carry them.
pub struct Texts {
    pub common: common::Common,
    pub iuran: iuran::Iuran,
    pub manfaat: manfaat::Manfaat,
}

static ID: Texts = Texts {
    common: common::ID,
    iuran: iuran::ID,
    manfaat: manfaat::ID,
};
static EN: Texts = Texts {
    common: common::EN,
    iuran: iuran::EN,
    manfaat: manfaat::EN,
};

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}
