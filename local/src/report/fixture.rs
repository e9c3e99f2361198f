//! The stored items the report's tests count, as a store would hold them.

use serde_json::{Value, json};

// 2026-11-21 and 2026-12-02, UTC.
pub const NOV: i64 = 1_795_219_200;
pub const DEC: i64 = 1_796_169_600;

/// A record of `mail-events`: SES's `event` of a mail of `flow` and `kind`, at `at`.
pub fn mail_event(id: &str, event: &str, flow: &str, kind: &str, at: i64) -> Value {
    json!({"pk": format!("mailevent#{id}"), "mail_event": event, "flow": flow,
           "kind": kind, "step": "1", "at": at, "report_month": super::tally::month(at),
           "ttl": at + 400 * 86_400})
}

/// Events, carts and invoices over two months: two rows per flow; SES's events of
/// November's mails.
pub fn month_items() -> Vec<Value> {
    vec![
        json!({"pk": "event#evt_1", "type": "checkout.session.expired", "created": NOV}),
        json!({"pk": "event#evt_2", "type": "checkout.session.expired", "created": DEC}),
        json!({"pk": "event#evt_3", "type": "checkout.session.completed", "created": DEC}),
        json!({"pk": "event#evt_4", "type": "invoice.payment_failed", "created": NOV}),
        json!({"pk": "event#evt_5", "type": "invoice.paid", "created": DEC}),
        json!({"pk": "event#evt_6", "type": "customer.subscription.trial_will_end", "created": DEC}),
        // Mailed in November, bought back in December.
        json!({"pk": "recovery#cs_1", "sent_at": NOV, "converted_at": DEC,
               "converted_amount_total": 4200, "converted_currency": "usd"}),
        json!({"pk": "recovery#cs_2", "sent_at": DEC}),
        // A sequence: steps 1 and 2 sent in December, step 3's send started (maybe
        // sent: not counted as a mail), bought back after step 2.
        json!({"pk": "recovery#cs_3",
               "step_1": {"state": "sent", "sent_at": DEC, "message_id": "a"},
               "step_2": {"state": "sent", "sent_at": DEC + 86_400, "message_id": "b"},
               "step_3": {"state": "sending", "started_at": DEC + 3 * 86_400},
               "converted_at": DEC + 2 * 86_400, "converted_after_step": 2,
               "converted_amount_total": 1000, "converted_currency": "usd"}),
        // Held out, bought anyway: the baseline, no recovery of ours.
        json!({"pk": "recovery#cs_4", "held_out_at": DEC, "converted_at": DEC,
               "converted_amount_total": 9900, "converted_currency": "usd"}),
        // Two mails in November, paid in November.
        json!({"pk": "dunning#in_1", "attempted_at": NOV, "failed_at": NOV,
               "report_month": "2026-11", "decline_code": "insufficient_funds",
               "recovered_after": "payment_reminder", "steps": {
                    "failed-1": {"kind": "payment_failed", "sent_at": NOV, "message_id": "m1"},
                    "failed-2": {"kind": "payment_reminder", "sent_at": NOV + 86_400, "message_id": "m2"}},
               "outcome": "recovered", "outcome_at": NOV + 2 * 86_400,
               "amount_paid": 1000, "paid_currency": "eur"}),
        json!({"pk": "dunning#in_2", "attempted_at": NOV, "failed_at": NOV,
               "report_month": "2026-11", "steps": {
                    "final": {"kind": "final_notice", "sent_at": NOV, "message_id": "m3"}},
               "outcome": "lost", "outcome_at": DEC}),
        json!({"pk": "dunning#in_3", "attempted_at": DEC, "report_month": "2026-12",
               "steps": {}, "outcome": "paid_unmailed", "outcome_at": DEC}),
        json!({"pk": "recipient#abc", "last_mailed_at": NOV}),
        // The confirmation of in_1's payment: a notice, sent but no recovery mail.
        json!({"pk": "dunning#recovered#in_1", "steps": {
                    "confirmation": {"kind": "payment_recovered", "sent_at": NOV + 2 * 86_400,
                                     "message_id": "m4"}}}),
        // SES's word on November's mails: a cart mail bounced for good, a billing
        // reminder bounced for now, the confirmation was marked as spam; and a bounce of
        // mail we did not send (untagged), not counted.
        mail_event("a1", "hard_bounce", "cart", "recovery", NOV),
        mail_event(
            "a2",
            "soft_bounce",
            "billing",
            "payment_reminder",
            NOV + 86_400,
        ),
        mail_event(
            "a3",
            "complaint",
            "billing",
            "payment_recovered",
            NOV + 3 * 86_400,
        ),
        mail_event("a4", "hard_bounce", "untagged", "untagged", NOV),
    ]
}

/// Six subscriptions' cancellation records, one withdrawn for a coupon.
pub fn churn_items() -> Vec<Value> {
    let churned = |sub: &str, state: &str, feedback: Option<&str>, amount: i64, currency: &str| {
        json!({"pk": format!("churn#{sub}"), "state": state,
               "reason": "cancellation_requested", "feedback": feedback,
               "comment_length": 12, "monthly_amount": amount, "currency": currency,
               "age_days": 40, "canceled_at": NOV, "month": "2026-11",
               "discounts_at_cancel": [], "version": 2, "ttl": DEC})
    };
    let mut retained = churned("sub_4", "withdrawn", Some("too_expensive"), 1000, "usd");
    retained["retained_at"] = json!(NOV);
    let mut payment_failed = churned("sub_6", "canceled", None, 500, "usd");
    payment_failed["reason"] = json!("payment_failed");
    vec![
        churned("sub_1", "canceled", Some("too_expensive"), 2000, "usd"),
        churned("sub_2", "scheduled", Some("too_expensive"), 3000, "usd"),
        churned("sub_3", "canceled", Some("too_expensive"), 4000, "eur"),
        retained,
        churned("sub_5", "withdrawn", Some("unused"), 9999, "usd"),
        payment_failed,
        json!({"pk": "dunning#in_1", "steps": {}}),
    ]
}

/// A store of everything the report reads: `month_items`, `churn_items`, 40 more carts
/// mailed (14 bought back) and 35 held out (3 bought anyway), all with consent, and 5
/// expired without (80 sessions recorded as expired), enough for the cart's lift
/// to say something; two more invoices, one held out (too few for the billing lift).
pub fn store() -> Vec<Value> {
    let mut items = month_items();
    items.extend(churn_items());
    for n in 0..40 {
        let mut cart = json!({"pk": format!("recovery#cs_mailed_{n}"),
                              "expired_at": NOV, "consent": true,
                              "step_1": {"state": "sent", "sent_at": NOV, "message_id": "m"}});
        if n < 14 {
            cart["converted_at"] = json!(NOV + 3600);
            cart["converted_amount_total"] = json!(2500);
            cart["converted_currency"] = json!("usd");
        } else if n < 17 {
            // Opened the recovery link, did not buy.
            cart["clicked_at"] = json!(NOV + 1800);
        }
        items.push(cart);
    }
    for n in 0..35 {
        let mut cart = json!({"pk": format!("recovery#cs_held_{n}"), "held_out_at": NOV,
                              "expired_at": NOV, "consent": true});
        if n < 3 {
            cart["converted_at"] = json!(NOV + 7200);
        }
        items.push(cart);
    }
    // Five more sessions expired without consent: never mailed.
    for n in 0..5 {
        items.push(
            json!({"pk": format!("recovery#cs_unconsented_{n}"), "expired_at": NOV,
                          "consent": false}),
        );
    }
    items.extend([
        json!({"pk": "dunning#in_held", "held_out_at": DEC + 60, "failed_at": DEC + 30,
               "decline_code": "card_declined", "amount": 990, "currency": "usd",
               "customer": "cus_NotShown", "outcome": "paid_unmailed", "outcome_at": DEC + 90}),
        json!({"pk": "dunning#in_open", "failed_at": DEC + 120, "amount": 5000, "currency": "jpy",
               "decline_code": "insufficient_funds", "customer": "cus_NotShown",
               "steps": {"failed": {"kind": "payment_failed", "sent_at": DEC + 180,
                                    "message_id": "m"}}}),
    ]);
    items
}
