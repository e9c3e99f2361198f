//! The billing mails: what their templates (`shared/templates/billing-*/`) are given.
//! One context for every kind; each kind uses what it needs.

use serde::Serialize;
use stripe_recovery::mail::{MailKind, Money};

use crate::decide::{BillingKind, Planned, brand_name, expiry_text};

#[derive(Debug, Clone, Serialize)]
pub struct BillingMail<'a> {
    #[serde(skip)]
    kind: BillingKind,
    /// What the invoice asks for, when the mail is about one.
    pub amount: Option<&'a Money>,
    /// When Stripe tries the card again (unix seconds).
    pub next_attempt: Option<i64>,
    /// Our signed link that opens the customer portal's payment-method page.
    pub portal_url: Option<&'a str>,
    /// Stripe's hosted invoice page.
    pub invoice_url: Option<&'a str>,
    pub card_brand: Option<String>,
    pub card_last4: Option<&'a str>,
    /// `08/2030`.
    pub card_expiry: Option<String>,
    /// When the card would next be charged.
    pub charge_at: Option<i64>,
    pub trial_end: Option<i64>,
}

impl MailKind for BillingMail<'_> {
    fn kind(&self) -> &'static str {
        self.kind.template()
    }
}

impl<'a> BillingMail<'a> {
    pub fn new(planned: &'a Planned, portal_url: Option<&'a str>) -> Self {
        let card = planned.card.as_ref();
        Self {
            kind: planned.kind,
            amount: planned.amount.as_ref(),
            next_attempt: planned.next_attempt,
            portal_url,
            invoice_url: planned.invoice_url.as_deref(),
            card_brand: card.and_then(|c| c.brand.as_deref()).map(brand_name),
            card_last4: card.and_then(|c| c.last4.as_deref()),
            card_expiry: card.map(expiry_text),
            charge_at: planned.charge_at,
            trial_end: planned.trial_end,
        }
    }
}
