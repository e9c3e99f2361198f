//! Lambda wiring for the recovery mailer: secrets, configuration, DynamoDB, SES, the runtime.

use recovery_mailer::RecoveryMailer;
use recovery_mailer::config::MailerConfig;
use stripe_recovery::adapters::dynamodb::DynamoStore;
use stripe_recovery::adapters::ses::SesMailer;
use stripe_recovery::stripe::client::StripeClient;
use stripe_recovery::{init, stream};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    let (sdk_config, config) = init::start_lambda(MailerConfig::from_env).await?;
    let store = DynamoStore::from_sdk_config(&sdk_config, &config.table_name);
    let ses = SesMailer::from_sdk_config(
        &sdk_config,
        config.sender.clone(),
        config.ses_configuration_set.clone(),
    );
    let stripe = config.stripe.clone().map(StripeClient::new);
    let journal = store.clone();
    stream::serve(
        RecoveryMailer::from_config(config, store, ses, stripe),
        journal,
    )
    .await
}
