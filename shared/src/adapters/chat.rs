//! Team alerts to a chat: a Slack-compatible incoming webhook (`{"text": …}`, which
//! Slack, Mattermost, Rocket.Chat, Discord's `/slack` endpoints and Google Chat read),
//! and the alerts a deployed billing recovery sends: the SNS topic, the webhook, or both.

use std::time::Duration;

use tokio::time::Instant;

use crate::ports::{AlertError, Alerts, TeamAlert};

/// One POST: an alert must not hold up the stream record it comes from for long.
const TIMEOUT: Duration = Duration::from_secs(3);

/// A webhook URL is a secret (whoever has it can post): it is never logged, and errors
/// name only the status or the kind of failure.
#[derive(Clone)]
pub struct ChatAlerts {
    http: reqwest::Client,
    url: String,
}

impl std::fmt::Debug for ChatAlerts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ChatAlerts { url: <secret> }")
    }
}

impl ChatAlerts {
    pub fn new(url: impl Into<String>) -> Self {
        let http = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client with a timeout builds");
        Self {
            http,
            url: url.into(),
        }
    }
}

impl Alerts for ChatAlerts {
    async fn publish(&self, alert: &TeamAlert, deadline: Instant) -> Result<(), AlertError> {
        let post = self
            .http
            .post(&self.url)
            .header("content-type", "application/json")
            .body(alert.chat_message())
            .send();
        match tokio::time::timeout_at(deadline, post).await {
            Ok(Ok(response)) if response.status().is_success() => Ok(()),
            Ok(Ok(response)) => Err(AlertError(format!(
                "the chat webhook answered {}",
                response.status()
            ))),
            // Without the error's text: it would carry the URL.
            Ok(Err(error)) if error.is_timeout() => {
                Err(AlertError("the chat webhook timed out".into()))
            }
            Ok(Err(_)) => Err(AlertError("the chat webhook could not be reached".into())),
            Err(_) => Err(AlertError("the deadline passed".into())),
        }
    }
}

/// Alerts to two places, each tried: it went if either took it (the other's failure is
/// logged), so a broken webhook neither silences the topic nor repeats its alerts.
#[derive(Debug, Clone)]
pub struct Both<A, B>(pub A, pub B);

impl<A: Alerts, B: Alerts> Alerts for Both<A, B> {
    async fn publish(&self, alert: &TeamAlert, deadline: Instant) -> Result<(), AlertError> {
        let (first, second) = tokio::join!(
            self.0.publish(alert, deadline),
            self.1.publish(alert, deadline)
        );
        match (first, second) {
            (Ok(()), Ok(())) => Ok(()),
            (Err(error), Ok(())) | (Ok(()), Err(error)) => {
                tracing::error!(invoice = %alert.invoice, %error, "a team alert reached one of its two places only");
                Ok(())
            }
            (Err(a), Err(b)) => Err(AlertError(format!("{a}; {b}"))),
        }
    }
}

/// What billing recovery alerts through when deployed: the SNS topic (`ALERT_TOPIC_ARN`)
/// and the chat webhook (`ALERT_WEBHOOK_URL`), each when configured.
pub type DeployedAlerts = Both<Option<super::sns::SnsAlerts>, Option<ChatAlerts>>;

pub fn deployed_alerts(
    aws: &aws_config::SdkConfig,
    topic_arn: Option<&str>,
    webhook_url: Option<&str>,
) -> DeployedAlerts {
    Both(
        topic_arn.map(|arn| super::sns::SnsAlerts::from_sdk_config(aws, arn)),
        webhook_url.map(ChatAlerts::new),
    )
}
