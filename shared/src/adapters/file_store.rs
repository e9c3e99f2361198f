//! The table as files in a folder, for running without AWS. One JSON file per item.
//! "Write if absent" is a hard link of a complete temporary file, which the file system
//! performs atomically, so concurrent writers and crashes never leave a partial item.
//! Conditional updates of the mailer's items run under one lock per store (the local
//! runner is one process) and replace files by rename, which is atomic too.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::{Map, Value, json};

use super::dunning_item::{self, DunningItem, StoredAttempt, StoredStep};
use super::keys;
use super::recovery_item::{self, RecoveryItem, StoredCartStep};
use crate::inbox::InboxItem;
use crate::mail_events::EventKind;
use crate::ports::{
    AlertReason, AttemptRecorded, CartRecoveryStore, CartStep, ChurnRecord, ChurnStore, Claim,
    Conversion, Converted, CustomerSignal, DunningRecord, DunningStep, DunningStore,
    DunningSubject, Fired, HeldOut, HeldOutInvoice, IdempotencyStore, Inbox, InvoiceAttempt,
    InvoicePaid, Job, JobKind, Journal, Lease, MailEventRecord, MailEventStore, PaymentRecorded,
    RecipientState, RecipientStore, Recorded, Scheduled, Scheduler, SendStart, SentBillingMail,
    SentRecovery, SessionMails, StoreError, StoredChurn,
};
use crate::recipient::RecipientKey;
use crate::stripe::ids::{CheckoutSessionId, EventId, InvoiceId, SubscriptionId};

pub type Item = Map<String, Value>;

/// A lease's item outlives the lease by this much, as in DynamoDB.
const LEASE_TTL_MARGIN_SECS: i64 = 24 * 3600;

/// The number of the next temporary file, for the whole process: the local runner opens
/// one store per function over the same folder, and a counter per store gave two of them
/// the same `.tmp-<pid>-<n>` (a redelivery and a consumer's write at once: "File
/// exists").
static NEXT_TEMP: AtomicU64 = AtomicU64::new(0);

#[derive(Debug)]
pub struct FileStore {
    dir: PathBuf,
    updates: tokio::sync::Mutex<()>,
}

impl FileStore {
    /// Opens (creating if needed) a store in `dir`.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, StoreError> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        Ok(Self {
            dir,
            updates: tokio::sync::Mutex::new(()),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{}.json", file_name_of(key)))
    }

    fn temp_path(&self) -> PathBuf {
        let n = NEXT_TEMP.fetch_add(1, Ordering::Relaxed);
        self.dir.join(format!(".tmp-{}-{n}", std::process::id()))
    }
}

/// Keys hold `#` and ids; anything outside `[A-Za-z0-9_-]` is escaped so the mapping is
/// one-to-one and no key can name a path outside the folder.
fn file_name_of(key: &str) -> String {
    let mut name = String::with_capacity(key.len() + 8);
    for byte in key.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-' {
            name.push(byte as char);
        } else {
            name.push_str(&format!("%{byte:02X}"));
        }
    }
    name
}

fn io_error(path: &Path, err: std::io::Error) -> StoreError {
    StoreError::Unavailable(format!("{}: {err}", path.display()))
}

impl Inbox for FileStore {
    async fn record_new(&self, item: &InboxItem) -> Result<Recorded, StoreError> {
        let bytes =
            serde_json::to_vec_pretty(item).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let temp = self.temp_path();
        let target = self.path_of(&item.pk);
        tokio::task::spawn_blocking(move || {
            write_durably(&temp, &bytes).map_err(|e| io_error(&temp, e))?;
            let linked = std::fs::hard_link(&temp, &target);
            let _ = std::fs::remove_file(&temp);
            match linked {
                Ok(()) => Ok(Recorded::New),
                Err(e) if e.kind() == ErrorKind::AlreadyExists => Ok(Recorded::Duplicate),
                Err(e) => Err(io_error(&target, e)),
            }
        })
        .await
        .map_err(|e| StoreError::Unavailable(e.to_string()))?
    }

    async fn event(&self, event_id: &EventId) -> Result<Option<InboxItem>, StoreError> {
        self.read_as(&InboxItem::key(event_id)).await
    }
}

impl FileStore {
    /// A mailer item, as a JSON map.
    async fn read(&self, pk: &str) -> Result<Option<Item>, StoreError> {
        self.read_as(pk).await
    }

    /// The item under `pk`, read as `T`.
    async fn read_as<T: serde::de::DeserializeOwned>(
        &self,
        pk: &str,
    ) -> Result<Option<T>, StoreError> {
        let path = self.path_of(pk);
        match tokio::fs::read(&path).await {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| StoreError::Corrupt(format!("{}: {e}", path.display()))),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(&path, e)),
        }
    }

    /// Replaces (or creates) an item; call with `updates` held.
    async fn write(&self, pk: &str, mut item: Item) -> Result<(), StoreError> {
        item.insert("pk".into(), json!(pk));
        let bytes =
            serde_json::to_vec_pretty(&item).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let temp = self.temp_path();
        let target = self.path_of(pk);
        tokio::task::spawn_blocking(move || {
            write_durably(&temp, &bytes).map_err(|e| io_error(&temp, e))?;
            std::fs::rename(&temp, &target).map_err(|e| io_error(&target, e))
        })
        .await
        .map_err(|e| StoreError::Unavailable(e.to_string()))?
    }
}

fn number(item: &Item, name: &str) -> Option<i64> {
    item.get(name).and_then(Value::as_i64)
}

impl RecipientStore for FileStore {
    async fn recipient_state(
        &self,
        recipient: &RecipientKey,
    ) -> Result<RecipientState, StoreError> {
        let mailed = self.read(&keys::recipient(recipient)).await?;
        let suppression = self.read(&keys::suppression(recipient)).await?;
        Ok(RecipientState {
            suppressed: suppression.is_some(),
            hard_bounced: suppression
                .as_ref()
                .and_then(|i| i.get("hard_bounced"))
                .and_then(Value::as_bool)
                .unwrap_or(false),
            last_mailed_at: mailed.as_ref().and_then(|i| number(i, "last_mailed_at")),
            last_session: mailed
                .as_ref()
                .and_then(|i| text(i, "last_session_id"))
                .filter(|s| !s.is_empty())
                .map(str::to_owned),
        })
    }

    async fn suppress(&self, recipient: &RecipientKey) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::suppression(recipient);
        let mut item = self.read(&pk).await?.unwrap_or_default();
        item.entry("suppressed_by")
            .or_insert_with(|| json!("unsubscribe"));
        self.write(&pk, item).await
    }
}

impl MailEventStore for FileStore {
    async fn suppress_for(
        &self,
        recipient: &RecipientKey,
        reason: EventKind,
        hard_bounced: bool,
        at: i64,
    ) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::suppression(recipient);
        let mut item = self.read(&pk).await?.unwrap_or_default();
        item.entry("suppressed_by")
            .or_insert_with(|| json!(reason.as_str()));
        item.entry("suppressed_at").or_insert_with(|| json!(at));
        if hard_bounced {
            item.insert("hard_bounced".into(), json!(true));
        }
        self.write(&pk, item).await
    }

    async fn record_mail_event(
        &self,
        event: &MailEventRecord<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::mail_event(event.id, event.recipient);
        if self.read(&pk).await?.is_some() {
            return Ok(false);
        }
        let mut item = json!({
            "mail_event": event.event.as_str(),
            "flow": event.flow,
            "kind": event.kind,
            "at": event.at,
            "report_month": crate::time::month(event.at),
            "ttl": ttl,
        });
        if let Some(step) = event.step {
            item["step"] = json!(step);
        }
        let Value::Object(item) = item else {
            unreachable!("a JSON object literal")
        };
        self.write(&pk, item).await.map(|()| true)
    }
}

fn text<'a>(item: &'a Item, name: &str) -> Option<&'a str> {
    item.get(name).and_then(Value::as_str)
}

impl FileStore {
    async fn recovery_item(&self, session: &CheckoutSessionId) -> Result<RecoveryItem, StoreError> {
        Ok(self
            .read_as(&keys::recovery(session))
            .await?
            .unwrap_or_default())
    }

    /// Call with `updates` held.
    async fn write_recovery(
        &self,
        session: &CheckoutSessionId,
        item: &RecoveryItem,
    ) -> Result<(), StoreError> {
        match serde_json::to_value(item) {
            Ok(Value::Object(map)) => self.write(&keys::recovery(session), map).await,
            _ => Err(StoreError::Corrupt("recovery item is not an object".into())),
        }
    }
}

const LEASE_FIELDS: [&str; 6] = [
    "lease_owner",
    "lease_until",
    "lease_token",
    "lease_phase",
    "lease_prior_mailed_at",
    "lease_prior_session",
];

impl CartRecoveryStore for FileStore {
    async fn session_mails(&self, session: &CheckoutSessionId) -> Result<SessionMails, StoreError> {
        Ok(self.recovery_item(session).await?.mails())
    }

    async fn last_purchase_at(&self, recipient: &RecipientKey) -> Result<Option<i64>, StoreError> {
        let purchase = self.read(&keys::purchase(recipient)).await?;
        Ok(purchase
            .as_ref()
            .and_then(|i| number(i, "last_purchase_at")))
    }

    async fn claim(
        &self,
        step: &CartStep,
        now: i64,
        claim_until: i64,
        mailed_before: i64,
    ) -> Result<Claim<CartStep>, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::recipient(&step.recipient);
        let mut item = self.read(&pk).await?.unwrap_or_default();
        let owner = step.to_string();
        // As the DynamoDB adapter's condition: see there.
        let other_cart = text(&item, "last_session_id") != Some(step.session.as_str());
        if other_cart && number(&item, "last_mailed_at").is_some_and(|at| at > mailed_before) {
            return Ok(Claim::Settled);
        }
        let lease_owner = text(&item, "lease_owner");
        let phase = text(&item, "lease_phase");
        let free = lease_owner.is_none()
            || number(&item, "lease_until").is_none_or(|until| until <= now)
            || (phase == Some(dunning_item::SENDING) && lease_owner != Some(owner.as_str()))
            || (phase == Some(dunning_item::CLAIMED) && lease_owner == Some(owner.as_str()));
        if !free {
            return Ok(Claim::Busy);
        }
        let token = Lease::<CartStep>::new_token();
        let prior = number(&item, "last_mailed_at").unwrap_or(0);
        let prior_session = text(&item, "last_session_id")
            .unwrap_or_default()
            .to_owned();
        item.insert("lease_owner".into(), json!(owner));
        item.insert("lease_until".into(), json!(claim_until));
        item.insert("lease_token".into(), json!(token));
        item.insert("lease_phase".into(), json!(dunning_item::CLAIMED));
        item.insert("lease_prior_mailed_at".into(), json!(prior));
        item.insert("lease_prior_session".into(), json!(prior_session));
        self.write(&pk, item).await?;
        Ok(Claim::Claimed(Lease::new(step.clone(), &owner, token)))
    }

    async fn start_send(&self, lease: &Lease<CartStep>, now: i64) -> Result<SendStart, StoreError> {
        let _guard = self.updates.lock().await;
        let step = lease.subject();
        let pk = keys::recipient(&step.recipient);
        let mut item = self.read(&pk).await?.unwrap_or_default();
        let mut record = self.recovery_item(&step.session).await?;
        let ours = text(&item, "lease_token") == Some(lease.token());
        let free = record
            .step(step.step)
            .is_none_or(|mark| mark.token.as_deref() == Some(lease.token()));
        if !ours || !free {
            return Ok(SendStart::Superseded);
        }
        let Some(slot) = record.step_mut(step.step) else {
            return Err(StoreError::Corrupt(format!(
                "no step {} of a cart",
                step.step
            )));
        };
        *slot = Some(StoredCartStep {
            state: dunning_item::SENDING.into(),
            token: Some(lease.token().to_owned()),
            started_at: Some(now),
            ..StoredCartStep::default()
        });
        record.recipient = Some(step.recipient.as_str().to_owned());
        self.write_recovery(&step.session, &record).await?;
        item.insert("lease_phase".into(), json!(dunning_item::SENDING));
        item.insert("last_mailed_at".into(), json!(now));
        item.insert("last_session_id".into(), json!(step.session));
        self.write(&pk, item).await?;
        Ok(SendStart::Started)
    }

    async fn release(&self, lease: &Lease<CartStep>) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let step = lease.subject();
        let mut record = self.recovery_item(&step.session).await?;
        let ours = record.step(step.step).is_some_and(|mark| {
            mark.state == dunning_item::SENDING && mark.token.as_deref() == Some(lease.token())
        });
        if ours && let Some(slot) = record.step_mut(step.step) {
            *slot = None;
            self.write_recovery(&step.session, &record).await?;
        }
        let pk = keys::recipient(&step.recipient);
        let Some(mut item) = self.read(&pk).await? else {
            return Ok(());
        };
        if text(&item, "lease_token") != Some(lease.token()) {
            return Ok(());
        }
        let prior = item.remove("lease_prior_mailed_at").unwrap_or(json!(0));
        let prior_session = item.remove("lease_prior_session").unwrap_or(json!(""));
        item.insert("last_mailed_at".into(), prior);
        item.insert("last_session_id".into(), prior_session);
        for name in LEASE_FIELDS {
            item.remove(name);
        }
        self.write(&pk, item).await
    }

    async fn record_sent(
        &self,
        lease: &Lease<CartStep>,
        sent: &SentRecovery<'_>,
        recipient_ttl: i64,
        recovery_ttl: i64,
    ) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let step = lease.subject();
        let pk = keys::recipient(&step.recipient);
        let mut item = self.read(&pk).await?.unwrap_or_default();
        for name in LEASE_FIELDS {
            item.remove(name);
        }
        item.insert("last_mailed_at".into(), json!(sent.sent_at));
        item.insert("last_session_id".into(), json!(step.session));
        item.insert("last_message_id".into(), json!(sent.message_id));
        item.insert("ttl".into(), json!(recipient_ttl));
        let mut record = self.recovery_item(&step.session).await?;
        record
            .report_month
            .get_or_insert_with(|| crate::time::month(sent.sent_at));
        let Some(slot) = record.step_mut(step.step) else {
            return Err(StoreError::Corrupt(format!(
                "no step {} of a cart",
                step.step
            )));
        };
        *slot = Some(StoredCartStep {
            state: recovery_item::SENT.into(),
            message_id: Some(sent.message_id.to_owned()),
            sent_at: Some(sent.sent_at),
            consent_source: sent.consent.as_ref().map(|c| c.source.to_owned()),
            consent_at: sent.consent.as_ref().map(|c| c.at),
            consent_wording: sent
                .consent
                .as_ref()
                .and_then(|c| c.wording.map(str::to_owned)),
            ..StoredCartStep::default()
        });
        record.recipient = Some(step.recipient.as_str().to_owned());
        record.amount_total = record.amount_total.or(sent.amount_total);
        record.currency = record.currency.or(sent.currency.map(str::to_owned));
        record.ttl = Some(recovery_ttl);
        // The recovery record first: a crash between the two writes leaves the step
        // recorded, which is what keeps it from a second mail.
        self.write_recovery(&step.session, &record).await?;
        self.write(&pk, item).await
    }

    async fn record_purchase(
        &self,
        recipient: &RecipientKey,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::purchase(recipient);
        let item = self.read(&pk).await?.unwrap_or_default();
        if number(&item, "last_purchase_at").is_some_and(|known| known >= at) {
            return Ok(());
        }
        let mut item = item;
        item.insert("last_purchase_at".into(), json!(at));
        item.insert("ttl".into(), json!(ttl));
        self.write(&pk, item).await
    }

    async fn record_conversion(&self, converted: &Converted<'_>) -> Result<Conversion, StoreError> {
        let _guard = self.updates.lock().await;
        let mut record = self.recovery_item(converted.recovered_from).await?;
        if record.converted_session_id.is_some() {
            return Ok(Conversion::AlreadyRecorded);
        }
        let mails = record.mails();
        let step = match (mails.last_step(), mails.held_out) {
            (Some(step), _) => Some(step),
            (None, true) => None,
            (None, false) => return Ok(Conversion::NotMailed),
        };
        record.converted_session_id = Some(converted.session_id.to_string());
        record.converted_at = Some(converted.at);
        record.converted_amount_total = converted.amount_total;
        record.converted_currency = converted.currency.map(str::to_owned);
        record.converted_after_step = step;
        self.write_recovery(converted.recovered_from, &record)
            .await?;
        Ok(step.map_or(Conversion::HeldOut, |step| Conversion::Recorded { step }))
    }

    async fn record_click(
        &self,
        recovered_from: &CheckoutSessionId,
        at: i64,
    ) -> Result<bool, StoreError> {
        let _guard = self.updates.lock().await;
        // As the DynamoDB adapter's condition: only a cart already recorded.
        let recorded: Option<RecoveryItem> = self.read_as(&keys::recovery(recovered_from)).await?;
        let Some(mut record) = recorded else {
            return Ok(false);
        };
        record.clicked_at.get_or_insert(at);
        self.write_recovery(recovered_from, &record).await?;
        Ok(true)
    }

    async fn record_expired(
        &self,
        session: &CheckoutSessionId,
        expired_at: i64,
        consent: bool,
        ttl: i64,
    ) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let mut record = self.recovery_item(session).await?;
        record.expired_at.get_or_insert(expired_at);
        record.consent.get_or_insert(consent);
        record
            .report_month
            .get_or_insert_with(|| crate::time::month(expired_at));
        record.ttl.get_or_insert(ttl);
        self.write_recovery(session, &record).await
    }

    async fn record_held_out(
        &self,
        session: &CheckoutSessionId,
        held_out: &HeldOut<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        let _guard = self.updates.lock().await;
        let mut record = self.recovery_item(session).await?;
        // As the DynamoDB adapter's condition: never beside a mail.
        if record.step_1.is_some() || record.sent_at.is_some() {
            return Ok(false);
        }
        record.held_out_at.get_or_insert(held_out.at);
        record
            .report_month
            .get_or_insert_with(|| crate::time::month(held_out.at));
        if record.amount_total.is_none() {
            record.amount_total = held_out.amount_total;
        }
        if record.currency.is_none() {
            record.currency = held_out.currency.map(str::to_owned);
        }
        record.ttl.get_or_insert(ttl);
        self.write_recovery(session, &record).await?;
        Ok(true)
    }
}

impl IdempotencyStore for FileStore {
    async fn first_seen(&self, key: &str, now: i64, ttl: i64) -> Result<i64, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::idempotency(key);
        if let Some(first_seen) = self.read(&pk).await?.and_then(|i| number(&i, "first_seen")) {
            return Ok(first_seen);
        }
        let mut item = Item::new();
        item.insert("first_seen".into(), json!(now));
        item.insert("ttl".into(), json!(ttl));
        self.write(&pk, item).await?;
        Ok(now)
    }
}

impl FileStore {
    async fn dunning_item(&self, pk: &str) -> Result<DunningItem, StoreError> {
        Ok(self.read_as(pk).await?.unwrap_or_default())
    }

    /// Call with `updates` held.
    async fn write_dunning(&self, pk: &str, item: &DunningItem) -> Result<(), StoreError> {
        match serde_json::to_value(item) {
            Ok(Value::Object(map)) => self.write(pk, map).await,
            _ => Err(StoreError::Corrupt("dunning item is not an object".into())),
        }
    }

    /// Deletes the items keyed `pks` (missing ones are no error): for an erasure
    /// request (`local consent --erase`).
    pub async fn delete_items(&self, pks: &[String]) -> Result<(), StoreError> {
        let _updates = self.updates.lock().await;
        for pk in pks {
            let path = self.path_of(pk);
            match tokio::fs::remove_file(&path).await {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io_error(&path, e)),
            }
        }
        Ok(())
    }

    /// Every item, as stored: for the local recovery report.
    pub async fn all_items(&self) -> Result<Vec<Item>, StoreError> {
        let mut items = Vec::new();
        let mut entries = tokio::fs::read_dir(&self.dir)
            .await
            .map_err(|e| io_error(&self.dir, e))?;
        while let Some(entry) = entries
            .next_entry()
            .await
            .map_err(|e| io_error(&self.dir, e))?
        {
            let path = entry.path();
            if path.extension().is_some_and(|x| x == "json") {
                let bytes = tokio::fs::read(&path)
                    .await
                    .map_err(|e| io_error(&path, e))?;
                let item = serde_json::from_slice(&bytes)
                    .map_err(|e| StoreError::Corrupt(format!("{}: {e}", path.display())))?;
                items.push(item);
            }
        }
        Ok(items)
    }
}

impl DunningStore for FileStore {
    async fn dunning_record(&self, subject: &DunningSubject) -> Result<DunningRecord, StoreError> {
        self.dunning_item(&keys::dunning(subject)).await?.record()
    }

    async fn claim_step(
        &self,
        step: &DunningStep,
        kind: &str,
        owner: &str,
        now: i64,
        claim_until: i64,
    ) -> Result<Claim<DunningStep>, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::dunning(&step.subject);
        let mut item = self.dunning_item(&pk).await?;
        let attempt = item.attempts.get(&step.step);
        let taken = attempt.is_some_and(|a| a.sending() || (a.live_claim(now) && a.owner != owner));
        if item.outcome.is_some() || item.steps.contains_key(&step.step) || taken {
            return Ok(dunning_item::claim_refused(&item, &step.step));
        }
        let token = Lease::<DunningStep>::new_token();
        item.attempts.insert(
            step.step.clone(),
            StoredAttempt {
                owner: owner.to_owned(),
                token: token.clone(),
                kind: kind.to_owned(),
                phase: dunning_item::CLAIMED.into(),
                until: Some(claim_until),
                since: None,
            },
        );
        item.ttl.get_or_insert(claim_until + LEASE_TTL_MARGIN_SECS);
        self.write_dunning(&pk, &item).await?;
        Ok(Claim::Claimed(Lease::new(step.clone(), owner, token)))
    }

    async fn start_step_send(
        &self,
        lease: &Lease<DunningStep>,
        now: i64,
    ) -> Result<SendStart, StoreError> {
        let _guard = self.updates.lock().await;
        let step = lease.subject();
        let pk = keys::dunning(&step.subject);
        let mut item = self.dunning_item(&pk).await?;
        let ended = item.outcome.is_some();
        let Some(attempt) = item
            .attempts
            .get_mut(&step.step)
            .filter(|a| a.token == lease.token() && (a.sending() || !ended))
        else {
            return Ok(SendStart::Superseded);
        };
        attempt.phase = dunning_item::SENDING.into();
        attempt.since = Some(now);
        attempt.until = None;
        self.write_dunning(&pk, &item).await?;
        Ok(SendStart::Started)
    }

    async fn release_step(&self, lease: &Lease<DunningStep>) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let step = lease.subject();
        let pk = keys::dunning(&step.subject);
        let mut item = self.dunning_item(&pk).await?;
        if item
            .attempts
            .get(&step.step)
            .is_none_or(|a| a.token != lease.token())
        {
            return Ok(());
        }
        item.attempts.remove(&step.step);
        self.write_dunning(&pk, &item).await
    }

    async fn record_step_sent(
        &self,
        lease: &Lease<DunningStep>,
        sent: &SentBillingMail<'_>,
        ttl: i64,
    ) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let step = lease.subject();
        let pk = keys::dunning(&step.subject);
        let mut item = self.dunning_item(&pk).await?;
        item.steps.insert(
            step.step.clone(),
            StoredStep {
                kind: sent.kind.to_owned(),
                message_id: sent.message_id.to_owned(),
                sent_at: sent.sent_at,
                event: Some(lease.owner().to_owned()),
            },
        );
        item.attempts.remove(&step.step);
        item.last_kind = Some(sent.kind.to_owned());
        item.customer = Some(sent.customer.to_string());
        item.amount = sent.amount.or(item.amount);
        item.currency = sent.currency.map(str::to_owned).or(item.currency);
        item.ttl = Some(ttl);
        self.write_dunning(&pk, &item).await
    }

    async fn record_paid(
        &self,
        paid: &InvoicePaid<'_>,
        recovered_ttl: i64,
        unmailed_ttl: i64,
    ) -> Result<PaymentRecorded, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::dunning(&DunningSubject::Invoice(paid.invoice.clone()));
        let mut item = self.dunning_item(&pk).await?;
        let recorded = item.record()?.on_payment();
        match &recorded {
            PaymentRecorded::Recovered { after_kind } => {
                item.outcome = Some(dunning_item::RECOVERED.into());
                item.amount_paid = Some(paid.amount_paid);
                item.paid_currency = Some(paid.currency.to_owned());
                item.recovered_after = Some(after_kind.clone());
                item.ttl = Some(recovered_ttl);
            }
            PaymentRecorded::Unmailed => {
                item.outcome = Some(dunning_item::PAID_UNMAILED.into());
                item.amount_paid = Some(paid.amount_paid);
                item.paid_currency = Some(paid.currency.to_owned());
                item.ttl.get_or_insert(unmailed_ttl);
            }
            PaymentRecorded::AlreadyRecorded => return Ok(recorded),
        }
        item.outcome_at = Some(paid.at);
        self.write_dunning(&pk, &item).await?;
        Ok(recorded)
    }

    async fn record_lost(
        &self,
        invoice: &InvoiceId,
        reason: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::dunning(&DunningSubject::Invoice(invoice.clone()));
        let mut item = self.dunning_item(&pk).await?;
        let record = item.record()?;
        if record.ended() || record.last_kind().is_none() {
            return Ok(false);
        }
        item.outcome = Some(dunning_item::LOST.into());
        item.outcome_at = Some(at);
        item.lost_reason = Some(reason.to_owned());
        self.write_dunning(&pk, &item).await?;
        Ok(true)
    }

    async fn record_attempt(
        &self,
        attempt: &InvoiceAttempt<'_>,
        ttl: i64,
    ) -> Result<AttemptRecorded, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::dunning(&DunningSubject::Invoice(attempt.invoice.clone()));
        let mut item = self.dunning_item(&pk).await?;
        let failed_before = item.failed_at.is_some();
        let recorded = AttemptRecorded {
            first_attempt: item.attempted_at.is_none(),
            first_failure: attempt.failure.is_some() && !failed_before,
            failed_before,
        };
        item.attempted_at.get_or_insert(attempt.at);
        item.customer
            .get_or_insert_with(|| attempt.customer.to_string());
        item.report_month
            .get_or_insert_with(|| crate::time::month(attempt.at));
        item.amount.get_or_insert(attempt.amount);
        item.currency
            .get_or_insert_with(|| attempt.currency.to_owned());
        if let Some(decline_code) = attempt.failure {
            item.failed_at.get_or_insert(attempt.at);
            if let Some(code) = decline_code {
                item.decline_code = Some(code.to_owned());
            }
        }
        item.ttl = Some(ttl);
        self.write_dunning(&pk, &item).await?;
        Ok(recorded)
    }

    async fn record_held_out(
        &self,
        subject: &DunningSubject,
        held_out: &HeldOutInvoice<'_>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::dunning(subject);
        let mut item = self.dunning_item(&pk).await?;
        // As the DynamoDB adapter's condition.
        if item.last_kind.is_some() || item.outcome.is_some() {
            return Ok(false);
        }
        item.held_out_at.get_or_insert(held_out.at);
        item.customer
            .get_or_insert_with(|| held_out.customer.to_string());
        if item.amount.is_none() {
            item.amount = held_out.amount;
        }
        if item.currency.is_none() {
            item.currency = held_out.currency.map(str::to_owned);
        }
        item.ttl = Some(ttl);
        self.write_dunning(&pk, &item).await?;
        Ok(true)
    }

    async fn record_signal(&self, signal: &CustomerSignal<'_>, ttl: i64) -> Result<(), StoreError> {
        let item = json!({
            "signal": signal.kind.as_str(),
            "customer": signal.customer.as_str(),
            "at": signal.at,
            "report_month": crate::time::month(signal.at),
            "ttl": ttl,
        });
        let Value::Object(item) = item else {
            unreachable!("a JSON object literal")
        };
        let _guard = self.updates.lock().await;
        self.write(&keys::signal(signal.event), item).await
    }

    async fn record_alerted(
        &self,
        subject: &DunningSubject,
        reason: AlertReason,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::dunning(subject);
        let mut item = self.dunning_item(&pk).await?;
        *item.alerted_mut(reason) = Some(at);
        item.ttl.get_or_insert(ttl);
        self.write_dunning(&pk, &item).await
    }
}

/// The scheduler's jobs as files (`schedule#…`), pending ones found by reading them all:
/// fine for one machine's local runs.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct StoredJob {
    /// `cart_step` (jobs written before there were others have none) or `billing_step`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    job_kind: Option<String>,
    /// The session or invoice it is about.
    #[serde(alias = "session")]
    id: String,
    step: u8,
    due_at: i64,
    payload: String,
    /// `pending`, `fired` or `cancelled`.
    state: String,
}

impl Scheduler for FileStore {
    async fn schedule(&self, scheduled: &Scheduled) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::schedule(&scheduled.job);
        if self.read(&pk).await?.is_some() {
            return Ok(());
        }
        let (kind, id, step) = scheduled.job.parts();
        let job = StoredJob {
            job_kind: Some(kind.as_str().to_owned()),
            id: id.to_owned(),
            step,
            due_at: scheduled.due_at,
            payload: scheduled.payload.clone(),
            state: "pending".into(),
        };
        match serde_json::to_value(job) {
            Ok(Value::Object(map)) => self.write(&pk, map).await,
            _ => Err(StoreError::Corrupt("a job is not an object".into())),
        }
    }

    async fn cancel(&self, job: &Job, _now: i64) -> Result<bool, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::schedule(job);
        let Some(mut item) = self.read(&pk).await? else {
            return Ok(false);
        };
        if text(&item, "state") != Some("pending") {
            return Ok(false);
        }
        item.insert("state".into(), json!("cancelled"));
        self.write(&pk, item).await?;
        Ok(true)
    }

    async fn due(&self, now: i64, limit: usize) -> Result<Vec<Scheduled>, StoreError> {
        let mut due = Vec::new();
        for item in self.all_items().await? {
            let is_job = text(&item, "pk").is_some_and(|pk| pk.starts_with("schedule#"));
            if !is_job {
                continue;
            }
            let job: StoredJob = serde_json::from_value(Value::Object(item))
                .map_err(|e| StoreError::Corrupt(format!("a job: {e}")))?;
            if job.state != "pending" || job.due_at > now {
                continue;
            }
            let kind = JobKind::parse(job.job_kind.as_deref().unwrap_or("cart_step"));
            let job_of = kind.and_then(|kind| Job::from_parts(kind, &job.id, job.step));
            let Some(job_of) = job_of else {
                return Err(StoreError::Corrupt(format!("a job: {:?}", job.id)));
            };
            due.push(Scheduled {
                job: job_of,
                due_at: job.due_at,
                payload: job.payload,
            });
        }
        due.sort_by(|a, b| (a.due_at, &a.job).cmp(&(b.due_at, &b.job)));
        due.truncate(limit);
        Ok(due)
    }

    async fn fire(&self, scheduled: &Scheduled, now: i64) -> Result<Fired, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::schedule(&scheduled.job);
        let Some(mut item) = self.read(&pk).await? else {
            return Ok(Fired::Already);
        };
        if text(&item, "state") != Some("pending") {
            return Ok(Fired::Already);
        }
        let inbox = scheduled.inbox_item(now);
        if self.record_new(&inbox).await? == Recorded::Duplicate {
            return Ok(Fired::Already);
        }
        item.insert("state".into(), json!("fired"));
        self.write(&pk, item).await?;
        Ok(Fired::Now)
    }
}

impl FileStore {
    async fn churn_item(&self, pk: &str) -> Result<Option<StoredChurn>, StoreError> {
        let Some(item) = self.read(pk).await? else {
            return Ok(None);
        };
        let version = number(&item, "version").unwrap_or_default();
        let record = serde_json::from_value(Value::Object(item))
            .map_err(|e| StoreError::Corrupt(format!("{pk}: {e}")))?;
        Ok(Some(StoredChurn { record, version }))
    }
}

impl ChurnStore for FileStore {
    async fn churn_record(
        &self,
        subscription: &SubscriptionId,
    ) -> Result<Option<StoredChurn>, StoreError> {
        self.churn_item(&keys::churn(subscription)).await
    }

    async fn write_churn(
        &self,
        subscription: &SubscriptionId,
        record: &ChurnRecord,
        read_version: Option<i64>,
        ttl: i64,
    ) -> Result<bool, StoreError> {
        let pk = keys::churn(subscription);
        let _held = self.updates.lock().await;
        let stored = self.churn_item(&pk).await?.map(|stored| stored.version);
        if stored != read_version {
            return Ok(false);
        }
        let Value::Object(mut item) =
            serde_json::to_value(record).map_err(|e| StoreError::Corrupt(e.to_string()))?
        else {
            return Err(StoreError::Corrupt("a churn record is an object".into()));
        };
        item.insert(
            "version".into(),
            json!(read_version.unwrap_or_default() + 1),
        );
        item.insert("ttl".into(), json!(ttl));
        self.write(&pk, item).await?;
        Ok(true)
    }
}

impl Journal for FileStore {
    async fn finished(
        &self,
        consumer: &str,
        event: &EventId,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .read(&keys::finished(consumer, event))
            .await?
            .map(|item| text(&item, "outcome").unwrap_or_default().to_owned()))
    }

    async fn record_finished(
        &self,
        consumer: &str,
        event: &EventId,
        outcome: &str,
        at: i64,
        ttl: i64,
    ) -> Result<(), StoreError> {
        let mut item = Item::new();
        item.insert("outcome".into(), json!(outcome));
        item.insert("at".into(), json!(at));
        item.insert("ttl".into(), json!(ttl));
        let _guard = self.updates.lock().await;
        self.write(&keys::finished(consumer, event), item).await
    }
}

fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::File::create_new(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::{FileStore, file_name_of};

    #[test]
    fn file_names_are_escaped_and_distinct() {
        assert_eq!(file_name_of("event#evt_1"), "event%23evt_1");
        assert_eq!(file_name_of("../x"), "%2E%2E%2Fx");
        assert_ne!(file_name_of("a#b"), file_name_of("a%23b"));
    }

    #[test]
    fn two_stores_over_one_folder_never_name_the_same_temporary_file() {
        let dir = std::env::temp_dir().join(format!("file-store-temp-{}", std::process::id()));
        let (a, b) = (
            FileStore::open(&dir).unwrap(),
            FileStore::open(&dir).unwrap(),
        );
        let names: std::collections::BTreeSet<_> = (0..100)
            .flat_map(|_| [a.temp_path(), b.temp_path()])
            .collect();
        assert_eq!(names.len(), 200);
        std::fs::remove_dir(&dir).unwrap();
    }
}
