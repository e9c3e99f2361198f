//! Who is writing: the shop's name, logo and postal address, shown in every mail (the
//! name in its opening line and footer, the logo at the top, the address in the footer,
//! which CAN-SPAM asks of commercial mail).

use serde::Serialize;

use crate::config::{ConfigError, Env, https_url};

/// Longest shop name and address accepted: they go into every mail's header and footer.
const MAX_NAME_CHARS: usize = 100;
const MAX_ADDRESS_CHARS: usize = 300;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shop {
    /// `SHOP_NAME`.
    pub name: String,
    /// `SHOP_LOGO_URL`: an `https://` image, shown at the top of every mail.
    pub logo_url: Option<String>,
    /// `SHOP_ADDRESS`: the postal address in the footer, one line.
    pub address: Option<String>,
}

impl Shop {
    /// `SHOP_NAME` (required), `SHOP_LOGO_URL`, `SHOP_ADDRESS`.
    pub fn from_env<F: Fn(&str) -> Option<String>>(env: &Env<F>) -> Result<Self, ConfigError> {
        let name = one_line("SHOP_NAME", &env.required("SHOP_NAME")?, MAX_NAME_CHARS)?;
        let logo_url = env
            .optional("SHOP_LOGO_URL")
            .map(|url| logo_url(&url))
            .transpose()?;
        let address = env
            .optional("SHOP_ADDRESS")
            .map(|address| one_line("SHOP_ADDRESS", &address, MAX_ADDRESS_CHARS))
            .transpose()?;
        Ok(Self {
            name,
            logo_url,
            address,
        })
    }
}

/// Printable text on one line, trimmed, at most `max` characters.
fn one_line(var: &'static str, value: &str, max: usize) -> Result<String, ConfigError> {
    let value = value.trim();
    let invalid = |reason: &str| ConfigError::Invalid {
        var,
        reason: reason.into(),
    };
    if value.is_empty() {
        return Err(invalid("must not be blank"));
    }
    if value.chars().any(char::is_control) {
        return Err(invalid("must be one line of text"));
    }
    if value.chars().count() > max {
        return Err(invalid(&format!("must be at most {max} characters")));
    }
    Ok(value.to_owned())
}

/// An `https://` URL that goes into an `<img src>` as it is.
fn logo_url(value: &str) -> Result<String, ConfigError> {
    https_url("SHOP_LOGO_URL", value, "mail clients block others")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shop(vars: &[(&'static str, &'static str)]) -> Result<Shop, ConfigError> {
        Shop::from_env(&Env::from_pairs(vars.iter().copied()))
    }

    #[test]
    fn the_shop_is_read_and_checked() {
        let full = shop(&[
            ("SHOP_NAME", " Müller Shop "),
            ("SHOP_LOGO_URL", "https://cdn.example/logo.png"),
            (
                "SHOP_ADDRESS",
                "Müller Shop GmbH, Hauptstraße 1, 10115 Berlin",
            ),
        ])
        .unwrap();
        assert_eq!(full.name, "Müller Shop");
        assert_eq!(
            full.logo_url.as_deref(),
            Some("https://cdn.example/logo.png")
        );
        assert_eq!(
            full.address.as_deref(),
            Some("Müller Shop GmbH, Hauptstraße 1, 10115 Berlin")
        );
        let bare = shop(&[("SHOP_NAME", "Shop")]).unwrap();
        assert!(bare.logo_url.is_none() && bare.address.is_none());

        let long_name = "x".repeat(101);
        let cases: &[(&[(&str, &str)], &str)] = &[
            (&[], "SHOP_NAME"),
            (&[("SHOP_NAME", "  ")], "SHOP_NAME"),
            (&[("SHOP_NAME", "Shop\nBcc: x")], "SHOP_NAME"),
            (&[("SHOP_NAME", long_name.as_str())], "SHOP_NAME"),
            (
                &[
                    ("SHOP_NAME", "S"),
                    ("SHOP_LOGO_URL", "http://cdn.example/l.png"),
                ],
                "SHOP_LOGO_URL",
            ),
            (
                &[("SHOP_NAME", "S"), ("SHOP_LOGO_URL", "logo.png")],
                "SHOP_LOGO_URL",
            ),
            (
                &[
                    ("SHOP_NAME", "S"),
                    ("SHOP_LOGO_URL", "https://x.example/\"onerror="),
                ],
                "SHOP_LOGO_URL",
            ),
            (
                &[("SHOP_NAME", "S"), ("SHOP_ADDRESS", "line 1\r\nline 2")],
                "SHOP_ADDRESS",
            ),
        ];
        for (vars, var) in cases {
            let env = Env::from_pairs(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            let err = Shop::from_env(&env).unwrap_err();
            assert!(err.to_string().contains(var), "{vars:?}: {err}");
        }
    }
}
