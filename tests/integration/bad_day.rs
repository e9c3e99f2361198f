//! A bad day, from the second review: SES timing out after it accepted a mail, a failed
//! release, a failing alert topic, Smart Retries, steps of one invoice running at once,
//! a dead-letter replay a day later. Each test names the defect it reproduces; each
//! failed before its fix. Against moto (DynamoDB, SES) and the Stripe fake.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use billing_recovery::decide::{BillingKind, Skip};
use billing_recovery::{BillingRecovery, Outcome};
use integration_tests::faults::{FailingAlerts, FaultyMailer, FaultyStore, GatedMailer, MailFault};
use integration_tests::stripe_fake::StripeFake;
use integration_tests::*;
use serde_json::{Value, json};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::ports::{Alerts, ChurnStore, DunningStore, Mailer, RecipientStore, Scheduler};
use stripe_recovery::stream;
use stripe_recovery::stripe::client::StripeClient;
use tokio::time::Instant;

use crate::billing_recovery::{
    BILLING_SENDER, DAY, Names, PORTAL_LINK_SECRET, PORTAL_LINK_URL, both, customer,
    failed_invoice, mailed, names, subscription,
};

/// Billing recovery as its `main` builds it, with the store, mailer and alerts given.
struct Rig<S, M, A> {
    fake: StripeFake,
    consumer: BillingRecovery<S, M, StripeClient, A>,
}

async fn rig<S, M, A>(
    vars: &[(&str, &str)],
    store: impl FnOnce(DynamoStore) -> S,
    mailer: impl FnOnce(SesMailer) -> M,
    alerts: A,
) -> Rig<S, M, A>
where
    S: DunningStore + Scheduler + ChurnStore + RecipientStore,
    M: Mailer,
    A: Alerts,
{
    verify_sender(BILLING_SENDER).await;
    let fake = StripeFake::start().await;
    let table = create_table("badday").await;
    let mut all = vars.to_vec();
    all.extend_from_slice(&[
        ("TABLE_NAME", table.as_str()),
        ("BILLING_SENDER_EMAIL", "Shop Billing <billing@example.com>"),
        ("SHOP_NAME", "Test Shop"),
        ("PORTAL_LINK_URL", PORTAL_LINK_URL),
        ("PORTAL_LINK_SECRET", PORTAL_LINK_SECRET),
        ("RECIPIENT_KEY_PEPPER", RECIPIENT_KEY_PEPPER),
    ]);
    let config = billing_recovery::config::BillingConfig::from_env(&env_of(&all)).unwrap();
    let sdk = sdk_config().await;
    let store = store(dynamo_store(&config.table_name).await);
    let ses = mailer(SesMailer::from_sdk_config(
        &sdk,
        config.sender.clone(),
        None,
    ));
    let stripe = fake.client();
    Rig {
        consumer: BillingRecovery::from_config(config, store, ses, stripe, alerts),
        fake,
    }
}

impl<S: DunningStore + Scheduler + ChurnStore + RecipientStore, M: Mailer, A: Alerts> Rig<S, M, A> {
    fn stripe_has(&self, objects: &[Value]) {
        for object in objects {
            self.fake.put_object(object.clone());
        }
    }

    async fn process(
        &self,
        event_id: &str,
        event_type: &str,
        object: Value,
        now: i64,
    ) -> Result<Outcome, String> {
        process_event(&self.consumer, event_id, event_type, object, now).await
    }

    /// The invoice's failure at `attempt`, with Stripe's next try `next` (None: the last).
    async fn fail(
        &self,
        n: &Names,
        event_id: &str,
        attempt: u32,
        next: Option<i64>,
        now: i64,
    ) -> Result<Outcome, String> {
        let mut invoice = failed_invoice(n, now);
        invoice["attempt_count"] = json!(attempt);
        invoice["next_payment_attempt"] = json!(next);
        self.stripe_has(std::slice::from_ref(&invoice));
        self.process(event_id, "invoice.payment_failed", invoice, now)
            .await
    }
}

fn kinds_mailed(outcomes: &[Result<Outcome, String>]) -> Vec<BillingKind> {
    outcomes
        .iter()
        .filter_map(|o| match o {
            Ok(Outcome::Mailed { kind, .. }) => Some(*kind),
            _ => None,
        })
        .collect()
}

/// Defect 1: the dunning lease covered the whole invoice, so a first failure whose mail
/// "maybe went" (SES accepted, then timed out) held it for 25 hours and the final notice
/// after it was acknowledged as `in_progress`, never retried, never sent.
#[tokio::test]
async fn a_step_is_never_blocked_by_another_steps_maybe_sent_mail() {
    let s = rig(&[], |store| store, FaultyMailer::new, None::<FailingAlerts>).await;
    let n = names("blockedstep");
    let now = unix_now();
    s.stripe_has(&[subscription(&n, "past_due"), customer(&n, &[])]);
    s.consumer.mailer().fail_next(MailFault::AcceptThenTimeout);
    let first = s.fail(&n, "evt_bd_block_1", 1, Some(now + 3600), now).await;
    assert!(!mailed(BillingKind::PaymentFailed)(&first), "{first:?}");
    assert_eq!(sent_messages_to(&n.email).await.len(), 1, "SES took it");

    // Stripe's last try, two hours later (within the old 25-hour lease).
    let last = s.fail(&n, "evt_bd_block_2", 2, None, now + 2 * 3600).await;
    assert!(mailed(BillingKind::FinalNotice)(&last), "{last:?}");
    assert_eq!(sent_messages_to(&n.email).await.len(), 2);
}

/// Defect 1, concurrently: `invoice.payment_failed` and `invoice.payment_action_required`
/// of one attempt on two shards at once. One held the invoice's lease while the other
/// ran, and the other was acknowledged as `in_progress`: dropped.
#[tokio::test]
async fn payment_failed_and_action_required_of_one_attempt_are_both_mailed_when_they_overlap() {
    let s = Arc::new(rig(&[], |store| store, GatedMailer::new, None::<FailingAlerts>).await);
    let n = names("overlap");
    let now = unix_now();
    let invoice = failed_invoice(&n, now);
    s.stripe_has(&[
        invoice.clone(),
        subscription(&n, "past_due"),
        customer(&n, &[]),
    ]);
    let failed = tokio::spawn({
        let (s, invoice) = (s.clone(), invoice.clone());
        async move {
            s.process("evt_bd_ovl_f", "invoice.payment_failed", invoice, now)
                .await
        }
    });
    // The failure's mail is on its way (claimed, not yet recorded) ...
    s.consumer.mailer().first_send_waiting().await;
    // ... when the action-required event of the same attempt runs on the other shard.
    let action = s
        .process(
            "evt_bd_ovl_a",
            "invoice.payment_action_required",
            invoice,
            now,
        )
        .await;
    s.consumer.mailer().open();
    let failed = failed.await.unwrap();
    assert!(mailed(BillingKind::PaymentFailed)(&failed), "{failed:?}");
    assert!(
        mailed(BillingKind::PaymentActionRequired)(&action),
        "{action:?}"
    );
    assert_eq!(sent_messages_to(&n.email).await.len(), 2);
}

/// Defect 2: "maybe sent" lived only in a lease that expired after 25 hours, so the
/// dead-letter replay of the same event a day and more later sent the mail again.
#[tokio::test]
async fn a_maybe_sent_billing_mail_is_not_sent_again_by_a_replay_days_later() {
    let s = rig(&[], |store| store, FaultyMailer::new, None::<FailingAlerts>).await;
    let n = names("maybesent");
    let now = unix_now();
    s.stripe_has(&[subscription(&n, "past_due"), customer(&n, &[])]);
    s.consumer.mailer().fail_next(MailFault::AcceptThenTimeout);
    let _ = s.fail(&n, "evt_bd_ms_1", 1, Some(now + 5 * DAY), now).await;
    for later in [60, 26 * 3600, 2 * DAY] {
        let again = s
            .fail(&n, "evt_bd_ms_1", 1, Some(now + 5 * DAY), now + later)
            .await;
        assert!(again.is_ok(), "nothing left to retry: {again:?}");
        assert!(kinds_mailed(&[again]).is_empty());
    }
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

/// Defect 2 for carts: a recovery mail that maybe went is not sent again by a replay
/// after the recipient's lease ran out.
#[tokio::test]
async fn a_maybe_sent_recovery_mail_is_not_sent_again_a_day_later() {
    verify_sender(SENDER).await;
    let table = create_table("badday-cart").await;
    let mailer = recovery_mailer_app(
        mailer_config(&[]),
        dynamo_store(&table).await,
        FaultyMailer::new(ses_mailer(SENDER).await),
    );
    mailer.mailer().fail_next(MailFault::AcceptThenTimeout);
    let email = format!("maybe-sent-cart-{}@example.com", std::process::id());
    let now = unix_now();
    let session = recoverable_session("cs_test_bd_maybe", &email, "en", now + 3 * DAY);
    let item = inbox_item_of(
        &stripe_event("evt_bd_cart_ms", "checkout.session.expired", session, now),
        now,
    );
    let deadline = || Instant::now() + Duration::from_secs(10);
    let _ = stream::process_item(&mailer, &item, now, deadline()).await;
    for later in [60, 26 * 3600, 2 * DAY] {
        let again = stream::process_item(&mailer, &item, now + later, deadline()).await;
        assert!(
            !matches!(again, Ok(Some(recovery_mailer::Outcome::Sent { .. }))),
            "{again:?}"
        );
    }
    assert_eq!(sent_messages_to(&email).await.len(), 1);
}

/// Defect 3: the high-value alert was published before the mail, and its failure failed
/// the record: exactly the invoices above the threshold got no mail while SNS was down.
#[tokio::test]
async fn a_failing_alert_never_holds_back_the_customers_mail() {
    let s = rig(
        &[
            ("BILLING_ALERT_AMOUNTS", "usd:1000"),
            (
                "ALERT_TOPIC_ARN",
                "arn:aws:sns:us-east-1:123456789012:alarms",
            ),
        ],
        |store| store,
        |ses| ses,
        FailingAlerts::default(),
    )
    .await;
    let n = names("alertdown");
    let now = unix_now();
    s.stripe_has(&[subscription(&n, "past_due"), customer(&n, &[])]);
    let outcome = s
        .fail(&n, "evt_bd_alert", 1, Some(now + 3 * DAY), now)
        .await;
    assert!(mailed(BillingKind::PaymentFailed)(&outcome), "{outcome:?}");
    assert!(
        s.consumer.alerts().attempts.load(Ordering::SeqCst) >= 1,
        "the alert was tried"
    );
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

/// Defect 4: SES unavailable (surely not sent), then the release failed, and the retry
/// took its own leftover lease for an unfinished attempt: a permanent skip.
#[tokio::test]
async fn a_surely_unsent_mail_whose_release_failed_is_sent_on_retry() {
    let s = rig(
        &[],
        FaultyStore::new,
        FaultyMailer::new,
        None::<FailingAlerts>,
    )
    .await;
    let n = names("releasefail");
    let now = unix_now();
    s.stripe_has(&[subscription(&n, "past_due"), customer(&n, &[])]);
    s.consumer.mailer().fail_next(MailFault::Unavailable);
    s.consumer.store().fail("release_step", 1);
    let first = s.fail(&n, "evt_bd_rel", 1, Some(now + 3 * DAY), now).await;
    assert!(first.is_err(), "Lambda retries the record: {first:?}");
    let retried = s
        .fail(&n, "evt_bd_rel", 1, Some(now + 3 * DAY), now + 5)
        .await;
    assert!(mailed(BillingKind::PaymentFailed)(&retried), "{retried:?}");
    assert_eq!(sent_messages_to(&n.email).await.len(), 1);
}

/// Defect 5: Smart Retries made one mail per attempt (eight attempts, eight mails).
/// By default: the first failure, two reminders at least three days apart, the final
/// notice.
#[tokio::test]
async fn smart_retries_get_the_first_mail_two_reminders_and_the_final_notice() {
    let s = rig(&[], |store| store, |ses| ses, None::<FailingAlerts>).await;
    let n = names("smartretries");
    let now = unix_now();
    s.stripe_has(&[subscription(&n, "past_due"), customer(&n, &[])]);
    // Eight attempts over three weeks; the eighth is the last.
    let days: [i64; 8] = [0, 1, 2, 4, 6, 9, 13, 20];
    let mut outcomes = Vec::new();
    for (i, day) in days.iter().enumerate() {
        let at = now + day * DAY + 3600;
        let next = days.get(i + 1).map(|d| now + d * DAY + 3600);
        outcomes.push(
            s.fail(&n, &format!("evt_bd_sr_{i}"), i as u32 + 1, next, at)
                .await,
        );
    }
    assert_eq!(
        kinds_mailed(&outcomes),
        [
            BillingKind::PaymentFailed,
            BillingKind::PaymentReminder,
            BillingKind::PaymentReminder,
            BillingKind::FinalNotice
        ],
        "{outcomes:#?}"
    );
    // The reminders went on days 4 and 9 (the first attempts 3 days after the last mail).
    let mailed_on: Vec<i64> = outcomes
        .iter()
        .zip(days)
        .filter(|(o, _)| matches!(o, Ok(Outcome::Mailed { .. })))
        .map(|(_, day)| day)
        .collect();
    assert_eq!(mailed_on, [0, 4, 9, 20]);
    assert_eq!(sent_messages_to(&n.email).await.len(), 4);
}

/// Defect 5's settings: no reminders at all, only the first and the final notice.
#[tokio::test]
async fn billing_max_reminders_zero_sends_the_first_mail_and_the_final_notice_only() {
    let s = rig(
        &[("BILLING_MAX_REMINDERS", "0")],
        |store| store,
        |ses| ses,
        None::<FailingAlerts>,
    )
    .await;
    let n = names("noreminders");
    let now = unix_now();
    s.stripe_has(&[subscription(&n, "past_due"), customer(&n, &[])]);
    let mut outcomes = Vec::new();
    for (i, day) in [0i64, 5, 10].iter().enumerate() {
        let next = (i < 2).then_some(now + (day + 5) * DAY);
        outcomes.push(
            s.fail(
                &n,
                &format!("evt_bd_nr_{i}"),
                i as u32 + 1,
                next,
                now + day * DAY,
            )
            .await,
        );
    }
    assert_eq!(
        kinds_mailed(&outcomes),
        [BillingKind::PaymentFailed, BillingKind::FinalNotice],
        "{outcomes:#?}"
    );
}

/// Defect 6: the first invoice of an `incomplete` subscription (the customer is still
/// signing up; Stripe will not retry) got a "final notice".
#[tokio::test]
async fn the_first_invoice_of_an_incomplete_subscription_gets_no_final_notice() {
    let s = rig(&[], |store| store, |ses| ses, None::<FailingAlerts>).await;
    let n = names("incomplete");
    let now = unix_now();
    s.stripe_has(&[subscription(&n, "incomplete"), customer(&n, &[])]);
    let outcome = s.fail(&n, "evt_bd_incomplete", 1, None, now).await;
    assert!(
        format!("{outcome:?}").contains("SignupIncomplete"),
        "{outcome:?}"
    );
    assert!(sent_messages_to(&n.email).await.is_empty());
}

/// The confirmation of a recovered payment whose send failed after `record_paid` had
/// recorded the payment: the redelivered `invoice.paid` is told the payment was recorded
/// already, and still confirms it (the invoice's record says recovered), once. One that
/// may have gone out (SES accepted, the answer was lost) is never sent again.
#[tokio::test]
async fn a_payment_confirmation_that_failed_is_sent_once_by_the_redelivery() {
    let s = rig(
        &[("BILLING_MAILS", "payment_failed,payment_recovered")],
        |store| store,
        FaultyMailer::new,
        None::<FailingAlerts>,
    )
    .await;
    let now = unix_now();
    let recovered = Outcome::Recovered {
        after_kind: "payment_failed".into(),
        amount_paid: 4200,
        currency: "usd".into(),
    };
    for (test, fault) in [
        ("confirmdown", MailFault::Unavailable),
        ("confirmmaybe", MailFault::AcceptThenTimeout),
    ] {
        let n = names(test);
        s.stripe_has(&[subscription(&n, "past_due"), customer(&n, &[])]);
        let failed = s
            .fail(&n, &format!("evt_bd_{test}_1"), 1, Some(now + 3 * DAY), now)
            .await;
        assert!(mailed(BillingKind::PaymentFailed)(&failed), "{failed:?}");
        let mut paid = failed_invoice(&n, now);
        paid["status"] = json!("paid");
        paid["amount_paid"] = json!(4200);
        paid["amount_remaining"] = json!(0);
        let event_id = format!("evt_bd_{test}_paid");
        s.consumer.mailer().fail_next(fault);
        let first = s
            .process(&event_id, "invoice.paid", paid.clone(), now + DAY)
            .await;
        let retried = s
            .process(&event_id, "invoice.paid", paid.clone(), now + DAY + 60)
            .await;
        let again = s
            .process(&event_id, "invoice.paid", paid, now + DAY + 120)
            .await;
        match fault {
            MailFault::Unavailable => {
                assert!(
                    first.is_err(),
                    "{test}: Lambda retries the record: {first:?}"
                );
                let Ok(Outcome::Both(payment, confirmation)) = &retried else {
                    panic!("{test}: {retried:?}")
                };
                assert_eq!(**payment, Outcome::PaymentAlreadyRecorded, "{test}");
                assert!(
                    confirmation.mailed(BillingKind::PaymentRecovered),
                    "{test}: {retried:?}"
                );
                assert_eq!(
                    again,
                    both(
                        Outcome::PaymentAlreadyRecorded,
                        Outcome::Skipped(Skip::AlreadyMailed)
                    ),
                    "{test}"
                );
            }
            _ => {
                assert_eq!(
                    first,
                    both(
                        recovered.clone(),
                        Outcome::MaybeSent {
                            kind: BillingKind::PaymentRecovered
                        }
                    ),
                    "{test}"
                );
                for later in [retried, again] {
                    assert_eq!(
                        later,
                        both(
                            Outcome::PaymentAlreadyRecorded,
                            Outcome::Skipped(Skip::AttemptUnfinished)
                        ),
                        "{test}"
                    );
                }
            }
        }
        assert_eq!(
            sent_messages_to(&n.email).await.len(),
            2,
            "{test}: the failure's mail and one confirmation"
        );
    }
}
