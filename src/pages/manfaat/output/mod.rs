//! The read-only output of `/manfaat`, written with `maud` (tags closed and text escaped by
//! construction; see ARCHITECTURE.md, "Bundle size", for why it is HTML and not a `view!` tree):
//! the agent view's cards and contrast (`agent.rs`), and the details with formulas, sources,
//! assumptions, the JHT chart and table (`details.rs`). Numbers reach the markup as text already
//! written for the language (`Rupiah::format`…), never through `maud`'s number rendering.

mod agent;
mod details;
#[cfg(test)]
mod tests;

pub(super) use agent::{agent, share_facts};
pub(super) use details::details;

use crate::i18n::manfaat::Manfaat;
use crate::i18n::texts;
use jaring_core::{Lang, Rupiah};

fn t(lang: Lang) -> &'static Manfaat {
    &texts(lang).manfaat
}

fn rp(amount: Rupiah, lang: Lang) -> String {
    amount.format(lang)
}
