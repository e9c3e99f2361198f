//! `report [--table NAME]`: what recovery did, per flow and per month, from the table's
//! own records (the local state, or a deployed DynamoDB table): events, mails sent,
//! recoveries, amount recovered per currency, and the rate (recoveries per mail).
//!
//! - **cart**: `checkout.session.expired` events; `recovery#…` items (one per mail,
//!   `sent_at`; converted ones with `converted_at`, `converted_amount_total`,
//!   `converted_currency`).
//! - **billing**: failed payments, payments needing action, upcoming invoices and ending
//!   trials; each mailed step of a `dunning#…` item (`steps.*.sent_at`) but the notices,
//!   which seek no payment (`steps.*.kind`: renewal reminder, the confirmations of a
//!   recovered payment and of a cancellation); recovered ones (`outcome = recovered`,
//!   `outcome_at`, `amount_paid`, `paid_currency`).
//!
//! - **churn**: `churn#…` items (one per subscription, billing recovery's record of its
//!   cancellation): per month of the cancellation, reason and feedback, per currency, the
//!   subscriptions cancelling (scheduled or ended) and the monthly amount they billed;
//!   retention coupons taken (a cancellation withdrawn for a new discount) per month.
//!
//! Events are counted from the inbox, which keeps 30 days: older months show mails and
//! recoveries (kept 90 and 400 days) but fewer or no events.

#[cfg(test)]
mod fixture;
mod tally;
mod text;

pub use tally::{
    Churn, ChurnKey, ChurnRow, FailedPayment, Flow, Groups, PREFIXES, PaymentState,
    RECENT_FAILED_PAYMENTS, Report, Retained, Row, cart_steps, churn, holdout_groups,
    recent_failed_payments, tally,
};
pub use text::{render, render_churn, render_steps};
