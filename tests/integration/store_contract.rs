//! The inbox contract, run against both adapters: what holds for DynamoDB must hold for
//! the file store the local runner uses, or local runs would lie.

use integration_tests::{create_table, dynamo_store};
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
use stripe_recovery::ports::{
    CartRecoveryStore, Claim, Conversion, Converted, RecipientState, RecipientStore, SentRecovery,
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

    // Claim: one owner at a time; the owner sees its own live lease.
    let claim = |session: &'static str, at: i64| {
        let store = &store;
        let alice = alice.clone();
        async move {
            store
                .claim(&alice, session, at, at + cooldown, at - cooldown)
                .await
                .unwrap()
        }
    };
    let claimed = |claim: Claim| match claim {
        Claim::Claimed(lease) => lease,
        other => panic!("expected a lease, got {other:?}"),
    };
    // A lease taken long ago has expired by `now`; giving it back later must not free a
    // live lease of someone else.
    let stale = claimed(claim("cs_stale", now - 3 * cooldown).await);
    let lease_a = claimed(claim("cs_a", now).await);
    assert_eq!(claim("cs_b", now).await, Claim::Busy);
    assert_eq!(claim("cs_a", now + 1).await, Claim::HeldBySelf);
    // Releasing someone else's lease does nothing; releasing one's own frees it.
    store.release(stale).await.unwrap();
    assert_eq!(claim("cs_b", now).await, Claim::Busy);
    store.release(lease_a).await.unwrap();
    let lease_b = claimed(claim("cs_b", now).await);

    // Recording a mail starts the cooldown and ends the lease.
    store
        .record_sent(
            lease_b,
            &SentRecovery {
                session_id: &cs("cs_b"),
                message_id: "msg-1",
                sent_at: now,
                amount_total: Some(4200),
                currency: Some("usd"),
            },
            now + cooldown + 86_400,
            now + 90 * 86_400,
        )
        .await
        .unwrap();
    assert_eq!(
        store.recipient_state(&alice).await.unwrap().last_mailed_at,
        Some(now)
    );
    assert!(store.session_mailed(&cs("cs_b")).await.unwrap());
    assert!(
        !store.session_mailed(&cs("cs_a")).await.unwrap(),
        "a released claim is no mail"
    );
    assert_eq!(
        claim("cs_c", now + cooldown - 1).await,
        Claim::Busy,
        "inside the cooldown"
    );
    assert!(
        matches!(claim("cs_c", now + cooldown).await, Claim::Claimed(_)),
        "cooldown over"
    );
    // A lease left by a crash expires with its time.
    assert!(matches!(
        claim("cs_d", now + 2 * cooldown).await,
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
    assert_eq!(conversion("cs_b", "cs_new").await, Conversion::Recorded);
    assert_eq!(
        conversion("cs_b", "cs_other").await,
        Conversion::AlreadyRecorded
    );
    assert_eq!(
        conversion("cs_never_mailed", "cs_x").await,
        Conversion::NotMailed
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
