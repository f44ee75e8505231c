//! Leaf types every layer shares: declared types ([`TypeName`]) and operators
//! ([`UnOp`], [`BinOp`]). The syntax tree uses them, and so do the runtime's coercions and
//! operators, without the runtime depending on the syntax. Depends on nothing.

/// A declared type (`As …`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeName {
    Integer,
    Long,
    Single,
    Double,
    Currency,
    String,
    Boolean,
    Byte,
    Date,
    Variant,
}

impl TypeName {
    pub fn from_name(name: &str) -> Option<TypeName> {
        Some(match name.to_ascii_lowercase().as_str() {
            "integer" => TypeName::Integer,
            "long" => TypeName::Long,
            "single" => TypeName::Single,
            "double" => TypeName::Double,
            "currency" => TypeName::Currency,
            "string" => TypeName::String,
            "boolean" => TypeName::Boolean,
            "byte" => TypeName::Byte,
            "date" => TypeName::Date,
            "variant" => TypeName::Variant,
            _ => return None,
        })
    }
    /// The type a name suffix declares.
    pub fn from_suffix(c: char) -> Option<TypeName> {
        Some(match c {
            '%' => TypeName::Integer,
            '&' => TypeName::Long,
            '!' => TypeName::Single,
            '#' => TypeName::Double,
            '@' => TypeName::Currency,
            '$' => TypeName::String,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    /// Unary `+` (no effect on numbers).
    Plus,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Pow,
    Mul,
    Div,
    IntDiv,
    Mod,
    Add,
    Sub,
    Concat,
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    Like,
    And,
    Or,
    Xor,
    Eqv,
    Imp,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Pow => "^",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::IntDiv => "\\",
            BinOp::Mod => "Mod",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Concat => "&",
            BinOp::Eq => "=",
            BinOp::Ne => "<>",
            BinOp::Lt => "<",
            BinOp::Gt => ">",
            BinOp::Le => "<=",
            BinOp::Ge => ">=",
            BinOp::Like => "Like",
            BinOp::And => "And",
            BinOp::Or => "Or",
            BinOp::Xor => "Xor",
            BinOp::Eqv => "Eqv",
            BinOp::Imp => "Imp",
        }
    }
}
