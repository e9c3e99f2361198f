//! The table as files in a folder, for running without AWS. One JSON file per item.
//! "Write if absent" is a hard link of a complete temporary file, which the file system
//! performs atomically, so concurrent writers and crashes never leave a partial item.
//! Conditional updates of the mailer's items run under one lock per store (the local
//! runner is one process) and replace files by rename, which is atomic too.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::{Map, Value, json};

use super::keys;
use crate::inbox::InboxItem;
use crate::ports::{
    CartRecoveryStore, Claim, Conversion, Converted, IdempotencyStore, Inbox, Lease,
    RecipientState, RecipientStore, Recorded, SentRecovery, StoreError,
};
use crate::recipient::RecipientKey;
use crate::stripe::ids::{CheckoutSessionId, EventId};

type Item = Map<String, Value>;

#[derive(Debug)]
pub struct FileStore {
    dir: PathBuf,
    next_temp: AtomicU64,
    updates: tokio::sync::Mutex<()>,
}

impl FileStore {
    /// Opens (creating if needed) a store in `dir`.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, StoreError> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        Ok(Self {
            dir,
            next_temp: AtomicU64::new(0),
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
        let n = self.next_temp.fetch_add(1, Ordering::Relaxed);
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
            last_mailed_at: mailed.as_ref().and_then(|i| number(i, "last_mailed_at")),
        })
    }

    async fn claim(
        &self,
        recipient: &RecipientKey,
        owner: &str,
        now: i64,
        lease_until: i64,
        mailed_before: i64,
    ) -> Result<Claim, StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::recipient(recipient);
        let mut item = self.read(&pk).await?.unwrap_or_default();
        let mailed_ok = number(&item, "last_mailed_at").is_none_or(|at| at <= mailed_before);
        let lease = number(&item, "lease_until").filter(|&until| until > now);
        if !mailed_ok || lease.is_some() {
            let own = lease.is_some() && item.get("lease_owner") == Some(&json!(owner));
            return Ok(if own { Claim::HeldBySelf } else { Claim::Busy });
        }
        item.insert("lease_owner".into(), json!(owner));
        item.insert("lease_until".into(), json!(lease_until));
        self.write(&pk, item).await?;
        Ok(Claim::Claimed(Lease::new(recipient.clone(), owner)))
    }

    async fn release(&self, lease: Lease) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::recipient(lease.recipient());
        let Some(mut item) = self.read(&pk).await? else {
            return Ok(());
        };
        if item.get("lease_owner") != Some(&json!(lease.owner())) {
            return Ok(());
        }
        item.remove("lease_owner");
        item.remove("lease_until");
        self.write(&pk, item).await
    }

    async fn suppress(&self, recipient: &RecipientKey) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        self.write(&keys::suppression(recipient), Item::new()).await
    }
}

impl CartRecoveryStore for FileStore {
    async fn session_mailed(&self, session: &CheckoutSessionId) -> Result<bool, StoreError> {
        Ok(self.read(&keys::recovery(session)).await?.is_some())
    }

    async fn last_purchase_at(&self, recipient: &RecipientKey) -> Result<Option<i64>, StoreError> {
        let purchase = self.read(&keys::purchase(recipient)).await?;
        Ok(purchase
            .as_ref()
            .and_then(|i| number(i, "last_purchase_at")))
    }

    async fn record_sent(
        &self,
        lease: Lease,
        sent: &SentRecovery<'_>,
        recipient_ttl: i64,
        recovery_ttl: i64,
    ) -> Result<(), StoreError> {
        let _guard = self.updates.lock().await;
        let pk = keys::recipient(lease.recipient());
        let mut item = self.read(&pk).await?.unwrap_or_default();
        item.remove("lease_owner");
        item.remove("lease_until");
        item.insert("last_mailed_at".into(), json!(sent.sent_at));
        item.insert("last_session_id".into(), json!(sent.session_id));
        item.insert("last_message_id".into(), json!(sent.message_id));
        item.insert("ttl".into(), json!(recipient_ttl));
        let mut recovery = Item::new();
        recovery.insert("recipient".into(), json!(lease.recipient().as_str()));
        recovery.insert("message_id".into(), json!(sent.message_id));
        recovery.insert("sent_at".into(), json!(sent.sent_at));
        recovery.insert("ttl".into(), json!(recovery_ttl));
        if let Some(amount) = sent.amount_total {
            recovery.insert("amount_total".into(), json!(amount));
        }
        if let Some(currency) = sent.currency {
            recovery.insert("currency".into(), json!(currency));
        }
        // The recovery record first: a crash between the two writes leaves the lease,
        // which the retry reads as an unfinished attempt and does not mail again.
        self.write(&keys::recovery(sent.session_id), recovery)
            .await?;
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
        let pk = keys::recovery(converted.recovered_from);
        let Some(mut item) = self.read(&pk).await? else {
            return Ok(Conversion::NotMailed);
        };
        if item.contains_key("converted_session_id") {
            return Ok(Conversion::AlreadyRecorded);
        }
        item.insert("converted_session_id".into(), json!(converted.session_id));
        item.insert("converted_at".into(), json!(converted.at));
        if let Some(amount) = converted.amount_total {
            item.insert("converted_amount_total".into(), json!(amount));
        }
        if let Some(currency) = converted.currency {
            item.insert("converted_currency".into(), json!(currency));
        }
        self.write(&pk, item).await?;
        Ok(Conversion::Recorded)
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

fn write_durably(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::File::create_new(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::file_name_of;

    #[test]
    fn file_names_are_escaped_and_distinct() {
        assert_eq!(file_name_of("event#evt_1"), "event%23evt_1");
        assert_eq!(file_name_of("../x"), "%2E%2E%2Fx");
        assert_ne!(file_name_of("a#b"), file_name_of("a%23b"));
    }
}
