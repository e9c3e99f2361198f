//! Mail as `.eml` files in a folder, for running without AWS: open them with any mail
//! client. Each file is the MIME message SES would get (`mime::build_message`), written
//! completely before it appears under its final name.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::time::Instant;

use super::mime::build_message;
use crate::mail::Sender;
use crate::ports::{MailError, Mailer, OutgoingMail};

#[derive(Debug)]
pub struct OutboxMailer {
    dir: PathBuf,
    sender: Sender,
}

/// One count for every outbox of the process (the local runner has one per sender, in
/// one folder), so no two messages get one name.
static NEXT: AtomicU64 = AtomicU64::new(0);

impl OutboxMailer {
    pub fn open(dir: impl Into<PathBuf>, sender: Sender) -> std::io::Result<Self> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        Ok(Self { dir, sender })
    }

    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }
}

impl Mailer for OutboxMailer {
    /// Local writes are quick; the deadline is not needed.
    async fn send(&self, mail: &OutgoingMail, _deadline: Instant) -> Result<String, MailError> {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis();
        let message_id = format!("local-{stamp}-{}-{n}", std::process::id());
        let bytes = build_message(&self.sender, mail, Some(&format!("{message_id}@localhost")))?;
        let final_path = self.dir.join(format!("{message_id}.eml"));
        let temp_path = self.dir.join(format!(".{message_id}.tmp"));
        tokio::fs::write(&temp_path, bytes)
            .await
            .map_err(|e| MailError::Unavailable(format!("{}: {e}", temp_path.display())))?;
        tokio::fs::rename(&temp_path, &final_path)
            .await
            .map_err(|e| MailError::Unavailable(format!("{}: {e}", final_path.display())))?;
        Ok(message_id)
    }
}
