//! The inbox contract, run against both adapters: what holds for DynamoDB must hold for
//! the file store the local runner uses, or local runs would lie.

use integration_tests::{create_table, dynamo_store, scan_all};
use stripe_recovery::adapters::file_store::FileStore;
use stripe_recovery::inbox::{HandledType, InboxItem};
use stripe_recovery::ports::{Inbox, Recorded};
use stripe_recovery::stripe::ids::{CheckoutSessionId, EventId};

fn evt(id: &str) -> EventId {
    EventId::parse(id).unwrap()
}

fn cs(id: &str) -> CheckoutSessionId {
    CheckoutSessionId::parse(id).unwrap()
}

fn item(event_id: &str, object: Option<&str>) -> InboxItem {
    InboxItem {
        pk: InboxItem::key(&evt(event_id)),
        event_id: evt(event_id),
        event_type: HandledType::CheckoutSessionExpired,
        created: 1_700_000_000,
        livemode: false,
        api_version: Some("2025-10-29.clover".to_owned()),
        object_omitted: object.is_none(),
        object: object.map(str::to_owned),
        received_at: 1_700_000_005,
        ttl: 1_700_000_005 + 30 * 86_400,
    }
}

async fn inbox_contract<S: Inbox + 'static>(inbox: S) {
    let first = item(
        "evt_contract_1",
        Some(r#"{"id":"cs_test_1","object":"checkout.session"}"#),
    );
    assert_eq!(
        inbox.event(&evt("evt_contract_1")).await.unwrap(),
        None,
        "starts empty"
    );
    assert_eq!(inbox.record_new(&first).await.unwrap(), Recorded::New);
    assert_eq!(
        inbox.event(&evt("evt_contract_1")).await.unwrap().as_ref(),
        Some(&first)
    );

    // A second write of the same key changes nothing, even with different content.
    let mut changed = first.clone();
    changed.received_at += 60;
    changed.object = None;
    assert_eq!(
        inbox.record_new(&changed).await.unwrap(),
        Recorded::Duplicate
    );
    assert_eq!(
        inbox.event(&evt("evt_contract_1")).await.unwrap().as_ref(),
        Some(&first)
    );

    // An item stored without its object round-trips with the marker.
    let omitted = item("evt_contract_2", None);
    assert_eq!(inbox.record_new(&omitted).await.unwrap(), Recorded::New);
    let read = inbox.event(&evt("evt_contract_2")).await.unwrap().unwrap();
    assert!(read.object_omitted && read.object.is_none());

    // Concurrent writers of one key: exactly one New.
    let inbox = std::sync::Arc::new(inbox);
    let racer = item("evt_contract_race", Some("{}"));
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let inbox = inbox.clone();
            let racer = racer.clone();
            tokio::spawn(async move { inbox.record_new(&racer).await.unwrap() })
        })
        .collect();
    let mut new = 0;
    for task in tasks {
        if task.await.unwrap() == Recorded::New {
            new += 1;
        }
    }
    assert_eq!(new, 1, "exactly one concurrent writer wins");
}

#[tokio::test]
async fn file_store_keeps_the_inbox_contract() {
    let dir = tempfile::tempdir().unwrap();
    inbox_contract(FileStore::open(dir.path()).unwrap()).await;
}

#[tokio::test]
async fn file_store_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let first = item("evt_reopen", Some("{}"));
    FileStore::open(dir.path())
        .unwrap()
        .record_new(&first)
        .await
        .unwrap();
    let reopened = FileStore::open(dir.path()).unwrap();
    assert_eq!(
        reopened.record_new(&first).await.unwrap(),
        Recorded::Duplicate
    );
    assert_eq!(
        reopened.event(&evt("evt_reopen")).await.unwrap(),
        Some(first)
    );
}

#[tokio::test]
async fn dynamodb_store_keeps_the_inbox_contract() {
    let table = create_table("contract").await;
    inbox_contract(dynamo_store(&table).await).await;
}

use integration_tests::recipient_key;
use stripe_recovery::delivery::CLAIM_SECS;
use stripe_recovery::ports::{
    CartRecoveryStore, CartStep, Claim, ConsentRecord, Conversion, Converted, HeldOut,
    RecipientState, RecipientStore, SendStart, SentRecovery, SessionMail, SessionMails,
};

/// The mailer's state contract, for both adapters: the per-recipient lease, cooldown and
/// suppression (`RecipientStore`) and the cart-recovery records (`CartRecoveryStore`).
async fn recovery_contract<S: RecipientStore + CartRecoveryStore>(store: S) {
    let now = 1_800_000_000;
    let cooldown = 86_400;
    let alice = recipient_key("alice@example.com");
    let bob = recipient_key("bob@example.com");
    assert_eq!(
        store.recipient_state(&alice).await.unwrap(),
        RecipientState::default()
    );
    assert_eq!(store.last_purchase_at(&alice).await.unwrap(), None);

    // Claim: one cart step at a time per recipient; a step whose claim never started
    // sending takes it over (its own retry after a crash).
    let step = |session: &'static str, step: u8| CartStep {
        recipient: alice.clone(),
        session: cs(session),
        step,
    };
    let claim = |session: &'static str, n: u8, at: i64| {
        let store = &store;
        let cart_step = step(session, n);
        async move {
            store
                .claim(&cart_step, at, at + CLAIM_SECS, at - cooldown)
                .await
                .unwrap()
        }
    };
    let claimed = |claim: Claim<CartStep>| match claim {
        Claim::Claimed(lease) => lease,
        other => panic!("expected a lease, got {other:?}"),
    };
    // A claim taken long ago has expired by `now`; giving it back later must not free a
    // live claim of someone else.
    let stale = claimed(claim("cs_stale", 1, now - 3 * cooldown).await);
    let lease_a = claimed(claim("cs_a", 1, now).await);
    assert_eq!(claim("cs_b", 1, now).await, Claim::Busy, "another cart's");
    let lease_a2 = claimed(claim("cs_a", 1, now + 1).await);
    assert_eq!(
        store.start_send(&lease_a, now + 1).await.unwrap(),
        SendStart::Superseded,
        "a claim taken over cannot send"
    );
    store.release(&stale).await.unwrap();
    assert_eq!(claim("cs_b", 1, now + 1).await, Claim::Busy);

    // Starting the send: the step is "maybe sent" until recorded or released, and the
    // recipient's cooldown runs from now, for this cart. Idempotent for the same lease.
    for _ in 0..2 {
        assert_eq!(
            store.start_send(&lease_a2, now + 2).await.unwrap(),
            SendStart::Started
        );
    }
    assert_eq!(
        store.session_mails(&cs("cs_a")).await.unwrap().step(1),
        SessionMail::MaybeSent
    );
    let state = store.recipient_state(&alice).await.unwrap();
    assert_eq!(state.last_mailed_at, Some(now + 2));
    assert_eq!(state.last_session.as_deref(), Some("cs_a"));
    assert_eq!(
        claim("cs_b", 1, now + 3).await,
        Claim::Settled,
        "another cart, cooling down"
    );
    // A send that surely failed: released, the step is sendable again and the cooldown
    // is what it was (never mailed).
    store.release(&lease_a2).await.unwrap();
    assert_eq!(
        store.session_mails(&cs("cs_a")).await.unwrap(),
        SessionMails::default()
    );
    assert_eq!(
        store
            .recipient_state(&alice)
            .await
            .unwrap()
            .last_mailed_at
            .unwrap_or_default(),
        0
    );
    let lease_b = claimed(claim("cs_b", 1, now).await);
    assert_eq!(
        store.start_send(&lease_b, now).await.unwrap(),
        SendStart::Started
    );

    // Recording a mail starts the cooldown, ends the lease and keeps the consent's proof.
    let sent = |message_id: &'static str, at: i64| SentRecovery {
        message_id,
        sent_at: at,
        amount_total: Some(4200),
        currency: Some("usd"),
        consent: Some(ConsentRecord {
            source: "customer_token:signup_form",
            at: now - 86_400,
            wording: Some("terms-v3"),
        }),
    };
    store
        .record_sent(
            &lease_b,
            &sent("msg-1", now),
            now + cooldown + 86_400,
            now + 90 * 86_400,
        )
        .await
        .unwrap();
    assert_eq!(
        store.recipient_state(&alice).await.unwrap().last_mailed_at,
        Some(now)
    );
    assert_eq!(
        store.session_mails(&cs("cs_b")).await.unwrap().step(1),
        SessionMail::Mailed
    );
    assert_eq!(
        store.session_mails(&cs("cs_a")).await.unwrap().step(1),
        SessionMail::NotMailed,
        "a released claim is no mail"
    );
    assert_eq!(
        claim("cs_c", 1, now + cooldown - 1).await,
        Claim::Settled,
        "another cart inside the cooldown"
    );
    // The same cart's next step is not held up by its own cooldown.
    let lease_b2 = claimed(claim("cs_b", 2, now + 60).await);
    store.start_send(&lease_b2, now + 60).await.unwrap();
    store
        .record_sent(
            &lease_b2,
            &sent("msg-2", now + 60),
            now + cooldown + 86_400,
            now + 90 * 86_400,
        )
        .await
        .unwrap();
    let mails = store.session_mails(&cs("cs_b")).await.unwrap();
    assert_eq!(
        (mails.step(1), mails.step(2), mails.last_step()),
        (SessionMail::Mailed, SessionMail::Mailed, Some(2))
    );
    assert!(
        matches!(
            claim("cs_c", 1, now + 60 + cooldown).await,
            Claim::Claimed(_)
        ),
        "cooldown over"
    );
    // A claim left by a crash expires with its time.
    assert!(matches!(
        claim("cs_d", 1, now + 60 + cooldown + CLAIM_SECS).await,
        Claim::Claimed(_)
    ));

    // Purchases: the latest time wins.
    store.record_purchase(&bob, now, now + 1000).await.unwrap();
    store
        .record_purchase(&bob, now - 50, now + 1000)
        .await
        .unwrap();
    assert_eq!(store.last_purchase_at(&bob).await.unwrap(), Some(now));

    // Conversions: once, and only for sessions we mailed.
    let conversion = |recovered_from: &'static str, session_id: &'static str| {
        let store = &store;
        async move {
            store
                .record_conversion(&Converted {
                    recovered_from: &cs(recovered_from),
                    session_id: &cs(session_id),
                    amount_total: Some(3900),
                    currency: Some("usd"),
                    at: now + 10,
                })
                .await
                .unwrap()
        }
    };
    assert_eq!(
        conversion("cs_b", "cs_new").await,
        Conversion::Recorded { step: 2 },
        "credited to the last step mailed"
    );
    assert_eq!(
        conversion("cs_b", "cs_other").await,
        Conversion::AlreadyRecorded
    );
    assert_eq!(
        conversion("cs_never_mailed", "cs_x").await,
        Conversion::NotMailed
    );

    // Held out: recorded once, never beside a mail; its purchase counted apart.
    let held_out = |at: i64| HeldOut {
        at,
        amount_total: Some(3900),
        currency: Some("usd"),
    };
    let (held, mailed) = (cs("cs_held"), cs("cs_b"));
    for at in [now, now + 5] {
        let recorded = store
            .record_held_out(&held, &held_out(at), now + 1000)
            .await;
        assert!(recorded.unwrap(), "recorded again, the first time kept");
    }
    let mails = store.session_mails(&held).await.unwrap();
    assert!(mails.held_out && mails.steps.is_empty(), "{mails:?}");
    let beside_a_mail = store
        .record_held_out(&mailed, &held_out(now), now + 1000)
        .await;
    assert!(!beside_a_mail.unwrap(), "a mailed cart stays mailed");
    assert!(!store.session_mails(&mailed).await.unwrap().held_out);
    assert_eq!(
        conversion("cs_held", "cs_bought").await,
        Conversion::HeldOut
    );
    assert_eq!(
        conversion("cs_held", "cs_bought").await,
        Conversion::AlreadyRecorded
    );

    // An expired session recorded for the funnel (the first time stands) is no mail:
    // the cart is neither mailed nor held out, and a purchase through it is none of ours;
    // a mail after it is one.
    let expired = cs("cs_expired_only");
    store
        .record_expired(&expired, now, true, now + 1000)
        .await
        .unwrap();
    store
        .record_expired(&expired, now + 5, false, now + 1000)
        .await
        .unwrap();
    let mails = store.session_mails(&expired).await.unwrap();
    assert!(!mails.held_out && mails.steps.is_empty(), "{mails:?}");
    assert_eq!(
        conversion("cs_expired_only", "cs_bought_anyway").await,
        Conversion::NotMailed
    );
    store
        .record_expired(&cs("cs_b"), now, true, now + 1000)
        .await
        .unwrap();
    assert!(
        !store
            .session_mails(&cs("cs_b"))
            .await
            .unwrap()
            .steps
            .is_empty()
    );

    // Suppression.
    store.suppress(&bob).await.unwrap();
    assert!(store.recipient_state(&bob).await.unwrap().suppressed);
    assert!(!store.recipient_state(&alice).await.unwrap().suppressed);
}

#[tokio::test]
async fn file_store_keeps_the_recovery_contract() {
    let dir = tempfile::tempdir().unwrap();
    recovery_contract(FileStore::open(dir.path()).unwrap()).await;
}

#[tokio::test]
async fn dynamodb_store_keeps_the_recovery_contract() {
    let table = create_table("recovery-contract").await;
    recovery_contract(dynamo_store(&table).await).await;
}

use stripe_recovery::ports::IdempotencyStore;

/// The first use of an idempotency key fixes its time; retries and racers all read it.
async fn idempotency_contract<S: IdempotencyStore + 'static>(store: S) {
    assert_eq!(
        store.first_seen("storefront:a", 100, 1_000).await.unwrap(),
        100
    );
    assert_eq!(
        store.first_seen("storefront:a", 160, 2_000).await.unwrap(),
        100
    );
    assert_eq!(
        store.first_seen("storefront:b", 170, 1_000).await.unwrap(),
        170
    );
    // Any text is a key: one that looks like another store key stays apart from it.
    assert_eq!(
        store
            .first_seen("recipient#x/../y", 180, 1_000)
            .await
            .unwrap(),
        180
    );

    let store = std::sync::Arc::new(store);
    let racers: Vec<_> = (0..20)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(async move { store.first_seen("storefront:race", 200 + i, 1_000).await })
        })
        .collect();
    let mut seen = Vec::new();
    for racer in racers {
        seen.push(racer.await.unwrap().unwrap());
    }
    seen.dedup();
    assert_eq!(seen.len(), 1, "concurrent first uses agree: {seen:?}");
}

#[tokio::test]
async fn file_store_keeps_the_idempotency_contract() {
    let dir = tempfile::tempdir().unwrap();
    idempotency_contract(FileStore::open(dir.path()).unwrap()).await;
}

#[tokio::test]
async fn dynamodb_store_keeps_the_idempotency_contract() {
    let table = create_table("idempotency-contract").await;
    idempotency_contract(dynamo_store(&table).await).await;
}

use stripe_recovery::ports::{
    AlertReason, AttemptRecorded, DunningOutcome, DunningStep, DunningStore, DunningSubject,
    InvoiceAttempt, InvoicePaid, Lease, PaymentRecorded, SentBillingMail,
};
use stripe_recovery::stripe::ids::{CustomerId, InvoiceId, PaymentMethodId, SubscriptionId};

/// Billing recovery's records, for both adapters: per step, a claim (one owner at a time,
/// taken over by its own owner until its send starts), the durable "send started" mark,
/// the record; the outcome (recovered, paid unmailed, lost), credited to mails and maybe
/// mails; the alert marker.
async fn dunning_contract<S: DunningStore>(store: S) {
    // Attempts: the first time stands, a failure's decline code is the latest's.
    let attempted = InvoiceId::parse("in_attempted_contract").unwrap();
    let attempt_customer = CustomerId::parse("cus_attempted_contract").unwrap();
    let attempt = |at: i64, failure: Option<Option<&'static str>>| InvoiceAttempt {
        invoice: &attempted,
        customer: &attempt_customer,
        at,
        failure,
        amount: 4200,
        currency: "usd",
    };
    let t0 = 1_800_000_000;
    let recorded = |first_attempt, first_failure, failed_before| AttemptRecorded {
        first_attempt,
        first_failure,
        failed_before,
    };
    for (at, failure, expected) in [
        (t0, None, recorded(true, false, false)),
        (
            t0 + 10,
            Some(Some("card_declined")),
            recorded(false, true, false),
        ),
        (
            t0 + 20,
            Some(Some("insufficient_funds")),
            recorded(false, false, true),
        ),
        (t0 + 30, Some(None), recorded(false, false, true)),
        (t0 + 40, None, recorded(false, false, true)),
    ] {
        let got = store.record_attempt(&attempt(at, failure), t0 + 1000).await;
        assert_eq!(got.unwrap(), expected, "at {at}");
    }
    let record = store
        .dunning_record(&DunningSubject::Invoice(attempted.clone()))
        .await
        .unwrap();
    assert!(record.steps.is_empty() && record.outcome.is_none() && !record.held_out);
    let now = 1_800_000_000;
    let until = now + CLAIM_SECS;
    let invoice = InvoiceId::parse("in_contract_1").unwrap();
    let subject = DunningSubject::Invoice(invoice.clone());
    let customer = CustomerId::parse("cus_contract").unwrap();
    let step = |name: &str| DunningStep::new(subject.clone(), name);
    let sent = |kind: &'static str, message_id: &'static str| SentBillingMail {
        kind,
        message_id,
        sent_at: now,
        customer: &customer,
        amount: Some(1000),
        currency: Some("usd"),
    };
    let claim = |step: DunningStep, owner: &'static str, at: i64| {
        let store = &store;
        async move {
            store
                .claim_step(&step, "payment_failed", owner, at, at + CLAIM_SECS)
                .await
                .unwrap()
        }
    };
    let claimed = |claim: Claim<DunningStep>| match claim {
        Claim::Claimed(lease) => lease,
        other => panic!("expected a lease, got {other:?}"),
    };
    let record = store.dunning_record(&subject).await.unwrap();
    assert!(record.steps.is_empty() && record.outcome.is_none() && record.alerted.is_empty());

    // One claim per step: another owner is busy, the same owner takes its own over; any
    // other step is free.
    let first = claimed(claim(step("failed"), "evt_1", now).await);
    assert_eq!(claim(step("failed"), "evt_2", now + 1).await, Claim::Busy);
    let first_again = claimed(claim(step("failed"), "evt_1", now + 1).await);
    assert_eq!(
        store.start_step_send(&first, now + 1).await.unwrap(),
        SendStart::Superseded,
        "a claim taken over cannot send"
    );
    let action = claimed(claim(step("action"), "evt_3", now + 1).await);
    // Released (the send surely failed): the step can be claimed again by anyone.
    store.release_step(&first_again).await.unwrap();
    store.release_step(&first).await.unwrap();
    let failed = claimed(claim(step("failed"), "evt_2", now + 2).await);
    for _ in 0..2 {
        assert_eq!(
            store.start_step_send(&failed, now + 2).await.unwrap(),
            SendStart::Started,
            "idempotent for its own lease"
        );
    }
    // Send started: maybe sent, durably. Nobody claims it again, however late.
    let record = store.dunning_record(&subject).await.unwrap();
    assert_eq!(record.unfinished["failed"].kind, "payment_failed");
    assert_eq!(record.unfinished["failed"].started_at, now + 2);
    assert_eq!(
        claim(step("failed"), "evt_2", now + 400 * 86_400).await,
        Claim::Settled
    );
    store
        .record_step_sent(
            &failed,
            &sent("payment_failed", "msg-1"),
            now + 400 * 86_400,
        )
        .await
        .unwrap();
    let record = store.dunning_record(&subject).await.unwrap();
    assert_eq!(record.steps["failed"].message_id, "msg-1");
    assert_eq!(record.steps["failed"].kind, "payment_failed");
    assert!(record.unfinished.is_empty());
    assert_eq!(
        claim(step("failed"), "evt_9", now + 3).await,
        Claim::Settled,
        "mailed: never again"
    );
    // A claim of another step left by a crash (never started) does not block the next
    // steps, and expires.
    drop_unrecorded(action);
    assert_eq!(claim(step("action"), "evt_4", now + 2).await, Claim::Busy);
    let reminder = claimed(claim(step("reminder-1"), "evt_4", now + 3).await);
    assert_eq!(
        store.start_step_send(&reminder, now + 3).await.unwrap(),
        SendStart::Started
    );
    // The reminder maybe went (no answer, no record): the last mail a payment is
    // credited to.
    drop_unrecorded(reminder);
    assert!(matches!(
        claim(step("action"), "evt_4", until + 1).await,
        Claim::Claimed(_)
    ));

    // Paid: recovered after the latest mail or maybe mail, once; the sequence is over.
    let paid = InvoicePaid {
        invoice: &invoice,
        amount_paid: 1000,
        currency: "usd",
        at: now + 100,
    };
    assert_eq!(
        store
            .record_paid(&paid, now + 400 * 86_400, now + 7 * 86_400)
            .await
            .unwrap(),
        PaymentRecorded::Recovered {
            after_kind: "payment_failed".into()
        }
    );
    assert_eq!(
        store
            .record_paid(&paid, now + 400 * 86_400, now + 7 * 86_400)
            .await
            .unwrap(),
        PaymentRecorded::AlreadyRecorded
    );
    let record = store.dunning_record(&subject).await.unwrap();
    assert_eq!(
        record.outcome,
        Some(DunningOutcome::Recovered {
            at: now + 100,
            amount_paid: 1000,
            currency: "usd".into(),
            after_kind: "payment_failed".into(),
        })
    );
    assert!(record.ended());
    assert!(
        !store
            .record_lost(&invoice, "voided", now + 200)
            .await
            .unwrap()
    );
    assert_eq!(
        claim(step("reminder-2"), "evt_5", now + 10 * 86_400).await,
        Claim::Settled,
        "no mail after the sequence ended"
    );

    // Paid before any mail: closed, so a late failure cannot mail.
    let unmailed = InvoiceId::parse("in_contract_2").unwrap();
    let paid = InvoicePaid {
        invoice: &unmailed,
        amount_paid: 500,
        currency: "eur",
        at: now,
    };
    assert_eq!(
        store
            .record_paid(&paid, now + 400 * 86_400, now + 7 * 86_400)
            .await
            .unwrap(),
        PaymentRecorded::Unmailed
    );
    let unmailed_subject = DunningSubject::Invoice(unmailed.clone());
    assert_eq!(
        store
            .claim_step(
                &DunningStep::new(unmailed_subject.clone(), "failed"),
                "payment_failed",
                "evt_6",
                now,
                until
            )
            .await
            .unwrap(),
        Claim::Settled
    );
    assert_eq!(
        store
            .dunning_record(&unmailed_subject)
            .await
            .unwrap()
            .outcome,
        Some(DunningOutcome::PaidUnmailed { at: now })
    );
    assert!(
        !store.record_lost(&unmailed, "voided", now).await.unwrap(),
        "never mailed"
    );

    // A payment while a send is claimed but not started: the claim can no longer send.
    let racing = InvoiceId::parse("in_contract_4").unwrap();
    let racing_step = DunningStep::new(DunningSubject::Invoice(racing.clone()), "failed");
    let lease = claimed(
        store
            .claim_step(&racing_step, "payment_failed", "evt_7", now, until)
            .await
            .unwrap(),
    );
    let paid = InvoicePaid {
        invoice: &racing,
        amount_paid: 500,
        currency: "usd",
        at: now + 1,
    };
    assert_eq!(
        store
            .record_paid(&paid, now + 400 * 86_400, now + 7 * 86_400)
            .await
            .unwrap(),
        PaymentRecorded::Unmailed
    );
    assert_eq!(
        store.start_step_send(&lease, now + 2).await.unwrap(),
        SendStart::Superseded
    );

    // Lost after a maybe mail; a payment later still counts as recovered.
    let written_off = InvoiceId::parse("in_contract_3").unwrap();
    let final_step = DunningStep::new(DunningSubject::Invoice(written_off.clone()), "final");
    let lease = claimed(
        store
            .claim_step(&final_step, "final_notice", "evt_8", now, until)
            .await
            .unwrap(),
    );
    store.start_step_send(&lease, now).await.unwrap();
    drop_unrecorded(lease);
    assert!(
        store
            .record_lost(&written_off, "uncollectible", now + 50)
            .await
            .unwrap()
    );
    assert!(
        !store
            .record_lost(&written_off, "uncollectible", now + 51)
            .await
            .unwrap()
    );
    assert_eq!(
        store
            .dunning_record(&final_step.subject)
            .await
            .unwrap()
            .outcome,
        Some(DunningOutcome::Lost {
            at: now + 50,
            reason: "uncollectible".into()
        })
    );
    let late = InvoicePaid {
        invoice: &written_off,
        amount_paid: 1000,
        currency: "usd",
        at: now + 60,
    };
    assert_eq!(
        store
            .record_paid(&late, now + 400 * 86_400, now + 7 * 86_400)
            .await
            .unwrap(),
        PaymentRecorded::Recovered {
            after_kind: "final_notice".into()
        }
    );

    // The alert marker, and subjects that are not invoices.
    // The alert markers, one per reason.
    store
        .record_alerted(
            &subject,
            AlertReason::HighValuePaymentFailed,
            now + 7,
            now + 400 * 86_400,
        )
        .await
        .unwrap();
    store
        .record_alerted(
            &subject,
            AlertReason::FinalAttemptFailed,
            now + 9,
            now + 400 * 86_400,
        )
        .await
        .unwrap();
    assert_eq!(
        store.dunning_record(&subject).await.unwrap().alerted,
        [
            (AlertReason::HighValuePaymentFailed, now + 7),
            (AlertReason::FinalAttemptFailed, now + 9)
        ]
        .into()
    );
    let card = DunningSubject::CardExpiry {
        payment_method: PaymentMethodId::parse("pm_contract").unwrap(),
        exp_year: 2030,
        exp_month: 8,
    };
    let trial = DunningSubject::TrialEnd {
        subscription: SubscriptionId::parse("sub_contract").unwrap(),
        trial_end: now + 86_400,
    };
    for other in [card, trial] {
        let once = DunningStep::new(other.clone(), "once");
        let lease = claimed(
            store
                .claim_step(&once, "card_expiring", "evt_10", now, until)
                .await
                .unwrap(),
        );
        store.start_step_send(&lease, now).await.unwrap();
        store
            .record_step_sent(&lease, &sent("card_expiring", "msg-x"), now + 86_400)
            .await
            .unwrap();
        assert_eq!(
            store
                .claim_step(&once, "card_expiring", "evt_11", now + 1, until)
                .await
                .unwrap(),
            Claim::Settled,
            "{other}"
        );
    }
}

/// A lease whose holder died before recording or releasing: what it wrote stays.
fn drop_unrecorded<S>(lease: Lease<S>) {
    std::mem::forget(lease);
}

/// Concurrent claims of one step by different events: exactly one wins.
async fn dunning_claims_race<S: DunningStore + 'static>(store: S) {
    let store = std::sync::Arc::new(store);
    let step = DunningStep::new(
        DunningSubject::Invoice(InvoiceId::parse("in_contract_race").unwrap()),
        "failed",
    );
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let (store, step) = (store.clone(), step.clone());
            tokio::spawn(async move {
                let owner = format!("evt_race_{i}");
                match store
                    .claim_step(
                        &step,
                        "payment_failed",
                        &owner,
                        1_800_000_000,
                        1_800_000_300,
                    )
                    .await
                    .unwrap()
                {
                    Claim::Claimed(lease) => {
                        drop_unrecorded(lease);
                        true
                    }
                    _ => false,
                }
            })
        })
        .collect();
    let mut won = 0;
    for task in tasks {
        won += usize::from(task.await.unwrap());
    }
    assert_eq!(won, 1, "exactly one concurrent claim wins");
}

#[tokio::test]
async fn file_store_keeps_the_dunning_contract() {
    let dir = tempfile::tempdir().unwrap();
    dunning_contract(FileStore::open(dir.path()).unwrap()).await;
    dunning_claims_race(FileStore::open(dir.path().join("race")).unwrap()).await;
}

#[tokio::test]
async fn dynamodb_store_keeps_the_dunning_contract() {
    let table = create_table("dunning").await;
    dunning_contract(dynamo_store(&table).await).await;
    dunning_claims_race(dynamo_store(&table).await).await;
}

/// A "send started" mark is the only memory of a mail that may have gone out: in
/// DynamoDB its items must not expire with the claim's short TTL.
#[tokio::test]
async fn dynamodb_keeps_a_send_started_mark_as_long_as_a_recorded_mail() {
    let table = create_table("marks").await;
    let store = dynamo_store(&table).await;
    let now = 1_800_000_000;
    let ttl_of = |pk: String| {
        let table = table.clone();
        async move {
            scan_all(&table)
                .await
                .into_iter()
                .find(|item| item["pk"].as_s().unwrap() == &pk)
                .and_then(|item| item["ttl"].as_n().ok().map(|n| n.parse::<i64>().unwrap()))
                .unwrap()
        }
    };
    let step = DunningStep::new(
        DunningSubject::Invoice(InvoiceId::parse("in_marks").unwrap()),
        "failed",
    );
    let Claim::Claimed(lease) = store
        .claim_step(&step, "payment_failed", "evt_marks", now, now + CLAIM_SECS)
        .await
        .unwrap()
    else {
        panic!("claimable")
    };
    store.start_step_send(&lease, now).await.unwrap();
    assert!(ttl_of("dunning#in_marks".into()).await >= now + 400 * 86_400);

    let alice = recipient_key("marks@example.com");
    let cart_step = CartStep {
        recipient: alice.clone(),
        session: cs("cs_marks"),
        step: 1,
    };
    let Claim::Claimed(lease) = store
        .claim(&cart_step, now, now + CLAIM_SECS, now - 86_400)
        .await
        .unwrap()
    else {
        panic!("claimable")
    };
    store.start_send(&lease, now).await.unwrap();
    assert!(ttl_of(format!("recipient#{}", alice.as_str())).await >= now + 90 * 86_400);
    assert!(ttl_of("recovery#cs_marks".into()).await >= now + 90 * 86_400);
}

use stripe_recovery::ports::{Fired, Job, Scheduled, Scheduler};

/// The scheduler, for both adapters: scheduling is idempotent (the first stands), due
/// jobs come earliest first, a job fires once (its inbox item written with it, even
/// when fired concurrently), and a cancelled job never fires.
async fn scheduler_contract<S: Scheduler + Inbox + 'static>(store: S) {
    let now = 1_800_000_000;
    let job = |session: &str, step: u8| Job::CartStep {
        session: cs(session),
        step,
    };
    let scheduled = |session: &str, step: u8, due_at: i64| Scheduled {
        job: job(session, step),
        due_at,
        payload: format!(r#"{{"step":{step},"session":{{"id":"{session}"}}}}"#),
    };
    store
        .schedule(&scheduled("cs_sched_a", 2, now + 100))
        .await
        .unwrap();
    store
        .schedule(&scheduled("cs_sched_b", 2, now + 50))
        .await
        .unwrap();
    store
        .schedule(&scheduled("cs_sched_c", 3, now + 500))
        .await
        .unwrap();
    // Again, with another time: the first stands.
    store
        .schedule(&scheduled("cs_sched_a", 2, now + 9))
        .await
        .unwrap();
    let due = store.due(now + 200, 10).await.unwrap();
    assert_eq!(
        due.iter().map(|d| (&d.job, d.due_at)).collect::<Vec<_>>(),
        [
            (&job("cs_sched_b", 2), now + 50),
            (&job("cs_sched_a", 2), now + 100)
        ]
    );
    assert!(
        store.due(now + 49, 10).await.unwrap().is_empty(),
        "nothing due yet"
    );

    assert!(store.cancel(&job("cs_sched_c", 3), now).await.unwrap());
    assert!(!store.cancel(&job("cs_sched_c", 3), now).await.unwrap());
    assert!(!store.cancel(&job("cs_never", 2), now).await.unwrap());
    assert_eq!(
        store
            .fire(&scheduled("cs_sched_c", 3, now + 500), now + 600)
            .await
            .unwrap(),
        Fired::Already,
        "a cancelled job never fires"
    );

    let b = &due[0];
    assert_eq!(store.fire(b, now + 60).await.unwrap(), Fired::Now);
    assert_eq!(store.fire(b, now + 61).await.unwrap(), Fired::Already);
    let item = store
        .event(&job("cs_sched_b", 2).event_id())
        .await
        .unwrap()
        .expect("its inbox item");
    assert_eq!(
        item.event_type,
        stripe_recovery::inbox::HandledType::CartStepDue
    );
    assert_eq!(item.object.as_deref(), Some(b.payload.as_str()));
    assert_eq!(item.received_at, now + 60);
    assert!(
        !store.cancel(&job("cs_sched_b", 2), now + 70).await.unwrap(),
        "a fired job cannot be cancelled"
    );
    assert_eq!(
        store
            .due(now + 10_000, 10)
            .await
            .unwrap()
            .iter()
            .map(|d| &d.job)
            .collect::<Vec<_>>(),
        [&job("cs_sched_a", 2)],
        "fired and cancelled jobs are no longer due"
    );

    // Two sweeps at once (or one run twice): one firing.
    let store = std::sync::Arc::new(store);
    let a = due[1].clone();
    let racers: Vec<_> = (0..10)
        .map(|i| {
            let (store, a) = (store.clone(), a.clone());
            tokio::spawn(async move { store.fire(&a, now + 120 + i).await.unwrap() })
        })
        .collect();
    let mut fired = 0;
    for racer in racers {
        fired += usize::from(racer.await.unwrap() == Fired::Now);
    }
    assert_eq!(fired, 1, "exactly one concurrent firing");
}

#[tokio::test]
async fn file_store_keeps_the_scheduler_contract() {
    let dir = tempfile::tempdir().unwrap();
    scheduler_contract(FileStore::open(dir.path()).unwrap()).await;
}

#[tokio::test]
async fn dynamodb_store_keeps_the_scheduler_contract() {
    let table = create_table("scheduler").await;
    scheduler_contract(dynamo_store(&table).await).await;
}

/// The sweep fires every due job once, however many sweeps run at once, and leaves the
/// rest for later.
#[tokio::test]
async fn concurrent_sweeps_fire_each_due_job_once() {
    let table = create_table("sweeps").await;
    let store = std::sync::Arc::new(dynamo_store(&table).await);
    let now = 1_800_000_000;
    for n in 0..25 {
        let session = format!("cs_sweep_{n}");
        store
            .schedule(&Scheduled {
                job: Job::CartStep {
                    session: cs(&session),
                    step: 2,
                },
                due_at: now - n,
                payload: "{}".into(),
            })
            .await
            .unwrap();
    }
    store
        .schedule(&Scheduled {
            job: Job::CartStep {
                session: cs("cs_sweep_later"),
                step: 3,
            },
            due_at: now + 3600,
            payload: "{}".into(),
        })
        .await
        .unwrap();
    let deadline = || tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    let sweeps: Vec<_> = (0..3)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                stripe_recovery::schedule::sweep(&*store, now, deadline())
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut fired = Vec::new();
    for sweep in sweeps {
        fired.extend(sweep.await.unwrap().fired.into_iter().map(|i| i.event_id));
    }
    fired.sort();
    let unique: std::collections::BTreeSet<_> = fired.iter().collect();
    assert_eq!(
        unique.len(),
        fired.len(),
        "no job fired by two sweeps: {fired:?}"
    );
    // Every due job fired: its inbox item is there. (The sweeps' own counts are a report:
    // under load a firing whose answer was lost and retried can read as another's.)
    for n in 0..25 {
        let job = Job::CartStep {
            session: cs(&format!("cs_sweep_{n}")),
            step: 2,
        };
        assert!(
            store.event(&job.event_id()).await.unwrap().is_some(),
            "{job} fired"
        );
    }
    assert!(fired.len() <= 25, "{fired:?}");
    let again = stripe_recovery::schedule::sweep(&*store, now, deadline())
        .await
        .unwrap();
    assert!(again.fired.is_empty());
    let later = stripe_recovery::schedule::sweep(&*store, now + 3600, deadline())
        .await
        .unwrap();
    assert_eq!(later.fired.len(), 1);
}

mod churn {
    use std::sync::Arc;

    use stripe_recovery::ports::{ChurnRecord, ChurnState, ChurnStore};
    use stripe_recovery::stripe::ids::SubscriptionId;

    use super::*;

    fn record(state: ChurnState) -> ChurnRecord {
        ChurnRecord {
            state,
            reason: Some("cancellation_requested".into()),
            feedback: Some("too_expensive".into()),
            comment_length: 24,
            monthly_amount: Some(3000),
            currency: Some("usd".into()),
            age_days: Some(100),
            canceled_at: 1_795_219_200,
            month: "2026-11".into(),
            discounts_at_cancel: vec!["di_old".into()],
            retained_at: None,
        }
    }

    /// Absent, then written once over "none", then only over the version read: a
    /// writer that read an older version loses, and reads again.
    async fn churn_contract<S: ChurnStore + 'static>(store: S) {
        let sub = SubscriptionId::parse("sub_contract").unwrap();
        assert_eq!(store.churn_record(&sub).await.unwrap(), None);
        let scheduled = record(ChurnState::Scheduled);
        assert!(
            store
                .write_churn(&sub, &scheduled, None, 2_000_000_000)
                .await
                .unwrap()
        );
        assert!(
            !store
                .write_churn(&sub, &scheduled, None, 2_000_000_000)
                .await
                .unwrap(),
            "a second first write loses"
        );
        let stored = store.churn_record(&sub).await.unwrap().unwrap();
        assert_eq!(stored.record, scheduled);
        let retained = ChurnRecord {
            state: ChurnState::Withdrawn,
            retained_at: Some(1_795_300_000),
            ..scheduled.clone()
        };
        assert!(
            store
                .write_churn(&sub, &retained, Some(stored.version), 2_000_000_000)
                .await
                .unwrap()
        );
        assert!(
            !store
                .write_churn(&sub, &scheduled, Some(stored.version), 2_000_000_000)
                .await
                .unwrap(),
            "a write over a version no longer stored loses"
        );
        let now = store.churn_record(&sub).await.unwrap().unwrap();
        assert_eq!(now.record, retained);
        assert_ne!(now.version, stored.version);

        // Concurrent first writes: exactly one wins.
        let store = Arc::new(store);
        let other = SubscriptionId::parse("sub_race").unwrap();
        let writes = (0..8).map(|_| {
            let (store, other) = (store.clone(), other.clone());
            tokio::spawn(async move {
                store
                    .write_churn(&other, &record(ChurnState::Canceled), None, 2_000_000_000)
                    .await
                    .unwrap()
            })
        });
        let mut won = 0;
        for write in writes.collect::<Vec<_>>() {
            won += usize::from(write.await.unwrap());
        }
        assert_eq!(won, 1);
    }

    #[tokio::test]
    async fn file_store_keeps_the_churn_contract() {
        let dir = tempfile::tempdir().unwrap();
        churn_contract(FileStore::open(dir.path()).unwrap()).await;
    }

    #[tokio::test]
    async fn dynamodb_store_keeps_the_churn_contract() {
        let table = create_table("churn").await;
        churn_contract(dynamo_store(&table).await).await;
        let items = scan_all(&table).await;
        let item = items
            .iter()
            .find(|item| item["pk"].as_s().unwrap() == "churn#sub_contract")
            .expect("stored under churn#");
        assert!(item.contains_key("ttl") && item.contains_key("version"));
        assert_eq!(item["comment_length"].as_n().unwrap(), "24");
    }
}

use stripe_recovery::mail_events::EventKind;
use stripe_recovery::ports::{MailEventRecord, MailEventStore};

/// What SES's events change: a suppression that keeps its first reason and a hard
/// bounce once marked; an event recorded once, whoever writes it again.
async fn mail_event_contract<S: MailEventStore + RecipientStore>(store: S) {
    let (carol, dave) = (
        recipient_key("carol@example.com"),
        recipient_key("dave@example.com"),
    );
    store
        .suppress_for(&carol, EventKind::Complaint, false, 1_700_000_000)
        .await
        .unwrap();
    let state = store.recipient_state(&carol).await.unwrap();
    assert!(state.suppressed && !state.hard_bounced, "{state:?}");
    assert!(!store.hard_bounced(&carol).await.unwrap());
    store
        .suppress_for(&carol, EventKind::HardBounce, true, 1_700_000_100)
        .await
        .unwrap();
    assert!(store.hard_bounced(&carol).await.unwrap());
    // An unsubscribe later keeps the hard bounce; nobody else is touched.
    store.suppress(&carol).await.unwrap();
    assert!(store.recipient_state(&carol).await.unwrap().hard_bounced);
    assert_eq!(
        store.recipient_state(&dave).await.unwrap(),
        Default::default()
    );
    assert!(!store.hard_bounced(&dave).await.unwrap());

    let record = |recipient| MailEventRecord {
        event: EventKind::SoftBounce,
        id: "0100018f-feedback",
        recipient,
        flow: "cart",
        kind: "recovery",
        step: Some("1"),
        at: 1_700_000_000,
    };
    let ttl = 1_800_000_000;
    assert!(
        store
            .record_mail_event(&record(Some(&carol)), ttl)
            .await
            .unwrap()
    );
    assert!(
        !store
            .record_mail_event(&record(Some(&carol)), ttl)
            .await
            .unwrap()
    );
    // The same feedback about another recipient, or about none (a reject), is its own.
    assert!(
        store
            .record_mail_event(&record(Some(&dave)), ttl)
            .await
            .unwrap()
    );
    assert!(store.record_mail_event(&record(None), ttl).await.unwrap());
    assert!(!store.record_mail_event(&record(None), ttl).await.unwrap());
}

#[tokio::test]
async fn file_store_keeps_the_mail_event_contract() {
    let dir = tempfile::tempdir().unwrap();
    mail_event_contract(FileStore::open(dir.path()).unwrap()).await;
}

#[tokio::test]
async fn dynamodb_store_keeps_the_mail_event_contract() {
    let table = create_table("mail-event-contract").await;
    mail_event_contract(dynamo_store(&table).await).await;
}
