//! The sender of every mail, parsed once at init (`SENDER_EMAIL`): an optional display
//! name and an address SES can send from.
//!
//! SES takes only ASCII addresses (no SMTPUTF8), and the display name must be written as
//! RFC 2047 encoded words when it has non-ASCII characters, or quoted when it has
//! specials such as `,`. Writing the header is the MIME builder's work
//! (`adapters::mime`); this type makes sure there is nothing it cannot write: no control
//! character (no header injection), one address, and that address plain ASCII.

/// A validated sender: `shop@example.com`, `Shop <shop@example.com>`,
/// `"Shop, Inc" <shop@example.com>` or `Müller Shop <shop@example.de>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sender {
    name: Option<String>,
    address: String,
}

/// Why a sender was refused. The messages never repeat the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SenderError {
    #[error("is empty")]
    Empty,
    #[error("contains a line break or another control character")]
    ControlCharacter,
    #[error("has unbalanced angle brackets: write `Name <address>` or just the address")]
    UnbalancedBrackets,
    #[error("has text after the `>` that closes the address")]
    TextAfterAddress,
    #[error("has no address between `<` and `>`")]
    NoAddress,
    #[error(
        "has unbalanced quotes: a quoted name must be quoted as a whole, `\"Shop, Inc\" <address>`"
    )]
    UnbalancedQuotes,
    #[error("is not a plain ASCII email address ({0}); a name goes before it as `Name <address>`")]
    BadAddress(&'static str),
}

impl Sender {
    /// Parses `address`, `<address>`, `Name <address>` or `"Quoted Name" <address>`
    /// (`\"` and `\\` escaped inside the quotes). The name may be any Unicode text
    /// without control characters; an empty name is no name.
    pub fn parse(input: &str) -> Result<Self, SenderError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(SenderError::Empty);
        }
        if input.chars().any(char::is_control) {
            return Err(SenderError::ControlCharacter);
        }
        let (name, address) = match (input.rfind('<'), input.rfind('>')) {
            (None, None) => (None, input),
            (Some(open), Some(close)) if open < close => {
                if close + 1 != input.len() {
                    return Err(SenderError::TextAfterAddress);
                }
                let name = &input[..open];
                if name.contains(['<', '>']) {
                    return Err(SenderError::UnbalancedBrackets);
                }
                let address = input[open + 1..close].trim();
                if address.is_empty() {
                    return Err(SenderError::NoAddress);
                }
                (parse_name(name.trim())?, address)
            }
            _ => return Err(SenderError::UnbalancedBrackets),
        };
        check_address(address)?;
        Ok(Self {
            name,
            address: address.to_owned(),
        })
    }

    /// The display name, as the reader should see it (unquoted, not encoded).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The bare address: SES's `FromEmailAddress`, the identity that must be verified.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The address's domain (a verified domain identity covers the address).
    pub fn domain(&self) -> &str {
        self.address
            .rsplit_once('@')
            .map_or("", |(_, domain)| domain)
    }
}

fn parse_name(raw: &str) -> Result<Option<String>, SenderError> {
    let name = match raw.strip_prefix('"') {
        None if raw.contains('"') => return Err(SenderError::UnbalancedQuotes),
        None => raw.to_owned(),
        Some(quoted) => {
            let mut name = String::with_capacity(quoted.len());
            let mut chars = quoted.chars();
            let mut closed = false;
            while let Some(c) = chars.next() {
                match c {
                    '\\' => name.push(chars.next().ok_or(SenderError::UnbalancedQuotes)?),
                    '"' => {
                        closed = true;
                        break;
                    }
                    c => name.push(c),
                }
            }
            if !closed || !chars.as_str().is_empty() {
                return Err(SenderError::UnbalancedQuotes);
            }
            name
        }
    };
    let name = name.trim();
    Ok((!name.is_empty()).then(|| name.to_owned()))
}

/// A dot-atom `local@domain` in ASCII: what SES accepts as a sender without quoting.
fn check_address(address: &str) -> Result<(), SenderError> {
    use SenderError::BadAddress;
    if !address.is_ascii() {
        return Err(BadAddress("non-ASCII characters"));
    }
    if address.len() > 254 {
        return Err(BadAddress("longer than 254 characters"));
    }
    let (local, domain) = address.rsplit_once('@').ok_or(BadAddress("no `@`"))?;
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
    if local.is_empty() || local.len() > 64 {
        return Err(BadAddress(
            "the part before `@` must have 1 to 64 characters",
        ));
    }
    if local
        .split('.')
        .any(|atom| atom.is_empty() || !atom.chars().all(atext))
    {
        return Err(BadAddress(
            "the part before `@` has a space, a special character or a misplaced dot",
        ));
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |label: &&str| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    if labels.len() < 2 || !labels.iter().all(label_ok) {
        return Err(BadAddress(
            "the domain must be dotted names of letters, digits and hyphens",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_senders_parse_to_name_and_address() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("shop@example.com", None, "shop@example.com"),
            ("  shop@example.com  ", None, "shop@example.com"),
            ("<shop@example.com>", None, "shop@example.com"),
            ("Shop <shop@example.com>", Some("Shop"), "shop@example.com"),
            ("Shop<shop@example.com>", Some("Shop"), "shop@example.com"),
            (
                "Local Shop < shop@example.com >",
                Some("Local Shop"),
                "shop@example.com",
            ),
            (
                "\"Quoted, Name\" <shop@example.com>",
                Some("Quoted, Name"),
                "shop@example.com",
            ),
            (
                r#""Say \"hi\" \\ co" <shop@example.com>"#,
                Some(r#"Say "hi" \ co"#),
                "shop@example.com",
            ),
            // Unquoted specials are kept as written; the MIME builder quotes them.
            ("Shop, Inc <shop@x.com>", Some("Shop, Inc"), "shop@x.com"),
            ("Müller Shop <shop@x.de>", Some("Müller Shop"), "shop@x.de"),
            (
                "ショップ <shop@example.jp>",
                Some("ショップ"),
                "shop@example.jp",
            ),
            ("\"\" <shop@example.com>", None, "shop@example.com"),
            (
                "o'brien+shop@mail.example.co.uk",
                None,
                "o'brien+shop@mail.example.co.uk",
            ),
        ];
        for &(input, name, address) in cases {
            let sender = Sender::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(sender.name(), name, "{input}");
            assert_eq!(sender.address(), address, "{input}");
        }
        assert_eq!(Sender::parse("Shop <shop@x.de>").unwrap().domain(), "x.de");
    }

    #[test]
    fn invalid_senders_get_a_precise_error() {
        use SenderError::*;
        let cases: &[(&str, SenderError)] = &[
            ("", Empty),
            ("   ", Empty),
            ("Shop", BadAddress("no `@`")),
            ("Shop <>", NoAddress),
            ("Shop < >", NoAddress),
            ("Shop shop@example.com", BadAddress("")),
            ("shop@", BadAddress("")),
            ("@example.com", BadAddress("")),
            ("shop@example", BadAddress("")),
            ("shop@exa_mple.com", BadAddress("")),
            ("shop..x@example.com", BadAddress("")),
            ("shop@-example.com", BadAddress("")),
            ("a@b@example.com", BadAddress("")),
            ("jürgen@example.de", BadAddress("non-ASCII characters")),
            ("Shop <shop@müller.de>", BadAddress("non-ASCII characters")),
            (
                "Shop\r\nBcc: x@evil.test <shop@example.com>",
                ControlCharacter,
            ),
            ("Shop\n <shop@example.com>", ControlCharacter),
            (
                "Shop <shop@example.com>\r\nBcc: x@evil.test",
                ControlCharacter,
            ),
            ("Shop\u{0} <shop@example.com>", ControlCharacter),
            ("Shop <shop@example.com", UnbalancedBrackets),
            ("Shop shop@example.com>", UnbalancedBrackets),
            ("Shop >shop@example.com<", UnbalancedBrackets),
            ("A <b> <shop@example.com>", UnbalancedBrackets),
            ("Shop <shop@example.com> Inc", TextAfterAddress),
            ("\"Shop <shop@example.com>", UnbalancedQuotes),
            ("\"Shop\" Inc <shop@example.com>", UnbalancedQuotes),
            ("Shop \"Inc\" <shop@example.com>", UnbalancedQuotes),
            ("\"Shop\\\" <shop@example.com>", UnbalancedQuotes),
        ];
        for (input, expected) in cases {
            let err = Sender::parse(input).unwrap_err();
            match (expected, &err) {
                // Which address rule failed is in the text; the kind is what matters.
                (BadAddress(""), BadAddress(_)) => {}
                _ => assert_eq!(&err, expected, "{input:?}"),
            }
            let text = err.to_string();
            assert!(!text.contains("example.com"), "never repeats it: {text}");
        }
    }
}
