//! Lambda wiring for the recovery mailer: configuration, DynamoDB, SES, the runtime.

use std::time::{SystemTime, UNIX_EPOCH};

use aws_lambda_events::event::dynamodb::Event;
use lambda_runtime::{Error, LambdaEvent, service_fn};
use recovery_mailer::{MailerSettings, RecoveryMailer};
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::config::{Env, MailerConfig};
use stripe_recovery::stripe::client::{StripeClient, invocation_deadline};
use stripe_recovery::telemetry;

#[tokio::main]
async fn main() -> Result<(), Error> {
    telemetry::init();
    let config = MailerConfig::from_env(&Env::process()).inspect_err(|e| tracing::error!("{e}"))?;
    let sdk_config = aws_config::load_from_env().await;
    let mailer = RecoveryMailer {
        store: DynamoStore::from_sdk_config(&sdk_config, config.table_name),
        mailer: SesMailer::from_sdk_config(
            &sdk_config,
            config.sender,
            config.ses_configuration_set,
        ),
        stripe: config.stripe.map(StripeClient::new),
        settings: MailerSettings {
            cooldown_secs: i64::from(config.cooldown_hours) * 3600,
            promo_code: config.promo_code,
            unsubscribe_url: config.unsubscribe_url,
        },
    };
    let mailer = &mailer;
    lambda_runtime::run(service_fn(move |event: LambdaEvent<Event>| async move {
        let deadline = invocation_deadline(event.context.deadline);
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("clock after 1970")
            .as_secs() as i64;
        Ok::<_, Error>(mailer.handle(&event.payload, now, deadline).await)
    }))
    .await
}
