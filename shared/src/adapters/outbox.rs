//! Mail as `.eml` files in a folder, for running without AWS: open them with any mail
//! client. Each file is written completely before it appears under its final name.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use mail_builder::MessageBuilder;

use crate::ports::{MailError, Mailer, OutgoingMail};

#[derive(Debug)]
pub struct OutboxMailer {
    dir: PathBuf,
    sender: String,
    next: AtomicU64,
}

impl OutboxMailer {
    pub fn open(dir: impl Into<PathBuf>, sender: impl Into<String>) -> std::io::Result<Self> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir)?;
        Ok(Self {
            dir,
            sender: sender.into(),
            next: AtomicU64::new(0),
        })
    }

    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }
}

impl Mailer for OutboxMailer {
    async fn send(&self, mail: &OutgoingMail) -> Result<String, MailError> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis();
        let message_id = format!("local-{stamp}-{}-{n}", std::process::id());
        let mut builder = MessageBuilder::new()
            .from(self.sender.as_str())
            .to(mail.to.as_str())
            .subject(mail.subject.as_str())
            .message_id(format!("{message_id}@localhost"))
            .text_body(mail.text.as_str())
            .html_body(mail.html.as_str());
        if let Some(unsubscribe) = &mail.list_unsubscribe {
            builder = builder.header(
                "List-Unsubscribe",
                mail_builder::headers::raw::Raw::new(unsubscribe.as_str()),
            );
        }
        let bytes = builder
            .write_to_vec()
            .map_err(|e| MailError::NotSent(e.to_string()))?;
        let final_path = self.dir.join(format!("{message_id}.eml"));
        let temp_path = self.dir.join(format!(".{message_id}.tmp"));
        tokio::fs::write(&temp_path, bytes)
            .await
            .map_err(|e| MailError::NotSent(format!("{}: {e}", temp_path.display())))?;
        tokio::fs::rename(&temp_path, &final_path)
            .await
            .map_err(|e| MailError::NotSent(format!("{}: {e}", final_path.display())))?;
        Ok(message_id)
    }
}
