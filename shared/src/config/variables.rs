//! Every environment variable a configuration reader reads: its name, what it is for and
//! an example value. A `ConfigError` names its variable with these, so a newcomer reads
//! what to set and how, not only which name is missing; `cargo run -p local -- --help`
//! lists them. Each example is a value its reader accepts: the local runner's tests run
//! every function's reader with only these examples set, and check that every entry
//! here is read by some reader.

/// One variable: its name, a phrase saying what it is for, and a value its reader
/// accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variable {
    pub name: &'static str,
    /// What it is for: a noun phrase, lower case, no final stop.
    pub purpose: &'static str,
    /// The example shown, as it would be written after `NAME=`. Never a key, a webhook
    /// secret or an address in full (`sk_test_…`, `whsec_…`, `shop@…`): error messages are
    /// logged, and `scripts/check-logs.py` refuses those in any log line.
    pub example: &'static str,
    /// A value its reader accepts: `example` itself, or where that is cut short, one
    /// made up in full (the tests set these).
    pub value: &'static str,
}

const fn var(name: &'static str, purpose: &'static str, example: &'static str) -> Variable {
    Variable {
        name,
        purpose,
        example,
        value: example,
    }
}

/// A variable whose example is cut short (`…`): `value` is one in full.
const fn cut(
    name: &'static str,
    purpose: &'static str,
    example: &'static str,
    value: &'static str,
) -> Variable {
    Variable {
        name,
        purpose,
        example,
        value,
    }
}

/// The entry of `name`, if it is a variable of ours (errors about a custom resource's
/// property or the recovery policy name something else).
pub fn variable(name: &str) -> Option<&'static Variable> {
    VARIABLES.iter().find(|variable| variable.name == name)
}

/// Every variable, grouped as the book's configuration reference (docs/src/configuration.md).
pub const VARIABLES: &[Variable] = &[
    // Where the state is.
    var(
        "TABLE_NAME",
        "the DynamoDB table of the inbox, the mail records and the schedule (the stack's InboxTable)",
        "stripe-recovery-InboxTable-1ABC2DEF3GHI",
    ),
    // Stripe.
    cut(
        "STRIPE_SECRET_KEY",
        "your Stripe secret key (or a restricted key with the function's permissions); a test-mode key locally",
        "sk_test_…",
        "sk_test_51ExampleKeyFromTheDashboard",
    ),
    var(
        "STRIPE_API_BASE",
        "where Stripe's API is: unset for Stripe, or the tests' Stripe fake",
        "http://127.0.0.1:12111",
    ),
    var(
        "STRIPE_API_VERSION",
        "the Stripe-Version pinned on every request",
        "2026-09-30.endive",
    ),
    cut(
        "STRIPE_WEBHOOK_SECRETS",
        "the signing secrets of your Stripe webhook endpoint, comma-separated (two during a rotation)",
        "whsec_…",
        "whsec_ExampleSigningSecret",
    ),
    cut(
        "STRIPE_WEBHOOK_SECRET",
        "the local runner only: the one signing secret `stripe listen` prints (same as STRIPE_WEBHOOK_SECRETS)",
        "whsec_…",
        "whsec_ExampleSecretStripeListenPrints",
    ),
    var(
        "STRIPE_WEBHOOK_TOLERANCE_SECS",
        "how old a signed delivery may be, in seconds",
        "300",
    ),
    cut(
        "STRIPE_PUBLISHABLE_KEY",
        "your publishable key, given to Stripe.js on the card setup page",
        "pk_test_…",
        "pk_test_51ExamplePublishableKey",
    ),
    cut(
        "STRIPE_READ_KEY",
        "simulate --from-stripe: a restricted key with Events: Read (else STRIPE_SECRET_KEY is used)",
        "rk_test_…",
        "rk_test_51ExampleReadOnlyKey",
    ),
    // Session creation.
    cut(
        "ALLOWED_PRICES",
        "the Stripe Price ids Checkout may sell, comma-separated",
        "price_1Pq…,price_1Pr…",
        "price_1PqExampleTshirt,price_1PrExampleMug",
    ),
    var(
        "SUCCESS_URL",
        "where Checkout sends the buyer after paying ({CHECKOUT_SESSION_ID} allowed)",
        "https://shop.example/thanks",
    ),
    var(
        "CANCEL_URL",
        "where Checkout sends a buyer who goes back",
        "https://shop.example/cart",
    ),
    var(
        "CHECKOUT_MODE",
        "the Checkout mode: payment or subscription",
        "payment",
    ),
    var(
        "CHECKOUT_EXPIRES_MINUTES",
        "how long a Checkout Session lives, 30 to 1440 minutes",
        "1440",
    ),
    var(
        "CONSENT_COLLECTION",
        "auto (Checkout asks for promotional consent, US only) or none (your customer_token carries it)",
        "auto",
    ),
    var(
        "RECOVERY_ALLOW_PROMOTION_CODES",
        "whether a recovery link's session accepts promotion codes (true or false)",
        "false",
    ),
    var(
        "ALLOWED_ORIGINS",
        "the storefront origins CORS allows, comma-separated",
        "https://shop.example",
    ),
    var(
        "CHECKOUT_TOKEN_SECRET",
        "the secrets that verify your backend's customer_token, comma-separated, each 32 characters or more",
        "a-random-checkout-token-secret-of-32-characters-or-more",
    ),
    // Who writes.
    var(
        "SHOP_NAME",
        "the shop's name in every mail (one line, at most 100 characters)",
        "Example Shop",
    ),
    var(
        "SHOP_LOGO_URL",
        "an https:// image at the top of every mail",
        "https://shop.example/logo.png",
    ),
    var(
        "SHOP_ADDRESS",
        "the postal address in every mail's footer (one line)",
        "1 Example Street, Springfield",
    ),
    cut(
        "SENDER_EMAIL",
        "the verified SES identity recovery mails come from",
        "Example Shop <shop@…>",
        "Example Shop <shop@example.com>",
    ),
    cut(
        "BILLING_SENDER_EMAIL",
        "the verified SES identity billing mails come from (transactional, apart from SENDER_EMAIL)",
        "Example Shop Billing <billing@…>",
        "Example Shop Billing <billing@example.com>",
    ),
    var(
        "SES_CONFIGURATION_SET",
        "the SES configuration set the sender's mails go through (the stack's own per sender: reputation metrics, and bounces and complaints to mail-events)",
        "PromotionalConfigurationSet-AbC123dEf456",
    ),
    // The cart recovery mails.
    var(
        "RECOVERY_EMAIL_COOLDOWN_HOURS",
        "at most one recovery mail per recipient per this many hours (1 or more)",
        "24",
    ),
    var(
        "RECOVERY_PROMO_CODE",
        "a promotion code shown in the recovery mail",
        "COMEBACK10",
    ),
    var(
        "RECOVERY_PROMO_CODE_LAST_STEP",
        "true to show RECOVERY_PROMO_CODE in the sequence's last mail only",
        "false",
    ),
    var(
        "RECOVERY_STEPS",
        "when each mail of a cart's sequence goes after the session expired: up to three delays in h or d",
        "0h,24h,72h",
    ),
    var(
        "HOLDOUT_PERCENT",
        "the share of recipients never mailed, to measure what the mails recover (0 to 50)",
        "10",
    ),
    var(
        "UNSUBSCRIBE_URL",
        "the unsubscribe route the mails link to (https://, or http:// on localhost)",
        "https://abc123.execute-api.us-east-1.amazonaws.com/unsubscribe",
    ),
    var(
        "UNSUBSCRIBE_LINK_SECRET",
        "the secrets that sign (the first) and verify (any) unsubscribe links, each 32 characters or more",
        "a-random-unsubscribe-link-secret-of-32-characters-or-more",
    ),
    var(
        "RECIPIENT_KEY_PEPPER",
        "the pepper that keys recipients in the table, 32 characters or more",
        "a-random-recipient-key-pepper-of-32-characters-or-more",
    ),
    // Billing recovery.
    var(
        "BILLING_MAILS",
        "the billing mail kinds that are sent, comma-separated, or none",
        "payment_failed,payment_reminder,final_notice,card_expiring",
    ),
    cut(
        "BILLING_SEGMENT_SENDERS",
        "the addresses a recovery policy segment may send from, comma-separated",
        "billing-eu@…",
        "billing-eu@example.com",
    ),
    var(
        "RESUBSCRIBE_URL",
        "your https:// page to subscribe again, linked from the cancellation confirmation",
        "https://shop.example/pricing",
    ),
    var(
        "BILLING_MAX_REMINDERS",
        "reminders between an invoice's first failure mail and its final notice (0 to 8)",
        "2",
    ),
    var(
        "BILLING_REMINDER_MIN_DAYS",
        "the least days between two failure mails of an invoice (0 to 30)",
        "3",
    ),
    var(
        "BILLING_ALERT_AMOUNTS",
        "per currency, the amount due in minor units from which a failed payment alerts the team",
        "usd:50000,eur:50000",
    ),
    var(
        "ALERT_TOPIC_ARN",
        "the SNS topic team alerts go to",
        "arn:aws:sns:us-east-1:123456789012:stripe-recovery-alarms",
    ),
    var(
        "ALERT_WEBHOOK_URL",
        "a Slack-compatible incoming webhook (https://) team alerts are also posted to",
        "https://hooks.slack.com/services/T000/B000/EXAMPLE",
    ),
    // The customer portal.
    var(
        "PORTAL_LINK_SECRET",
        "the secrets that sign (the first) and verify (any) portal links, each 32 characters or more",
        "a-random-portal-link-secret-of-32-characters-or-more",
    ),
    var(
        "PORTAL_LINK_URL",
        "the portal-link route the links point at (https://, or http:// on localhost)",
        "https://abc123.execute-api.us-east-1.amazonaws.com/billing/portal",
    ),
    var(
        "PORTAL_LINK_TTL_DAYS",
        "how long a minted portal link works, 1 to 366 days",
        "30",
    ),
    var(
        "PORTAL_RETURN_URL",
        "the portal's return link, and where a finished flow leads",
        "https://shop.example/account",
    ),
    var(
        "PORTAL_CONFIGURATION",
        "a customer portal configuration of yours (bpc_…)",
        "bpc_1ExamplePortalConfig",
    ),
    var(
        "PORTAL_RETENTION_COUPON",
        "the coupon offered to customers who start to cancel",
        "STAY20",
    ),
    var(
        "SETUP_LINK_URL",
        "the card setup page setup links point at (with SETUP_LINK_SECRET, or neither)",
        "https://abc123.execute-api.us-east-1.amazonaws.com/billing/setup",
    ),
    var(
        "SETUP_LINK_SECRET",
        "the secrets that sign and verify setup links, each 32 characters or more (with SETUP_LINK_URL, or neither)",
        "a-random-setup-link-secret-of-32-characters-or-more",
    ),
    // The portal's configuration (`local portal-config`).
    var(
        "PORTAL_HEADLINE",
        "portal-config: the portal's headline (at most 60 characters)",
        "Manage your plan",
    ),
    var(
        "PORTAL_PRIVACY_POLICY_URL",
        "portal-config: your privacy policy's page",
        "https://shop.example/privacy",
    ),
    var(
        "PORTAL_TERMS_OF_SERVICE_URL",
        "portal-config: your terms of service's page",
        "https://shop.example/terms",
    ),
    var(
        "PORTAL_PAYMENT_METHOD_UPDATE",
        "portal-config: whether customers may update their card (true or false)",
        "true",
    ),
    var(
        "PORTAL_INVOICE_HISTORY",
        "portal-config: whether customers see their invoices (true or false)",
        "true",
    ),
    var(
        "PORTAL_CUSTOMER_UPDATE",
        "portal-config: what customers may change about themselves, comma-separated, or none",
        "email,address",
    ),
    var(
        "PORTAL_CANCEL_MODE",
        "portal-config: at_period_end, immediately, or off",
        "at_period_end",
    ),
    var(
        "PORTAL_CANCEL_PRORATION",
        "portal-config: a cancellation's proration, none or create_prorations",
        "none",
    ),
    var(
        "PORTAL_CANCELLATION_REASONS",
        "portal-config: the reasons a cancelling customer chooses from, comma-separated, or none",
        "too_expensive,missing_features,other",
    ),
    var(
        "PORTAL_UPDATE_PRODUCTS",
        "portal-config: the products and prices customers may switch between, or none",
        "prod_1ExampleBasic:price_1ExampleMonthly,price_1ExampleYearly",
    ),
    var(
        "PORTAL_UPDATE_ALLOWED",
        "portal-config: what a plan change may change: price, quantity, promotion_code",
        "price",
    ),
    var(
        "PORTAL_UPDATE_PRORATION",
        "portal-config: a plan change's proration: none, create_prorations or always_invoice",
        "create_prorations",
    ),
    // The local runner.
    var("LOCAL_PORT", "the local runner's port on 127.0.0.1", "3000"),
    var(
        "LOCAL_STATE_DIR",
        "the local runner's folder of state (the file store, the outbox)",
        ".local-state",
    ),
    var(
        "LOCAL_STRIPE_OBJECTS",
        "without STRIPE_SECRET_KEY, the folder of Stripe objects the local consumers read",
        "events/stripe",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_variable_is_listed_once_in_upper_case_with_a_purpose_and_an_example() {
        for (i, variable) in VARIABLES.iter().enumerate() {
            assert!(
                variable
                    .name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'),
                "{variable:?}"
            );
            assert!(!variable.purpose.is_empty() && !variable.example.is_empty());
            assert!(
                variable.example == variable.value || variable.example.contains('…'),
                "{variable:?}: an example other than its value is cut short"
            );
            // What scripts/check-logs.py refuses in a log line (an error is logged).
            let shown = format!("{}={}", variable.name, variable.example);
            assert!(
                !shown.contains("whsec_")
                    || shown
                        .split("whsec_")
                        .skip(1)
                        .all(|rest| rest.starts_with('…')),
                "{shown}"
            );
            for key in ["sk_test_", "rk_test_", "sk_live_", "rk_live_"] {
                assert!(
                    shown.split(key).skip(1).all(|rest| rest.starts_with('…')),
                    "{shown}"
                );
            }
            assert!(
                shown.split('@').skip(1).all(|rest| rest.starts_with('…')),
                "an address in {shown}"
            );
            assert!(!variable.purpose.ends_with('.'), "{variable:?}");
            assert!(
                !VARIABLES[..i].iter().any(|v| v.name == variable.name),
                "{} twice",
                variable.name
            );
        }
    }
}
