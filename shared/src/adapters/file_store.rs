//! The inbox as files in a folder, for running without AWS. One JSON file per item;
//! "write if absent" is a hard link of a complete temporary file, which the file system
//! performs atomically, so concurrent writers and crashes never leave a partial item.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::inbox::InboxItem;
use crate::ports::{Inbox, Recorded, StoreError};

#[derive(Debug)]
pub struct FileStore {
    dir: PathBuf,
    next_temp: AtomicU64,
}

impl FileStore {
    /// Opens (creating if needed) a store in `dir`.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, StoreError> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        Ok(Self {
            dir,
            next_temp: AtomicU64::new(0),
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

    async fn event(&self, event_id: &str) -> Result<Option<InboxItem>, StoreError> {
        let path = self.path_of(&InboxItem::key(event_id));
        match tokio::fs::read(&path).await {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| StoreError::Corrupt(format!("{}: {e}", path.display()))),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(&path, e)),
        }
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
