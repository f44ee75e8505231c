//! Leaf types every layer shares: declared types ([`TypeName`]), operators
//! ([`UnOp`], [`BinOp`]) and where a variable lives ([`Var`], [`SlotInfo`]: the binder
//! decides them, the bytecode and the VM use them). The syntax tree uses them, and so do the runtime's coercions and
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
    /// The type's name as a declaration writes it (`Long`).
    pub fn name(self) -> &'static str {
        match self {
            TypeName::Integer => "Integer",
            TypeName::Long => "Long",
            TypeName::Single => "Single",
            TypeName::Double => "Double",
            TypeName::Currency => "Currency",
            TypeName::String => "String",
            TypeName::Boolean => "Boolean",
            TypeName::Byte => "Byte",
            TypeName::Date => "Date",
            TypeName::Variant => "Variant",
        }
    }

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
    /// `= <> < > <= >=` (not `Like`).
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge
        )
    }

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

/// Where a variable lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Var {
    /// A slot of the current frame.
    Local(u32),
    /// A module-level slot (module variables, host variables, Statics).
    Global(u32),
    /// A ByRef parameter: the frame's reference number `n`.
    Ref(u32),
}

/// A variable's declared type and name, for coercion, `:vars` and the disassembler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotInfo {
    pub name: String,
    pub ty: TypeName,
    /// Declared as an array (`Dim a()` / `Dim a(5)`): holds an array, not a scalar.
    pub array: bool,
}
