//! Operations alerts on Amazon SNS (the stack's alarm topic).

use std::time::Duration;

use aws_sdk_sns::Client;
use aws_sdk_sns::config::timeout::TimeoutConfig;
use aws_sdk_sns::error::DisplayErrorContext;
use tokio::time::Instant;

use crate::ports::{AlertError, Alerts, TeamAlert};

/// One `Publish` attempt, and the call with the SDK's retries: an alert must not hold
/// up the stream record it comes from for long.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(2);
const OPERATION_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone)]
pub struct SnsAlerts {
    client: Client,
    topic_arn: String,
}

impl SnsAlerts {
    pub fn from_sdk_config(config: &aws_config::SdkConfig, topic_arn: impl Into<String>) -> Self {
        let config = aws_sdk_sns::config::Builder::from(config)
            .timeout_config(
                TimeoutConfig::builder()
                    .operation_attempt_timeout(ATTEMPT_TIMEOUT)
                    .operation_timeout(OPERATION_TIMEOUT)
                    .build(),
            )
            .build();
        Self {
            client: Client::from_conf(config),
            topic_arn: topic_arn.into(),
        }
    }
}

impl Alerts for SnsAlerts {
    async fn publish(&self, alert: &TeamAlert, deadline: Instant) -> Result<(), AlertError> {
        let publish = self
            .client
            .publish()
            .topic_arn(&self.topic_arn)
            .subject(alert.subject())
            .message(alert.message())
            .send();
        match tokio::time::timeout_at(deadline, publish).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(err)) => Err(AlertError(DisplayErrorContext(err).to_string())),
            Err(_) => Err(AlertError("the deadline passed".into())),
        }
    }
}

/// Alerts as JSON lines in a file, for local runs (`.local-state/alerts.jsonl`).
#[derive(Debug)]
pub struct FileAlerts {
    path: std::path::PathBuf,
    appending: tokio::sync::Mutex<()>,
}

impl FileAlerts {
    pub fn new(path: impl Into<std::path::PathBuf>) -> Self {
        Self {
            path: path.into(),
            appending: tokio::sync::Mutex::new(()),
        }
    }
}

impl Alerts for FileAlerts {
    async fn publish(&self, alert: &TeamAlert, _deadline: Instant) -> Result<(), AlertError> {
        use tokio::io::AsyncWriteExt;
        let _guard = self.appending.lock().await;
        let line = format!("{}\n", alert.message());
        let mut file = tokio::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .await
            .map_err(|e| AlertError(format!("{}: {e}", self.path.display())))?;
        file.write_all(line.as_bytes())
            .await
            .map_err(|e| AlertError(format!("{}: {e}", self.path.display())))
    }
}
