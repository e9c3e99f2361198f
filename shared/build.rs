//! Embeds every mail template under `templates/` in the binary (see `mail`).

fn main() {
    minijinja_embed::embed_templates!("templates");
}
