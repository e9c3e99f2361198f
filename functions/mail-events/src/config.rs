//! The mail-events function's configuration: the table and the recipients' pepper.

use stripe_recovery::config::{ConfigError, Env, recipient_keyer};
use stripe_recovery::recipient::RecipientKeyer;

#[derive(Debug, Clone)]
pub struct MailEventsConfig {
    /// `TABLE_NAME`: the table the suppression list and the report's records are in.
    pub table_name: String,
    /// `RECIPIENT_KEY_PEPPER`: the addresses in SES's records become the keys the
    /// mailers look recipients up by.
    pub recipient_keys: RecipientKeyer,
}

impl MailEventsConfig {
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        Ok(Self {
            table_name: env.required("TABLE_NAME")?,
            recipient_keys: recipient_keyer(env)?,
        })
    }
}
