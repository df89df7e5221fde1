//! The catalogue: the words of each kind of violation, one function a kind, in every
//! [`Lang`], from the rule's arguments. Every place that reports a mistake (the schema check,
//! the text reader, the value types, `flow!`, the CLI, the stand-in) words it here, so the
//! same mistake reads the same everywhere; each function writes every language in one `match`,
//! so a language cannot be missing from a message, nor take other arguments.
//!
//! A value is shown as [`render`](crate::render) shows it: short JSON in backticks. The
//! functions that end in a predicate (`must be ...`) leave the subject to the caller, which
//! knows it ([`subject`]) or does not (a value type on its own). What the schema words itself
//! (a rule across fields, a pattern's form, a name of the Spanish pages) comes in its
//! language from the schema of that language.

use crate::Lang;

/// How a message names the member at `pointer`: `` `minScore` ``,
/// `` `verificationMethods[1]` ``, or the body.
pub fn subject(lang: Lang, pointer: &str) -> String {
    let mut segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(crate::pointer::unescape)
        .collect();
    let mut indexes = String::new();
    while let Some(last) = segments.last() {
        if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
            indexes.insert_str(0, &format!("[{last}]"));
            segments.pop();
        } else {
            break;
        }
    }
    match (segments.last(), lang) {
        (Some(key), _) => format!("`{key}{indexes}`"),
        (None, Lang::En) if indexes.is_empty() => "the body".into(),
        (None, Lang::Es) if indexes.is_empty() => "el cuerpo".into(),
        (None, Lang::En) => format!("item `{indexes}`"),
        (None, Lang::Es) => format!("el elemento `{indexes}`"),
    }
}

/// `` `a`, `b` or `c` ``, in `lang`.
pub fn choices(lang: Lang, values: &[&str]) -> String {
    let or = match lang {
        Lang::En => " or ",
        Lang::Es => " o ",
    };
    let mut out = String::new();
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == values.len() { or } else { ", " });
        }
        out.push('`');
        out.push_str(value);
        out.push('`');
    }
    out
}

/// A required key that is missing: ``missing required key `status` in `liveness` ``.
pub fn missing_key(lang: Lang, key: &str, subject: &str) -> String {
    match lang {
        Lang::En => format!("missing required key `{key}` in {subject}"),
        Lang::Es => format!("falta la clave obligatoria `{key}` en {subject}"),
    }
}

/// A key the object does not have, with the closest known key when one is near (a typo), or
/// the keys it has.
pub fn unknown_key(lang: Lang, key: &str, place: &str, near: Option<&str>, known: &str) -> String {
    match (lang, near) {
        (Lang::En, Some(near)) => format!("unknown key `{key}` in {place}: did you mean `{near}`?"),
        (Lang::En, None) => format!("unknown key `{key}` in {place}; expected {known}"),
        (Lang::Es, Some(near)) => {
            format!("clave desconocida `{key}` en {place}: ¿quisiste decir `{near}`?")
        }
        (Lang::Es, None) => format!(
            "clave desconocida `{key}` en {place}; se esperaba una de estas claves: {known}"
        ),
    }
}

/// How a JSON type is named where a value of it is expected: `a boolean`, `an integer (a
/// whole number)`. `json_type` is the schema's name (`boolean`, `integer`, ...).
pub fn type_name(lang: Lang, json_type: &str) -> String {
    match (lang, json_type) {
        (_, "null") => "`null`".into(),
        (Lang::En, "integer") => "an integer (a whole number)".into(),
        (Lang::En, "array" | "object") => format!("an {json_type}"),
        (Lang::En, other) => format!("a {other}"),
        (Lang::Es, "integer") => "un entero (un número sin decimales)".into(),
        (Lang::Es, "number") => "un número".into(),
        (Lang::Es, "string") => "un texto entre comillas".into(),
        (Lang::Es, "boolean") => "`true` o `false`".into(),
        (Lang::Es, "array") => "una lista".into(),
        (Lang::Es, "object") => "un objeto".into(),
        (Lang::Es, other) => format!("de tipo {other}"),
    }
}

/// Several types, any of which is expected: `a string or null`.
pub fn type_names(lang: Lang, json_types: &[&str]) -> String {
    let or = match lang {
        Lang::En => " or ",
        Lang::Es => " o ",
    };
    json_types
        .iter()
        .map(|t| type_name(lang, t))
        .collect::<Vec<_>>()
        .join(or)
}

/// A value of the wrong JSON type: ``must be a boolean, found `"yes"` ``.
pub fn wrong_type(lang: Lang, expected: &str, found: &str) -> String {
    match lang {
        Lang::En => format!("must be {expected}, found {found}"),
        Lang::Es => format!("debe ser {expected}, no {found}"),
    }
}

/// The values an enum allows, as its predicate: ``must be `FAST` or `ACCURATE` ``.
pub fn allowed(lang: Lang, values: &[&str]) -> String {
    let values_said = choices(lang, values);
    match (lang, values.len() > 2) {
        (Lang::En, true) => format!("must be one of {values_said}"),
        (Lang::En, false) => format!("must be {values_said}"),
        (Lang::Es, true) => format!("debe ser uno de estos valores: {values_said}"),
        (Lang::Es, false) => format!("debe ser {values_said}"),
    }
}

/// The one value a member may have: ``must be `"onboarding"` ``.
pub fn must_be(lang: Lang, value: &str) -> String {
    match lang {
        Lang::En => format!("must be {value}"),
        Lang::Es => format!("debe ser {value}"),
    }
}

/// A value outside its set: the set's predicate ([`allowed`], or the schema's own words for
/// it), what was found, and the value meant when one is near.
pub fn not_allowed(lang: Lang, allowed: &str, found: &str, near: Option<&str>) -> String {
    match (lang, near) {
        (Lang::En, Some(near)) => format!("{allowed}, found {found}: did you mean `{near}`?"),
        (Lang::En, None) => format!("{allowed}, found {found}"),
        (Lang::Es, Some(near)) => format!("{allowed}, no {found}: ¿quisiste decir `{near}`?"),
        (Lang::Es, None) => format!("{allowed}, no {found}"),
    }
}

/// `message`, and a hint that names the value for what it is (the name Verifik's Spanish
/// pages give it, and what to write instead), already in the message's language.
pub fn with_hint(message: String, hint: Option<&str>) -> String {
    match hint {
        Some(hint) => format!("{message}: {hint}"),
        None => message,
    }
}

/// A number outside its range: ``must be between 0.52 and 0.9, found `1.5` ``.
pub fn range(lang: Lang, min: Option<&str>, max: Option<&str>, found: &str) -> String {
    match lang {
        Lang::En => {
            let range = match (min, max) {
                (Some(min), Some(max)) => format!("between {min} and {max}"),
                (Some(min), None) => format!("at least {min}"),
                (None, Some(max)) => format!("at most {max}"),
                (None, None) => "in range".into(),
            };
            format!("must be {range}, found {found}")
        }
        Lang::Es => {
            let range = match (min, max) {
                (Some(min), Some(max)) => format!("estar entre {min} y {max}"),
                (Some(min), None) => format!("ser como mínimo {min}"),
                (None, Some(max)) => format!("ser como máximo {max}"),
                (None, None) => "estar dentro de su rango".into(),
            };
            format!("debe {range}, no {found}")
        }
    }
}

/// A string that does not have its form: the form's own words (`must be a MongoDB
/// ObjectId: ...`, from the schema of `lang`), and what was found.
pub fn pattern(lang: Lang, form: Option<&str>, found: &str) -> String {
    match lang {
        Lang::En => format!(
            "{}, found {found}",
            form.unwrap_or("does not have the required form")
        ),
        // A form may be said in the negative (`no puede estar vacío`): what was found goes
        // after it on its own, not as `, no ...`.
        Lang::Es => format!(
            "{}; se recibió {found}",
            form.unwrap_or("no tiene la forma requerida")
        ),
    }
}

/// What a length counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// The characters of a string.
    Characters,
    /// The items of a list.
    Items,
}

/// A string or a list too short or too long.
pub fn length(lang: Lang, at_least: bool, limit: u64, unit: Unit, found: Option<&str>) -> String {
    match lang {
        Lang::En => {
            let bound = if at_least { "at least" } else { "at most" };
            let unit = match unit {
                Unit::Characters => "characters",
                Unit::Items => "items",
            };
            match found {
                Some(found) => format!("must have {bound} {limit} {unit}, found {found}"),
                None => format!("must have {bound} {limit} {unit}"),
            }
        }
        Lang::Es => {
            let bound = if at_least { "al menos" } else { "como máximo" };
            let unit = match (unit, limit == 1) {
                (Unit::Characters, true) => "carácter",
                (Unit::Characters, false) => "caracteres",
                (Unit::Items, true) => "elemento",
                (Unit::Items, false) => "elementos",
            };
            match found {
                Some(found) => format!("debe tener {bound} {limit} {unit}, no {found}"),
                None => format!("debe tener {bound} {limit} {unit}"),
            }
        }
    }
}

/// A list that repeats an item.
pub fn repeated_item(lang: Lang) -> String {
    match lang {
        Lang::En => "lists an item more than once: each item must be unique".into(),
        Lang::Es => "repite un elemento: cada elemento debe aparecer una sola vez".into(),
    }
}

/// A list whose items repeat a key that must differ: `` `country` `"Colombia"` `` twice, in
/// items 0 and 2.
pub fn repeated_key(lang: Lang, keys: &str, value: &str, first: usize, again: usize) -> String {
    match lang {
        Lang::En => format!(
            "lists `{keys}` `{value}` twice, in items {first} and {again}: list each once, with \
             all its configurations"
        ),
        Lang::Es => format!(
            "repite `{keys}` `{value}`, en los elementos {first} y {again}: ponlo una sola vez, \
             con todas sus configuraciones"
        ),
    }
}

/// A value that breaks a keyword no other message words (a bug of the schema, if ever).
pub fn not_valid_here(lang: Lang, keyword: &str) -> String {
    match lang {
        Lang::En => format!("is not valid here ({keyword})"),
        Lang::Es => format!("no es válido aquí ({keyword})"),
    }
}

/// More violations than a validation lists.
pub fn too_many_errors(lang: Lang, max: usize) -> String {
    match lang {
        Lang::En => format!(
            "more than {max} violations; the first {max} are shown: fix them and validate again"
        ),
        Lang::Es => format!(
            "más de {max} errores; se muestran los primeros {max}: corrígelos y vuelve a validar"
        ),
    }
}

/// Input larger than the validator reads.
pub fn too_large(lang: Lang, mib: usize) -> String {
    match lang {
        Lang::En => format!(
            "the input is larger than {mib} MiB, the most this validator reads: a project flow \
             is a few KiB; check that this is the flow file"
        ),
        Lang::Es => format!(
            "la entrada pasa de {mib} MiB, lo máximo que lee este validador: un flujo de proyecto \
             ocupa unos pocos KiB; revisa que sea el archivo del flujo"
        ),
    }
}

/// Input nested deeper than the validator reads (`most`), where a flow nests `flow` at most.
pub fn too_deep(lang: Lang, most: usize, flow: usize) -> String {
    match lang {
        Lang::En => {
            format!(
                "the input nests more than {most} levels deep; a project flow nests at most {flow}"
            )
        }
        Lang::Es => {
            format!(
                "la entrada anida más de {most} niveles; un flujo de proyecto anida {flow} como máximo"
            )
        }
    }
}

/// Bytes that are not UTF-8 text.
pub fn not_utf8(lang: Lang) -> String {
    match lang {
        Lang::En => "the input is not UTF-8 text".into(),
        Lang::Es => "la entrada no es texto UTF-8".into(),
    }
}

/// Two byte-order marks.
pub fn two_byte_order_marks(lang: Lang) -> String {
    match lang {
        Lang::En => {
            "the input starts with two byte-order marks: save it as UTF-8 with at most one".into()
        }
        Lang::Es => "la entrada empieza con dos marcas de orden de bytes (BOM): guárdala como \
                     UTF-8 con una como máximo"
            .into(),
    }
}

/// A key twice in one object; `key` as shown (`` `name` ``).
pub fn duplicate_key(lang: Lang, key: &str) -> String {
    match lang {
        Lang::En => format!(
            "duplicate key {key}: each key may appear once in an object (JSON parsers disagree \
             on which copy wins)"
        ),
        Lang::Es => format!(
            "clave repetida {key}: cada clave puede aparecer una sola vez en un objeto (los \
             lectores de JSON no coinciden en cuál copia gana)"
        ),
    }
}

/// Text that is not JSON: `serde_json`'s words for the mistake (without its place, which the
/// violation carries), and the same in Spanish.
pub fn syntax(lang: Lang, serde_json_message: &str) -> String {
    let spanish = match serde_json_message {
        "EOF while parsing a list" => "el texto termina dentro de una lista: falta `]`",
        "EOF while parsing an object" => "el texto termina dentro de un objeto: falta `}`",
        "EOF while parsing a string" => "el texto termina dentro de un texto: falta `\"`",
        "EOF while parsing a value" => "el texto termina donde se esperaba un valor",
        "expected `:`" => "se esperaba `:`",
        "expected `,` or `]`" => "se esperaba `,` o `]`",
        "expected `,` or `}`" => "se esperaba `,` o `}`",
        "expected ident" => "se esperaba `true`, `false` o `null`",
        "expected value" => "se esperaba un valor",
        "expected `\"`" => "se esperaba `\"`",
        "invalid escape" => "secuencia de escape no válida",
        "invalid number" => "número no válido",
        "number out of range" => "número fuera de rango",
        "invalid unicode code point" => "punto de código Unicode no válido",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "carácter de control (\\u0000-\\u001F) dentro de un texto: escríbelo como escape"
        }
        "key must be a string" => "la clave debe ser un texto entre comillas",
        "lone leading surrogate in hex escape" => {
            "sustituto UTF-16 inicial sin pareja en un escape hexadecimal"
        }
        "trailing comma" => "sobra la coma final",
        "trailing characters" => "sobran caracteres después del valor",
        "unexpected end of hex escape" => "escape hexadecimal incompleto",
        other => return syntax_other(lang, other),
    };
    match lang {
        Lang::En => serde_json_message.to_owned(),
        Lang::Es => spanish.to_owned(),
    }
}

fn syntax_other(lang: Lang, serde_json_message: &str) -> String {
    match lang {
        Lang::En => serde_json_message.to_owned(),
        Lang::Es => format!("no es JSON válido ({serde_json_message})"),
    }
}

/// A body of the login kind given to a function that returns the onboarding kind.
pub fn login_not_here(lang: Lang) -> String {
    match lang {
        Lang::En => "`type` is `login`: a Smart Access flow, which this function does not return; \
                     use `validate_flow` (or `validate_flow_str`), which returns either kind"
            .into(),
        Lang::Es => "`type` es `login`: un flujo de Smart Access, que esta función no devuelve; \
                     usa `validate_flow` (o `validate_flow_str`), que devuelve cualquiera de los \
                     dos"
        .into(),
    }
}

/// The schema and the types disagree: a bug of this crate, reported rather than a panic.
pub fn types_disagree(lang: Lang, error: &str) -> String {
    match lang {
        Lang::En => format!("the body passed the schema but not the types: {error}"),
        Lang::Es => format!(
            "el cuerpo cumple el esquema pero no los tipos (un error de verifik-flow: \
             repórtalo): {error}"
        ),
    }
}

/// A built flow that cannot be written as JSON (a bug of this crate).
pub fn not_writable(lang: Lang, error: &str) -> String {
    match lang {
        Lang::En => format!("the flow cannot be written as JSON: {error}"),
        Lang::Es => format!("el flujo no se puede escribir como JSON: {error}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_as_its_rule_says() {
        assert_eq!(
            range(Lang::En, Some("0.52"), Some("0.9"), "`1.5`"),
            "must be between 0.52 and 0.9, found `1.5`"
        );
        assert_eq!(
            range(Lang::Es, Some("0.52"), Some("0.9"), "`1.5`"),
            "debe estar entre 0.52 y 0.9, no `1.5`"
        );
        assert_eq!(
            range(Lang::En, None, Some("5"), "`9`"),
            "must be at most 5, found `9`"
        );
        assert_eq!(
            not_allowed(
                Lang::En,
                &allowed(Lang::En, &["FAST", "ACCURATE"]),
                "`\"SLOW\"`",
                None
            ),
            "must be `FAST` or `ACCURATE`, found `\"SLOW\"`"
        );
        assert_eq!(
            not_allowed(
                Lang::Es,
                &allowed(Lang::Es, &["FAST", "ACCURATE"]),
                "`\"SLOW\"`",
                None
            ),
            "debe ser `FAST` o `ACCURATE`, no `\"SLOW\"`"
        );
        assert_eq!(
            unknown_key(Lang::En, "minScroe", "`liveness`", Some("minScore"), ""),
            "unknown key `minScroe` in `liveness`: did you mean `minScore`?"
        );
        assert_eq!(
            wrong_type(Lang::En, &type_name(Lang::En, "boolean"), "`\"yes\"`"),
            "must be a boolean, found `\"yes\"`"
        );
        assert_eq!(
            length(Lang::Es, true, 1, Unit::Characters, None),
            "debe tener al menos 1 carácter"
        );
        assert_eq!(subject(Lang::Es, ""), "el cuerpo");
        assert_eq!(subject(Lang::Es, "/documentTypes/0"), "`documentTypes[0]`");
    }

    /// Every message `serde_json` can give has its Spanish words (a new one of a newer
    /// `serde_json` still reads, marked as not translated).
    #[test]
    fn syntax_messages_are_translated() {
        for (text, _) in [
            ("{", "EOF"),
            ("{\"a\" 1}", ":"),
            ("[1 2]", ","),
            ("{\"a\": 1 \"b\"}", ","),
            ("tru", "ident"),
            ("{\"a\": }", "value"),
            ("{\"a\": \"\\x\"}", "escape"),
            ("{\"a\": 1,}", "comma"),
            ("{} x", "trailing"),
            ("{1: 2}", "key"),
        ] {
            let error = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            let full = error.to_string();
            let message = &full[..full.rfind(" at line ").unwrap()];
            let spanish = syntax(Lang::Es, message);
            assert!(!spanish.starts_with("no es JSON"), "{message}");
            assert_ne!(spanish, syntax(Lang::En, message));
        }
    }
}
