//! The share button: the phone's share sheet (WhatsApp…) or, elsewhere, copy to clipboard.

use crate::browser::{self, Shared};
use crate::ctx::use_ctx;
use leptos::prelude::*;

/// Shares the current page address with `text` in front of it.
#[component]
pub fn ShareButton(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let ctx = use_ctx();
    let outcome = RwSignal::new(None::<Shared>);
    let share = move |_| {
        let title = ctx.t().common.app_name;
        outcome.set(Some(browser::share(
            title,
            &text.get_untracked(),
            &browser::href(),
        )));
    };
    view! {
        <div class="share">
            <button type="button" class="button share-button" on:click=share>
                {ctx.t().common.share_button}
            </button>
            <p class="field-msg" aria-live="polite">
                {move || {
                    let c = &ctx.t().common;
                    match outcome.get() {
                        Some(Shared::Sheet) => c.shared_sheet,
                        Some(Shared::Copied) => c.shared_copied,
                        Some(Shared::Unavailable) => c.shared_unavailable,
                        None => "",
                    }
                }}
            </p>
        </div>
    }
}
