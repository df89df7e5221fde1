//! The words of violations in Spanish (español).

use super::{Syntax, Unit, Words};

/// Spanish.
pub struct Spanish;

impl Words for Spanish {
    fn count(&self, n: u64, one: &str, many: &str) -> String {
        format!("{n} {}", if n == 1 { one } else { many })
    }

    fn the_body(&self) -> String {
        "el cuerpo".into()
    }

    fn item(&self, indexes: &str) -> String {
        format!("el elemento `{indexes}`")
    }

    fn or(&self) -> String {
        " o ".into()
    }

    fn missing_key(&self, key: &str, subject: &str) -> String {
        format!("falta la clave obligatoria `{key}` en {subject}")
    }

    fn unknown_key(&self, key: &str, place: &str, near: Option<&str>, known: &str) -> String {
        match near {
            Some(near) => {
                format!("clave desconocida `{key}` en {place}: ¿quisiste decir `{near}`?")
            }
            None => format!(
                "clave desconocida `{key}` en {place}; se esperaba una de estas claves: {known}"
            ),
        }
    }

    fn type_name(&self, json_type: &str) -> String {
        match json_type {
            "null" => "`null`".into(),
            "integer" => "un entero (un número sin decimales)".into(),
            "number" => "un número".into(),
            "string" => "un texto entre comillas".into(),
            "boolean" => "`true` o `false`".into(),
            "array" => "una lista".into(),
            "object" => "un objeto".into(),
            other => format!("de tipo {other}"),
        }
    }

    fn wrong_type(&self, expected: &str, found: &str) -> String {
        format!("debe ser {expected}, no {found}")
    }

    fn allowed(&self, said: &str, how_many: usize) -> String {
        if how_many > 2 {
            format!("debe ser uno de estos valores: {said}")
        } else {
            format!("debe ser {said}")
        }
    }

    fn must_be(&self, value: &str) -> String {
        format!("debe ser {value}")
    }

    fn not_allowed(&self, allowed: &str, found: &str, near: Option<&str>) -> String {
        match near {
            Some(near) => format!("{allowed}, no {found}: ¿quisiste decir `{near}`?"),
            None => format!("{allowed}, no {found}"),
        }
    }

    fn range(&self, min: Option<&str>, max: Option<&str>, found: &str) -> String {
        let range = match (min, max) {
            (Some(min), Some(max)) => format!("estar entre {min} y {max}"),
            (Some(min), None) => format!("ser como mínimo {min}"),
            (None, Some(max)) => format!("ser como máximo {max}"),
            (None, None) => "estar dentro de su rango".into(),
        };
        format!("debe {range}, no {found}")
    }

    fn pattern(&self, form: Option<&str>, found: &str) -> String {
        // A form may be said in the negative (`no puede estar vacío`): what was found goes
        // after it on its own, not as `, no ...`.
        format!(
            "{}; se recibió {found}",
            form.unwrap_or("no tiene la forma requerida")
        )
    }

    fn length(&self, at_least: bool, limit: u64, unit: Unit, found: Option<&str>) -> String {
        let bound = if at_least { "al menos" } else { "como máximo" };
        let limit = match unit {
            Unit::Characters => self.count(limit, "carácter", "caracteres"),
            Unit::Items => self.count(limit, "elemento", "elementos"),
        };
        match found {
            Some(found) => format!("debe tener {bound} {limit}, no {found}"),
            None => format!("debe tener {bound} {limit}"),
        }
    }

    fn repeated_item(&self) -> String {
        "repite un elemento: cada elemento debe aparecer una sola vez".into()
    }

    fn repeated_key(&self, keys: &str, value: &str, first: usize, again: usize) -> String {
        format!(
            "repite `{keys}` `{value}`, en los elementos {first} y {again}: ponlo una sola vez, \
             con todas sus configuraciones"
        )
    }

    fn not_valid_here(&self, keyword: &str) -> String {
        format!("no es válido aquí ({keyword})")
    }

    fn too_many_errors(&self, max: usize) -> String {
        format!(
            "más de {max} errores; se muestran los primeros {max}: corrígelos y vuelve a validar"
        )
    }

    fn too_large(&self, mib: usize) -> String {
        format!(
            "la entrada pasa de {mib} MiB, lo máximo que lee este validador: un flujo de proyecto \
             ocupa unos pocos KiB; revisa que sea el archivo del flujo"
        )
    }

    fn too_deep(&self, most: usize, flow: usize) -> String {
        format!(
            "la entrada anida más de {most} niveles; un flujo de proyecto anida {flow} como máximo"
        )
    }

    fn not_utf8(&self) -> String {
        "la entrada no es texto UTF-8".into()
    }

    fn two_byte_order_marks(&self) -> String {
        "la entrada empieza con dos marcas de orden de bytes (BOM): guárdala como UTF-8 con una \
         como máximo"
            .into()
    }

    fn duplicate_key(&self, key: &str) -> String {
        format!(
            "clave repetida {key}: cada clave puede aparecer una sola vez en un objeto (los \
             lectores de JSON no coinciden en cuál copia gana)"
        )
    }

    fn syntax(&self, mistake: &Syntax<'_>) -> String {
        match mistake {
            Syntax::EofInList => "el texto termina dentro de una lista: falta `]`",
            Syntax::EofInObject => "el texto termina dentro de un objeto: falta `}`",
            Syntax::EofInString => "el texto termina dentro de un texto: falta `\"`",
            Syntax::EofInValue => "el texto termina donde se esperaba un valor",
            Syntax::ExpectedColon => "se esperaba `:`",
            Syntax::ExpectedCommaOrBracket => "se esperaba `,` o `]`",
            Syntax::ExpectedCommaOrBrace => "se esperaba `,` o `}`",
            Syntax::ExpectedIdent => "se esperaba `true`, `false` o `null`",
            Syntax::ExpectedValue => "se esperaba un valor",
            Syntax::ExpectedQuote => "se esperaba `\"`",
            Syntax::InvalidEscape => "secuencia de escape no válida",
            Syntax::InvalidNumber => "número no válido",
            Syntax::NumberOutOfRange => "número fuera de rango",
            Syntax::InvalidCodePoint => "punto de código Unicode no válido",
            Syntax::ControlCharacter => {
                "carácter de control (\\u0000-\\u001F) dentro de un texto: escríbelo como escape"
            }
            Syntax::KeyMustBeString => "la clave debe ser un texto entre comillas",
            Syntax::LoneSurrogate => "sustituto UTF-16 inicial sin pareja en un escape hexadecimal",
            Syntax::TrailingComma => "sobra la coma final",
            Syntax::TrailingCharacters => "sobran caracteres después del valor",
            Syntax::UnexpectedEndOfHexEscape => "escape hexadecimal incompleto",
            Syntax::Other(other) => return format!("no es JSON válido ({other})"),
        }
        .to_owned()
    }

    fn login_not_here(&self) -> String {
        "`type` es `login`: un flujo de Smart Access, que esta función no devuelve; usa \
         `validate_flow` (o `validate_flow_str`), que devuelve cualquiera de los dos"
            .into()
    }

    fn types_disagree(&self, error: &str) -> String {
        format!(
            "el cuerpo cumple el esquema pero no los tipos (un error de verifik-flow: \
             repórtalo): {error}"
        )
    }

    fn not_writable(&self, error: &str) -> String {
        format!("el flujo no se puede escribir como JSON: {error}")
    }

    fn unknown_lang(&self, code: &str) -> String {
        format!("idioma desconocido `{code}`: usa `en` (English) o `es` (español)")
    }

    fn object_id_form(&self) -> String {
        "debe ser un ObjectId de MongoDB: exactamente 24 dígitos hexadecimales (0-9, a-f, A-F)"
            .into()
    }
}
