//! Form fields that accept what people type, show a short message under the field when they
//! cannot use it, and keep the last good value (so the last good result stays visible).

use crate::ctx::{use_ctx, Ctx};
use crate::i18n::common;
use jaring_core::money::{format_decimal, parse_amount, Rupiah};
use jaring_core::scenario::parse_plain_decimal;
use jaring_core::Lang;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A money field: `5000000`, `5.000.000`, `Rp 5.000.000`, `5 jt`, `5,5 juta` are all read.
/// `value` is the last good amount; `on_change` gets each new good amount within `[min, max]`.
#[component]
pub fn MoneyInput(
    id: &'static str,
    label: &'static str,
    #[prop(optional, into)] hint: String,
    #[prop(into)] value: Signal<Rupiah>,
    #[prop(optional)] min: Option<Rupiah>,
    #[prop(optional)] max: Option<Rupiah>,
    on_change: Callback<Rupiah>,
) -> impl IntoView {
    let ctx = use_ctx();
    let raw = RwSignal::new(value.get_untracked().to_plain());
    let error = RwSignal::new(None::<String>);
    // When the value changes from outside (a preset, a loaded link), show it.
    Effect::new(move |_| {
        let current = value.get();
        if parse_amount(&raw.get_untracked()).ok() != Some(current) {
            raw.set(current.to_plain());
            error.set(None);
        }
    });
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        raw.set(text.clone());
        let lang = ctx.lang();
        match parse_amount(&text) {
            Ok(amount) if min.is_some_and(|m| amount < m) => {
                error.set(Some(common::amount_below(lang, min.unwrap_or_default())));
            }
            Ok(amount) if max.is_some_and(|m| amount > m) => {
                error.set(Some(common::amount_above(lang, max.unwrap_or_default())));
            }
            Ok(amount) => {
                error.set(None);
                on_change.run(amount);
            }
            Err(e) => error.set(Some(common::amount_error(lang, e).to_string())),
        }
    };
    let message_id = format!("{id}-msg");
    view! {
        <div class="field" class:field-error=move || error.get().is_some()>
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                inputmode="text"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || raw.get()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=message_id.clone()
                on:input=on_input
            />
            <p class="field-msg" id=message_id aria-live="polite">
                {move || match error.get() {
                    Some(message) => message,
                    None => {
                        let amount = value.get().format(ctx.lang());
                        if hint.is_empty() { format!("= {amount}") } else { format!("= {amount} · {hint}") }
                    }
                }}
            </p>
        </div>
    }
}

/// A whole-number field within `[min, max]` (months, ages, counts).
#[component]
pub fn IntInput(
    id: &'static str,
    label: &'static str,
    #[prop(optional, into)] hint: String,
    #[prop(into)] value: Signal<i64>,
    min: i64,
    max: i64,
    on_change: Callback<i64>,
) -> impl IntoView {
    let ctx = use_ctx();
    NumberField {
        id,
        inputmode: "numeric",
        parse: parse_whole,
        show: |n: i64, _: Lang| n.to_string(),
        in_range: move |n: i64| (min..=max).contains(&n),
        range_message: move |lang: Lang| common::whole_number_range(lang, min, max),
    }
    .view(ctx, label, hint, value, on_change)
}

/// A decimal field within `[min, max]` (percentages such as a return of `5,5`).
#[component]
pub fn DecimalInput(
    id: &'static str,
    label: &'static str,
    #[prop(optional, into)] hint: String,
    #[prop(into)] value: Signal<Decimal>,
    min: Decimal,
    max: Decimal,
    on_change: Callback<Decimal>,
) -> impl IntoView {
    let ctx = use_ctx();
    NumberField {
        id,
        inputmode: "decimal",
        parse: parse_plain_decimal,
        // Without grouping, so that what is shown can be typed back: `1234,5` / `1234.5`.
        show: |d: Decimal, lang: Lang| format_decimal(d, lang).replace(lang.group_separator(), ""),
        in_range: move |d: Decimal| d >= min && d <= max,
        range_message: move |lang: Lang| common::decimal_range(lang, min, max),
    }
    .view(ctx, label, hint, value, on_change)
}

/// What differs between the plain number fields: how text is read and shown, and the range.
struct NumberField<P, S, R, M> {
    id: &'static str,
    inputmode: &'static str,
    parse: P,
    show: S,
    in_range: R,
    range_message: M,
}

impl<P, S, R, M> NumberField<P, S, R, M> {
    fn view<T>(
        self,
        ctx: Ctx,
        label: &'static str,
        hint: String,
        value: Signal<T>,
        on_change: Callback<T>,
    ) -> impl IntoView
    where
        T: Copy + PartialEq + Send + Sync + 'static,
        P: Fn(&str) -> Option<T> + Copy + Send + Sync + 'static,
        S: Fn(T, Lang) -> String + Copy + Send + Sync + 'static,
        R: Fn(T) -> bool + Copy + Send + Sync + 'static,
        M: Fn(Lang) -> String + Copy + Send + Sync + 'static,
    {
        let NumberField {
            id,
            inputmode,
            parse,
            show,
            in_range,
            range_message,
        } = self;
        let raw = RwSignal::new(show(value.get_untracked(), ctx.lang()));
        let error = RwSignal::new(None::<String>);
        // When the value changes from outside (a preset, a loaded link), show it.
        Effect::new(move |_| {
            let current = value.get();
            if parse(&raw.get_untracked()) != Some(current) {
                raw.set(show(current, ctx.lang()));
                error.set(None);
            }
        });
        let on_input = move |ev| {
            let text = event_target_value(&ev);
            raw.set(text.clone());
            match parse(&text) {
                Some(v) if in_range(v) => {
                    error.set(None);
                    on_change.run(v);
                }
                _ => error.set(Some(range_message(ctx.lang()))),
            }
        };
        let message_id = format!("{id}-msg");
        view! {
            <div class="field" class:field-error=move || error.get().is_some()>
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    prop:value=move || raw.get()
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=message_id.clone()
                    on:input=on_input
                />
                <p class="field-msg" id=message_id aria-live="polite">
                    {move || error.get().unwrap_or_else(|| hint.clone())}
                </p>
            </div>
        }
    }
}

/// A checkbox with its label.
#[component]
pub fn Toggle(
    id: &'static str,
    label: &'static str,
    #[prop(optional, into)] hint: String,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="field field-toggle">
            <input
                id=id
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="field-msg">{hint}</p> })}
        </div>
    }
}

/// A `<select>` over `options` (value code, label).
#[component]
pub fn Choice(
    id: &'static str,
    label: &'static str,
    #[prop(optional, into)] hint: String,
    /// The options as (code, label) pairs, reactive so labels follow the language.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] selected: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev))>
                {move || {
                    let current = selected.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(code, text)| {
                            let is_selected = code == current;
                            view! { <option value=code selected=is_selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
            {(!hint.is_empty()).then(|| view! { <p class="field-msg">{hint}</p> })}
        </div>
    }
}

/// A field's value read from a page's state. Taking plain functions (not closures) gives one
/// compiled reader per (state, value) type rather than one per field.
pub fn value<S, T>(state: RwSignal<S>, get: fn(&S) -> T) -> Signal<T>
where
    S: Send + Sync + 'static,
    T: Send + Sync + 'static,
{
    Signal::derive(move || state.with(get))
}

/// A field's change written into a page's state; one compiled writer per type, as [`value`].
pub fn setter<S, T>(state: RwSignal<S>, set: fn(&mut S, T)) -> Callback<T>
where
    S: Send + Sync + 'static,
    T: 'static,
{
    Callback::new(move |v| state.update(|s| set(s, v)))
}

/// Digits only, optional minus sign: what a whole-number field accepts.
fn parse_whole(text: &str) -> Option<i64> {
    let text = text.trim();
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}
