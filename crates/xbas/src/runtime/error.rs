//! Runtime errors: VBA error numbers and their standard messages.

use std::fmt;

/// A runtime error as VBA reports it: a number and a description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VbaError {
    pub number: i32,
    pub description: String,
}

pub const INVALID_CALL: i32 = 5;
pub const OVERFLOW: i32 = 6;
pub const OUT_OF_MEMORY: i32 = 7;
pub const SUBSCRIPT: i32 = 9;
pub const ARRAY_FIXED: i32 = 10;
pub const DIV_ZERO: i32 = 11;
pub const TYPE_MISMATCH: i32 = 13;
pub const RESUME_WITHOUT_ERROR: i32 = 20;
pub const OUT_OF_STACK: i32 = 28;
pub const RETURN_WITHOUT_GOSUB: i32 = 3;
pub const NOT_DEFINED: i32 = 35;
pub const INVALID_PATTERN: i32 = 93;
pub const INVALID_NULL: i32 = 94;
/// Not a VBA number: the step budget ran out.
pub const STEP_BUDGET: i32 = 1_000_001;
/// Not a VBA number (Err.Raise 18 stays trappable): Ctrl-C stopped the run.
pub const INTERRUPTED: i32 = 1_000_002;
/// Not a VBA number: the run's time limit (or the host's deadline) passed.
pub const TIME_LIMIT: i32 = 1_000_003;

/// The standard message of an error number ("Application-defined or object-defined
/// error" for numbers VBA does not name).
pub fn message(number: i32) -> &'static str {
    match number {
        3 => "Return without GoSub",
        5 => "Invalid procedure call or argument",
        6 => "Overflow",
        7 => "Out of memory",
        9 => "Subscript out of range",
        10 => "This array is fixed or temporarily locked",
        11 => "Division by zero",
        13 => "Type mismatch",
        // The rest of the trappable-errors page up to 98, and 449/450 (what
        // `Err.Raise n` describes itself as: Description property page).
        14 => "Out of string space",
        16 => "Expression too complex",
        17 => "Can't perform requested operation",
        18 => "User interrupt occurred",
        20 => "Resume without error",
        28 => "Out of stack space",
        // Spec 1.2's wording (the trappable-errors page: "Sub, Function, or Property not
        // defined").
        35 => "Sub or Function not defined",
        47 => "Too many code resource or DLL application clients",
        48 => "Error in loading code resource or DLL",
        49 => "Bad code resource or DLL calling convention",
        51 => "Internal error",
        52 => "Bad file name or number",
        53 => "File not found",
        54 => "Bad file mode",
        55 => "File already open",
        57 => "Device I/O error",
        58 => "File already exists",
        59 => "Bad record length",
        61 => "Disk full",
        62 => "Input past end of file",
        63 => "Bad record number",
        67 => "Too many files",
        68 => "Device unavailable",
        70 => "Permission denied",
        71 => "Disk not ready",
        74 => "Can't rename with different drive",
        75 => "Path/File access error",
        76 => "Path not found",
        91 => "Object variable or With block variable not set",
        92 => "For loop not initialized",
        93 => "Invalid pattern string",
        94 => "Invalid use of Null",
        449 => "Argument not optional or invalid property assignment",
        450 => "Wrong number of arguments or invalid property assignment",
        STEP_BUDGET => "Step budget exhausted",
        INTERRUPTED => "interrupted (Ctrl-C)",
        TIME_LIMIT => "Time limit exceeded",
        _ => "Application-defined or object-defined error",
    }
}

impl VbaError {
    pub fn new(number: i32) -> VbaError {
        VbaError {
            number,
            description: message(number).to_string(),
        }
    }
    /// Whether the host stopped the run (step budget, time limit, interrupt) rather than
    /// the script failing: not a VBA error, never trapped, reported without a number.
    pub fn is_host_stop(&self) -> bool {
        matches!(self.number, STEP_BUDGET | INTERRUPTED | TIME_LIMIT)
    }
    pub fn with(number: i32, description: impl Into<String>) -> VbaError {
        VbaError {
            number,
            description: description.into(),
        }
    }
}

impl fmt::Display for VbaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error {}: {}", self.number, self.description)
    }
}

impl std::error::Error for VbaError {}

/// Shorthand for results of runtime operations.
pub type VResult<T> = Result<T, VbaError>;

pub fn err<T>(number: i32) -> VResult<T> {
    Err(VbaError::new(number))
}
